/**
 * Server-side OSS signature verification, V1 (`Authorization: OSS <AccessKeyId>:<signature>`,
 * what `ali-oss` 6 sends by default; reference "Triggers and tags" T.8): signature =
 * Base64(HMAC-SHA1(secret, stringToSign)), stringToSign = method, `content-md5`, `content-type`,
 * the date (`x-oss-date` when sent, else `date`), the `x-oss-*` headers sorted as `name:value`,
 * and the resource `/<bucket>/<key>`, joined by newlines. The keys accepted are the temporary
 * ones `tempBucketToken` issued (with their `x-oss-security-token`, until they expire) and the
 * emulator's own credentials. Failures carry OSS's codes, answered as OSS XML.
 */
import { clip } from '../errors.ts';
import { sha256Hex } from '../sha256.ts';
import type { WireRequest } from '../types.ts';
import type { Uploads } from '../uploads.ts';
import { formatHttpDate, parseHttpDate } from './http-date.ts';
import { roaSignature, timingSafeEqual } from './signature.ts';
import { wireHeaders } from './wire-headers.ts';

/** An OSS failure: OSS's code, status and message (its XML envelope is written by the dispatcher). */
export interface OssFailure {
  ok: false;
  code: string;
  status: number;
  message: string;
}

/** What the OSS verifier needs from the emulator. */
export interface OssVerifyContext {
  credentials: Record<string, string>;
  uploads: Uploads;
  now: Date;
  maxSkewMs: number;
}

const OSS_AUTHORIZATION = /^OSS ([^\s:]+):(\S+)$/;

const fail = (code: string, status: number, message: string): OssFailure => ({
  ok: false,
  code,
  status,
  message,
});

/** What the OSS V1 string to sign is built from (lowercase header names). */
export interface OssStringToSignParts {
  method: string;
  headers: Record<string, string>;
  /** `/<bucket>/<key>`, the key not percent-encoded. */
  resource: string;
}

/**
 * The OSS V1 string to sign, as `ali-oss`'s `buildCanonicalString` builds it for a plain object
 * request (no sub-resources).
 *
 * @example
 * ossStringToSign({ method: 'PUT', headers: { 'x-oss-date': 'Mon, 01 Jan 2024 00:00:00 GMT' }, resource: '/b/k' });
 * // 'PUT\n\n\nMon, 01 Jan 2024 00:00:00 GMT\nx-oss-date:Mon, 01 Jan 2024 00:00:00 GMT\n/b/k'
 */
export function ossStringToSign({ method, headers, resource }: OssStringToSignParts): string {
  const ossHeaders = Object.keys(headers)
    .filter((name) => name.startsWith('x-oss-'))
    .sort()
    .map((name) => `${name}:${(headers[name] as string).trim()}`);
  const date = headers['x-oss-date'] ?? headers.date ?? '';
  return [
    method.toUpperCase(),
    headers['content-md5'] ?? '',
    headers['content-type'] ?? '',
    date,
    ...ossHeaders,
    resource,
  ].join('\n');
}

function secretOf(
  ctx: OssVerifyContext,
  accessKeyId: string,
  headers: Record<string, string>,
): string | OssFailure {
  const issued = ctx.uploads.token(accessKeyId);
  if (issued) {
    if (headers['x-oss-security-token'] !== issued.securityToken)
      return fail('InvalidSecurityToken', 403, 'The security token you provided is invalid.');
    if (ctx.now.getTime() > issued.expiresAt)
      return fail('SecurityTokenExpired', 403, 'The security token you provided has expired.');
    return issued.accessKeySecret;
  }
  const own = Object.hasOwn(ctx.credentials, accessKeyId) ? ctx.credentials[accessKeyId] : undefined;
  return (
    own ??
    fail('InvalidAccessKeyId', 403, 'The OSS Access Key Id you provided does not exist in our records.')
  );
}

/**
 * Verifies an OSS V1 signed request for `resource`.
 *
 * @example
 * const verdict = verifyOss(wire, '/fc-temp-code-cn-hangzhou/1/a.zip', { credentials, uploads, now, maxSkewMs });
 */
export function verifyOss(
  request: WireRequest,
  resource: string,
  ctx: OssVerifyContext,
): { ok: true } | OssFailure {
  const headers = wireHeaders(request);
  if (!headers.authorization) return fail('AccessDenied', 403, 'AccessDenied: the request is not signed.');
  const match = OSS_AUTHORIZATION.exec(headers.authorization.trim());
  if (!match)
    return fail(
      'SignatureDoesNotMatch',
      403,
      'the emulator verifies OSS V1 signatures ("OSS <AccessKeyId>:<signature>") only.',
    );
  const secret = secretOf(ctx, match[1] as string, headers);
  if (typeof secret !== 'string') return secret;
  const value = (headers['x-oss-date'] ?? headers.date ?? '').trim();
  const time = parseHttpDate(value);
  if (!time) return fail('AccessDenied', 403, `the request date "${clip(value, 64)}" is not an HTTP date.`);
  if (Math.abs(time.getTime() - ctx.now.getTime()) > ctx.maxSkewMs)
    return fail(
      'RequestTimeTooSkewed',
      403,
      `The difference between the request time (${value}) and the current time (${formatHttpDate(ctx.now)}) is too large.`,
    );
  const stringToSign = ossStringToSign({ method: request.method, headers, resource });
  if (timingSafeEqual(roaSignature(stringToSign, secret), match[2] as string)) return { ok: true };
  return fail(
    'SignatureDoesNotMatch',
    403,
    `The request signature we calculated does not match the signature you provided. [emulator: string to sign SHA-256 ${sha256Hex(stringToSign)}]`,
  );
}
