/**
 * Server-side FC 2.0 signature verification (reference "Triggers and tags" T.7), for the one
 * FC 2.0 call deploy tools still make, `GET /2016-08-15/tempBucketToken` (lifecycle H.1 step 9):
 * `Authorization: FC <AccessKeyId>:<signature>`, signature = Base64(HMAC-SHA256(secret,
 * stringToSign)) (`@alicloud/fc2` `signString`), stringToSign = method, `content-md5`, `content-type`, `date`, the `x-fc-*`
 * headers sorted as `name:value` lines, then the path. Check order as for ROA v1: required
 * headers → Authorization shape → AccessKey → `date` and skew → signature. FC 2.0 has no nonce.
 */

import { hmacSha256, sha256Hex } from '../sha256.ts';
import type { WireRequest } from '../types.ts';
import type { AuthFailure } from './auth-errors.ts';
import { invalidHttpDate, missingRequiredHeader, signatureNotMatch } from './auth-errors.ts';
import { splitUrl } from './canonical-request.ts';
import { formatHttpDate, parseHttpDate } from './http-date.ts';
import { macBase64, timingSafeEqual } from './signature.ts';
import { checkSkew, secretFor, type VerifyContext, type VerifyResult } from './verify-context.ts';
import { wireHeaders } from './wire-headers.ts';

/** `FC <AccessKeyId>:<signature>`. */
export const FC2_AUTHORIZATION = /^FC ([^\s:]+):(\S+)$/;

/** What the FC 2.0 string to sign is built from (lowercase header names). */
export interface Fc2StringToSignParts {
  method: string;
  /** The path as sent, e.g. `/2016-08-15/tempBucketToken`. */
  path: string;
  headers: Record<string, string>;
}

/**
 * The FC 2.0 string to sign, as `@alicloud/fc2`'s `composeStringToSign` builds it for paths other
 * than `/proxy/…` (whose query is signed too; no emulated FC 2.0 path is one).
 *
 * @example
 * fc2StringToSign({ method: 'GET', path: '/2016-08-15/tempBucketToken', headers: { date: 'Mon, 01 Jan 2024 00:00:00 GMT' } });
 * // 'GET\n\n\nMon, 01 Jan 2024 00:00:00 GMT\n/2016-08-15/tempBucketToken'
 */
export function fc2StringToSign({ method, path, headers }: Fc2StringToSignParts): string {
  const fcHeaders = Object.keys(headers)
    .filter((name) => name.startsWith('x-fc-'))
    .sort()
    .map((name) => `${name}:${headers[name]}\n`)
    .join('');
  const md5 = headers['content-md5'] ?? '';
  const type = headers['content-type'] ?? '';
  return `${method}\n${md5}\n${type}\n${headers.date ?? ''}\n${fcHeaders}${path}`;
}

/**
 * The FC 2.0 signature of a string to sign: Base64(HMAC-SHA256(secret, stringToSign)).
 *
 * @example
 * fc2Signature('GET\n\n\nMon, 01 Jan 2024 00:00:00 GMT\n/2016-08-15/tempBucketToken', 'testSecret');
 */
export function fc2Signature(stringToSign: string, secret: string): string {
  return macBase64(hmacSha256(secret, stringToSign));
}

function checkSignature(
  request: WireRequest,
  headers: Record<string, string>,
  key: { signature: string; secret: string },
): AuthFailure | undefined {
  const stringToSign = fc2StringToSign({ method: request.method, path: splitUrl(request.url).path, headers });
  if (timingSafeEqual(fc2Signature(stringToSign, key.secret), key.signature)) return undefined;
  return signatureNotMatch(
    `FC 2.0 signature mismatch; string to sign SHA-256 ${sha256Hex(stringToSign)}`,
    stringToSign,
  );
}

/**
 * Verifies an FC 2.0 signed request against the emulator's credentials and clock.
 *
 * @example
 * const verdict = verifyFc2(wire, { credentials: { AK: 'SK' }, now: new Date(), maxSkewMs: 900_000, nonces });
 */
export function verifyFc2(request: WireRequest, ctx: VerifyContext): VerifyResult {
  const headers = wireHeaders(request);
  if (!headers.authorization) return missingRequiredHeader('Authorization');
  if (!headers.date) return missingRequiredHeader('Date');
  const match = FC2_AUTHORIZATION.exec(headers.authorization.trim());
  if (!match)
    return signatureNotMatch('malformed Authorization header; FC 2.0 expects "FC <AccessKeyId>:<signature>"');
  const accessKeyId = match[1] as string;
  const secret = secretFor(ctx.credentials, accessKeyId);
  if (typeof secret !== 'string') return secret;
  const value = headers.date;
  const date = parseHttpDate(value.trim());
  const time = date ? checkSkew({ time: date, value, format: formatHttpDate }, ctx) : invalidHttpDate(value);
  if (typeof time !== 'number') return time;
  return (
    checkSignature(request, headers, { signature: match[2] as string, secret }) ?? { ok: true, accessKeyId }
  );
}
