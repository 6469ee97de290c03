/**
 * A list of strings kept as UTF-8 bytes in one growable buffer outside the JS heap, oldest dropped
 * first. The journal keeps its entries here so that they, which live for hundreds of requests, are
 * not promoted to V8's old generation one object at a time: measured on serve, that garbage alone
 * grew RSS by ~90 MB over 100,000 requests (docs/performance.md, ADR 013).
 */

/** Strings stored as bytes. */
export interface TextLog {
  readonly length: number;
  /** UTF-8 bytes of the strings kept. */
  readonly bytes: number;
  push(text: string): void;
  /** The `index`-th string still kept (0 = oldest). */
  get(index: number): string;
  /** Drops the oldest strings until at most `count` strings and `bytes` bytes remain (the newest stays). */
  trim(limits: { count: number; bytes: number }): void;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Creates an empty log. Strings must be well-formed UTF-16 (a lone surrogate would come back as
 * U+FFFD); `JSON.stringify` output always is.
 *
 * @example
 * const log = createTextLog();
 * log.push('{"a":1}');
 * log.get(0); // '{"a":1}'
 */
export function createTextLog(initialBytes = 4 * 1024): TextLog {
  let buffer = new Uint8Array(initialBytes);
  // Entry i spans buffer[offsets[i], offsets[i + 1]).
  let offsets: number[] = [0];
  const used = (): number => offsets[offsets.length - 1] as number;
  const reserve = (extra: number): void => {
    if (used() + extra <= buffer.length) return;
    const grown = new Uint8Array(Math.max(buffer.length * 2, used() + extra));
    grown.set(buffer.subarray(0, used()));
    buffer = grown;
  };
  return {
    get length() {
      return offsets.length - 1;
    },
    get bytes() {
      return used();
    },
    push(text) {
      reserve(text.length * 3);
      const { written } = encoder.encodeInto(text, buffer.subarray(used()));
      offsets.push(used() + written);
    },
    get(index) {
      return decoder.decode(buffer.subarray(offsets[index], offsets[index + 1]));
    },
    trim({ count, bytes }) {
      const last = offsets.length - 1;
      let drop = Math.max(0, last - count);
      while (drop < last - 1 && used() - (offsets[drop] as number) > bytes) drop += 1;
      if (drop === 0) return;
      const from = offsets[drop] as number;
      buffer.copyWithin(0, from, used());
      offsets = offsets.slice(drop).map((offset) => offset - from);
    },
  };
}
