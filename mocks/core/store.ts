/**
 * The function store: created functions per account and region. Records are compact (the input
 * without its code, as JSON text) so that 100,000 functions fit in a few tens of MB.
 */
import type { Scope } from './routing.ts';

/** What is kept for one created function; the `Function` body is rebuilt from it on demand. */
export interface StoredFunction {
  name: string;
  /** The validated input without `code`, as JSON text. */
  config: string;
  functionId: string;
  codeChecksum: string;
  codeSize: number;
  createdTime: string;
  imageDigest: string;
}

/** Functions per account+region; `tryAdd` is atomic (no await between check and insert). */
export interface FunctionStore {
  tryAdd(scope: Scope, record: StoredFunction): boolean;
  list(scope: Scope): StoredFunction[];
  clear(): void;
}

/**
 * Creates an empty store owned by one emulator.
 *
 * @example
 * const store = createFunctionStore();
 * store.tryAdd({ accountId: '1', regionId: 'cn-hangzhou' }, record); // true the first time, false after
 */
export function createFunctionStore(): FunctionStore {
  const scopes = new Map<string, Map<string, StoredFunction>>();
  const bucket = (scope: Scope): Map<string, StoredFunction> => {
    const key = `${scope.accountId}/${scope.regionId}`;
    let functions = scopes.get(key);
    if (!functions) {
      functions = new Map();
      scopes.set(key, functions);
    }
    return functions;
  };
  return {
    tryAdd(scope, record) {
      const functions = bucket(scope);
      if (functions.has(record.name)) return false;
      functions.set(record.name, record);
      return true;
    },
    list: (scope) => [...bucket(scope).values()],
    clear: () => scopes.clear(),
  };
}
