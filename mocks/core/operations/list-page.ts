/**
 * Paging shared by the list operations (ListFunctions, ListTriggers, ListAliases,
 * ListFunctionVersions): `limit` in 1..100 with a default of 20 (rule `list-limit-range`,
 * lifecycle E.1; switchable where it is inferred, not on ListFunctions) and the opaque continuation token (rule `list-next-token`), both with the rule
 * switches of the operation that reads them.
 */

import { fcError } from '../errors.ts';
import { type NameOf, namedPage } from '../named-list.ts';
import type { EmulatorState } from '../state.ts';
import type { OperationName } from '../types.ts';
import { type OperationRequest, type Outcome, refuse, reject, ruleOn, shownValue } from './operation.ts';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

/** A parsed query value, or the answer that refuses it. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; outcome: Outcome };

/**
 * A 400 `InvalidArgument` for a query parameter, with its rule id.
 *
 * @example
 * invalidQuery('list-limit-range', 'limit must be …');
 */
export function invalidQuery<T>(ruleId: string, message: string): Parsed<T> {
  return { ok: false, outcome: refuse(ruleId, message) };
}

/** What {@link parseLimit} reads: the query value and the operation whose rule switch applies. */
export interface LimitQuery {
  state: EmulatorState;
  operation: OperationName;
  text: string | null;
}

/** The largest `limit` with the rule off: the SDK's `limit` is an int32. */
const INT32_MAX = 2 ** 31 - 1;

/**
 * The page size: absent or empty means 20; otherwise an integer from 1 to 100 (rule
 * `list-limit-range`). Where the rule is inferred and switched off, any positive int32 is
 * accepted and the page holds at most what is stored; `0`, a sign or a non-digit is still a type
 * error (400, no rule id): the SDK sends `limit` as an integer and a page of none is no page.
 *
 * @example
 * parseLimit({ state, operation: 'ListTriggers', text: '101' }); // { ok: false, outcome: 400 InvalidArgument }
 */
export function parseLimit({ state, operation, text }: LimitQuery): Parsed<number> {
  if (text === null || text === '') return { ok: true, value: DEFAULT_LIMIT };
  const limit = /^\d{1,10}$/.test(text) ? Number(text) : Number.NaN;
  if (limit >= 1 && limit <= MAX_LIMIT) return { ok: true, value: limit };
  const ranged = ruleOn(state, operation, 'list-limit-range');
  if (ranged) {
    return invalidQuery(
      'list-limit-range',
      `limit must be an integer between 1 and ${MAX_LIMIT}, got ${shownValue(text)}`,
    );
  }
  if (limit >= 1 && limit <= INT32_MAX) return { ok: true, value: limit };
  const message = `limit must be a positive 32-bit integer, got ${shownValue(text)}`;
  return { ok: false, outcome: reject(fcError('InvalidArgument', message)) };
}

/**
 * The continuation token: Base64 of `<generation>#<next name>`, so a token from before a
 * `reset()` or made up by hand is refused. With `list-next-token` switched off a token is read
 * as a plain name to start at (FC 2.0 style).
 *
 * @example
 * encodeToken(state, 'ListTriggers', 'b'); // 'MCNi'
 */
export function encodeToken(state: EmulatorState, operation: OperationName, name: string): string {
  return ruleOn(state, operation, 'list-next-token') ? btoa(`${state.generation}#${name}`) : name;
}

/**
 * Reads a continuation token back into the name the page starts at ('' = the beginning).
 *
 * @example
 * parseToken(state, 'ListTriggers', encodeToken(state, 'ListTriggers', 'b')); // { ok: true, value: 'b' }
 */
export function parseToken(
  state: EmulatorState,
  operation: OperationName,
  text: string | null,
): Parsed<string> {
  if (text === null || text === '') return { ok: true, value: '' };
  if (!ruleOn(state, operation, 'list-next-token')) return { ok: true, value: text };
  let decoded = '';
  try {
    decoded = atob(text);
  } catch {
    // not Base64: refused below
  }
  const hash = decoded.indexOf('#');
  if (hash > 0 && decoded.slice(0, hash) === String(state.generation) && hash < decoded.length - 1) {
    return { ok: true, value: decoded.slice(hash + 1) };
  }
  return invalidQuery(
    'list-next-token',
    `nextToken ${shownValue(text)} is not a token this server issued, or it has expired; list again without nextToken`,
  );
}

/**
 * One page of a function's named children (triggers, aliases) as a list request asks for it:
 * `limit`, `nextToken` and `prefix` read and checked, the next page's token written.
 *
 * @example
 * const page = namedListPage(request, 'ListTriggers', triggers, triggerNameOf);
 * if ('status' in page) return page;
 */
export function namedListPage<T>(
  request: OperationRequest,
  operation: OperationName,
  items: readonly T[],
  nameOf: NameOf<T>,
): Outcome | { items: T[]; nextToken: string | undefined } {
  const { state, query } = request;
  const limit = parseLimit({ state, operation, text: query.get('limit') });
  if (!limit.ok) return limit.outcome;
  const token = parseToken(state, operation, query.get('nextToken'));
  if (!token.ok) return token.outcome;
  const window = { prefix: query.get('prefix') ?? '', startAt: token.value, limit: limit.value };
  const page = namedPage(items, nameOf, window);
  const next = page.next === undefined ? undefined : encodeToken(state, operation, page.next);
  return { items: page.items, nextToken: next };
}
