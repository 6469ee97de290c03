/**
 * The shape table (ADR 013, ADR 029): equal small shapes are shared, and the table stays bounded
 * by the length of one key and by the length of all keys, so large or many distinct
 * shapes are used unshared instead of being kept after their records are gone.
 */
import { describe, expect, it } from 'vitest';
import type { FunctionShape } from '../../mocks/core/function-record.ts';
import { createShapes, MAX_KEY_CHARS } from '../../mocks/core/shapes.ts';

function shape(description: string, tagValue = 'v'): FunctionShape {
  return {
    config: { runtime: 'python3.10', handler: 'index.handler', description },
    code: { kind: 'zip' },
    codeChecksum: '1',
    codeSize: 22,
    layers: [],
    tags: [{ Key: 'k', Value: tagValue }],
    resourceGroupId: 'rg-1',
  };
}

describe('shape interning', () => {
  it('shares equal small shapes and freezes them', () => {
    const shapes = createShapes();
    const first = shapes.intern(shape('a'));
    expect(shapes.intern(shape('a'))).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(shapes.intern(shape('b'))).not.toBe(first);
  });

  it('never keeps a shape whose key is large: a large description or tag value is used unshared', () => {
    const shapes = createShapes();
    const big = 'x'.repeat(MAX_KEY_CHARS);
    const described = shapes.intern(shape(big));
    expect(shapes.intern(shape(big))).not.toBe(described);
    expect(shapes.intern(shape(big))).toEqual(described);
    const tagged = shapes.intern(shape('a', big));
    expect(shapes.intern(shape('a', big))).not.toBe(tagged);
    expect(Object.isFrozen(tagged)).toBe(true);
  });

  it('stops keeping shapes once their keys together reach the table bound, and still shares the kept ones', () => {
    const shapes = createShapes(2000);
    const kept = Array.from({ length: 40 }, (_, i) => shapes.intern(shape(`${i}`.padEnd(100, '.'))));
    const last = kept.length - 1;
    expect(shapes.intern(shape('0'.padEnd(100, '.')))).toBe(kept[0]);
    expect(shapes.intern(shape(`${last}`.padEnd(100, '.')))).not.toBe(kept[last]);
  });
});
