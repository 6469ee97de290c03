/**
 * The function store: created functions per account and region. Each function is kept as one
 * flat JSON string (computed fields, then the input without `code` and `functionName`), keyed by
 * its name, so that 100,000 functions fit in about 20 MB of heap.
 */
import type { Scope } from './routing.ts';
import type { CreateFunctionInput } from './types.ts';

/** What is kept for one created function; the `Function` body is rebuilt from it on demand. */
export interface StoredFunction {
  name: string;
  functionId: string;
  codeChecksum: string;
  codeSize: number;
  createdTime: string;
  imageDigest: string;
}

/** A stored function with the input it was created from (without `code`). */
export interface UnpackedFunction {
  record: StoredFunction;
  input: CreateFunctionInput;
}

/**
 * Packs a record and its input into one flat string (`JSON.stringify` never yields a cons
 * string, so nothing else is retained). `code` and `functionName` are left out.
 *
 * @example
 * packFunction(record, input); // '["…uuid…","0",0,"2024-01-01T00:00:00Z","",{"runtime":"python3.10",…}]'
 */
export function packFunction(record: StoredFunction, input: CreateFunctionInput): string {
  const { code, functionName, ...config } = input;
  const { functionId, codeChecksum, codeSize, createdTime, imageDigest } = record;
  return JSON.stringify([functionId, codeChecksum, codeSize, createdTime, imageDigest, config]);
}

/**
 * Reverses {@link packFunction}; the input comes back without `code`.
 *
 * @example
 * const { record, input } = unpackFunction('f', packed);
 */
export function unpackFunction(name: string, packed: string): UnpackedFunction {
  const [functionId, codeChecksum, codeSize, createdTime, imageDigest, config] = JSON.parse(packed) as [
    string,
    string,
    number,
    string,
    string,
    Omit<CreateFunctionInput, 'functionName'>,
  ];
  return {
    record: { name, functionId, codeChecksum, codeSize, createdTime, imageDigest },
    input: { functionName: name, ...config } as CreateFunctionInput,
  };
}

/** Functions per account+region; `tryAdd` is atomic (no await between check and insert). */
export interface FunctionStore {
  /** Stores `packed` (see {@link packFunction}) under `name`; false when the name is taken. */
  tryAdd(scope: Scope, name: string, packed: string): boolean;
  /** The function stored under `name`, if any. */
  get(scope: Scope, name: string): UnpackedFunction | undefined;
  list(scope: Scope): UnpackedFunction[];
  clear(): void;
}

/**
 * Creates an empty store owned by one emulator.
 *
 * @example
 * const store = createFunctionStore();
 * store.tryAdd({ accountId: '1', regionId: 'cn-hangzhou' }, 'f', packFunction(record, input)); // true, then false
 */
export function createFunctionStore(): FunctionStore {
  const scopes = new Map<string, Map<string, string>>();
  // Most requests use the emulator's default scope object: remember its bucket.
  let lastScope: Scope | undefined;
  let lastBucket = new Map<string, string>();
  const bucket = (scope: Scope): Map<string, string> => {
    if (scope === lastScope) return lastBucket;
    const key = `${scope.accountId}/${scope.regionId}`;
    let functions = scopes.get(key);
    if (!functions) {
      functions = new Map();
      scopes.set(key, functions);
    }
    lastScope = scope;
    lastBucket = functions;
    return functions;
  };
  return {
    tryAdd(scope, name, packed) {
      const functions = bucket(scope);
      if (functions.has(name)) return false;
      functions.set(name, packed);
      return true;
    },
    get(scope, name) {
      const packed = bucket(scope).get(name);
      return packed === undefined ? undefined : unpackFunction(name, packed);
    },
    list: (scope) => Array.from(bucket(scope), ([name, packed]) => unpackFunction(name, packed)),
    clear() {
      scopes.clear();
      lastScope = undefined;
    },
  };
}
