/**
 * `compare` on fields longer than a case keeps whole (s14): the runner keeps a digest of such a
 * field of an earlier answer, with what a failure quotes of it, instead of the answer; the verdicts
 * and failures are the ones the whole earlier answer (`CheckInput.history`) gives.
 */
import { describe, expect, it } from 'vitest';
import { clip, failure, quoted } from '../../contracts/checks/check.ts';
import { compareCheck } from '../../contracts/checks/compare.ts';
import { comparedFrom } from '../../contracts/checks/earlier.ts';
import { KeptSteps } from '../../contracts/run/kept-steps.ts';
import type { CaseExpectation, Comparison, ContractCase, Exchange } from '../../contracts/types.ts';
import { freedBy } from '../helpers/live-bytes.ts';

const exchange = (body: string): Exchange => ({
  request: { method: 'GET', url: 'http://127.0.0.1:9000/x', headers: {}, body: new Uint8Array(0) },
  response: { status: 200, headers: {}, body },
  at: new Date(),
});
const comparison = (relation: Comparison['relation'], fields: Comparison['fields']): Comparison => ({
  step: 0,
  relation,
  fields,
  except: ['config.moving'],
  reference: 'lifecycle F.7',
  grade: 'inferred',
});
const expectation: CaseExpectation = {
  status: 200,
  compare: [comparison('same', '*'), comparison('differs', ['kept']), comparison('later', ['time'])],
};
const contractCase: ContractCase = {
  id: 'compare.unit',
  title: 'unit',
  fact: { reference: 'lifecycle F.7', statement: 'unit', grade: 'inferred' },
  request: { method: 'GET', path: '/x' },
  expect: expectation,
};
const long = (text: string) => text.repeat(40_000);
const before = {
  changed: long('a'),
  kept: [long('k'), { deep: long('d') }],
  time: `2020-01-01T00:00:00Z${' '.repeat(10_000)}`,
  config: { moving: long('m'), still: 1 },
  small: 'same',
};
const after = {
  ...before,
  changed: long('b'),
  time: '2019-01-01T00:00:00Z',
  config: { moving: 'x', still: 1 },
};

describe('compare on long fields of an earlier answer', () => {
  it('fails as the whole earlier answer does, from a digest of each long field', () => {
    const kept = new KeptSteps([
      { request: { method: 'GET', path: '/x' } },
      { request: contractCase.request, expect: expectation },
    ]);
    kept.keep(0, exchange(JSON.stringify(before)));
    const input = {
      contractCase,
      exchange: exchange(JSON.stringify(after)),
      json: after,
      clockToleranceMs: 0,
    };
    const failures = compareCheck.run({ ...input, earlier: kept });
    expect(failures).toEqual(compareCheck.run({ ...input, history: [exchange(JSON.stringify(before))] }));
    expect(failures.map((f) => f.message.split(':')[0])).toEqual([
      'changed changed',
      'time changed',
      'kept did not change',
      'time did not move past the earlier time',
    ]);
    // What a failure keeps of the earlier value: cut once, as it was when answers were kept whole.
    expect(failures[0]?.documented).toEqual(clip(before.changed));
    const message = `changed changed: step 1 answered ${quoted(before.changed)}, this answer ${quoted(after.changed)}`;
    const made = failure('compare', { message, received: 0, documented: 0, reference: 'lifecycle F.7' });
    expect(failures[0]?.message).toBe(made.message);
    expect(failures[2]?.documented).toBe(clip(`not ${quoted(before.kept)}`));
  });
});

// The s14 review: two answer shapes a case kept larger than their text.
describe('what a case keeps of an earlier answer weighs no more than the answer', () => {
  it('digests a long list of empty strings (each item counts, as failures quote it)', () => {
    // Counted as 8 characters before, so 3,000,000 items were kept whole, parsed: 21.6 MB for 8 MB of text.
    const [, kept] = (
      comparedFrom(comparison('same', ['many']), { many: Array(100_000).fill('') }, '') as {
        fields: [string, object][];
      }
    ).fields[0] as [string, object];
    expect(Object.keys(kept)).toEqual(['digest', 'quoted', 'shown']);
  });

  it("keeps the text of an answer with more fields than '*' keeps parsed, and compares the same", async () => {
    const wide = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, i]));
    const text = JSON.stringify(wide);
    const same = { ...expectation, compare: [comparison('same', '*')] };
    const steps = [
      { request: { method: 'GET' as const, path: '/x' } },
      { request: contractCase.request, expect: same },
    ];
    let kept: KeptSteps | undefined = new KeptSteps(steps);
    kept.keep(0, exchange(text));
    const changed = { ...wide, k7: 'seven' };
    const input = {
      contractCase: { ...contractCase, expect: same },
      exchange: exchange(''),
      json: changed,
      clockToleranceMs: 0,
    };
    const failures = compareCheck.run({ ...input, earlier: kept });
    expect(failures).toEqual(compareCheck.run({ ...input, history: [exchange(text)] }));
    expect(failures.map((f) => f.message.split(':')[0])).toEqual(['k7 changed']);
    // A pair per field held 64 MB for 500,000 fields of 5.9 MB (here ~26 MB for 2.8 MB).
    const held = await freedBy(() => {
      kept = undefined;
    });
    expect(held).toBeLessThan(2 * text.length);
  });
});
