/**
 * The suite's own ACS3-HMAC-SHA256 signer (reference A.3, A.4), written from the reference with
 * node:crypto, independently of the emulator's (`mocks/core/auth`): the suite grades signature
 * verification, ours included, so a canonicalisation bug shared by the emulator's signer and
 * verifier must not be able to pass itself. It also costs a fraction of the emulator's
 * browser-safe JavaScript SHA-256.
 */
import { createHash, createHmac } from 'node:crypto';

/** What to sign. */
export interface Acs3SignInput {
  method: string;
  /** Absolute URL; its path and query are signed as sent. */
  url: string;
  /** Every header to send except `authorization`, names lowercase (host included). */
  headers: Record<string, string>;
  body: Uint8Array;
  accessKeyId: string;
  accessKeySecret: string;
}

const sha256Hex = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** RFC 3986 encoding of a query value: encodeURIComponent plus `!'()*` (A.4 step 3.3). */
const rfc3986 = (value: string) =>
  encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function canonicalQuery(search: string): string {
  if (search === '') return '';
  const pairs = search
    .slice(1)
    .split('&')
    .filter(Boolean)
    .map((part) => {
      const eq = part.indexOf('=');
      const key = eq < 0 ? part : part.slice(0, eq);
      const value = eq < 0 ? '' : decodeURIComponent(part.slice(eq + 1));
      return [key, rfc3986(value)] as const;
    });
  pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return pairs.map(([key, value]) => `${key}=${value}`).join('&');
}

/** The headers that are signed: `host`, `content-type` and every `x-acs-*` (A.4 step 3.4). */
export function signedHeaderNames(headers: Record<string, string>): string[] {
  return Object.keys(headers)
    .filter((name) => name === 'host' || name === 'content-type' || name.startsWith('x-acs-'))
    .sort();
}

/**
 * The `Authorization` header value for a request.
 *
 * @example
 * const authorization = acs3Authorization({ method: 'GET', url, headers, body: new Uint8Array(0),
 *   accessKeyId: 'testAK', accessKeySecret: 'testSecret' }); // 'ACS3-HMAC-SHA256 Credential=testAK,…'
 */
export function acs3Authorization(input: Acs3SignInput): string {
  const url = new URL(input.url);
  // The path as sent: take it from the text, since URL would normalise some escapes.
  const afterHost = input.url.slice(input.url.indexOf(url.host) + url.host.length);
  const path = afterHost.split('?')[0] || '/';
  const names = signedHeaderNames(input.headers);
  const canonical = [
    input.method.toUpperCase(),
    path,
    canonicalQuery(url.search),
    names.map((name) => `${name}:${(input.headers[name] ?? '').trim()}\n`).join(''),
    names.join(';'),
    input.headers['x-acs-content-sha256'] ?? sha256Hex(input.body),
  ].join('\n');
  const toSign = `ACS3-HMAC-SHA256\n${sha256Hex(canonical)}`;
  const signature = createHmac('sha256', input.accessKeySecret).update(toSign).digest('hex');
  return `ACS3-HMAC-SHA256 Credential=${input.accessKeyId},SignedHeaders=${names.join(';')},Signature=${signature}`;
}

/**
 * `x-acs-date` as the SDK writes it: UTC with whole seconds (A.3).
 *
 * @example
 * acsDate(new Date('2024-01-01T00:00:00.123Z')); // '2024-01-01T00:00:00Z'
 */
export const acsDate = (date: Date): string => `${date.toISOString().slice(0, 19)}Z`;

/**
 * Lowercase hex SHA-256 of the body, for `x-acs-content-sha256` (A.3).
 *
 * @example
 * payloadHash(new Uint8Array(0)); // 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
 */
export const payloadHash = (body: Uint8Array): string => sha256Hex(body);
