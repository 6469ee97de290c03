/**
 * The message of an injected fault: the catalogue's wording, its blanks filled from the request
 * that drew the fault where it names them (the function of the path, a trigger, an alias, a
 * version, the method and path), then the marker `(injected by fc3-testkit)`. A blank the
 * request cannot fill is left out with the `: ` that would lead to it; a quoted one stays `''`.
 */
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
}

/** The request a fault is matched against and whose names fill its message. */
export interface FaultTarget {
  operation: OperationName;
  /** From the path, or the body of a create. */
  functionName: string | undefined;
  /** Read only when a fault fires: every request is matched, few draw a fault. */
  names?: () => RequestNames;
}

const INJECTED = 'injected by fc3-testkit';
/** As long as the handlers' own messages quote a sent name. */
const NAME_CHARS = 128;

type Blanks = (target: FaultTarget & RequestNames) => (string | undefined)[];

const fn: Blanks = (target) => [target.functionName];
const versionOf: Blanks = (target) => [target.params?.versionId ?? target.qualifier, target.functionName];
const aliasOf: Blanks = (target) => [target.params?.aliasName ?? target.qualifier, target.functionName];
const triggerOf: Blanks = (target) => [target.params?.triggerName, target.functionName];

/** How long each blank may be where it is not {@link NAME_CHARS}: as the unrouted answer cuts them. */
const BLANK_CHARS: Partial<Record<FcErrorCode, readonly number[]>> = { PathNotSupported: [20, 200] };

// The codes whose blanks a request can name, in the order of their templates' `%s`.
const BLANKS: Partial<Record<FcErrorCode, Blanks>> = {
  PathNotSupported: (target) => [target.method, target.path],
  FunctionNotFound: fn,
  VersionNotFound: versionOf,
  AliasNotFound: aliasOf,
  TriggerNotFound: triggerOf,
  AsyncConfigNotExists: (target) => [target.functionName, target.qualifier || 'LATEST'],
  OnDemandConfigNotFound: fn,
  FunctionAlreadyExists: fn,
  AliasAlreadyExists: aliasOf,
  TriggerAlreadyExists: triggerOf,
  FunctionNotEmpty: fn,
  ProvisionConfigExist: fn,
  ResidentScalingConfigExists: fn,
};

/**
 * The template with each `%s` filled; where there is nothing to put, the `: ` leading to it goes
 * too, and so does one of the two spaces around it.
 */
function filled(
  template: string,
  values: readonly (string | undefined)[],
  maxima: readonly number[] = [],
): string {
  const [first = '', ...rest] = template.split('%s');
  let text = first;
  for (const [i, after] of rest.entries()) {
    const value = values[i];
    if (value) text += `${clip(value, maxima[i] ?? NAME_CHARS)}${after}`;
    else {
      const before = text.replace(/: ?$/, '');
      text =
        before.endsWith(' ') && after.startsWith(' ') ? `${before}${after.slice(1)}` : `${before}${after}`;
    }
  }
  return text.trim();
}

/**
 * The error an injected fault answers: `message` as given, or the catalogue's wording filled from
 * `target` and marked.
 *
 * @example
 * injectedError('ProvisionConfigExist', undefined, { operation: 'DeleteFunction', functionName: 'orders' }).message;
 * // "function 'orders' has provision config (injected by fc3-testkit)"
 */
export function injectedError(code: FcErrorCode, message: string | undefined, target: FaultTarget): FcError {
  const { status, template } = errorCatalogue[code];
  const blanks = BLANKS[code];
  const values = blanks ? blanks({ ...target, ...target.names?.() }) : [];
  const wording = filled(template, values, BLANK_CHARS[code]);
  return { status, code, message: message ?? [wording, `(${INJECTED})`].filter(Boolean).join(' ') };
}
