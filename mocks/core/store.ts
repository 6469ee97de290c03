/**
 * The function store: created functions per account and region, keyed by name. Each function is
 * a row number in three numeric columns: its creation number (ids derive from it), its creation
 * second, and the index of its *shape*, the JSON text of what it shares with functions created
 * from the same configuration (checksum, code size and the input without `code` and
 * `functionName`). Shapes are interned once per store, so 100,000 functions created from a few
 * configurations take their names, a map entry each and 20 bytes of columns.
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
  /** Index of its shape: functions with equal shapes differ only in name, ids and time. */
  shape: number;
}

type Shape = [codeChecksum: string, codeSize: number, config: Omit<CreateFunctionInput, 'functionName'>];

/** Functions per account+region; `tryAdd` is atomic (no await between check and insert). */
export interface FunctionStore {
  /**
   * Stores the function under `record.name` and returns its shape index (≥ 0); -1 when the name
   * is taken in that scope. Shape indexes are stable for the store's lifetime.
   */
  tryAdd(scope: Scope, record: StoredFunction, input: CreateFunctionInput): number;
  /** The function stored under `name`, if any. */
  get(scope: Scope, name: string): UnpackedFunction | undefined;
  list(scope: Scope): UnpackedFunction[];
}

function shapeOf(record: StoredFunction, input: CreateFunctionInput): string {
  const { code, functionName, ...config } = input;
  return JSON.stringify([record.codeChecksum, record.codeSize, config]);
}

/** Growable numeric columns, one row per stored function. */
interface Rows {
  count: number;
  seqs: Float64Array;
  seconds: Float64Array;
  shapes: Uint32Array;
}

function addRow(rows: Rows, seq: number, second: number, shape: number): number {
  if (rows.count === rows.seqs.length) {
    const grow = <T extends Float64Array | Uint32Array>(column: T): T => {
      const grown = new (column.constructor as new (length: number) => T)(column.length * 2);
      grown.set(column);
      return grown;
    };
    rows.seqs = grow(rows.seqs);
    rows.seconds = grow(rows.seconds);
    rows.shapes = grow(rows.shapes);
  }
  rows.seqs[rows.count] = seq;
  rows.seconds[rows.count] = second;
  rows.shapes[rows.count] = shape;
  return rows.count++;
}

function unpack(
  name: string,
  row: number,
  rows: Rows,
  shapes: readonly string[],
  ids: DerivedIds,
): UnpackedFunction {
  const seq = rows.seqs[row] as number;
  const second = rows.seconds[row] as number;
  const shape = rows.shapes[row] as number;
  const [codeChecksum, codeSize, config] = JSON.parse(shapes[shape] as string) as Shape;
  const createdTime = `${new Date(second * 1000).toISOString().slice(0, 19)}Z`;
  const imageDigest = config.runtime === 'custom-container' ? ids.imageDigest(seq) : '';
  return {
    record: { name, seq, functionId: ids.functionId(seq), codeChecksum, codeSize, createdTime, imageDigest },
    input: { functionName: name, ...config } as CreateFunctionInput,
    shape,
  };
}

/**
 * Creates an empty store owned by one emulator.
 *
 * @example
 * const store = createFunctionStore(derivedIds(1));
 * store.tryAdd({ accountId: '1', regionId: 'cn-hangzhou' }, record, input); // 0 (its shape), then -1
 */
export function createFunctionStore(ids: DerivedIds): FunctionStore {
  const scopes = new Map<string, Map<string, number>>();
  const rows: Rows = {
    count: 0,
    seqs: new Float64Array(1024),
    seconds: new Float64Array(1024),
    shapes: new Uint32Array(1024),
  };
  const shapes: string[] = [];
  const shapeIndex = new Map<string, number>();
  // Most requests use the emulator's default scope object: remember its bucket.
  let lastScope: Scope | undefined;
  let lastBucket = new Map<string, number>();
  // Requests arrive many per second: remember the last creation time parsed.
  let lastTime = '';
  let lastSecond = 0;
  const bucket = (scope: Scope): Map<string, number> => {
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
      if (functions.has(record.name)) return -1;
      if (record.createdTime !== lastTime) {
        lastSecond = Date.parse(record.createdTime) / 1000;
        lastTime = record.createdTime;
      }
      const shape = intern(shapeOf(record, input));
      functions.set(record.name, addRow(rows, record.seq, lastSecond, shape));
      return shape;
    },
    get(scope, name) {
      const row = bucket(scope).get(name);
      return row === undefined ? undefined : unpack(name, row, rows, shapes, ids);
    },
    list: (scope) => Array.from(bucket(scope), ([name, row]) => unpack(name, row, rows, shapes, ids)),
  };
}
