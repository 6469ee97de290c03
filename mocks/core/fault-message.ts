/**
 * The message of an injected fault: the catalogue's wording, its blanks filled from the request
 * that drew the fault where it names them (the function of the path, a trigger, an alias, a
 * version, the method and path, the AccessKey id and time its signature carries, the emulator's
 * clock), then the marker `(injected by fc3-testkit)`. A blank the request cannot fill is left
 * out, with its quotes, brackets or the `: ` or `for ` that would lead to it.
 */
import { formatAcsDate } from './auth/acs-date.ts';
import { parseAuthorization } from './auth/authorization-header.ts';
import { formatHttpDate } from './auth/http-date.ts';
import { FC2_AUTHORIZATION } from './auth/verify-fc2.ts';
import { parseRoaAuthorization } from './auth/verify-roa.ts';
import { clip, errorCatalogue, type FcError, type FcErrorCode } from './errors.ts';
import type { OperationName } from './types.ts';

/** What of a request, besides its operation and function, an injected fault's message may name. */
export interface RequestNames {
  method?: string;
  /** The path as sent. */
  path?: string;
  /** The route's decoded path parameters (`functionName`, `triggerName`, `aliasName`, `versionId`). */
  params?: Readonly<Record<string, string>>;
  /** The `qualifier` query parameter. */
  qualifier?: string;
  /** Lowercase request headers: the AccessKey id and time a signature carries. */
  headers?: Readonly<Record<string, string>>;
  /** The emulator's clock when the request came (the current time of `RequestTimeTooSkewed`). */
  now?: Date;
}

/** The request a fault is matched against; with its {@link RequestNames}, what fills its message. */
export interface FaultTarget {
  operation: OperationName;
  /** From the path, or the body of a create. */
  functionName: string | undefined;
}

const INJECTED = 'injected by fc3-testkit';
/** As long as the handlers' own messages quote a sent name. */
const NAME_CHARS = 128;

type Blanks = (target: FaultTarget & RequestNames) => (string | undefined)[];

const fn: Blanks = (target) => [target.functionName];
const versionOf: Blanks = (target) => [target.params?.versionId ?? target.qualifier, target.functionName];
const aliasOf: Blanks = (target) => [target.params?.aliasName ?? target.qualifier, target.functionName];
const triggerOf: Blanks = (target) => [target.params?.triggerName, target.functionName];
// Where the verifiers (auth/) read them: ROA v1 (`acs AK:…`) and FC 2.0 (`FC AK:…`) sign `date`,
// ACS3 and an unsigned request `x-acs-date`; each scheme's time is printed in its own format.
const signedTimes: Blanks = ({ headers = {}, now }) => {
  const http = /^\s*(acs|FC) /.test(headers.authorization ?? '');
  return [http ? headers.date : headers['x-acs-date'], now && (http ? formatHttpDate : formatAcsDate)(now)];
};
const accessKeyOf: Blanks = ({ headers = {} }) => {
  const authorization = headers.authorization?.trim() ?? '';
  const parsed = parseAuthorization(authorization) ?? parseRoaAuthorization(authorization);
  return [parsed?.accessKeyId ?? FC2_AUTHORIZATION.exec(authorization)?.[1]];
};

/** How long each blank may be where it is not {@link NAME_CHARS}: as the unrouted answer cuts them. */
const BLANK_CHARS: Partial<Record<FcErrorCode, readonly number[]>> = { PathNotSupported: [20, 200] };

// The codes whose blanks a request can name, in the order of their templates' `%s`.
const BLANKS: Partial<Record<FcErrorCode, Blanks>> = {
  PathNotSupported: (target) => [target.method, target.path],
  InvalidAccessKeyID: accessKeyOf,
  RequestTimeTooSkewed: signedTimes,
  FunctionNotFound: fn,
  VersionNotFound: versionOf,
  AliasNotFound: aliasOf,
  TriggerNotFound: triggerOf,
  AsyncConfigNotExists: ({ functionName, qualifier }) => [
    functionName,
    functionName && (qualifier || 'LATEST'),
  ],
  OnDemandConfigNotFound: fn,
  FunctionAlreadyExists: fn,
  AliasAlreadyExists: aliasOf,
  TriggerAlreadyExists: triggerOf,
  FunctionNotEmpty: fn,
  ProvisionConfigExist: fn,
  ResidentScalingConfigExists: fn,
};

/**
 * The template with each `%s` filled; where there is nothing to put, the blank goes with its
 * quotes, the `: `, `:` or `for ` leading to it, the brackets of `(%s bytes)`, and the space
 * before it.
 */
function filled(
  template: string,
  values: readonly (string | undefined)[],
  maxima: readonly number[] = [],
): string {
  let i = 0;
  return template
    .replace(/( ?)(for |: ?|'|\()?%s('| bytes\))?/g, (_, space: string, lead = '', close = '') => {
      const value = values[i];
      const max = maxima[i++] ?? NAME_CHARS;
      return value ? `${space}${lead}${clip(value, max)}${close}` : '';
    })
    .trim();
}

/**
 * The error an injected fault answers: `message` as given, or the catalogue's wording filled from
 * `target` and marked.
 *
 * @example
 * injectedError('ProvisionConfigExist', undefined, { operation: 'DeleteFunction', functionName: 'orders' }).message;
 * // "function 'orders' has provision config (injected by fc3-testkit)"
 */
export function injectedError(
  code: FcErrorCode,
  message: string | undefined,
  target: FaultTarget & RequestNames,
): FcError {
  const { status, template } = errorCatalogue[code];
  const values = BLANKS[code]?.(target) ?? [];
  const wording = filled(template, values, BLANK_CHARS[code]);
  return { status, code, message: message ?? `${wording} (${INJECTED})`.trim() };
}
