/**
 * A multi-step case against a target answering 6 MB of JSON (three 2 MB strings) to every request
 * (s14): the case kept every earlier step's answer whole (text and bytes) until it ended, for the
 * comparisons of its later steps, so `verify --only 'update.*'` against three 8 MB strings peaked
 * at 2.77 GB. It now keeps only the fields later steps read, a long one as a digest; the result
 * keeps the start of each answer from the moment its step is graded.
 *
 * Measured from inside the target: live memory (test/helpers/live-bytes.ts) when each request
 * arrives, the case's client waiting on it, so what the case holds of its earlier steps then.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpTarget, runContractSuite } from '../../contracts/index.ts';
import { type MeasuringTarget, measuringTarget } from '../helpers/fixed-answer-target.ts';

const SIZE = 2 << 20;
const WIDE = Buffer.from(
  JSON.stringify({ functionName: 'x'.repeat(SIZE), Code: 'y'.repeat(SIZE), description: 'z'.repeat(SIZE) }),
);
let target: MeasuringTarget;

beforeAll(async () => {
  target = await measuringTarget(() => WIDE, 'wide-1');
});
afterAll(() => target.close());

/** How much more the run held at its last requests than at its first, and how many requests it sent. */
async function heldBy(only: string) {
  target.seen.length = 0;
  const report = await runContractSuite(httpTarget({ baseUrl: target.baseUrl }), { only, concurrency: 1 });
  expect(report.totals).toMatchObject({ total: 1, failed: 1 });
  return { requests: target.seen.length, held: target.held(), report };
}

describe('hostile: a multi-step case against a target answering 6 MB of JSON to every request', () => {
  it('holds none of its earlier answers while its later steps run', async () => {
    // Seven creates, then a listing; no step reads an earlier one.
    const { requests, held } = await heldBy('list.pages.limit-2');
    expect(requests).toBe(8);
    // Whole, the seven earlier answers were 7 × 6 MB of bytes (their text is an external string,
    // which liveBytes does not count); the bound is one answer.
    expect(held).toBeLessThan(WIDE.length);
  }, 60_000);

  it('keeps a digest of each long field a later comparison reads, and the comparison still holds', async () => {
    // create, update, then a get compared with the update's answer field by field ('*').
    const { requests, held, report } = await heldBy('update.then-get');
    expect(requests).toBe(3);
    expect(held).toBeLessThan(WIDE.length);
    // Every answer is the same, so the get repeats the update's fields: no compare failure.
    const checks = report.results.flatMap((r) => r.failures.map((f) => f.check));
    expect(checks.length).toBeGreaterThan(0);
    expect(checks).not.toContain('compare');
  }, 60_000);
});
