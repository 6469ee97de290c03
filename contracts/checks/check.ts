/**
 * The shape of a check: a small named function over one exchange that returns "received vs
 * documented" failures (empty when the answer conforms).
 */
import { isPlainObject } from '../../mocks/core/json-object.ts';
import type { CheckFailure, ContractCase, Exchange, Fact, FieldOfStep, Grade } from '../types.ts';

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
  /** The last answer of each earlier step of the case, by step number. */
  history?: readonly Exchange[];
  /** Every exchange of this step when it repeated (each page of a listing), oldest first. */
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
 * `value` with its arrays and objects nested deeper than {@link QUOTED_DEPTH} levels replaced by a
 * note: a hostile answer nested 20,000 deep made every reporter's JSON.stringify overflow the
 * stack, and `verify` ended with no report. Values within the depth are returned as they are.
 */
function clipDepth(value: unknown, depth = QUOTED_DEPTH): unknown {
  if (!Array.isArray(value) && !isPlainObject(value)) return value;
  if (depth === 0)
    return `[${Array.isArray(value) ? 'array' : 'object'} nested deeper than ${QUOTED_DEPTH} levels, left out]`;
  let changed = false;
  const clip = (item: unknown): unknown => {
    const clipped = clipDepth(item, depth - 1);
    changed ||= clipped !== item;
    return clipped;
  };
  const copy = Array.isArray(value)
    ? value.map(clip)
    : Object.fromEntries(Object.entries(value).map(([key, item]) => [key, clip(item)]));
  return changed ? copy : value;
}

/**
 * A value as JSON text for a failure message, nested levels past {@link QUOTED_DEPTH} replaced by
 * a note (a plain JSON.stringify of a value from a hostile answer can overflow the stack).
 *
 * @example
 * quoted({ a: 1 }); // '{"a":1}'
 * quoted(undefined); // 'undefined'
 */
export function quoted(value: unknown): string {
  return JSON.stringify(clipDepth(value)) ?? 'undefined';
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
    message: options.message,
    received: clipDepth(options.received),
    documented: clipDepth(options.documented),
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
 * The field `ref` names in an earlier step's JSON answer; `found` is false when that answer is
 * not a JSON object or has no such own field.
 *
 * @example
 * fieldOfStep(history, { step: 0, field: 'codeSize' }); // { found: true, value: 22 }
 */
export function fieldOfStep(
  history: readonly Exchange[],
  ref: FieldOfStep,
): { found: boolean; value: unknown } {
  const body = parseObject(history[ref.step]?.response.body ?? '');
  const found = body !== undefined && Object.hasOwn(body, ref.field);
  return { found, value: found ? body[ref.field] : undefined };
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
