/**
 * Client-side ROA v1 signing for our tests and the contract suite: builds the request terraform's
 * Go runtime (tea-roa) would send (lifecycle §H.4, §H.6) from plain data, using the verifier's
 * string to sign so the two cannot drift apart.
 */
import { toHex, utf8 } from '../sha256.ts';
import type { WireRequest } from '../types.ts';
import { splitUrl } from './canonical-request.ts';
import { formatHttpDate } from './http-date.ts';
import { type EmptyQueryValue, parseRoaQuery, roaStringToSign } from './roa-string-to-sign.ts';
import { applyOverrides, type SignOptions } from './sign-options.ts';
import { roaSignature } from './signature.ts';

/**
 * Options of {@link signRoa}: defaults are what terraform's tea-roa sends (32-hex nonce, no
 * `x-acs-action`; the JS `doROARequest` adds one, pass `action` for that).
 */
export interface SignRoaOptions extends SignOptions {
  /** How empty query values are signed (default `k=`, the JS utils; Go signs `k`). */
  emptyValue?: EmptyQueryValue;
}

/** A signed request plus the intermediate values, for assertions and debugging. */
export interface SignedRoaRequest extends WireRequest {
  stringToSign: string;
  signature: string;
}

function randomNonce(): string {
  return toHex(globalThis.crypto.getRandomValues(new Uint8Array(16)));
}

/** tea-roa's headers for this request, before `authorization`. */
function baseHeaders(options: SignRoaOptions): Record<string, string> {
  const headers: Record<string, string> = {
    date: typeof options.date === 'string' ? options.date : formatHttpDate(options.date ?? new Date()),
    host: splitUrl(options.url).authority,
    accept: 'application/json',
    'x-acs-signature-nonce': options.nonce ?? randomNonce(),
    'x-acs-signature-method': 'HMAC-SHA1',
    'x-acs-signature-version': '1.0',
    'x-acs-version': options.version ?? '2023-03-30',
  };
  if (options.action !== undefined) headers['x-acs-action'] = options.action;
  if (options.body !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
  if (options.securityToken) {
    headers['x-acs-accesskey-id'] = options.accessKeyId;
    headers['x-acs-security-token'] = options.securityToken;
  }
  applyOverrides(headers, options.headers);
  return headers;
}

/**
 * Signs a request with the ROA v1 scheme and returns it as a `WireRequest` with lowercase header
 * names (including `authorization: acs <AccessKeyId>:<signature>`).
 *
 * @example
 * const wire = signRoa({ url: 'http://127.0.0.1:9000/2023-03-30/functions', body: '{}',
 *   accessKeyId: 'testAK', accessKeySecret: 'testSecret' });
 * await emulator.dispatch(wire);
 */
export function signRoa(options: SignRoaOptions): SignedRoaRequest {
  const method = options.method ?? 'POST';
  const headers = baseHeaders(options);
  const { path, query } = splitUrl(options.url);
  const stringToSign = roaStringToSign({
    method,
    path,
    query: parseRoaQuery(query),
    headers,
    emptyValue: options.emptyValue ?? 'k=',
  });
  const signature = roaSignature(stringToSign, options.accessKeySecret);
  headers.authorization = `acs ${options.accessKeyId}:${signature}`;
  const body = utf8(options.body ?? new Uint8Array(0));
  return { method, url: options.url, headers, body, stringToSign, signature };
}
