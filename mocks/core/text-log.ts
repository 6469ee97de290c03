/**
 * An append-only list of strings kept as UTF-8 bytes in one growable buffer outside the JS heap.
 * The journal uses it so that entries, which live for hundreds of requests, are not promoted to
 * V8's old generation one object at a time (that garbage is what made a busy server's heap grow).
 */

/** Strings stored as bytes; `keepLast` drops the oldest. */
export interface TextLog {
  readonly length: number;
  push(text: string): void;
  /** The `index`-th string still kept (0 = oldest). */
  get(index: number): string;
  /** Drops all but the newest `count` strings. */
  keepLast(count: number): void;
  clear(): void;
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
  let bytes = new Uint8Array(initialBytes);
  // Entry i spans bytes[offsets[i], offsets[i + 1]).
  let offsets: number[] = [0];
  const used = (): number => offsets[offsets.length - 1] as number;
  const reserve = (extra: number): void => {
    if (used() + extra <= bytes.length) return;
    const grown = new Uint8Array(Math.max(bytes.length * 2, used() + extra));
    grown.set(bytes.subarray(0, used()));
    bytes = grown;
  };
  return {
    get length() {
      return offsets.length - 1;
    },
    push(text) {
      reserve(text.length * 3);
      const { written } = encoder.encodeInto(text, bytes.subarray(used()));
      offsets.push(used() + written);
    },
    get(index) {
      return decoder.decode(bytes.subarray(offsets[index], offsets[index + 1]));
    },
    keepLast(count) {
      const drop = offsets.length - 1 - count;
      if (drop <= 0) return;
      const from = offsets[drop] as number;
      bytes.copyWithin(0, from, used());
      offsets = offsets.slice(drop).map((offset) => offset - from);
    },
    clear() {
      bytes = new Uint8Array(initialBytes);
      offsets = [0];
    },
  };
}
