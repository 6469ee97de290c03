/**
 * The function store: created functions per account and region, keyed by name. A function is
 * kept as a short flat string `[seq,second,shape]`: its creation number (ids derive from it), its
 * creation second, and the index of its *shape*, the JSON text of what it shares with functions
 * created from the same configuration (checksum, code size and the input without `code` and
 * `functionName`). Shapes are interned once per store, so 100,000 functions created from a few
 * configurations take about 10 MB of heap.
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

type Shape = [codeChecksum: string, codeSize: number, config: Omit<CreateFunctionInput, 'functionName'>];

/** Functions per account+region; `tryAdd` is atomic (no await between check and insert). */
export interface FunctionStore {
  /** Stores the function under `record.name`; false when the name is taken in that scope. */
  tryAdd(scope: Scope, record: StoredFunction, input: CreateFunctionInput): boolean;
  /** The function stored under `name`, if any. */
  get(scope: Scope, name: string): UnpackedFunction | undefined;
  list(scope: Scope): UnpackedFunction[];
  clear(): void;
}

function shapeOf(record: StoredFunction, input: CreateFunctionInput): string {
  const { code, functionName, ...config } = input;
  return JSON.stringify([record.codeChecksum, record.codeSize, config]);
}

function unpack(name: string, packed: string, shapes: readonly string[], ids: DerivedIds): UnpackedFunction {
  const [seq, second, shape] = JSON.parse(packed) as [number, number, number];
  const [codeChecksum, codeSize, config] = JSON.parse(shapes[shape] as string) as Shape;
  const createdTime = `${new Date(second * 1000).toISOString().slice(0, 19)}Z`;
  const imageDigest = config.runtime === 'custom-container' ? ids.imageDigest(seq) : '';
  return {
    record: { name, seq, functionId: ids.functionId(seq), codeChecksum, codeSize, createdTime, imageDigest },
    input: { functionName: name, ...config } as CreateFunctionInput,
  };
}

/**
 * Creates an empty store owned by one emulator.
 *
 * @example
 * const store = createFunctionStore(derivedIds(1));
 * store.tryAdd({ accountId: '1', regionId: 'cn-hangzhou' }, record, input); // true, then false
 */
export function createFunctionStore(ids: DerivedIds): FunctionStore {
  const scopes = new Map<string, Map<string, string>>();
  const shapes: string[] = [];
  const shapeIndex = new Map<string, number>();
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
  const intern = (shape: string): number => {
    let index = shapeIndex.get(shape);
    if (index === undefined) {
      index = shapes.push(shape) - 1;
      shapeIndex.set(shape, index);
    }
    return index;
  };
  return {
    tryAdd(scope, record, input) {
      const functions = bucket(scope);
      if (functions.has(record.name)) return false;
      const second = Date.parse(record.createdTime) / 1000;
      // JSON.stringify yields a flat string; a template literal would keep a rope of its parts.
      functions.set(record.name, JSON.stringify([record.seq, second, intern(shapeOf(record, input))]));
      return true;
    },
    get(scope, name) {
      const packed = bucket(scope).get(name);
      return packed === undefined ? undefined : unpack(name, packed, shapes, ids);
    },
    list: (scope) => Array.from(bucket(scope), ([name, packed]) => unpack(name, packed, shapes, ids)),
    clear() {
      scopes.clear();
      shapes.length = 0;
      shapeIndex.clear();
      lastScope = undefined;
    },
  };
}
