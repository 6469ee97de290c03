/**
 * A lifecycle wait against a target answering `state: Pending` and a 4 MB string to every
 * GetFunction (s15): the poll kept each answer whole (bytes, text) until the step was graded, up
 * to 200 of them, although its checks read only the last, and the result only the start of the
 * others. It now keeps an answer that is not the last as the result does, from the moment it is
 * judged.
 *
 * Measured from inside the target: live memory (test/helpers/live-bytes.ts) when each request
 * arrives, the polling client waiting on it, so what the wait holds of its earlier answers then.
 * The target's clock is one the suite moves (`ContractTarget.clock`), so the wait runs the same
 * polls every time, without sleeping.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpTarget, runContractSuite } from '../../contracts/index.ts';
import { KEPT_ANSWER_BYTES } from '../../contracts/run/kept-exchange.ts';
import { type MeasuringTarget, measuringTarget } from '../helpers/fixed-answer-target.ts';

const SIZE = 4 << 20;
const PENDING = Buffer.from(
  JSON.stringify({ state: 'Pending', lastUpdateStatus: 'InProgress', description: 'z'.repeat(SIZE) }),
);
let target: MeasuringTarget;

beforeAll(async () => {
  target = await measuringTarget(() => PENDING, 'pending-1');
});
afterAll(() => target.close());

describe('hostile: a lifecycle wait against a target answering Pending and 4 MB to every request', () => {
  it('holds only the start of each answer before the last while it polls', async () => {
    target.seen.length = 0;
    // A clock that moves at once: the wait polls until 40 minutes of it have passed.
    const clock = { now: async () => Date.now(), advance: async () => {} };
    const report = await runContractSuite(
      { ...httpTarget({ baseUrl: target.baseUrl }), clock },
      { only: 'lifecycle.container.becomes-active', concurrency: 1 },
    );
    expect(report.totals).toMatchObject({ total: 1, failed: 1 });
    const [result] = report.results;
    expect(result?.failures.map((f) => f.check)).toContain('lifecycle');
    // The create, then the polls: 16 of them over 40 minutes doubling from 100 ms.
    const polls = target.seen.length - 1;
    expect(polls).toBeGreaterThan(10);
    // Whole, the earlier answers were each 4 MB of bytes when the last one was asked for (their
    // text is an external string, which liveBytes does not count); now each is its kept start.
    expect(target.held()).toBeLessThan(PENDING.length);
    // The result keeps every poll's answer, cut, with its whole size, as before.
    expect(result?.exchanges).toHaveLength(target.seen.length);
    for (const { response } of result?.exchanges ?? []) {
      expect(response.body).toHaveLength(KEPT_ANSWER_BYTES);
      expect(response.cutFrom).toEqual({ chars: PENDING.length, bytes: PENDING.length });
    }
  }, 60_000);
});
