/**
 * Requests for the pre-digested differential tests (ADR 028): each one is sent plain to one
 * emulator and pre-digested to another, and both must answer and journal it the same. The table
 * covers every branch of `predigest` (parse failures, the zipFile replacement and its edges) and
 * every consumer of its results (signature, schema, code rules, journal).
 */
import { signAcs3 } from '../../mocks/core/auth/index.ts';
import { crc64XzDecimal } from '../../mocks/core/crc64.ts';
import type { WireRequest } from '../../mocks/core/types.ts';

/** One request: path below `/2023-03-30`, the exact body bytes, and how to sign it. */
export interface PredigestCase {
  name: string;
  method: string;
  path: string;
  body: Uint8Array;
  headers?: Record<string, string>;
  /** With credentials: `tampered` changes one body byte after signing. Default `valid`. */
  signature?: 'valid' | 'tampered' | 'wrong-secret';
}

const encoder = new TextEncoder();

/** `n` bytes of a fixed pattern (a stand-in for a ZIP: only its bytes matter here). */
export function packageBytes(n: number): Uint8Array {
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) bytes[i] = (i * 131 + (i >> 8)) & 255;
  return bytes;
}

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
const json = (value: unknown): Uint8Array => encoder.encode(JSON.stringify(value));

function create(name: string, overrides: Record<string, unknown>): Record<string, unknown> {
  return { functionName: name, runtime: 'python3.10', handler: 'index.handler', ...overrides };
}

const post = (name: string, body: Uint8Array, extra: Partial<PredigestCase> = {}): PredigestCase => ({
  name,
  method: 'POST',
  path: '/functions',
  body,
  ...extra,
});

function parseFailures(zip: string): PredigestCase[] {
  const valid = json(create('pd-utf8', { code: { zipFile: zip } }));
  const notUtf8 = Uint8Array.from(valid);
  notUtf8[40] = 0xff;
  let deep: unknown = 1;
  for (let i = 0; i < 80; i++) deep = [deep];
  return [
    post('not UTF-8', notUtf8),
    post('not JSON, cut short', valid.subarray(0, valid.byteLength - 3)),
    post('empty', new Uint8Array(0)),
    post('whitespace only', encoder.encode('  \n\t ')),
    post('an array', json([create('pd-array', { code: { zipFile: zip } })])),
    post('null', encoder.encode('null')),
    post('nested too deep', json(create('pd-deep', { code: { zipFile: zip }, extra: deep }))),
  ];
}

function zipCases(zip: string, bytes: Uint8Array): PredigestCase[] {
  const crc = crc64XzDecimal(bytes);
  const edge = (n: number): string => base64(packageBytes(n));
  return [
    post('valid package', json(create('pd-valid', { code: { zipFile: zip } }))),
    post('same name again (409)', json(create('pd-valid', { code: { zipFile: zip } }))),
    post('matching checksum', json(create('pd-sum', { code: { zipFile: zip, checksum: crc } }))),
    post('checksum mismatch', json(create('pd-badsum', { code: { zipFile: zip, checksum: '12345' } }))),
    post('not Base64', json(create('pd-b64', { code: { zipFile: `!${zip.slice(1)}` } }))),
    post('lone surrogate in zipFile', json(create('pd-sur', { code: { zipFile: `\ud800${zip.slice(1)}` } }))),
    post('zipFile of exactly 4096 characters', json(create('pd-4096', { code: { zipFile: edge(3072) } }))),
    post('zipFile of 4100 characters', json(create('pd-4100', { code: { zipFile: edge(3075) } }))),
    post(
      'zipFile and OSS together',
      json(create('pd-xor', { code: { zipFile: zip, ossBucketName: 'b', ossObjectName: 'o' } })),
    ),
    post('code as an array', json(create('pd-codearr', { code: [{ zipFile: zip }] }))),
    post('zipFile a number', json(create('pd-num', { code: { zipFile: 7 } }))),
    post('no runtime, valid package', json({ functionName: 'pd-noruntime', code: { zipFile: zip } })),
  ];
}

function journalCases(zip: string): PredigestCase[] {
  const longValue = 'v'.repeat(5000);
  // 2-byte characters: more than the journal keeps of a raw body (64 KiB), counted in characters
  // or in bytes, which differ here.
  const wide = 'é'.repeat(70_000);
  const proto = `{"__proto__":{"polluted":1},"functionName":"pd-proto","runtime":"python3.10","handler":"index.handler","code":{"__proto__":{"zipFile":"x"},"zipFile":"${zip}"}}`;
  return [
    post(
      'a second long string',
      json(create('pd-env', { code: { zipFile: zip }, environmentVariables: { BIG: longValue } })),
    ),
    post('description too long', json(create('pd-desc', { code: { zipFile: zip }, description: longValue }))),
    post(
      'wide text past 64 KiB',
      json(create('pd-wide', { code: { zipFile: zip }, environmentVariables: { W: wide } })),
    ),
    post('__proto__ keys', encoder.encode(proto)),
    post('Prefer a documented error', json(create('pd-prefer', { code: { zipFile: zip } })), {
      headers: { prefer: 'code=400' },
    }),
  ];
}

function otherOperations(zip: string): PredigestCase[] {
  const update = (code: unknown): Uint8Array => json({ code, description: 'updated' });
  return [
    {
      name: 'update with a package',
      method: 'PUT',
      path: '/functions/pd-valid',
      body: update({ zipFile: zip }),
    },
    {
      name: 'update, not Base64',
      method: 'PUT',
      path: '/functions/pd-valid',
      body: update({ zipFile: `${zip}=` }),
    },
    {
      name: 'update of a missing function',
      method: 'PUT',
      path: '/functions/pd-none',
      body: update({ zipFile: zip }),
    },
    {
      name: 'get with a body',
      method: 'GET',
      path: '/functions/pd-valid',
      body: json({ code: { zipFile: zip } }),
    },
    { name: 'unknown path', method: 'POST', path: '/functions-nope', body: json({ code: { zipFile: zip } }) },
  ];
}

function signatureCases(zip: string): PredigestCase[] {
  const body = (name: string): Uint8Array => json(create(name, { code: { zipFile: zip } }));
  return [
    post('signed, body tampered', body('pd-tampered'), { signature: 'tampered' }),
    post('signed with a wrong secret', body('pd-wrongkey'), { signature: 'wrong-secret' }),
  ];
}

/**
 * The whole table, in the order it is sent (later cases see the functions earlier ones created).
 *
 * @example
 * for (const c of predigestCases()) await send(c);
 */
export function predigestCases(): PredigestCase[] {
  const bytes = packageBytes(6000);
  const zip = base64(bytes);
  return [
    ...zipCases(zip, bytes),
    ...parseFailures(zip),
    ...journalCases(zip),
    ...otherOperations(zip),
    ...signatureCases(zip),
  ];
}

/** The signing time and keys of the signed runs (emulators use a clock fixed at this time). */
export const PREDIGEST_TIME = new Date('2024-05-01T08:00:00Z');
export const PREDIGEST_KEYS = { accessKeyId: 'pdAK', accessKeySecret: 'pdSecret' };

/** Options of {@link caseWire}. */
export interface CaseWireOptions {
  /** `http://host:port/2023-03-30`. */
  base: string;
  signed: boolean;
  /** Makes each nonce unique. */
  index: number;
}

/**
 * A case as the request a client sends: plain, or ACS3-signed (then tampered or signed with a
 * wrong secret when the case says so).
 *
 * @example
 * const wire = caseWire(predigestCases()[0], { base: 'http://127.0.0.1:9000/2023-03-30', signed: true, index: 0 });
 */
export function caseWire(c: PredigestCase, options: CaseWireOptions): WireRequest {
  const url = `${options.base}${c.path}`;
  const headers = { 'content-type': 'application/json', ...c.headers };
  if (!options.signed) return { method: c.method, url, headers, body: c.body };
  const secret = c.signature === 'wrong-secret' ? 'not-the-secret' : PREDIGEST_KEYS.accessKeySecret;
  const wire = signAcs3({
    ...PREDIGEST_KEYS,
    accessKeySecret: secret,
    url,
    method: c.method,
    body: c.body,
    date: PREDIGEST_TIME,
    nonce: `nonce-${options.index}`,
    headers,
  });
  const body = Uint8Array.from(c.body);
  if (c.signature === 'tampered' && body.byteLength > 60) body[60] = (body[60] as number) ^ 1;
  return { method: c.method, url, headers: wire.headers, body };
}

/** The emulator's temporary code bucket in cn-hangzhou and its bucket host (T.7, T.8). */
export const UPLOAD_BUCKET = 'fc-temp-code-cn-hangzhou';
export const UPLOAD_HOST = `${UPLOAD_BUCKET}.oss-cn-hangzhou.aliyuncs.com`;

/**
 * An unsigned CreateFunction whose code is the object `key` of {@link UPLOAD_BUCKET}.
 *
 * @example
 * const wire = ossCreateWire('f', '1/a.zip'); // POST http://127.0.0.1:9000/2023-03-30/functions
 */
export function ossCreateWire(name: string, key: string): WireRequest {
  const code = { ossBucketName: UPLOAD_BUCKET, ossObjectName: key };
  return {
    method: 'POST',
    url: 'http://127.0.0.1:9000/2023-03-30/functions',
    headers: { 'content-type': 'application/json' },
    body: json(create(name, { code })),
  };
}
