/**
 * A list of strings kept as UTF-8 bytes in buffers outside the JS heap, oldest dropped first. The
 * journal keeps its entries here so that they, which live for hundreds of requests, are not
 * promoted to V8's old generation one object at a time: measured on serve, that garbage alone
 * grew RSS by ~90 MB over 100,000 requests (docs/performance.md, ADR 013).
 *
 * The bytes live in chunks of a fixed size, filled in order; trimming drops whole chunks, the
 * oldest first, so no kept byte is ever copied.
 */

/** Strings stored as bytes. */
export interface TextLog {
  readonly length: number;
  /** UTF-8 bytes of the strings kept. */
  readonly bytes: number;
  /** Appends one string, given as parts that are stored one after the other. */
  push(...parts: string[]): void;
  /** The `index`-th string still kept (0 = oldest). */
  get(index: number): string;
  /**
   * Drops the oldest chunks while the rest still holds `count` strings, or while more than `bytes`
   * bytes are kept (the newest chunk stays): at least `count` strings are kept when there are
   * that many, and at most one chunk more than `bytes` bytes.
   */
  trim(limits: { count: number; bytes: number }): void;
}

/** A buffer and where its strings end: string j spans buffer[ends[j - 1] ?? 0, ends[j]). */
interface Chunk {
  buffer: Uint8Array;
  ends: number[];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const used = (chunk: Chunk): number => chunk.ends.at(-1) ?? 0;

/**
 * Creates an empty log of chunks of `chunkBytes` (a string too large for one gets a chunk of its
 * own). Strings must be well-formed UTF-16 (a lone surrogate would come back as U+FFFD);
 * `JSON.stringify` output always is.
 *
 * @example
 * const log = createTextLog();
 * log.push('{"a":1}', '\n');
 * log.get(0); // '{"a":1}\n'
 */
export function createTextLog(chunkBytes = 64 * 1024): TextLog {
  const chunks: Chunk[] = [];
  // The buffer of the last chunk dropped, reused for the next one (a ring of chunks in effect).
  let spare: Uint8Array | undefined;
  let length = 0;
  let bytes = 0;
  return {
    get length() {
      return length;
    },
    get bytes() {
      return bytes;
    },
    push(...parts) {
      // At most 3 UTF-8 bytes per UTF-16 unit.
      let most = 0;
      for (const part of parts) most += part.length * 3;
      let chunk = chunks.at(-1);
      if (!chunk || used(chunk) + most > chunk.buffer.length) {
        const buffer = spare && most <= spare.length ? spare : new Uint8Array(Math.max(chunkBytes, most));
        if (buffer === spare) spare = undefined;
        chunk = { buffer, ends: [] };
        chunks.push(chunk);
      }
      const start = used(chunk);
      let end = start;
      for (const part of parts) {
        if (part !== '') end += encoder.encodeInto(part, chunk.buffer.subarray(end)).written;
      }
      chunk.ends.push(end);
      length += 1;
      bytes += end - start;
    },
    get(index) {
      let i = index;
      for (const chunk of chunks) {
        if (i < chunk.ends.length) {
          return decoder.decode(chunk.buffer.subarray(chunk.ends[i - 1] ?? 0, chunk.ends[i]));
        }
        i -= chunk.ends.length;
      }
      throw new RangeError(`text log: no string ${index} of ${length}`);
    },
    trim({ count, bytes: most }) {
      for (let oldest = chunks[0]; oldest && chunks.length > 1; oldest = chunks[0]) {
        if (length - oldest.ends.length < count && bytes <= most) return;
        chunks.shift();
        if (oldest.buffer.length === chunkBytes) spare = oldest.buffer;
        length -= oldest.ends.length;
        bytes -= used(oldest);
      }
    },
  };
}
