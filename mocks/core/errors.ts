/**
 * The FC error catalogue (reference E.2) and the toolkit's own misuse error.
 * Every FC error the emulator can answer is built here, so status, code and wording live in one place.
 * Each entry's comment says where its code, status and wording come from (reference sections); they
 * are comments, not data, so the browser bundle does not carry them.
 */

/** One documented FC error code. */
export interface CatalogueEntry {
  status: number;
  /** Message template; `%s` placeholders are filled in order. */
  template: string;
}

/**
 * Every error code the emulated operations can answer, with its HTTP status and message template.
 *
 * @example
 * errorCatalogue.FunctionAlreadyExists.status; // 409
 */
export const errorCatalogue = {
  // E.2 (FC3 code, FC2 status)
  InvalidArgument: { status: 400, template: '%s' },
  // E.2 (FC2 + FC3 pages)
  MissingRequiredHeader: {
    status: 400,
    template: 'required HTTP header %s was not specified',
  },
  // E.2 (FC2 + FC3 pages)
  PathNotSupported: {
    status: 400,
    template: "'%s' against '%s' is not supported",
  },
  // E.2, F (FC2 + FC3 pages)
  EntityTooLarge: {
    status: 400,
    template: 'payload size exceeds maximum allowed size (%s bytes)',
  },
  // A.4 (inferred: POP-style code for nonce replay, in the wording Alibaba Cloud's API gateway uses)
  SignatureNonceUsed: {
    status: 400,
    template: 'Specified signature nonce was used already.',
  },
  // E.2 (FC1/FC2 lists; uncertain in 3.0)
  LimitExceeded: {
    status: 400,
    template: 'the number of functions exceeds the limit: %s',
  },
  // E.2 (FC2 + FC3 pages)
  AccessDenied: { status: 403, template: '%s' },
  // E.2 (FC2 + FC3 pages)
  SignatureNotMatch: {
    status: 403,
    template:
      'The request signature we calculated does not match the signature you provided. Check your access key and signing method%s',
  },
  // E.2 (FC2 + FC3 pages)
  InvalidAccessKeyID: {
    status: 403,
    template: "invalid access key ID '%s'",
  },
  // E.2 (FC2-era message; code inferred)
  RequestTimeTooSkewed: {
    status: 403,
    template: "the difference between the request time '%s' and the current time '%s' is too large",
  },
  // lifecycle B.3, G (FC3 page: code, 404 and wording)
  FunctionNotFound: {
    status: 404,
    template: "function '%s' does not exist.",
  },
  // lifecycle B.1, G (code from terraform; 3.0 wording inferred from FC2)
  VersionNotFound: {
    status: 404,
    template: "version '%s' of function '%s' does not exist",
  },
  // lifecycle B.1, G (FC2 code and wording, service → function)
  AliasNotFound: {
    status: 404,
    template: "alias '%s' of function '%s' does not exist",
  },
  // lifecycle G, T.5 (code from devsapp and terraform; FC 2.0 status; 3.0 wording inferred)
  TriggerNotFound: {
    status: 404,
    template: "trigger '%s' of function '%s' does not exist",
  },
  // T.6 (FC 2.0 error page: status and wording; terraform FC 3.0 key)
  AsyncConfigNotExists: {
    status: 404,
    template: 'AsyncConfig for %s:%s does not exist.',
  },
  // T.6 (code terraform keys on for FC 3.0 concurrency; status and wording inferred)
  OnDemandConfigNotFound: {
    status: 404,
    template: "concurrency config of function '%s' does not exist",
  },
  // E.2 (FC3 code; 409 and 3.0 wording inferred)
  FunctionAlreadyExists: {
    status: 409,
    template: "function '%s' already exists",
  },
  // lifecycle G, I.3 (code from devsapp; FC 2.0 status and wording `alias %s of service %s
  // already exists`, unquoted as FC 2.0 writes it; service → function)
  AliasAlreadyExists: {
    status: 409,
    template: 'alias %s of function %s already exists',
  },
  // lifecycle I.3 (FC 2.0's code; the reference gives neither status nor wording: the 400 and
  // this message are ours, inferred)
  AdditionalVersionContainsMajorVersion: {
    status: 400,
    template: 'additionalVersionWeight %s should not contain major version %s',
  },
  // lifecycle G, T.5 (code from devsapp; FC 2.0 status; 3.0 wording inferred)
  TriggerAlreadyExists: {
    status: 409,
    template: "trigger '%s' of function '%s' already exists",
  },
  // E.2, lifecycle C.4 (FC2 status and wording)
  ConcurrentUpdateError: {
    status: 409,
    template: 'ConcurrentUpdateError: %s',
  },
  // lifecycle D.3 (FC3 page wording; 409 inferred)
  FunctionNotEmpty: {
    status: 409,
    template: "function '%s' has active triggers",
  },
  // lifecycle D.3, G (codes devsapp's `s remove` retries on; FC gives no status or wording: 409
  // like the sibling FunctionNotEmpty and the wording are inferred). Only injected (failNext):
  // the emulator keeps no provision or resident scaling config.
  ProvisionConfigExist: {
    status: 409,
    template: "function '%s' has provision config",
  },
  ResidentScalingConfigExists: {
    status: 409,
    template: "function '%s' has resident scaling config",
  },
  // E.2, lifecycle C.4 (FC3 page; FC2 status)
  PreconditionFailed: {
    status: 412,
    template: 'the resource being modified has been changed',
  },
  // E.2 (FC1 list)
  ResourceExhausted: {
    status: 429,
    template: 'concurrency or rate limit exceeded: %s',
  },
  // E.2 (inferred: gateway throttling code; the SDK maps *Throttling* to ThrottlingError)
  'Throttling.User': {
    status: 429,
    template: 'Request was denied due to user flow control: %s',
  },
  // E.2 (FC3 message, FC2 status)
  InternalServerError: {
    status: 500,
    template: 'an internal error has occurred. Please retry.%s',
  },
  // E.2 (terraform retry list)
  ServiceUnavailable: {
    status: 503,
    template: 'the service is temporarily unavailable: %s',
  },
  // E.2 (FC1 list)
  ResourceThrottled: {
    status: 503,
    template: 'machine quota exceeded: %s',
  },
} as const satisfies Record<string, CatalogueEntry>;

/** A code of the FC error catalogue. */
export type FcErrorCode = keyof typeof errorCatalogue;

/** An FC error ready to be serialised: status plus the `{Code, Message}` part of the envelope. */
export interface FcError {
  status: number;
  code: string;
  message: string;
}

/**
 * Builds an FC error from the catalogue, filling the template's `%s` placeholders in order.
 *
 * @example
 * fcError('FunctionAlreadyExists', 'f1'); // { status: 409, code: 'FunctionAlreadyExists', message: "function 'f1' already exists" }
 */
export function fcError(code: FcErrorCode, ...args: string[]): FcError {
  const entry: CatalogueEntry = errorCatalogue[code];
  let i = 0;
  const message = entry.template.replace(/%s/g, () => args[i++] ?? '');
  return { status: entry.status, code, message };
}

/**
 * A value someone sent as a message quotes it: at most `max` characters, and `…` where it was
 * cut, so a reader can tell a long value from a short one (messages stay small whatever was sent).
 *
 * @example
 * clip('a'.repeat(200), 128).length; // 129
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  // Not between the two halves of a surrogate pair: a lone half is not text (U+FFFD in UTF-8).
  const code = text.charCodeAt(max - 1);
  return `${text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max)}…`;
}

/**
 * Tells whether a string is a catalogue code.
 *
 * @example
 * isFcErrorCode('InternalServerError'); // true
 */
export function isFcErrorCode(code: string): code is FcErrorCode {
  return Object.hasOwn(errorCatalogue, code);
}

/**
 * Thrown for toolkit misuse (bad option, unknown fault code, port in use), never for FC answers.
 *
 * @example
 * throw new Fc3TestkitError('unknown error code "Nope"; use one of the catalogue codes');
 */
export class Fc3TestkitError extends Error {
  override name = 'Fc3TestkitError';
}
