/**
 * Server-side ROA v1 verification (lifecycle §H.6; ADR 015): what terraform's Go runtime and the
 * JS `doROARequest` send. Check order, first failure wins, as for ACS3: required headers →
 * Authorization shape → AccessKey → `date` format and skew → STS key consistency → signature
 * method → signature → nonce (recorded last, so forged requests cannot burn nonces).
 * The body is not signed in ROA v1 (no `content-md5` is sent): its integrity cannot be checked.
 */
import { sha256Hex } from '../sha256.ts';
import type { WireRequest } from '../types.ts';
import type { AuthFailure } from './auth-errors.ts';
import { invalidHttpDate, missingRequiredHeader, quoted, signatureNotMatch } from './auth-errors.ts';
import { sdkSignedUrl, splitUrl } from './canonical-request.ts';
import { formatHttpDate, parseHttpDate } from './http-date.ts';
import { parseRoaQuery, roaStringToSign } from './roa-string-to-sign.ts';
import { roaSignature, timingSafeEqual } from './signature.ts';
import {
  checkSkew,
  secretFor,
  stsKeyMismatch,
  useNonce,
  type VerifyContext,
  type VerifyResult,
} from './verify-context.ts';
import { wireHeaders } from './wire-headers.ts';

/** The parts of `Authorization: acs <AccessKeyId>:<signature>`. */
export interface RoaAuthorization {
  accessKeyId: string;
  /** Base64 HMAC-SHA1, compared exactly (Base64 is case-sensitive). */
  signature: string;
}

const ROA_AUTHORIZATION = /^acs ([^\s:]+):(\S+)$/;

/**
 * Parses a ROA `Authorization` value; undefined when it is not `acs <AccessKeyId>:<signature>`.
 *
 * @example
 * parseRoaAuthorization('acs testAK:h1tcz3U+L/voDWS/8R6tPyaMqEc='); // { accessKeyId: 'testAK', signature: 'h1tc…qEc=' }
 */
export function parseRoaAuthorization(value: string): RoaAuthorization | undefined {
  const match = ROA_AUTHORIZATION.exec(value.trim());
  return match ? { accessKeyId: match[1] as string, signature: match[2] as string } : undefined;
}

const REQUIRED_HEADERS = ['authorization', 'date', 'x-acs-signature-nonce'] as const;

function checkPresence(headers: Record<string, string>): AuthFailure | undefined {
  for (const name of REQUIRED_HEADERS) {
    if (!headers[name]) return missingRequiredHeader(name === 'authorization' ? 'Authorization' : name);
  }
  return undefined;
}

/** Both SDK families send HMAC-SHA1 / 1.0; anything else is named instead of failing as a mismatch. */
function checkMethod(headers: Record<string, string>): AuthFailure | undefined {
  const method = headers['x-acs-signature-method']?.trim();
  if (method !== undefined && method !== 'HMAC-SHA1') {
    return signatureNotMatch(
      `ROA signature method ${quoted(method)} is not supported by the emulator (only HMAC-SHA1)`,
    );
  }
  const version = headers['x-acs-signature-version']?.trim();
  if (version !== undefined && version !== '1.0') {
    return signatureNotMatch(
      `ROA signature version ${quoted(version)} is not supported by the emulator (only 1.0)`,
    );
  }
  return undefined;
}

/** The string to sign of `url`, and whether the signature is of it (empty query values as `k=` or `k`). */
function signedOver(
  url: string,
  request: WireRequest,
  { headers, key }: { headers: Record<string, string>; key: { auth: RoaAuthorization; secret: string } },
): { stringToSign: string; matches: boolean } {
  const { path, query } = splitUrl(url);
  const parts = { method: request.method, path, query: parseRoaQuery(query), headers };
  const stringToSign = roaStringToSign(parts);
  const matches = (text: string) => timingSafeEqual(roaSignature(text, key.secret), key.auth.signature);
  if (matches(stringToSign)) return { stringToSign, matches: true };
  const goForm =
    parts.query.some(([, value]) => value === '') && matches(roaStringToSign({ ...parts, emptyValue: 'k' }));
  return { stringToSign, matches: goForm };
}

/**
 * Recomputes the signature over the URL as sent, then as the SDKs signed it when it carries
 * `%27` ({@link sdkSignedUrl}).
 */
function checkSignature(
  request: WireRequest,
  headers: Record<string, string>,
  key: { auth: RoaAuthorization; secret: string },
): AuthFailure | undefined {
  const sent = signedOver(request.url, request, { headers, key });
  if (sent.matches) return undefined;
  const signedUrl = sdkSignedUrl(request.url);
  if (signedUrl !== undefined && signedOver(signedUrl, request, { headers, key }).matches) return undefined;
  // A hash, as for ACS3: the string itself carries the STS token, which an error body should not.
  const hash = sha256Hex(sent.stringToSign);
  return signatureNotMatch(`ROA v1 signature mismatch; string to sign SHA-256 ${hash}`, sent.stringToSign);
}

/**
 * Verifies a ROA v1 signed request against the emulator's credentials, clock and nonce store; on
 * success the nonce is recorded until it could no longer pass the skew check.
 *
 * @example
 * const result = verifyRoa(wire, { credentials: { AK: 'SK' }, now: new Date(), maxSkewMs: 900_000,
 *   nonces: createNonceStore() });
 * if (!result.ok) console.log(result.code, result.message);
 */
export function verifyRoa(request: WireRequest, ctx: VerifyContext): VerifyResult {
  const headers = wireHeaders(request);
  const missing = checkPresence(headers);
  if (missing) return missing;
  const auth = parseRoaAuthorization(headers.authorization as string);
  if (!auth)
    return signatureNotMatch(
      'malformed Authorization header; ROA v1 expects "acs <AccessKeyId>:<signature>"',
    );
  const secret = secretFor(ctx.credentials, auth.accessKeyId);
  if (typeof secret !== 'string') return secret;
  const value = headers.date as string;
  const date = parseHttpDate(value.trim());
  const time = date ? checkSkew({ time: date, value, format: formatHttpDate }, ctx) : invalidHttpDate(value);
  if (typeof time !== 'number') return time;
  const failure =
    stsKeyMismatch(headers, { accessKeyId: auth.accessKeyId, namedIn: 'Authorization' }) ??
    checkMethod(headers) ??
    checkSignature(request, headers, { auth, secret });
  if (failure) return failure;
  const replay = useNonce((headers['x-acs-signature-nonce'] as string).trim(), time, ctx);
  return replay ?? { ok: true, accessKeyId: auth.accessKeyId };
}
