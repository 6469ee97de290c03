/**
 * The check of a journal filter passed to `calls(filter)`. A misspelt operation, outcome or key
 * matched nothing, so `expect(emulator.calls({ operation: 'CreateFuntion' })).toHaveLength(0)`
 * passed whatever the code under test sent; a filter that is no object threw a TypeError.
 * The control API (`GET /__fc3/calls`) checks its query the same way before it gets here.
 */
import { Fc3TestkitError } from './errors.ts';
import { OPERATION_NAMES } from './operation-names.ts';
import type { CallFilter } from './types.ts';

const KEYS = ['operation', 'outcome', 'functionName', 'code', 'since', 'limit'];
const OUTCOMES = ['succeeded', 'rejected', 'faulted', 'unrouted', 'created'];

function checkOneOf(name: string, value: unknown, allowed: readonly string[]): void {
  if (value !== undefined && !allowed.includes(value as string))
    throw new Fc3TestkitError(`calls: ${name} must be one of ${allowed.join(', ')}, got ${String(value)}`);
}

function checkCount(name: string, value: unknown, min: number): void {
  const valid = value === undefined || (Number.isSafeInteger(value) && (value as number) >= min);
  if (!valid) throw new Fc3TestkitError(`calls: ${name} must be an integer >= ${min}, got ${String(value)}`);
}

/**
 * Returns the filter (`{}` for none) or throws {@link Fc3TestkitError} naming what is wrong.
 *
 * @example
 * checkCallFilter({ operation: 'GetFunction', limit: 10 }); // the same filter
 * checkCallFilter({ operaton: 'GetFunction' }); // throws: unknown key operaton
 */
export function checkCallFilter(filter: unknown): CallFilter {
  if (filter === undefined) return {};
  if (filter === null || typeof filter !== 'object' || Array.isArray(filter))
    throw new Fc3TestkitError(`calls: the filter must be an object, got ${String(filter)}`);
  const record = filter as Record<string, unknown>;
  const unknown = Object.keys(record).find((key) => !KEYS.includes(key));
  if (unknown !== undefined)
    throw new Fc3TestkitError(`calls: unknown filter key ${unknown}; known keys: ${KEYS.join(', ')}`);
  checkOneOf('operation', record.operation, OPERATION_NAMES);
  checkOneOf('outcome', record.outcome, OUTCOMES);
  // `created` stands for a succeeded CreateFunction: with another operation it matched the creates.
  if (record.outcome === 'created' && record.operation !== undefined && record.operation !== 'CreateFunction')
    throw new Fc3TestkitError(
      `calls: outcome created means a succeeded CreateFunction; operation ${String(record.operation)} contradicts it (use outcome succeeded)`,
    );
  for (const name of ['functionName', 'code']) {
    if (record[name] !== undefined && typeof record[name] !== 'string')
      throw new Fc3TestkitError(`calls: ${name} must be a string, got ${String(record[name])}`);
  }
  checkCount('since', record.since, 0);
  checkCount('limit', record.limit, 1);
  return record as CallFilter;
}
