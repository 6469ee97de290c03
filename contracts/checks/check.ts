/**
 * The shape of a check: a small named function over one exchange that returns "received vs
 * documented" failures (empty when the answer conforms).
 */
import type { CheckFailure, ContractCase, Exchange, Grade } from '../types.ts';

/** What a check sees. */
export interface CheckInput {
  contractCase: ContractCase;
  exchange: Exchange;
  /** The body parsed as JSON; `undefined` when it is not JSON. */
  json: unknown;
  /** How far `createdTime` may be from the time the answer arrived. */
  clockToleranceMs: number;
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
    received: options.received,
    documented: options.documented,
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
