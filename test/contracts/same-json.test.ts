import { describe, expect, it } from 'vitest';
import { jsonDigest } from '../../contracts/checks/json-digest.ts';
import { sameJson } from '../../contracts/checks/same-json.ts';

const deep = (depth: number, leaf: unknown): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};

describe('sameJson', () => {
  it('is value equality with object key order aside, as the sorted JSON.stringify it replaced', () => {
    expect(sameJson({ b: 1, a: [2, { c: null }] }, { a: [2, { c: null }], b: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: '1' })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson({ a: undefined, b: 1 }, { b: 1 })).toBe(true);
    expect(sameJson(undefined, undefined)).toBe(true);
    expect(sameJson(undefined, null)).toBe(false);
    // A parsed "__proto__" is an own key; the other object's inherited prototype is not its value.
    expect(sameJson(JSON.parse('{"__proto__":{}}'), { z: {} })).toBe(false);
    expect(sameJson(JSON.parse('{"__proto__":{}}'), JSON.parse('{"__proto__":{}}'))).toBe(true);
  });

  it('compares values nested 100,000 deep without overflowing the stack', () => {
    expect(sameJson(deep(100_000, 1), deep(100_000, 1))).toBe(true);
    expect(sameJson(deep(100_000, 1), deep(100_000, 2))).toBe(false);
  });
});

describe('jsonDigest', () => {
  // What a case keeps of a long field of an earlier answer: equal digests exactly when sameJson.
  const pairs: [unknown, unknown][] = [
    [
      { b: 1, a: [2, { c: null }] },
      { a: [2, { c: null }], b: 1 },
    ],
    [{ a: 1 }, { a: '1' }],
    [
      [1, 2],
      [2, 1],
    ],
    [{ a: 1 }, { a: 1, b: 2 }],
    [[], {}],
    [{ a: undefined, b: 1 }, { b: 1 }],
    [[undefined], [null]],
    [undefined, null],
    [JSON.parse('{"__proto__":{}}'), { z: {} }],
    [JSON.parse('{"__proto__":{}}'), JSON.parse('{"__proto__":{}}')],
    [-0, 0],
    [JSON.parse('1e400'), null],
    [true, 'true'],
    // Lengths and tags keep strings, keys and nesting apart.
    [['ab'], ['a', 'b']],
    [{ a: 'b' }, ['a', 'b']],
    [{ ab: '' }, { a: 'b' }],
    // UTF-8 would write both as U+FFFD.
    ['\ud800', '\ufffd'],
    [deep(100_000, 1), deep(100_000, 1)],
    [deep(100_000, 1), deep(100_000, 2)],
  ];

  it('is equal for two values exactly when sameJson is true of them, at any depth', () => {
    const digests = pairs.map(([a, b]) => jsonDigest(a) === jsonDigest(b));
    expect(digests).toEqual(pairs.map(([a, b]) => sameJson(a, b)));
    expect(digests.filter(Boolean)).toHaveLength(6);
  });
});
