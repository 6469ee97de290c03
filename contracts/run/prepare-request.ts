/**
 * Turns a case request into the exact bytes and headers to send, signing it (ACS3-HMAC-SHA256,
 * with the suite's own signer, or ROA v1 or FC 2.0 when the case asks for it) when the run has
 * credentials.
 */
import { signRoa } from '../../mocks/core/auth/index.ts';
import { signFc2 } from '../../mocks/core/auth/sign-fc2.ts';
import { checkOptionKeys } from '../../mocks/core/option-keys.ts';
import type { CaseBody, CaseRequest, SentRequest, Signing } from '../types.ts';
import { acs3Authorization, acsDate, payloadHash } from './acs3-signer.ts';

/** An AccessKey pair. */
export interface Credentials {
  accessKeyId: string;
  accessKeySecret: string;
}

/** Options of {@link prepareRequest}. */
export interface PrepareOptions {
  baseUrl: string;
  credentials?: Credentials;
  /** The target's declared body limit (for `overLimit` bodies). */
  maxBodyBytes?: number;
  /** How the target addresses a request's FC `host` (default `host-header`). */
  fcHosts?: 'host-header' | 'url';
  /**
   * The target's clock minus ours: signatures are dated on the target's clock, as a client in
   * sync with it would (the suite may have moved that clock itself).
   */
  clockOffsetMs?: number;
}

const PREPARE_OPTION_KEYS = Object.keys({
  baseUrl: true,
  credentials: true,
  maxBodyBytes: true,
  fcHosts: true,
  clockOffsetMs: true,
} satisfies Record<keyof PrepareOptions, true>);

const encoder = new TextEncoder();

function bodyBytes(body: CaseBody | undefined): Uint8Array | undefined {
  if (body === undefined) return undefined;
  if (body instanceof Uint8Array) return body;
  if (typeof body === 'function') return body();
  return encoder.encode(typeof body === 'string' ? body : JSON.stringify(body));
}

function overLimit(bytes: Uint8Array, limit: number | undefined): Uint8Array {
  if (limit === undefined) throw new Error('overLimit body needs a declared maxBodyBytes');
  // JSON allows trailing whitespace, so the document stays valid and only its size breaks.
  const padded = new Uint8Array(limit + 1).fill(0x20);
  padded.set(bytes.subarray(0, limit));
  return padded;
}

function signed(request: CaseRequest, credentials: Credentials | undefined): Signing | undefined {
  if (!credentials || request.signed === false) return undefined;
  return request.signed === true || request.signed === undefined ? {} : request.signed;
}

interface SignOptions {
  url: string;
  method: string;
  body: Uint8Array | undefined;
  headers: Record<string, string>;
  signing: Signing;
  credentials: Credentials;
  clockOffsetMs: number;
}

// Nonces only have to be unique (reference A.4): a random stem per process and a counter are,
// and cost nothing, where a fresh random value per request showed up in profiles.
const NONCE_STEM = Array.from(globalThis.crypto.getRandomValues(new Uint8Array(8)), (b) =>
  b.toString(16).padStart(2, '0'),
).join('');
let nonceCount = 0;
const nextNonce = () => `${NONCE_STEM}${(++nonceCount).toString(16).padStart(16, '0')}`;

const FUNCTIONS = '/2023-03-30/functions';

/**
 * The action the SDK names in `x-acs-action` for a method and path (lifecycle A.1); anything
 * else is signed as CreateFunction, as before this suite knew other operations.
 *
 * @example
 * actionOf('GET', 'http://127.0.0.1:9000/2023-03-30/functions/f'); // 'GetFunction'
 */
export function actionOf(method: string, url: string): string {
  const path = new URL(url).pathname;
  if (path === FUNCTIONS) return method === 'GET' ? 'ListFunctions' : 'CreateFunction';
  if (!path.startsWith(`${FUNCTIONS}/`) || path.slice(FUNCTIONS.length + 1).includes('/'))
    return 'CreateFunction';
  return { GET: 'GetFunction', PUT: 'UpdateFunction', DELETE: 'DeleteFunction' }[method] ?? 'CreateFunction';
}

/** The headers the SDK sends before `Authorization` (A.3), then the case's own. */
function sdkHeaders(options: SignOptions): Record<string, string> {
  const { signing, body } = options;
  const headers: Record<string, string> = {
    host: new URL(options.url).host,
    'x-acs-version': '2023-03-30',
    'x-acs-action': actionOf(options.method, options.url),
    'x-acs-date': acsDate(new Date(Date.now() + options.clockOffsetMs + (signing.dateOffsetMs ?? 0))),
    'x-acs-signature-nonce': signing.nonce ?? nextNonce(),
    accept: 'application/json',
  };
  if (body) headers['content-type'] = 'application/json; charset=utf-8';
  headers['x-acs-content-sha256'] = payloadHash(body ?? new Uint8Array(0));
  headers['x-acs-credentials-provider'] = 'static_ak';
  return { ...headers, ...options.headers };
}

/**
 * ROA v1, as terraform signs (lifecycle H.6), or FC 2.0 (tempBucketToken, T.7), with the
 * emulator's signers: the suite has none of its own for these.
 */
function signWithEmulatorSigner(options: SignOptions): SentRequest {
  const { signing, credentials } = options;
  const wire = (signing.scheme === 'FC2' ? signFc2 : signRoa)({
    url: options.url,
    method: options.method,
    ...(options.body ? { body: options.body } : {}),
    accessKeyId: signing.accessKeyId ?? credentials.accessKeyId,
    accessKeySecret: signing.accessKeySecret ?? credentials.accessKeySecret,
    date: new Date(Date.now() + options.clockOffsetMs + (signing.dateOffsetMs ?? 0)),
    ...(signing.nonce ? { nonce: signing.nonce } : {}),
    headers: options.headers,
  });
  const headers = { ...wire.headers };
  for (const name of signing.stripHeaders ?? []) delete headers[name.toLowerCase()];
  const body = signing.tamperedBody === undefined ? wire.body : encoder.encode(signing.tamperedBody);
  return { method: wire.method, url: wire.url, headers, body };
}

function signRequest(options: SignOptions): SentRequest {
  const { signing, credentials } = options;
  if (signing.scheme === 'ROA' || signing.scheme === 'FC2') return signWithEmulatorSigner(options);
  const accessKeyId = signing.accessKeyId ?? credentials.accessKeyId;
  const body = options.body ?? new Uint8Array(0);
  const headers = sdkHeaders(options);
  headers.authorization = acs3Authorization({
    method: options.method,
    url: options.url,
    headers,
    body,
    accessKeyId,
    accessKeySecret: signing.accessKeySecret ?? credentials.accessKeySecret,
  });
  for (const name of signing.stripHeaders ?? []) delete headers[name.toLowerCase()];
  const sent = signing.tamperedBody === undefined ? body : encoder.encode(signing.tamperedBody);
  return { method: options.method, url: options.url, headers, body: sent };
}

/**
 * Builds the request to send: URL, exact body bytes, headers (JSON content type by default) and,
 * with credentials, the signature (or the broken variant the case asks for). An unknown option
 * key throws `Fc3TestkitError`.
 *
 * @example
 * const sent = prepareRequest({ method: 'POST', path: '/2023-03-30/functions', body: {} }, { baseUrl: 'http://127.0.0.1:9000' });
 */
export function prepareRequest(request: CaseRequest, options: PrepareOptions): SentRequest {
  checkOptionKeys({ adapter: 'prepareRequest', options, known: PREPARE_OPTION_KEYS });
  const base = options.baseUrl.replace(/\/$/, '');
  const inUrl = request.host !== undefined && options.fcHosts === 'url';
  const url = `${inUrl ? `${new URL(base).protocol}//${request.host}` : base}${request.path}`;
  let body = bodyBytes(request.body);
  if (body && request.overLimit) body = overLimit(body, options.maxBodyBytes);
  const headers: Record<string, string> = {};
  if (body) headers['content-type'] = 'application/json';
  // Set before signing, so the signature covers the host actually sent (reference A.4).
  if (request.host !== undefined && !inUrl) headers.host = request.host;
  for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = value;
  const signing = signed(request, options.credentials);
  if (signing && options.credentials) {
    return signRequest({
      url,
      method: request.method,
      body,
      headers,
      signing,
      credentials: options.credentials,
      clockOffsetMs: options.clockOffsetMs ?? 0,
    });
  }
  return { method: request.method, url, headers, body: body ?? new Uint8Array(0) };
}
