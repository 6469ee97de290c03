/**
 * The code packages one emulator keeps, so that GetFunctionCode's `url` gives back the bytes
 * deployed (lifecycle I.1, ADR 038). Keyed by content (CRC-64 and size, what a function's shape
 * already holds), so functions deployed from equal packages share one copy and a stored function
 * costs nothing more. Bounded: a package over {@link MAX_PACKAGE_BYTES} is never kept, and all
 * kept packages together stay within {@link MAX_TOTAL_BYTES}, the least recently deployed dropped
 * first; a download of a package not kept answers 404 naming the bounds. CRC-64 is no hash: equal
 * checksum and size with other bytes are easy to forge, so such a pair is dropped and never kept
 * again (until `reset()`), rather than serve one function's bytes as another's.
 */

/** The largest package kept: 8 MiB (larger ones are measured as before, not kept). */
export const MAX_PACKAGE_BYTES = 8 * 1024 * 1024;
/** All kept packages together: 64 MiB. */
export const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
/** Checksum and size pairs remembered as shared by different bytes (the oldest forgotten first). */
export const MAX_CLASHES = 4096;

/** The packages of one emulator. */
export interface CodePackages {
  /** Keeps `bytes` (whose CRC-64 is `checksum`) if within the bounds and not empty; a kept one counts as newest. */
  keep(checksum: string, bytes: Uint8Array): void;
  /** The kept bytes of this checksum and size, if any. */
  find(checksum: string, size: number): Uint8Array | undefined;
  /** The bytes all kept packages hold (for tests of the bound). */
  readonly totalBytes: number;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return a.byteLength === b.byteLength;
}

/**
 * Creates an empty table; tests pass a small total.
 *
 * @example
 * const packages = createCodePackages();
 * packages.keep('2220831586920633690', zip);
 * packages.find('2220831586920633690', 22) === zip; // true
 */
export function createCodePackages(maxTotalBytes = MAX_TOTAL_BYTES): CodePackages {
  const byKey = new Map<string, Uint8Array>();
  const clashes = new Set<string>();
  let total = 0;
  const clash = (key: string, known: Uint8Array): void => {
    byKey.delete(key);
    total -= known.byteLength;
    clashes.add(key);
    if (clashes.size > MAX_CLASHES) clashes.delete(clashes.values().next().value as string);
  };
  return {
    keep(checksum, bytes) {
      // Empty is no ZIP, and 0 bytes with CRC-64 '0' is what a record without a package carries
      // (a custom container, OSS code the receiver never saw): keeping it would serve those.
      const size = bytes.byteLength;
      if (size === 0 || size > MAX_PACKAGE_BYTES || size > maxTotalBytes) return;
      const key = `${checksum}/${size}`;
      if (clashes.has(key)) return;
      const known = byKey.get(key);
      if (known && !sameBytes(known, bytes)) return clash(key, known);
      byKey.delete(key); // re-inserted last: deployed again, it is the newest
      if (!known) total += size;
      // Copied: a view into a larger buffer would keep all of it, and a caller of dispatch may
      // reuse its body's buffer, which would change the bytes served under this checksum.
      byKey.set(key, known ?? bytes.slice());
      for (const [oldest, kept] of byKey) {
        if (total <= maxTotalBytes) break;
        byKey.delete(oldest);
        total -= kept.byteLength;
      }
    },
    find: (checksum, size) => byKey.get(`${checksum}/${size}`),
    get totalBytes() {
      return total;
    },
  };
}
