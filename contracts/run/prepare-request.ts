/**
 * Turns a case request into the exact bytes and headers to send, signing it (ACS3-HMAC-SHA256,
 * or ROA v1 or FC 2.0 when the case asks for it) when the run has credentials.
 */
import { signAcs3, signRoa } from '../../mocks/core/auth/index.ts';
import { signFc2 } from '../../mocks/core/auth/sign-fc2.ts';
import type { CaseBody, CaseRequest, SentRequest, Signing } from '../types.ts';

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
}

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
}

function signRequest(options: SignOptions): SentRequest {
  const { signing, credentials } = options;
  const sign = signing.scheme === 'ROA' ? signRoa : signing.scheme === 'FC2' ? signFc2 : signAcs3;
  const wire = sign({
    url: options.url,
    method: options.method,
    ...(options.body ? { body: options.body } : {}),
    accessKeyId: signing.accessKeyId ?? credentials.accessKeyId,
    accessKeySecret: signing.accessKeySecret ?? credentials.accessKeySecret,
    date: new Date(Date.now() + (signing.dateOffsetMs ?? 0)),
    ...(signing.nonce ? { nonce: signing.nonce } : {}),
    headers: options.headers,
  });
  const headers = { ...wire.headers };
  for (const name of signing.stripHeaders ?? []) delete headers[name.toLowerCase()];
  const body = signing.tamperedBody === undefined ? wire.body : encoder.encode(signing.tamperedBody);
  return { method: wire.method, url: wire.url, headers, body };
}

/**
 * Builds the request to send: URL, exact body bytes, headers (JSON content type by default) and,
 * with credentials, the signature (or the broken variant the case asks for).
 *
 * @example
 * const sent = prepareRequest({ method: 'POST', path: '/2023-03-30/functions', body: {} }, { baseUrl: 'http://127.0.0.1:9000' });
 */
export function prepareRequest(request: CaseRequest, options: PrepareOptions): SentRequest {
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
    });
  }
  return { method: request.method, url, headers, body: body ?? new Uint8Array(0) };
}
