/**
 * Authentication failures as values: FC error code, HTTP status and message (reference §E.2).
 */

/** A rejected request. `message` is what goes into the FC error body. */
export interface AuthFailure {
  ok: false;
  code: string;
  /** HTTP status to answer with (§E.2; SignatureNonceUsed follows the POP gateway's 400). */
  status: number;
  message: string;
  /** On a signature mismatch: the canonical request the emulator computed, for debugging. */
  canonicalRequest?: string;
}

/** Documented SignatureNotMatch text (§E.2). */
export const SIGNATURE_NOT_MATCH_MESSAGE =
  'The request signature we calculated does not match the signature you provided. Check your access key and signing method';

/**
 * `MissingRequiredHeader` (400) for an absent or empty required header.
 *
 * @example
 * missingRequiredHeader('x-acs-date').message; // 'required HTTP header x-acs-date was not specified'
 */
export function missingRequiredHeader(name: string): AuthFailure {
  return {
    ok: false,
    code: 'MissingRequiredHeader',
    status: 400,
    message: `required HTTP header ${name} was not specified`,
  };
}

/**
 * `InvalidAccessKeyID` (403) for an AccessKey id the emulator has no secret for.
 *
 * @example
 * invalidAccessKeyId('AK').message; // "invalid access key ID 'AK'"
 */
export function invalidAccessKeyId(accessKeyId: string): AuthFailure {
  return {
    ok: false,
    code: 'InvalidAccessKeyID',
    status: 403,
    message: `invalid access key ID '${accessKeyId}'`,
  };
}

/**
 * `SignatureNotMatch` (403): the documented text, then the emulator's reason in brackets so users
 * can tell a wrong secret from a body-hash or coverage problem. Match on `startsWith`.
 *
 * @example
 * signatureNotMatch('body hash mismatch').message; // 'The request signature … signing method [emulator: body hash mismatch]'
 */
export function signatureNotMatch(reason: string, canonicalRequest?: string): AuthFailure {
  const failure: AuthFailure = {
    ok: false,
    code: 'SignatureNotMatch',
    status: 403,
    message: `${SIGNATURE_NOT_MATCH_MESSAGE} [emulator: ${reason}]`,
  };
  if (canonicalRequest !== undefined) failure.canonicalRequest = canonicalRequest;
  return failure;
}

/**
 * `RequestTimeTooSkewed` (403) with FC's wording (§E.2; funcraft#983).
 *
 * @example
 * requestTimeTooSkewed('2024-01-01T00:00:00Z', '2024-01-01T00:16:00Z').code; // 'RequestTimeTooSkewed'
 */
export function requestTimeTooSkewed(requestTime: string, currentTime: string): AuthFailure {
  return {
    ok: false,
    code: 'RequestTimeTooSkewed',
    status: 403,
    message: `the difference between the request time '${requestTime}' and the current time '${currentTime}' is too large`,
  };
}

/**
 * `InvalidArgument` (400) for an `x-acs-date` that is present but not `yyyy-MM-ddTHH:mm:ssZ`:
 * the header is not missing and no time comparison is possible, so it is a malformed argument.
 *
 * @example
 * invalidAcsDate('yesterday').code; // 'InvalidArgument'
 */
export function invalidAcsDate(value: string): AuthFailure {
  return {
    ok: false,
    code: 'InvalidArgument',
    status: 400,
    message: `x-acs-date '${value}' is not a valid UTC time of the form yyyy-MM-ddTHH:mm:ssZ`,
  };
}

/**
 * `SignatureNonceUsed` (400) for a replayed `x-acs-signature-nonce`.
 *
 * @example
 * signatureNonceUsed('abc').message; // "the signature nonce 'abc' has been used"
 */
export function signatureNonceUsed(nonce: string): AuthFailure {
  return {
    ok: false,
    code: 'SignatureNonceUsed',
    status: 400,
    message: `the signature nonce '${nonce}' has been used`,
  };
}
