/**
 * Parsing and bounds of what the control API accepts: the `POST /__fc3/faults` body, the
 * `GET /__fc3/calls` query and the query parameters each endpoint reads. Everything is checked before anything is applied, so a request with
 * one bad part changes nothing; each error names the field and its bound.
 */
import { type FcErrorCode, isFcErrorCode } from '../core/errors.ts';
import { isJsonObject } from '../core/json-object.ts';
import { OPERATION_NAMES } from '../core/operation-names.ts';
import { shownValue } from '../core/operations/operation.ts';
import type {
  CallFilter,
  CallOutcome,
  FailPreparationOptions,
  FaultPolicy,
  FaultScope,
  Latency,
  OperationName,
} from '../core/types.ts';

/**
 * The bounds of control inputs. Generous for any test, small enough that no value can make the
 * server allocate or wait without limit.
 *
 * @example
 * CONTROL_BOUNDS.failNextTimes; // 10000
 */
export const CONTROL_BOUNDS = {
  /** `failNext.times`; `faults: { rate: 1 }` fails every request without a count. */
  failNextTimes: 10_000,
  failNextMessageChars: 1024,
  /** Added latency, also the upper end of a `{ min, max }` range. */
  latencyMs: 60_000,
  faultCodes: 64,
  /** A `GET /__fc3/calls` page (the default is 100). */
  callsPage: 1000,
  /** One `POST /__fc3/clock` step: a day. */
  advanceMs: 86_400_000,
} as const;

const OUTCOMES: readonly (CallOutcome | 'created')[] = [
  'succeeded',
  'rejected',
  'faulted',
  'unrouted',
  'created',
];
const DEFAULT_CALLS_PAGE = 100;

/** A parse result: the value, or the message of a 400. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** A validated `POST /__fc3/faults` body; a present key with `null` switches that part off. */
export interface FaultsRequest {
  failNext?: FaultScope & { code: FcErrorCode; times: number; message?: string };
  faults?: FaultPolicy | null;
  latency?: Latency | null;
  failPreparation?: FailPreparationOptions & { functionName: string };
}

/** A validated `GET /__fc3/calls` query. */
export interface CallsQuery {
  filter: CallFilter;
  /** Entries with a sequence number above this. */
  since: number;
  /** At most this many entries, the oldest that match (1 to 1000, default 100). */
  limit: number;
}

class InputError extends Error {}

const firstUnknown = (names: Iterable<string>, known: readonly string[]): string | undefined =>
  [...names].find((name) => !known.includes(name));

function knownKeys(value: Record<string, unknown>, where: string, keys: readonly string[]): void {
  const unknown = firstUnknown(Object.keys(value), keys);
  if (unknown !== undefined) {
    const prefix = where === '' ? '' : `${where} has `;
    throw new InputError(`${prefix}unknown field ${JSON.stringify(unknown)}; expected ${keys.join(', ')}`);
  }
}

function fcCode(value: unknown, where: string): FcErrorCode {
  if (typeof value !== 'string') throw new InputError(`${where} must be an FC error code`);
  if (!isFcErrorCode(value))
    throw new InputError(`unknown FC error code ${JSON.stringify(value)} in ${where}`);
  return value;
}

/** The optional `operation` (a name or a list) and `match.functionName` of a fault. */
function parseScope(value: Record<string, unknown>, where: string): FaultScope {
  const scope: FaultScope = {};
  if (value.operation !== undefined) {
    const names = [value.operation].flat();
    const valid =
      names.length > 0 && names.every((name) => (OPERATION_NAMES as readonly unknown[]).includes(name));
    if (!valid)
      throw new InputError(`${where}.operation must be one or a list of ${OPERATION_NAMES.join(', ')}`);
    scope.operation = value.operation as OperationName | OperationName[];
  }
  if (value.match !== undefined) {
    if (!isJsonObject(value.match))
      throw new InputError(`${where}.match must be an object { "functionName" }`);
    knownKeys(value.match, `${where}.match`, ['functionName']);
    const { functionName } = value.match;
    if (typeof functionName !== 'string' || functionName.length > 128) {
      throw new InputError(`${where}.match.functionName must be a string of at most 128 characters`);
    }
    scope.match = { functionName };
  }
  return scope;
}

function parseFailNext(value: unknown): NonNullable<FaultsRequest['failNext']> {
  if (!isJsonObject(value))
    throw new InputError(
      'failNext must be an object { "code", "times"?, "message"?, "operation"?, "match"? }',
    );
  knownKeys(value, 'failNext', ['code', 'times', 'message', 'operation', 'match']);
  const scope = parseScope(value, 'failNext');
  const code = fcCode(value.code, 'failNext.code');
  const { times = 1, message } = value;
  const max = CONTROL_BOUNDS.failNextTimes;
  if (!Number.isInteger(times) || (times as number) < 1 || (times as number) > max) {
    throw new InputError(`failNext.times must be an integer from 1 to ${max}, got ${JSON.stringify(times)}`);
  }
  const chars = CONTROL_BOUNDS.failNextMessageChars;
  if (message !== undefined && (typeof message !== 'string' || message.length > chars)) {
    throw new InputError(`failNext.message must be a string of at most ${chars} characters`);
  }
  const parsed = { ...scope, code, times: times as number };
  return message === undefined ? parsed : { ...parsed, message };
}

function parsePolicy(value: unknown): FaultPolicy | null {
  if (value === null) return null;
  if (!isJsonObject(value)) throw new InputError('faults must be null or { "rate": 0..1, "codes": [...] }');
  knownKeys(value, 'faults', ['rate', 'codes', 'operation', 'match']);
  const scope = parseScope(value, 'faults');
  const { rate, codes } = value;
  if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1)) {
    throw new InputError(`faults.rate must be a number from 0 to 1, got ${JSON.stringify(rate)}`);
  }
  const max = CONTROL_BOUNDS.faultCodes;
  const valid = Array.isArray(codes) && codes.length >= 1 && codes.length <= max;
  if (!valid || !codes.every((code) => typeof code === 'string')) {
    throw new InputError(`faults.codes must be 1 to ${max} FC error codes (strings)`);
  }
  return { ...scope, rate, codes: codes.map((code) => fcCode(code, 'faults.codes')) };
}

const inLatencyRange = (value: unknown): value is number =>
  typeof value === 'number' && value >= 0 && value <= CONTROL_BOUNDS.latencyMs;

function parseLatency(value: unknown): Latency | null {
  if (value === null || value === 0) return null;
  if (inLatencyRange(value)) return value;
  if (isJsonObject(value) && Object.keys(value).length === 2) {
    const { min, max } = value;
    if (inLatencyRange(min) && inLatencyRange(max) && min <= max) return { min, max };
  }
  throw new InputError(
    `latency must be null, a number of ms from 0 to ${CONTROL_BOUNDS.latencyMs} or { "min": ms, "max": ms } with min <= max`,
  );
}

function parseFailPreparation(value: unknown): NonNullable<FaultsRequest['failPreparation']> {
  if (!isJsonObject(value))
    throw new InputError('failPreparation must be an object { "functionName", "reasonCode"?, "reason"? }');
  knownKeys(value, 'failPreparation', ['functionName', 'reasonCode', 'reason']);
  const { functionName, reasonCode, reason } = value;
  if (typeof functionName !== 'string' || functionName === '' || functionName.length > 128) {
    throw new InputError('failPreparation.functionName must be a function name');
  }
  const text = (field: unknown): boolean =>
    field === undefined || (typeof field === 'string' && field.length <= CONTROL_BOUNDS.failNextMessageChars);
  if (!text(reasonCode) || !text(reason)) {
    throw new InputError(
      `failPreparation.reasonCode and reason must be strings of at most ${CONTROL_BOUNDS.failNextMessageChars} characters`,
    );
  }
  const parsed: NonNullable<FaultsRequest['failPreparation']> = { functionName };
  if (reasonCode !== undefined) parsed.reasonCode = reasonCode as string;
  if (reason !== undefined) parsed.reason = reason as string;
  return parsed;
}

function attempt<T>(parse: () => T): Parsed<T> {
  try {
    return { ok: true, value: parse() };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, error: error.message };
    throw error;
  }
}

/**
 * Validates a `POST /__fc3/faults` body without applying any of it.
 *
 * @example
 * parseFaultsBody({ failNext: { code: 'InternalServerError', times: 2 } });
 * // { ok: true, value: { failNext: { code: 'InternalServerError', times: 2 } } }
 */
export function parseFaultsBody(body: unknown): Parsed<FaultsRequest> {
  // `{}` (or no body) would change nothing and answer 200: a request built wrong looks applied.
  if (!isJsonObject(body) || Object.keys(body).length === 0)
    return {
      ok: false,
      error: 'expected a JSON object with failNext, faults, latency and/or failPreparation',
    };
  return attempt(() => {
    knownKeys(body, '', ['failNext', 'faults', 'latency', 'failPreparation']);
    const request: FaultsRequest = {};
    if (body.failNext !== undefined) request.failNext = parseFailNext(body.failNext);
    if (body.faults !== undefined) request.faults = parsePolicy(body.faults);
    if (body.latency !== undefined) request.latency = parseLatency(body.latency);
    if (body.failPreparation !== undefined)
      request.failPreparation = parseFailPreparation(body.failPreparation);
    return request;
  });
}

/** The query parameters `GET /__fc3/calls` reads ({@link parseCallsQuery}). */
export const CALLS_QUERY: readonly string[] = [
  'operation',
  'outcome',
  'functionName',
  'code',
  'since',
  'limit',
];

/**
 * The 400 message for a query parameter not in `known` (so a typo never reads as a filter), or
 * one given twice, if the query has one.
 *
 * @example
 * unknownQueryParameter(CALLS_QUERY, new URL('http://h/__fc3/calls?operaton=x')); // 'unknown query parameter "operaton" of /__fc3/calls; expected operation, …'
 */
export function unknownQueryParameter(known: readonly string[], url: URL): string | undefined {
  const names = [...url.searchParams.keys()];
  const unknown = firstUnknown(names, known);
  if (unknown === undefined) {
    // Each parameter is read once: a second value would be dropped without a word.
    const repeated = names.find((name, i) => names.indexOf(name) !== i);
    return repeated === undefined
      ? undefined
      : `query parameter ${shownValue(repeated)} of ${url.pathname} is given more than once; it takes one value`;
  }
  const expected = known.length > 0 ? `; expected ${known.join(', ')}` : ': it takes none';
  return `unknown query parameter ${shownValue(unknown)} of ${url.pathname}${expected}`;
}

/**
 * The 400 message for a body sent to an endpoint that reads none (`where`: its method and path),
 * if it has one: `{}` or no body is fine.
 *
 * @example
 * unexpectedBody('POST /__fc3/reset', { keep: true }); // 'unknown field "keep" of POST /__fc3/reset: it takes none'
 */
export function unexpectedBody(where: string, body: unknown): string | undefined {
  if (!isJsonObject(body)) return `${where} takes no body, got ${shownValue(body)}`;
  const [first] = Object.keys(body);
  return first === undefined ? undefined : `unknown field ${shownValue(first)} of ${where}: it takes none`;
}

function integerParameter(
  query: URLSearchParams,
  name: string,
  range: { fallback: number; max: number; min?: number },
): number {
  const text = query.get(name);
  if (text === null) return range.fallback;
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  const { min = 0, max } = range;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new InputError(`${name} must be an integer from ${min} to ${max}, got ${shownValue(text)}`);
  }
  return value;
}

/**
 * Validates the query of `GET /__fc3/calls`: `operation`, `outcome`, `functionName`, `code`,
 * `since`, `limit`.
 *
 * @example
 * parseCallsQuery(new URLSearchParams('outcome=succeeded&limit=2'));
 * // { ok: true, value: { filter: { outcome: 'succeeded' }, since: 0, limit: 2 } }
 */
export function parseCallsQuery(query: URLSearchParams): Parsed<CallsQuery> {
  return attempt(() => {
    const filter: CallFilter = {};
    const outcome = query.get('outcome');
    if (outcome !== null) {
      if (!(OUTCOMES as readonly string[]).includes(outcome)) {
        throw new InputError(`outcome must be one of ${OUTCOMES.join(', ')}`);
      }
      filter.outcome = outcome as CallOutcome;
    }
    const operation = query.get('operation');
    if (operation !== null) {
      if (!(OPERATION_NAMES as readonly string[]).includes(operation)) {
        throw new InputError(`operation must be one of ${OPERATION_NAMES.join(', ')}`);
      }
      filter.operation = operation as OperationName;
    }
    const functionName = query.get('functionName');
    if (functionName !== null) filter.functionName = functionName;
    const code = query.get('code');
    if (code !== null) filter.code = code;
    const since = integerParameter(query, 'since', { fallback: 0, max: Number.MAX_SAFE_INTEGER });
    const limit = integerParameter(query, 'limit', {
      fallback: DEFAULT_CALLS_PAGE,
      min: 1,
      max: CONTROL_BOUNDS.callsPage,
    });
    return { filter, since, limit };
  });
}

/**
 * Validates a `POST /__fc3/clock` body: `{ "advanceMs": N }` (0 to a day per call). `{}` or no
 * body is refused, as by `POST /__fc3/faults`: it would move nothing and answer 200.
 *
 * @example
 * parseClockBody({ advanceMs: 2000 }); // { ok: true, value: { advanceMs: 2000 } }
 */
export function parseClockBody(body: unknown): Parsed<{ advanceMs: number }> {
  if (!isJsonObject(body) || Object.keys(body).length === 0)
    return {
      ok: false,
      error: 'expected a JSON object { "advanceMs": N }; GET /__fc3/clock reads the clock',
    };
  return attempt(() => {
    knownKeys(body, '', ['advanceMs']);
    const { advanceMs } = body;
    if (
      typeof advanceMs !== 'number' ||
      !Number.isFinite(advanceMs) ||
      advanceMs < 0 ||
      advanceMs > CONTROL_BOUNDS.advanceMs
    ) {
      throw new InputError(
        `advanceMs must be a number of ms from 0 to ${CONTROL_BOUNDS.advanceMs}, got ${shownValue(advanceMs)}`,
      );
    }
    return { advanceMs };
  });
}
