/**
 * Targets whose answers are JSON nested 20,000 and 100,000 deep (s12 and s13 hostile reviews).
 * s12: the failures quoted the parsed answer whole, and every reporter's JSON.stringify overflowed
 * the stack, so `verify` ended with "Maximum call stack size exceeded" and no report; a quoted
 * value now stops at 32 levels with a note. s13: each case's result kept every 600 KB answer
 * whole, text and bytes, so `verify` over the whole suite reached 1.8 GB of RSS; a result now
 * keeps at most KEPT_ANSWER_BYTES of an answer (copies, not views of the whole), with the whole
 * size in `response.cutFrom`. And a target whose fields are 4 MB strings: each failure quoted them
 * whole, in `received` and in its message, and `verify` grew to 6.7 GB and was killed; a quoted
 * value is now cut to a budget of ~8 K characters as well.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpTarget, runContractSuite } from '../../contracts/index.ts';
import { formatReport, reporterNames } from '../../contracts/reporters/index.ts';
import { KEPT_ANSWER_BYTES } from '../../contracts/run/kept-exchange.ts';
import type { ContractReport } from '../../contracts/types.ts';
import { fixedAnswerTarget } from '../helpers/fixed-answer-target.ts';
import { freedBy } from '../helpers/live-bytes.ts';

const ARRAYS = '['.repeat(20_000) + ']'.repeat(20_000);
const OBJECTS = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
/** What the server answers to every request, set by each test; one buffer for every answer. */
let answer = Buffer.from(ARRAYS);
let target: Awaited<ReturnType<typeof fixedAnswerTarget>>;
let baseUrl: string;

beforeAll(async () => {
  target = await fixedAnswerTarget({ answer: () => answer, requestId: 'deep-1', requestTimeoutMs: 10_000 });
  baseUrl = target.baseUrl;
});
afterAll(() => target.close());

describe('hostile: a target answering JSON nested 20,000 deep', () => {
  it('fails the case and every reporter writes the report, the quoted answer cut at 32 levels', async () => {
    answer = Buffer.from(ARRAYS);
    const report = await runContractSuite(httpTarget({ baseUrl }), { only: 'get.not-found' });
    expect(report.totals).toMatchObject({ failed: 1, total: 1 });
    for (const name of reporterNames) expect(formatReport(report, name).length).toBeGreaterThan(0);
    const quoted = JSON.stringify(report.results[0]?.failures.map((failure) => failure.received));
    expect(quoted).toContain('[array nested deeper than 32 levels, left out]');
    expect(quoted.length).toBeLessThan(1000);
  }, 60_000);
});

describe('hostile: a target answering 600 KB nested 100,000 deep to every request', () => {
  it('keeps a bounded start of each answer in the results, not the answers whole', async () => {
    answer = Buffer.from(OBJECTS);
    let report: ContractReport | undefined = await runContractSuite(httpTarget({ baseUrl }), {
      only: 'get.*,delete.*',
    });
    const exchanges = report.results.flatMap((r) => r.exchanges);
    expect(exchanges.length).toBeGreaterThan(20);
    for (const { response } of exchanges) {
      expect(response.body.length).toBeLessThanOrEqual(KEPT_ANSWER_BYTES);
      expect(response.bytes?.buffer.byteLength).toBeLessThanOrEqual(KEPT_ANSWER_BYTES);
      expect(response.cutFrom).toEqual({ chars: OBJECTS.length, bytes: OBJECTS.length });
    }
    expect(formatReport(report, 'json')).toContain(`[${OBJECTS.length - 2048} more characters left out]`);
    expect(report.totals.failed).toBe(report.totals.total - report.totals.notApplicable);
    // What the report holds: live memory with it minus live memory once it is dropped. Whole
    // answers would be twice their size each (text and bytes); the bound is a quarter.
    const count = exchanges.length;
    exchanges.length = 0;
    const held = await freedBy(() => {
      report = undefined;
    });
    expect(held).toBeLessThan((count * OBJECTS.length) / 4);
  }, 60_000);
});

describe('hostile: a target answering 4 MB strings in the fields the checks quote', () => {
  const WIDE = JSON.stringify({
    Code: 'c'.repeat(4 << 20),
    Message: 'm'.repeat(4 << 20),
    functionName: 'f'.repeat(4 << 20),
  });

  it('fails its cases with failures of a few KB each, not the strings whole', async () => {
    answer = Buffer.from(WIDE);
    let report: ContractReport | undefined = await runContractSuite(httpTarget({ baseUrl }), {
      only: 'get.not-found,delete.*,create.conflict*',
    });
    const failures = report.results.flatMap((r) => r.failures);
    expect(failures.length).toBeGreaterThan(5);
    expect(JSON.stringify(failures)).toContain('more characters left out]');
    for (const failure of failures) expect(JSON.stringify(failure).length).toBeLessThan(32 * 1024);
    // Each failure holding one of the strings whole would be 4 MB (8 MB as UTF-16) each.
    const count = failures.length;
    failures.length = 0;
    const held = await freedBy(() => {
      report = undefined;
    });
    expect(held).toBeLessThan(count * (1 << 20));
  }, 60_000);
});
