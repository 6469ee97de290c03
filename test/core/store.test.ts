import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FunctionRecord } from '../../mocks/core/function-record.ts';
import { createFunctionStore } from '../../mocks/core/store.ts';

const scope = { accountId: '1', regionId: 'cn-hangzhou' };

function record(name: string, runtime = 'python3.10'): FunctionRecord {
  return { functionName: name, shape: { config: { runtime } } } as unknown as FunctionRecord;
}

describe('function store', () => {
  it('puts, replaces, gets and deletes per scope', () => {
    const store = createFunctionStore();
    store.put(scope, record('f'));
    store.put({ ...scope }, record('f', 'nodejs20'));
    expect(store.get(scope, 'f')?.shape.config.runtime).toBe('nodejs20');
    expect(store.get({ ...scope, regionId: 'cn-beijing' }, 'f')).toBeUndefined();
    expect(store.all(scope).map((r) => r.functionName)).toEqual(['f']);
    expect(store.delete(scope, 'f')).toBe(true);
    expect(store.delete(scope, 'f')).toBe(false);
    expect(store.all(scope)).toEqual([]);
  });

  it('reads for an unknown scope do not create it', () => {
    const store = createFunctionStore();
    for (let i = 0; i < 100; i++) {
      expect(store.get({ accountId: String(i), regionId: 'x' }, 'f')).toBeUndefined();
      expect(
        store.page({ accountId: String(i), regionId: 'x' }, { prefix: '', startAt: '', limit: 5 }).records,
      ).toEqual([]);
    }
    store.put(scope, record('a'));
    expect(store.all(scope)).toHaveLength(1);
  });

  // A plain model: sort the live names and slice. Paging by `next` must visit every name with the
  // prefix exactly once, in order, for any limit and any order of puts and deletes.
  it('pages in name order from a prefix and a start name, as a sorted-list model does', () => {
    const name = fc.stringMatching(/^[a-c][a-c0-9_-]{0,4}$/);
    const op = fc.oneof(fc.record({ put: name }), fc.record({ del: name }));
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 60 }),
        fc.stringMatching(/^[a-c]{0,2}$/),
        fc.integer({ min: 1, max: 7 }),
        (ops, prefix, limit) => {
          const store = createFunctionStore();
          const model = new Set<string>();
          for (const step of ops) {
            if ('put' in step) {
              store.put(scope, record(step.put));
              model.add(step.put);
            } else {
              expect(store.delete(scope, step.del)).toBe(model.delete(step.del));
            }
          }
          const expected = [...model].filter((n) => n.startsWith(prefix)).sort();
          const seen: string[] = [];
          let startAt = '';
          for (let page = 0; page <= expected.length; page++) {
            const result = store.page(scope, { prefix, startAt, limit });
            expect(result.records.length).toBeLessThanOrEqual(limit);
            seen.push(...result.records.map((r) => r.functionName));
            if (result.next === undefined) break;
            expect(result.records).toHaveLength(limit);
            startAt = result.next;
          }
          expect(seen).toEqual(expected);
        },
      ),
      { seed: 11, numRuns: 300 },
    );
  });

  it('applies a filter and looks ahead for the next match', () => {
    const store = createFunctionStore();
    for (const n of ['a1', 'a2', 'a3', 'a4', 'a5'])
      store.put(scope, record(n, n === 'a2' || n === 'a5' ? 'nodejs20' : 'go1'));
    const accept = (r: FunctionRecord): boolean => r.shape.config.runtime === 'nodejs20';
    const first = store.page(scope, { prefix: 'a', startAt: '', limit: 1, accept });
    expect(first.records.map((r) => r.functionName)).toEqual(['a2']);
    expect(first.next).toBe('a5');
    const last = store.page(scope, { prefix: 'a', startAt: 'a5', limit: 1, accept });
    expect(last).toEqual({ records: [expect.objectContaining({ functionName: 'a5' })], next: undefined });
  });
});
