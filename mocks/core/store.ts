/**
 * The function store: created functions per account and region. Each function is kept as one
 * flat JSON string (creation number, checksum, size, creation second, then the input without
 * `code` and `functionName`), keyed by its name; ids derive from the creation number, so that
 * 100,000 functions fit in under 20 MB of heap.
 */
import type { DerivedIds } from './prng.ts';
import type { Scope } from './routing.ts';
import type { CreateFunctionInput } from './types.ts';

/** One created function; the `Function` body is rebuilt from it on demand. */
export interface StoredFunction {
  name: string;
  /** Creation number within the emulator; `functionId` and `imageDigest` derive from it. */
  seq: number;
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
 * string, so nothing else is retained). `code`, `functionName` and the derived ids are left out.
 *
 * @example
 * packFunction(record, input); // '[0,"2220831586920633690",22,1714979289,{"runtime":"python3.10",…}]'
 */
export function packFunction(record: StoredFunction, input: CreateFunctionInput): string {
  const { code, functionName, ...config } = input;
  const { seq, codeChecksum, codeSize, createdTime } = record;
  return JSON.stringify([seq, codeChecksum, codeSize, Date.parse(createdTime) / 1000, config]);
}

/**
 * Reverses {@link packFunction}; the input comes back without `code`.
 *
 * @example
 * const { record, input } = unpackFunction('f', packed, derivedIds(1));
 */
export function unpackFunction(name: string, packed: string, ids: DerivedIds): UnpackedFunction {
  const [seq, codeChecksum, codeSize, createdSecond, config] = JSON.parse(packed) as [
    number,
    string,
    number,
    number,
    Omit<CreateFunctionInput, 'functionName'>,
  ];
  const createdTime = `${new Date(createdSecond * 1000).toISOString().slice(0, 19)}Z`;
  const imageDigest = config.runtime === 'custom-container' ? ids.imageDigest(seq) : '';
  return {
    record: { name, seq, functionId: ids.functionId(seq), codeChecksum, codeSize, createdTime, imageDigest },
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
 * const store = createFunctionStore(derivedIds(1));
 * store.tryAdd({ accountId: '1', regionId: 'cn-hangzhou' }, 'f', packFunction(record, input)); // true, then false
 */
export function createFunctionStore(ids: DerivedIds): FunctionStore {
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
      return packed === undefined ? undefined : unpackFunction(name, packed, ids);
    },
    list: (scope) => Array.from(bucket(scope), ([name, packed]) => unpackFunction(name, packed, ids)),
    clear() {
      scopes.clear();
      lastScope = undefined;
    },
  };
}
