import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFunctionTable } from '../../mocks/core/function-table.ts';

// The model: what a Map keyed by scope and name would hold, rows in insertion order.
function check(ops: [scope: number, name: string][], hash?: () => number): void {
  const table = createFunctionTable(hash);
  const model = new Map<string, number>();
  const rows: [number, string][] = [];
  for (const [i, [scope, name]] of ops.entries()) {
    const key = `${scope}\u0000${name}`;
    const expected = model.get(key) ?? -1;
    expect(table.find(scope, name)).toBe(expected);
    if (expected >= 0) continue;
    const row = table.add(scope, name, i * 3, 1_700_000_000 + i, i % 7);
    expect(row).toBe(rows.length);
    model.set(key, row);
    rows.push([scope, name]);
  }
  expect(table.count).toBe(rows.length);
  for (const [row, [scope, name]] of rows.entries()) {
    expect(table.find(scope, name)).toBe(row);
    expect(table.name(row)).toBe(name);
    expect(table.scope(row)).toBe(scope);
  }
}

describe('the off-heap function table', () => {
  it('finds what a Map would, across chunks, index growth and repeated names', () => {
    const ops: [number, string][] = [];
    for (let i = 0; i < 40_000; i++) ops.push([i % 3, `fn-${i % 17_000}`]);
    check(ops);
    const table = createFunctionTable();
    for (let i = 0; i < 20_000; i++) table.add(0, `f${i}`, i, -i, i % 5);
    expect([table.seq(19_999), table.second(19_999), table.shape(19_999)]).toEqual([19_999, -19_999, 4]);
  });

  it('tells keys apart by scope and every code unit when all hashes collide', () => {
    const ops: [number, string][] = [];
    for (let i = 0; i < 600; i++) ops.push([i % 3, `${String.fromCharCode(97 + (i % 5))}-${i % 200}`]);
    check(ops, () => 7);
    check(
      [
        [0, 'ab'],
        [0, 'bb'],
        [0, 'ba'],
        [1, 'ab'],
        [0, 'a'],
      ],
      () => 7,
    );
  });

  it('keeps any name exactly: unicode, lone surrogates, empty, longer than a page', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.nat({ max: 2 }),
            fc.oneof(
              fc.string({ unit: 'binary' }),
              fc.string({ unit: 'grapheme' }),
              fc.constantFrom('\ud800', 'a\udc00b', ''),
            ),
          ),
          { maxLength: 200 },
        ),
        (ops) => check(ops),
      ),
      { seed: 4, numRuns: 200 },
    );
    check([
      [0, 'y'.repeat(2_000)],
      [0, 'a'],
      [1, 'z'.repeat(5_000)],
      [1, 'y'.repeat(2_000)],
      [0, 'x'.repeat(70_000)],
      [0, 'short'],
      [1, 'x'.repeat(70_000)],
      [0, 'x'.repeat(70_000)],
    ]);
  });
});
