/**
 * The store's table: one row per created function, kept in typed arrays outside the JS heap.
 * A row holds the function's scope number, name, creation number, creation second and shape
 * index; an open-addressing hash index finds a row by (scope, name).
 *
 * Why not a `Map<string, …>`: 100,000 functions in a Map cost ~7 MiB of heap (the table and one
 * string per name) plus, each time the Map doubles, its old table as garbage until the next full
 * GC, which made a busy server's RSS wander by ~5 MiB. Here rows live in chunks of 8,192 rows and
 * names in pages of 64 Ki UTF-16 code units; only the first chunk and page grow (by doubling, up to
 * full size) and the index (4 bytes per slot) is rebuilt when it doubles; nothing else is copied.
 */

const CHUNK_ROWS = 8192;
const PAGE_UNITS = 65536;
// The first chunk and page start small and double up to full size, so that an emulator holding a
// handful of functions (a test suite may keep hundreds alive) costs a few KB, not ~450 KB.
const FIRST_ROWS = 64;
const FIRST_UNITS = 1024;
// Per row: Float64 [seq, second, name position]; Uint32 [hash, scope, name length, shape].
const F = 3;
const U = 4;

interface Chunk {
  floats: Float64Array;
  ints: Uint32Array;
}

/** Rows by (scope, name); `find` then `add` is atomic for synchronous callers. */
export interface FunctionTable {
  readonly count: number;
  /** The row of `name` in `scope`, or -1. */
  find(scope: number, name: string): number;
  /** Appends a row; the caller has checked that `find` gives -1. Returns the row. */
  add(scope: number, name: string, seq: number, second: number, shape: number): number;
  name(row: number): string;
  scope(row: number): number;
  seq(row: number): number;
  second(row: number): number;
  shape(row: number): number;
}

/** FNV-1a over UTF-16 code units, mixed with the scope number. */
function hashOf(scope: number, name: string): number {
  let hash = Math.imul(2166136261 ^ scope, 16777619);
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 16777619);
  return hash >>> 0;
}

function grown<T extends Float64Array | Uint32Array | Uint16Array>(array: T, length: number): T {
  const copy = new (array.constructor as new (length: number) => T)(length);
  copy.set(array);
  return copy;
}

function readUnits(units: Uint16Array, start: number, length: number): string {
  let text = '';
  // Bounded slices keep the argument count of fromCharCode small.
  for (let at = start; at < start + length; at += 4096) {
    text += String.fromCharCode(...units.subarray(at, Math.min(at + 4096, start + length)));
  }
  return text;
}

/**
 * Creates an empty table. `hash` is replaceable so that tests can force every key to collide.
 *
 * @example
 * const table = createFunctionTable();
 * table.find(0, 'f'); // -1
 * table.add(0, 'f', 0, 1700000000, 0); // 0
 * table.find(0, 'f'); // 0
 */
export function createFunctionTable(hash: (scope: number, name: string) => number = hashOf): FunctionTable {
  const chunks: Chunk[] = [];
  const pages: Uint16Array[] = [];
  let pageUsed = 0;
  let count = 0;
  // Slots hold row + 1 (0 = empty); at most half full.
  let slots = new Int32Array(64);

  const floats = (row: number): Float64Array => (chunks[Math.floor(row / CHUNK_ROWS)] as Chunk).floats;
  const ints = (row: number): Uint32Array => (chunks[Math.floor(row / CHUNK_ROWS)] as Chunk).ints;
  const at = (row: number): number => row % CHUNK_ROWS;

  const nameEquals = (row: number, name: string): boolean => {
    const i = ints(row);
    const r = at(row);
    if (i[r * U + 2] !== name.length) return false;
    const position = floats(row)[r * F + 2] as number;
    const page = pages[Math.floor(position / PAGE_UNITS)] as Uint16Array;
    const start = position % PAGE_UNITS;
    for (let k = 0; k < name.length; k++) if (page[start + k] !== name.charCodeAt(k)) return false;
    return true;
  };

  const place = (row: number, hash: number): void => {
    const mask = slots.length - 1;
    let slot = hash & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = row + 1;
  };

  const writeName = (name: string): number => {
    const end = pageUsed + name.length;
    if (pages.length === 0 || end > PAGE_UNITS) {
      // A name longer than a page gets a page of its own.
      const units = pages.length === 0 ? FIRST_UNITS : PAGE_UNITS;
      pages.push(new Uint16Array(Math.max(units, name.length)));
      pageUsed = 0;
    } else if (end > (pages[pages.length - 1] as Uint16Array).length) {
      const last = pages[pages.length - 1] as Uint16Array;
      let units = last.length * 2;
      while (units < end) units *= 2;
      pages[pages.length - 1] = grown(last, Math.min(units, PAGE_UNITS));
    }
    const page = pages[pages.length - 1] as Uint16Array;
    for (let k = 0; k < name.length; k++) page[pageUsed + k] = name.charCodeAt(k);
    const position = (pages.length - 1) * PAGE_UNITS + pageUsed;
    pageUsed += name.length;
    return position;
  };

  const field = (row: number, offset: number): number => ints(row)[at(row) * U + offset] as number;

  return {
    get count() {
      return count;
    },
    find(scope, name) {
      const keyHash = hash(scope, name) >>> 0;
      const mask = slots.length - 1;
      for (let slot = keyHash & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
        const row = (slots[slot] as number) - 1;
        if (field(row, 0) === keyHash && field(row, 1) === scope && nameEquals(row, name)) return row;
      }
      return -1;
    },
    add(scope, name, seq, second, shape) {
      const row = count;
      if (row % CHUNK_ROWS === 0) {
        const rows = row === 0 ? FIRST_ROWS : CHUNK_ROWS;
        chunks.push({ floats: new Float64Array(rows * F), ints: new Uint32Array(rows * U) });
      } else if (row < CHUNK_ROWS && row * U === (chunks[0] as Chunk).ints.length) {
        const first = chunks[0] as Chunk;
        chunks[0] = { floats: grown(first.floats, row * 2 * F), ints: grown(first.ints, row * 2 * U) };
      }
      const keyHash = hash(scope, name) >>> 0;
      const f = floats(row);
      const i = ints(row);
      const r = at(row);
      f[r * F] = seq;
      f[r * F + 1] = second;
      f[r * F + 2] = writeName(name);
      i[r * U] = keyHash;
      i[r * U + 1] = scope;
      i[r * U + 2] = name.length;
      i[r * U + 3] = shape;
      count += 1;
      if (count * 2 > slots.length) {
        slots = new Int32Array(slots.length * 2);
        for (let old = 0; old < count; old++) place(old, field(old, 0));
      } else {
        place(row, keyHash);
      }
      return row;
    },
    name(row) {
      const position = floats(row)[at(row) * F + 2] as number;
      const page = pages[Math.floor(position / PAGE_UNITS)] as Uint16Array;
      return readUnits(page, position % PAGE_UNITS, field(row, 2));
    },
    scope: (row) => field(row, 1),
    seq: (row) => floats(row)[at(row) * F] as number,
    second: (row) => floats(row)[at(row) * F + 1] as number,
    shape: (row) => field(row, 3),
  };
}
