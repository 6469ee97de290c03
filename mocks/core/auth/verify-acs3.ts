/**
 * Server-side ACS3-HMAC-SHA256 verification (reference §A.4). Check order, first failure wins:
 * presence of required headers → Authorization shape and algorithm → AccessKey → x-acs-date
 * format and skew → STS key consistency → body hash → SignedHeaders coverage → signature → nonce.
 * The nonce is recorded only after the signature verified, so forged requests cannot burn
 * nonces of legitimate ones.
 */
import { defaultCodecs } from '../codecs.ts';
import { toHex } from '../sha256.ts';
import type { WireRequest } from '../types.ts';
import { formatAcsDate, parseAcsDate } from './acs-date.ts';
import type { AuthFailure } from './auth-errors.ts';
import { invalidAcsDate, missingRequiredHeader, quoted, signatureNotMatch } from './auth-errors.ts';
import type { Acs3Authorization } from './authorization-header.ts';
import { parseAuthorization } from './authorization-header.ts';
import { buildCanonicalRequest, sdkSignedUrl } from './canonical-request.ts';
import { ACS3_HMAC_SHA256, signCanonicalRequest, timingSafeEqual } from './signature.ts';
import {
  checkSkew,
  secretFor,
  stsKeyMismatch,
  useNonce,
  type VerifyContext,
  type VerifyResult,
} from './verify-context.ts';
import { wireHeaders } from './wire-headers.ts';

/** What {@link verifyAcs3} needs from the emulator that owns it (shared with ROA). */
export type VerifyAcs3Context = VerifyContext;

/** Outcome of {@link verifyAcs3}. */
export type VerifyAcs3Result = VerifyResult;

const REQUIRED_HEADERS = ['x-acs-date', 'x-acs-signature-nonce', 'x-acs-content-sha256'] as const;

/** Bearer tokens cannot be checked against AccessKey pairs; say so instead of "missing header". */
function checkPresence(headers: Record<string, string>): AuthFailure | undefined {
  if (!headers.authorization) {
    if (headers['x-acs-bearer-token']) {
      return signatureNotMatch(
        'bearer-token authentication is not supported by the emulator; use an AccessKey pair',
      );
    }
    return missingRequiredHeader('Authorization');
  }
  for (const name of REQUIRED_HEADERS) if (!headers[name]) return missingRequiredHeader(name);
  return undefined;
}

/** Parses Authorization and finds the secret; STS requests must name the same key twice. */
function resolveKey(
  headers: Record<string, string>,
  credentials: Record<string, string>,
): { auth: Acs3Authorization; secret: string } | AuthFailure {
  const auth = parseAuthorization(headers.authorization as string);
  if (!auth) return signatureNotMatch('malformed Authorization header');
  if (auth.algorithm !== ACS3_HMAC_SHA256) {
    return signatureNotMatch(
      `algorithm ${quoted(auth.algorithm)} is not supported by the emulator (only ${ACS3_HMAC_SHA256})`,
    );
  }
  const secret = secretFor(credentials, auth.accessKeyId);
  if (typeof secret !== 'string') return secret;
  return (
    stsKeyMismatch(headers, { accessKeyId: auth.accessKeyId, namedIn: 'Credential' }) ?? { auth, secret }
  );
}

/** Returns the request time in ms, or the failure for a malformed or skewed x-acs-date. */
function checkTime(value: string, ctx: VerifyAcs3Context): number | AuthFailure {
  const time = parseAcsDate(value.trim());
  return time ? checkSkew({ time, value, format: formatAcsDate }, ctx) : invalidAcsDate(value);
}

/** Every listed header must exist; host and every x-acs-* header present must be listed. */
function checkCoverage(auth: Acs3Authorization, headers: Record<string, string>): AuthFailure | undefined {
  const listed = new Set(auth.signedHeaders);
  for (const name of auth.signedHeaders) {
    if (headers[name] === undefined)
      return signatureNotMatch(`signed header '${quoted(name)}' is not in the request`);
  }
  for (const name of Object.keys(headers)) {
    const mustSign = name === 'host' || name.startsWith('x-acs-');
    if (mustSign && !listed.has(name)) {
      return signatureNotMatch(
        `header '${quoted(name)}' is not in SignedHeaders (host and every x-acs-* header must be signed)`,
      );
    }
  }
  return undefined;
}

/**
 * Recomputes the signature over the listed headers and compares in constant time; the URL as
 * sent, then as the SDKs signed it when it carries `%27` ({@link sdkSignedUrl}).
 */
function checkSignature(
  request: WireRequest,
  headers: Record<string, string>,
  key: { auth: Acs3Authorization; secret: string },
  payloadHash: string,
): AuthFailure | undefined {
  const canonicalOf = (url: string) =>
    buildCanonicalRequest({
      method: request.method,
      url,
      headers,
      signedHeaders: key.auth.signedHeaders,
      payloadHash,
    });
  const given = key.auth.signature.toLowerCase();
  const canonicalRequest = canonicalOf(request.url);
  const parts = signCanonicalRequest(canonicalRequest, key.secret);
  if (timingSafeEqual(parts.signature, given)) return undefined;
  const signedUrl = sdkSignedUrl(request.url);
  if (signedUrl !== undefined) {
    const sdkForm = signCanonicalRequest(canonicalOf(signedUrl), key.secret).signature;
    if (timingSafeEqual(sdkForm, given)) return undefined;
  }
  return signatureNotMatch(
    `signature mismatch; canonical request SHA-256 ${parts.canonicalRequestHash}`,
    canonicalRequest,
  );
}

/**
 * Verifies an ACS3-HMAC-SHA256 signed request against the emulator's credentials, clock and
 * nonce store; on success the nonce is recorded until it could no longer pass the skew check.
 *
 * @example
 * const result = verifyAcs3(wire, { credentials: { AK: 'SK' }, now: new Date(), maxSkewMs: 900_000,
 *   nonces: createNonceStore() });
 * if (!result.ok) console.log(result.code, result.message);
 */
export function verifyAcs3(request: WireRequest, ctx: VerifyAcs3Context): VerifyAcs3Result {
  const headers = wireHeaders(request);
  const missing = checkPresence(headers);
  if (missing) return missing;
  const key = resolveKey(headers, ctx.credentials);
  if ('ok' in key) return key;
  const time = checkTime(headers['x-acs-date'] as string, ctx);
  if (typeof time !== 'number') return time;
  // The one hash over the whole body: ~133 MB for a maximal code package, hence the codec seam
  // (and the Node server's worker thread, which hashes large bodies ahead: ADR 028).
  const payloadHash =
    request.predigested?.sha256Hex ?? toHex((ctx.codecs ?? defaultCodecs).sha256(request.body));
  if ((headers['x-acs-content-sha256'] as string).trim() !== payloadHash) {
    return signatureNotMatch(
      `x-acs-content-sha256 does not match the received body (SHA-256 ${payloadHash})`,
    );
  }
  const failure = checkCoverage(key.auth, headers) ?? checkSignature(request, headers, key, payloadHash);
  if (failure) return failure;
  const replay = useNonce((headers['x-acs-signature-nonce'] as string).trim(), time, ctx);
  return replay ?? { ok: true, accessKeyId: key.auth.accessKeyId };
}
