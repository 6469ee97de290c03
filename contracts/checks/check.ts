/**
 * The shape of a check: a small named function over one exchange that returns "received vs
 * documented" failures (empty when the answer conforms).
 */
import { isPlainObject } from '../../mocks/core/json-object.ts';
import type { CheckFailure, ContractCase, Exchange, Fact, Grade } from '../types.ts';
import type { EarlierAnswers } from './earlier.ts';
import { cutText, ownString } from './own-string.ts';

/** What a check sees. */
export interface CheckInput {
  /** The case, with `request` and `expect` of the step being checked. */
  contractCase: ContractCase;
  exchange: Exchange;
  /** The body parsed as JSON; `undefined` when it is not JSON. */
  json: unknown;
  /** How far `createdTime` may be from the time the answer arrived. */
  clockToleranceMs: number;
  /** The target's clock minus ours (non-zero once the suite has moved the target's clock). */
  clockOffsetMs?: number;
  /**
   * The last answer of each earlier step of the case, by step number, whole; read when
   * {@link CheckInput.earlier} is not given.
   */
  history?: readonly Exchange[];
  /**
   * What the case kept of its earlier steps for this step's checks (the runner gives this, not
   * `history`): only the fields its comparisons and downloads read.
   */
  earlier?: EarlierAnswers;
  /**
   * Every exchange of this step when it repeated (each page of a listing), oldest first; a polled
   * step's last answer alone (the runner keeps only the start of the earlier ones).
   */
  pages?: readonly Exchange[];
}

/**
 * A named check.
 *
 * @example
 * const check: ContractCheck = { name: 'status', applies: () => true, run: () => [] };
 */
export interface ContractCheck {
  name: string;
  applies(contractCase: ContractCase): boolean;
  run(input: CheckInput): CheckFailure[];
}

/** Options of {@link failure}. */
export interface FailureOptions {
  message: string;
  received: unknown;
  documented: unknown;
  reference: string;
  grade?: Grade;
  /** `documented` comes from the exchange, not the documentation (see `CheckFailure.basis`). */
  basis?: 'exchange';
}

/** How deep a value quoted in a failure goes; past it, a note stands for the rest. */
const QUOTED_DEPTH = 32;
/**
 * How much of a value a failure quotes, in characters of its strings plus 8 for every other
 * value, item and key; past it, notes stand for the rest. A hostile target answering three 8 MB
 * strings to every request made each failure hold them (in `received` and in the message), and
 * `verify` grew to 6.7 GB and was killed after 2 minutes with no report.
 */
const QUOTED_BUDGET = 8 * 1024;
/** The longest failure message kept whole (messages quote through {@link quoted}, so this only catches text put in as it is). */
const MESSAGE_CHARS = 4 * 1024;

/** A container's items (an array's, or an object's entries) that fit the budget, clipped in turn. */
function clipItems(value: unknown[] | Record<string, unknown>, depth: number, budget: { left: number }) {
  const keys = Array.isArray(value) ? undefined : Object.keys(value);
  const length = keys ? keys.length : (value as unknown[]).length;
  const kept: [string, unknown][] = [];
  let changed = false;
  for (let i = 0; i < length && budget.left > 0; i++) {
    const key = keys ? (keys[i] as string) : String(i);
    const item = (value as Record<string, unknown>)[key];
    // A key is text of the answer too: one of 8 MB is cut like a value.
    const keptKey = keys && key.length > budget.left ? cutText(key, Math.max(budget.left - 8, 0)) : key;
    budget.left -= 8 + (keys ? key.length : 0);
    const clipped = clipValue(item, depth - 1, budget);
    changed ||= clipped !== item || keptKey !== key;
    kept.push([keptKey, clipped]);
  }
  return { kept, left: length - kept.length, changed: changed || kept.length < length };
}

/**
 * `value` as a failure quotes it: arrays and objects nested deeper than {@link QUOTED_DEPTH}
 * levels, and whatever passes {@link QUOTED_BUDGET}, replaced by notes. A hostile answer nested
 * 20,000 deep made every reporter's JSON.stringify overflow the stack, and `verify` ended with no
 * report. Values within both limits are returned as they are.
 */
function clipValue(value: unknown, depth: number, budget: { left: number }): unknown {
  if (typeof value === 'string') {
    const keep = Math.max(budget.left, 0);
    budget.left -= value.length;
    // A string of its own even when whole: a check may quote `body.slice(0, 200)` of a huge body.
    return value.length <= keep ? ownString(value) : cutText(value, keep);
  }
  const isArray = Array.isArray(value);
  if (!isArray && !isPlainObject(value)) {
    budget.left -= 8;
    return value;
  }
  if (depth === 0)
    return `[${isArray ? 'array' : 'object'} nested deeper than ${QUOTED_DEPTH} levels, left out]`;
  const { kept, left, changed } = clipItems(value as unknown[] | Record<string, unknown>, depth, budget);
  if (!changed) return value;
  const note = `[${left} more ${isArray ? 'items' : 'keys'} left out]`;
  if (isArray) return [...kept.map(([, item]) => item), ...(left > 0 ? [note] : [])];
  // The note's key is one the object does not have.
  let noteKey = '…';
  while (Object.hasOwn(value as object, noteKey)) noteKey += '…';
  return Object.fromEntries(left > 0 ? [...kept, [noteKey, note]] : kept);
}

/**
 * `value` as a failure keeps it in `received` and `documented`: cut in depth and width, notes
 * standing for the rest; values within both limits as they are.
 *
 * @example
 * clip('x'.repeat(10_000)); // the first 8,192 characters and '… [1808 more characters left out]'
 */
export const clip = (value: unknown): unknown => clipValue(value, QUOTED_DEPTH, { left: QUOTED_BUDGET });

/**
 * A value as JSON text for a failure message, cut as {@link clipValue} cuts it (a plain
 * JSON.stringify of a value from a hostile answer can overflow the stack, or be megabytes long).
 *
 * @example
 * quoted({ a: 1 }); // '{"a":1}'
 * quoted(undefined); // 'undefined'
 */
export function quoted(value: unknown): string {
  return JSON.stringify(clip(value)) ?? 'undefined';
}

/**
 * Builds one failure of a check.
 *
 * @example
 * failure('status', { message: 'wrong status', received: 201, documented: 200, reference: 'D.1' });
 */
export function failure(check: string, options: FailureOptions): CheckFailure {
  const result: CheckFailure = {
    check,
    message:
      options.message.length > MESSAGE_CHARS ? cutText(options.message, MESSAGE_CHARS) : options.message,
    received: clip(options.received),
    documented: clip(options.documented),
    reference: options.reference,
    grade: options.grade ?? 'documented',
  };
  if (options.basis) result.basis = options.basis;
  return result;
}

/**
 * The JSON body as a plain object, or undefined.
 *
 * @example
 * asObject({ a: 1 }); // { a: 1 }
 */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/**
 * Parses JSON text into a plain object, or undefined (not JSON, or not an object).
 *
 * @example
 * parseObject('{"a":1}'); // { a: 1 }
 * parseObject('[1]'); // undefined
 */
export function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    return asObject(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/**
 * The JSON type name of a value (`integer` is reported as `number`).
 *
 * @example
 * jsonType([]); // 'array'
 */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Whether the case expects a successful create.
 *
 * @example
 * const check = { name: 'echo', applies: isSuccessCase, run };
 */
export const isSuccessCase = (c: ContractCase): boolean => c.expect.success !== undefined;
/**
 * Whether the case expects an FC error.
 *
 * @example
 * const check = { name: 'envelope', applies: isErrorCase, run };
 */
export const isErrorCase = (c: ContractCase): boolean => c.expect.code !== undefined;

/**
 * Whether a fact cites the lifecycle reference (Get/Update/Delete/List and the state lifecycle);
 * checks then cite the case's own sections instead of the CreateFunction defaults.
 *
 * @example
 * isLifecycleFact({ reference: 'lifecycle B.3', statement: '…', grade: 'documented' }); // true
 */
export const isLifecycleFact = (fact: Fact): boolean => fact.reference.startsWith('lifecycle ');
