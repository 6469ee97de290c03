/**
 * Authentication failures as values, built from the one FC error catalogue (`../errors.ts`,
 * reference §E.2): code, status and wording live there; this file only fills the templates.
 */
import { clip, errorCatalogue, type FcErrorCode, fcError } from '../errors.ts';

/** A rejected request. `message` is what goes into the FC error body. */
export interface AuthFailure {
  ok: false;
  code: FcErrorCode;
  /** HTTP status to answer with (the catalogue's). */
  status: number;
  message: string;
  /** On a signature mismatch: what the emulator signed (canonical request or string to sign). */
  canonicalRequest?: string;
}

/** Documented SignatureNotMatch text (§E.2), without the emulator's bracketed reason. */
export const SIGNATURE_NOT_MATCH_MESSAGE = errorCatalogue.SignatureNotMatch.template.replace('%s', '');

/** How much of a header value an auth message quotes. */
const QUOTED_CHARS = 128;

/**
 * A header value as an auth message quotes it: a header has no length limit through MSW or nock,
 * and the message is kept in the journal, so past {@link QUOTED_CHARS} it is cut with `…`
 * (errors.ts `clip`).
 *
 * @example
 * quoted('x'.repeat(200)).length; // 129
 */
export const quoted = (value: string): string => clip(value, QUOTED_CHARS);

function failure(code: FcErrorCode, ...args: string[]): AuthFailure {
  return { ok: false, ...fcError(code, ...args), code };
}

/**
 * `MissingRequiredHeader` (400) for an absent or empty required header.
 *
 * @example
 * missingRequiredHeader('x-acs-date').message; // 'required HTTP header x-acs-date was not specified'
 */
export function missingRequiredHeader(name: string): AuthFailure {
  return failure('MissingRequiredHeader', name);
}

/**
 * `InvalidAccessKeyID` (403) for an AccessKey id the emulator has no secret for.
 *
 * @example
 * invalidAccessKeyId('AK').message; // "invalid access key ID 'AK'"
 */
export function invalidAccessKeyId(accessKeyId: string): AuthFailure {
  return failure('InvalidAccessKeyID', quoted(accessKeyId));
}

/**
 * `SignatureNotMatch` (403): the documented text, then the emulator's reason in brackets so users
 * can tell a wrong secret from a body-hash or coverage problem. Match on `startsWith`.
 *
 * @example
 * signatureNotMatch('body hash mismatch').message; // 'The request signature … signing method [emulator: body hash mismatch]'
 */
export function signatureNotMatch(reason: string, canonicalRequest?: string): AuthFailure {
  const result = failure('SignatureNotMatch', ` [emulator: ${reason}]`);
  if (canonicalRequest !== undefined) result.canonicalRequest = canonicalRequest;
  return result;
}

/**
 * `RequestTimeTooSkewed` (403) with FC's wording (§E.2; funcraft#983).
 *
 * @example
 * requestTimeTooSkewed('2024-01-01T00:00:00Z', '2024-01-01T00:16:00Z').code; // 'RequestTimeTooSkewed'
 */
export function requestTimeTooSkewed(requestTime: string, currentTime: string): AuthFailure {
  return failure('RequestTimeTooSkewed', quoted(requestTime), currentTime);
}

/**
 * `InvalidArgument` (400) for an `x-acs-date` that is present but not `yyyy-MM-ddTHH:mm:ssZ`:
 * the header is not missing and no time comparison is possible, so it is a malformed argument.
 *
 * @example
 * invalidAcsDate('yesterday').code; // 'InvalidArgument'
 */
export function invalidAcsDate(value: string): AuthFailure {
  return failure(
    'InvalidArgument',
    `x-acs-date '${quoted(value)}' is not a valid UTC time of the form yyyy-MM-ddTHH:mm:ssZ`,
  );
}

/**
 * `InvalidArgument` (400) for a ROA `date` header that is present but not an RFC 1123 GMT time
 * (lifecycle §H.6), for the same reason as {@link invalidAcsDate}.
 *
 * @example
 * invalidHttpDate('yesterday').message; // "date 'yesterday' is not a valid RFC 1123 time such as Mon, 01 Jan 2024 00:00:00 GMT"
 */
export function invalidHttpDate(value: string): AuthFailure {
  return failure(
    'InvalidArgument',
    `date '${quoted(value)}' is not a valid RFC 1123 time such as Mon, 01 Jan 2024 00:00:00 GMT`,
  );
}

/**
 * `SignatureNonceUsed` (400) for a replayed `x-acs-signature-nonce`.
 *
 * @example
 * signatureNonceUsed().message; // 'Specified signature nonce was used already.'
 */
export function signatureNonceUsed(): AuthFailure {
  return failure('SignatureNonceUsed');
}
