/**
 * Client-side ACS3-HMAC-SHA256 signing for our tests and the contract suite: builds the request
 * the official SDK would send (reference §A.3) from plain data, using the verifier's
 * canonicalisation so the two cannot drift apart.
 */
import { type Codecs, defaultCodecs } from '../codecs.ts';
import { toHex, utf8 } from '../sha256.ts';
import type { WireRequest } from '../types.ts';
import { formatAcsDate } from './acs-date.ts';
import { formatAuthorization } from './authorization-header.ts';
import { buildCanonicalRequest, signableHeaderNames, splitUrl } from './canonical-request.ts';
import { applyOverrides, type SignOptions } from './sign-options.ts';
import { ACS3_HMAC_SHA256, signCanonicalRequest } from './signature.ts';

/**
 * Options of {@link signAcs3}: defaults are what `@alicloud/openapi-core` sends (64-hex nonce,
 * `x-acs-action: CreateFunction`, provider `static_ak`, or `static_sts` with a security token).
 */
export interface SignAcs3Options extends SignOptions {
  /** Override of the SignedHeaders list (sorted for you); default: what the SDK would sign. */
  signedHeaders?: string[];
  /** SHA-256 of the body (default: the core's); pass `nodeCodecs` to sign 100 MB bodies fast in Node. */
  codecs?: Pick<Codecs, 'sha256'>;
}

/** A signed request plus the intermediate values, for assertions and debugging. */
export interface SignedAcs3Request extends WireRequest {
  canonicalRequest: string;
  canonicalRequestHash: string;
  signature: string;
}

function randomNonce(): string {
  return toHex(globalThis.crypto.getRandomValues(new Uint8Array(32)));
}

/** The SDK's headers for this request, before `Authorization`. */
function baseHeaders(options: SignAcs3Options, body: Uint8Array): Record<string, string> {
  const headers: Record<string, string> = {
    host: splitUrl(options.url).authority,
    'x-acs-version': options.version ?? '2023-03-30',
    'x-acs-action': options.action ?? 'CreateFunction',
    'x-acs-date': typeof options.date === 'string' ? options.date : formatAcsDate(options.date ?? new Date()),
    'x-acs-signature-nonce': options.nonce ?? randomNonce(),
    accept: 'application/json',
  };
  if (options.body !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
  headers['x-acs-content-sha256'] = toHex((options.codecs ?? defaultCodecs).sha256(body));
  headers['x-acs-credentials-provider'] = options.securityToken ? 'static_sts' : 'static_ak';
  if (options.securityToken) {
    headers['x-acs-accesskey-id'] = options.accessKeyId;
    headers['x-acs-security-token'] = options.securityToken;
  }
  return headers;
}

/**
 * Signs a request the way `@alicloud/openapi-core` does and returns it as a `WireRequest` with
 * lowercase header names (including `authorization`).
 *
 * @example
 * const wire = signAcs3({ url: 'http://127.0.0.1:9000/2023-03-30/functions', body: '{}',
 *   accessKeyId: 'testAK', accessKeySecret: 'testSecret' });
 * await emulator.dispatch(wire);
 */
export function signAcs3(options: SignAcs3Options): SignedAcs3Request {
  const body = utf8(options.body ?? new Uint8Array(0));
  const headers = baseHeaders(options, body);
  applyOverrides(headers, options.headers);
  const signedHeaders = options.signedHeaders
    ? [...options.signedHeaders].sort()
    : signableHeaderNames(headers);
  const method = options.method ?? 'POST';
  const canonicalRequest = buildCanonicalRequest({
    method,
    url: options.url,
    headers,
    signedHeaders,
    payloadHash: headers['x-acs-content-sha256'] ?? toHex((options.codecs ?? defaultCodecs).sha256(body)),
  });
  const parts = signCanonicalRequest(canonicalRequest, options.accessKeySecret);
  const auth = {
    algorithm: ACS3_HMAC_SHA256,
    accessKeyId: options.accessKeyId,
    signedHeaders,
    signature: parts.signature,
  };
  headers.authorization = formatAuthorization(auth);
  return {
    method,
    url: options.url,
    headers,
    body,
    canonicalRequest,
    canonicalRequestHash: parts.canonicalRequestHash,
    signature: parts.signature,
  };
}
