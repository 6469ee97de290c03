import { describe, expect, it } from 'vitest';
import { createNonceStore } from '../../../mocks/core/auth/index.ts';
import { nonceKey } from '../../../mocks/core/auth/nonce-store.ts';
import { sha256Hex } from '../../../mocks/core/sha256.ts';

describe('createNonceStore', () => {
  it('accepts a nonce once until it expires', () => {
    const store = createNonceStore();
    expect(store.use('n', 1000, 0)).toBe(true);
    expect(store.use('n', 1500, 999)).toBe(false);
    expect(store.use('n', 2000, 1000)).toBe(true);
  });

  it('keeps stores independent (no module state)', () => {
    const a = createNonceStore();
    const b = createNonceStore();
    expect(a.use('n', 1000, 0)).toBe(true);
    expect(b.use('n', 1000, 0)).toBe(true);
  });

  it('prunes expired entries opportunistically', () => {
    const store = createNonceStore();
    for (let i = 0; i < 100; i++) store.use(`n${i}`, i + 10, i);
    expect(store.size).toBeLessThanOrEqual(11);
  });

  it('never holds more than maxEntries, dropping the oldest first', () => {
    const store = createNonceStore({ maxEntries: 3 });
    for (const n of ['a', 'b', 'c', 'd']) expect(store.use(n, 1000, 0)).toBe(true);
    expect(store.size).toBe(3);
    expect(store.use('d', 1000, 0)).toBe(false);
    expect(store.use('a', 1000, 0)).toBe(true);
  });

  // MSW and nock put no limit on a header: 100,000 nonces of 16 KB each were kept whole (~1.6 GB).
  it('remembers a nonce longer than 64 characters by a 65-character digest, replay still refused', () => {
    const long = 'n'.repeat(16_384);
    const sibling = `${'n'.repeat(16_383)}m`;
    const sdkNonce = 'a'.repeat(64);
    expect(nonceKey(sdkNonce)).toBe(sdkNonce);
    expect(nonceKey(long)).toBe(`#${sha256Hex(long)}`);
    const store = createNonceStore();
    expect(store.use(long, 1000, 0)).toBe(true);
    expect(store.use(long, 1000, 0)).toBe(false);
    expect(store.use(sibling, 1000, 0)).toBe(true);
    // A kept nonce equal to the digest's hex is not the digest key.
    expect(store.use(sha256Hex(long), 1000, 0)).toBe(true);
  });

  it('clear() forgets everything', () => {
    const store = createNonceStore();
    store.use('n', 1000, 0);
    store.clear();
    expect(store.size).toBe(0);
    expect(store.use('n', 1000, 0)).toBe(true);
  });
});
