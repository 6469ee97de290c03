/**
 * Anti-replay memory for `x-acs-signature-nonce`. Each emulator owns one (no module state).
 * A nonce only needs remembering while a request carrying it could still pass the date-skew
 * check, so entries expire and memory stays bounded by the request rate times the skew window.
 */
import { sha256Hex } from '../sha256.ts';

/** Remembers nonces until they expire. */
export interface NonceStore {
  /**
   * Records `nonce` until `expiresAtMs`; returns false (and records nothing) when it is already
   * recorded and not yet expired at `nowMs`.
   */
  use(nonce: string, expiresAtMs: number, nowMs: number): boolean;
  /** How many nonces are currently remembered (expired ones may linger until the next prune). */
  readonly size: number;
  /** Forgets everything (emulator reset). */
  clear(): void;
}

/** Options of {@link createNonceStore}. */
export interface NonceStoreOptions {
  /**
   * Hard cap on remembered nonces (default 100 000). Past it the oldest entries are dropped, which
   * re-opens replay for them: a trade of exactness for bounded memory under floods.
   */
  maxEntries?: number;
}

const DEFAULT_MAX_ENTRIES = 100_000;

/** The SDK's nonce length (reference A.3: 64 hex characters); longer nonces are kept as a digest. */
export const MAX_KEPT_NONCE = 64;

/**
 * The key a nonce is remembered by: itself up to {@link MAX_KEPT_NONCE} characters, else `#` and
 * its SHA-256 (65 characters, so never equal to a kept nonce). Nothing in a header limits a
 * nonce's length through MSW or nock, and V8 hashes a string of 16,384 characters or more by its
 * length alone, so 100,000 long nonces held ~1.6 GB and made every Map look-up a linear search.
 *
 * @example
 * nonceKey('n'.repeat(16_384)).length; // 65
 */
export function nonceKey(nonce: string): string {
  return nonce.length <= MAX_KEPT_NONCE ? nonce : `#${sha256Hex(nonce)}`;
}

/** Drops expired entries from the front (oldest first); stops at the first live one. */
function pruneFront(entries: Map<string, number>, nowMs: number): void {
  for (const [nonce, expiresAt] of entries) {
    if (expiresAt > nowMs) return;
    entries.delete(nonce);
  }
}

/** Removes every expired entry, then the oldest ones while over `max`. */
function enforceCap(entries: Map<string, number>, nowMs: number, max: number): void {
  for (const [nonce, expiresAt] of entries) if (expiresAt <= nowMs) entries.delete(nonce);
  for (const nonce of entries.keys()) {
    if (entries.size <= max) return;
    entries.delete(nonce);
  }
}

/**
 * Creates an empty nonce store for one emulator instance.
 *
 * @example
 * const nonces = createNonceStore();
 * nonces.use('abc', Date.now() + 900_000, Date.now()); // true
 * nonces.use('abc', Date.now() + 900_000, Date.now()); // false: replay
 */
export function createNonceStore(options: NonceStoreOptions = {}): NonceStore {
  const max = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  // Insertion order ≈ expiry order (same window, moving clock), so pruning the front is cheap.
  const entries = new Map<string, number>();
  return {
    use(nonce, expiresAtMs, nowMs) {
      const key = nonceKey(nonce);
      pruneFront(entries, nowMs);
      const known = entries.get(key);
      if (known !== undefined && known > nowMs) return false;
      entries.delete(key);
      entries.set(key, expiresAtMs);
      if (entries.size > max) enforceCap(entries, nowMs, max);
      return true;
    },
    get size() {
      return entries.size;
    },
    clear() {
      entries.clear();
    },
  };
}
