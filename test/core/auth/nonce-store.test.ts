import { describe, expect, it } from 'vitest';
import { createNonceStore } from '../../../mocks/core/auth/index.ts';

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

  it('clear() forgets everything', () => {
    const store = createNonceStore();
    store.use('n', 1000, 0);
    store.clear();
    expect(store.size).toBe(0);
    expect(store.use('n', 1000, 0)).toBe(true);
  });
});
