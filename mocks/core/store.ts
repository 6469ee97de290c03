/**
 * The function store: created functions per account and region, keyed by name. Each function is
 * a row of the off-heap {@link FunctionTable}: its scope, name, creation number (ids derive from
 * it), creation second, and the index of its *shape*, the JSON text of what it shares with
 * functions created from the same configuration (checksum, code size and the input without `code`
 * and `functionName`). Shapes are interned once per store, so 100,000 functions created from a
 * few configurations take about 7 MB outside the JS heap (and their few shape strings in it).
 */
import { createFunctionTable, type FunctionTable } from './function-table.ts';
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

function unpack(
  table: FunctionTable,
  row: number,
  shapes: readonly string[],
  ids: DerivedIds,
): UnpackedFunction {
  const name = table.name(row);
  const seq = table.seq(row);
  const shape = table.shape(row);
  const [codeChecksum, codeSize, config] = JSON.parse(shapes[shape] as string) as Shape;
  const createdTime = `${new Date(table.second(row) * 1000).toISOString().slice(0, 19)}Z`;
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
  const table = createFunctionTable();
  const scopeNumbers = new Map<string, number>();
  const shapes: string[] = [];
  const shapeIndex = new Map<string, number>();
  // Most requests use the emulator's default scope object: remember its number.
  let lastScope: Scope | undefined;
  let lastNumber = 0;
  // Requests arrive many per second: remember the last creation time parsed.
  let lastTime = '';
  let lastSecond = 0;
  const scopeNumber = (scope: Scope): number => {
    if (scope === lastScope) return lastNumber;
    const key = `${scope.accountId}/${scope.regionId}`;
    let number = scopeNumbers.get(key);
    if (number === undefined) {
      number = scopeNumbers.size;
      scopeNumbers.set(key, number);
    }
    lastScope = scope;
    lastNumber = number;
    return number;
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
      const number = scopeNumber(scope);
      if (table.find(number, record.name) >= 0) return -1;
      if (record.createdTime !== lastTime) {
        lastSecond = Date.parse(record.createdTime) / 1000;
        lastTime = record.createdTime;
      }
      const shape = intern(shapeOf(record, input));
      table.add(number, record.name, record.seq, lastSecond, shape);
      return shape;
    },
    get(scope, name) {
      const row = table.find(scopeNumber(scope), name);
      return row < 0 ? undefined : unpack(table, row, shapes, ids);
    },
    list(scope) {
      const number = scopeNumber(scope);
      const found: UnpackedFunction[] = [];
      for (let row = 0; row < table.count; row++) {
        if (table.scope(row) === number) found.push(unpack(table, row, shapes, ids));
      }
      return found;
    },
  };
}
