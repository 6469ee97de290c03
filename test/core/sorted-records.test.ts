import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSortedRecords } from '../../mocks/core/sorted-records.ts';

const named = (maxChunk?: number) =>
  createSortedRecords((r: { name: string; v?: number }) => r.name, maxChunk);

describe('sorted records (chunked)', () => {
  // A map and a sorted key list are the model; small chunks make every split and removal happen.
  it.each([2, 3, 16, 1024])(
    'agrees with a map for any puts, removes, gets and starts (chunks of %i)',
    (maxChunk) => {
      const name = fc.stringMatching(/^[a-d][a-d0-9]{0,3}$/);
      const op = fc.oneof(fc.record({ put: name }), fc.record({ remove: name }));
      fc.assert(
        fc.property(
          fc.array(op, { maxLength: 300 }),
          fc.array(fc.stringMatching(/^[a-e]{0,3}$/), { maxLength: 5 }),
          (ops, starts) => {
            const records = named(maxChunk);
            const model = new Map<string, number>();
            for (const [i, step] of ops.entries()) {
              if ('put' in step) {
                expect(records.put({ name: step.put, v: i })).toBe(!model.has(step.put));
                model.set(step.put, i);
              } else expect(records.remove(step.remove)).toBe(model.delete(step.remove));
            }
            const sorted = [...model.keys()].sort();
            for (const key of sorted) expect(records.get(key)?.v).toBe(model.get(key));
            expect(records.get('zz')).toBeUndefined();
            for (const start of ['', ...starts]) {
              expect([...records.from(start)].map((r) => r.name)).toEqual(sorted.filter((n) => n >= start));
            }
          },
        ),
        { seed: 7, numRuns: 200 },
      );
    },
  );

  it('holds 100,000 records put out of order, in order', () => {
    const records = named();
    const n = 100_000;
    for (let i = 0; i < n; i++) records.put({ name: `fn-${(i * 7919) % n}` });
    const all = [...records.from('')].map((r) => r.name);
    expect(all).toHaveLength(n);
    expect(all).toEqual([...all].sort());
    expect([...records.from('fn-99999')].map((r) => r.name)).toEqual(['fn-99999']);
    expect(records.get('fn-4242')?.name).toBe('fn-4242');
  });
});
