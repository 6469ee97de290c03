/**
 * Records sorted by name, kept as a list of sorted chunks (at most {@link MAX_CHUNK} records
 * each): inserting or removing moves at most one chunk's entries instead of the whole list (a
 * plain sorted array made creates slower as the store grew), finding a name is two binary
 * searches, and reading from any name costs the search plus the records read. It is the store's
 * only index: no separate `Map`, which measured ~40 bytes per function (ADR 013).
 */

/** Records per chunk before it splits in two. */
export const MAX_CHUNK = 1024;

/** A set of records ordered by name (UTF-16 code units; function names are ASCII, so byte order). */
export interface SortedRecords<T> {
  get(name: string): T | undefined;
  /** Inserts a record, or replaces the one with its name; true when it was new. */
  put(record: T): boolean;
  /** Removes the record with this name; false when there was none. */
  remove(name: string): boolean;
  /** The records whose names are ≥ `start`, in order. */
  from(start: string): Iterable<T>;
}

/**
 * Creates an empty set whose records are named by `nameOf` (`maxChunk` is for tests that want
 * small chunks).
 *
 * @example
 * const records = createSortedRecords((r: { name: string }) => r.name);
 * records.put({ name: 'b' }); records.put({ name: 'a' });
 * [...records.from('')].map((r) => r.name); // ['a', 'b']
 */
export function createSortedRecords<T>(
  nameOf: (record: T) => string,
  maxChunk = MAX_CHUNK,
): SortedRecords<T> {
  const chunks: T[][] = [];
  const lowerBound = (chunk: readonly T[], name: string): number => {
    let low = 0;
    let high = chunk.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (nameOf(chunk[middle] as T) < name) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  // The chunk that holds `name` or where it belongs: the first whose last name is ≥ it, else the last.
  const chunkFor = (name: string): number => {
    let low = 0;
    let high = chunks.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const chunk = chunks[middle] as T[];
      if (nameOf(chunk[chunk.length - 1] as T) < name) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const locate = (name: string): { index: number; chunk: T[]; at: number; found: boolean } => {
    const index = chunkFor(name);
    const chunk = chunks[index] as T[];
    const at = lowerBound(chunk, name);
    return { index, chunk, at, found: at < chunk.length && nameOf(chunk[at] as T) === name };
  };
  return {
    get(name) {
      if (chunks.length === 0) return undefined;
      const { chunk, at, found } = locate(name);
      return found ? chunk[at] : undefined;
    },
    put(record) {
      if (chunks.length === 0) {
        chunks.push([record]);
        return true;
      }
      const { index, chunk, at, found } = locate(nameOf(record));
      if (found) {
        chunk[at] = record;
        return false;
      }
      chunk.splice(at, 0, record);
      if (chunk.length > maxChunk) chunks.splice(index + 1, 0, chunk.splice(Math.ceil(maxChunk / 2)));
      return true;
    },
    remove(name) {
      if (chunks.length === 0) return false;
      const { index, chunk, at, found } = locate(name);
      if (!found) return false;
      chunk.splice(at, 1);
      if (chunk.length === 0) chunks.splice(index, 1);
      return true;
    },
    *from(start) {
      if (chunks.length === 0) return;
      let index = chunkFor(start);
      let at = lowerBound(chunks[index] as T[], start);
      for (; index < chunks.length; index++, at = 0) {
        const chunk = chunks[index] as T[];
        for (; at < chunk.length; at++) yield chunk[at] as T;
      }
    },
  };
}
