/**
 * Reporters: valid JUnit XML (checked for well-formedness), JSON that parses back, Markdown and
 * console summaries that group per fact and carry the failure's fact and reproducer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type ContractReport,
  emulatorTarget,
  escapeXml,
  formatConsoleReport,
  formatJson,
  formatJunit,
  formatMarkdown,
  formatScorecard,
  runContractSuite,
} from '../../contracts/index.ts';
import { failureDetails, failureLine } from '../../contracts/reporters/summary.ts';
import { createEmulator } from '../../mocks/index.ts';
import { mutants } from './mutants/variants.ts';
import { xmlProblems } from './xml-check.ts';

let passing: ContractReport;
let failing: ContractReport;

beforeAll(async () => {
  const options = { maxBodyBytes: 64 * 1024 };
  passing = await runContractSuite(emulatorTarget(createEmulator(options)), { generated: 2 });
  const wrongCode = mutants.find((m) => m.name.startsWith('wrong error code'));
  if (!wrongCode) throw new Error('mutant missing');
  failing = await runContractSuite(
    emulatorTarget(wrongCode.make(options), { name: 'broken <&> "emulator"' }),
    { generated: 2 },
  );
});

describe('xmlProblems (the checker itself)', () => {
  it.each([
    ['<a><b x="1"/></a>', true],
    ['<a><b></a>', false],
    ['<a>x & y</a>', false],
    ['<a x=1/>', false],
    ['<a/><b/>', false],
    ['<a>&lt;&amp;&#10;</a>', true],
  ])('%s well-formed: %s', (xml, ok) => {
    expect(xmlProblems(xml).length === 0).toBe(ok);
  });
});

describe('junit reporter', () => {
  it('writes well-formed XML for passing and failing runs', () => {
    expect(xmlProblems(formatJunit(passing))).toEqual([]);
    expect(xmlProblems(formatJunit(failing))).toEqual([]);
  });

  it('counts cases and marks failures and skipped cases', () => {
    const xml = formatJunit(failing);
    expect(xml).toContain(`tests="${failing.totals.total}" failures="${failing.totals.failed}"`);
    expect(xml.match(/<failure /g)?.length).toBe(failing.totals.failed);
    expect(xml.match(/<skipped /g)?.length).toBe(failing.totals.notApplicable);
    expect(xml).toContain('broken &lt;&amp;&gt; &quot;emulator&quot;');
    expect(xml).toContain('InvalidParameter');
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml(`<x a='1'>&\u0001`)).toBe('&lt;x a=&apos;1&apos;&gt;&amp;');
  });
});

describe('json reporter', () => {
  it('round-trips with totals, failures and reproducers', () => {
    const data = JSON.parse(formatJson(failing));
    expect(data.totals).toEqual(failing.totals);
    const failed = data.results.find((r: { status: string }) => r.status === 'failed');
    expect(failed.failures[0]).toMatchObject({
      check: 'errorCode',
      documented: 'InvalidArgument',
      received: 'InvalidParameter',
    });
    expect(failed.reproducer).toMatch(
      /^curl -sS -i -X POST 'http:\/\/127\.0\.0\.1:9000\/2023-03-30\/functions'/,
    );
    expect(failed.exchanges[0].response.status).toBe(400);
  });
});

describe('console and markdown reporters', () => {
  it('summarise per fact and separate documented from inferred', () => {
    const text = formatConsoleReport(passing);
    expect(text).toContain('✓ 4/4  timeout-range [B.1]');
    expect(text).toMatch(/documented: \d+ passed, 0 failed; inferred: \d+ passed, 0 failed/);
    expect(formatMarkdown(passing)).toContain('| timeout-range | B.1 | documented | 4 | ✅ pass |');
  });

  // docs/rules.md and the spec call disk-needs-cpu unverified (off by default); the reporters
  // said "inferred", the grade it is counted with.
  it('call a fact of an unverified rule unverified, as the rule catalogue does', () => {
    const line = formatConsoleReport(passing)
      .split('\n')
      .find((l) => l.includes('  disk-needs-cpu ['));
    expect(line).toContain('disk-needs-cpu [C.7] (unverified)');
    expect(formatMarkdown(passing)).toContain('| disk-needs-cpu | C.7 | unverified |');
    expect(formatScorecard([passing])).toContain('| disk-needs-cpu | C.7 | unverified |');
  });

  it("call an unverified fact unverified in a failure's details too", () => {
    const result = passing.results.find((r) => r.case.fact.ruleId === 'disk-needs-cpu');
    if (!result) throw new Error('no disk-needs-cpu case');
    const failure = {
      check: 'status',
      message: 'm',
      received: 200,
      documented: 400,
      reference: 'C.7',
      grade: 'inferred',
    };
    const failed = { ...result, status: 'failed', failures: [failure] } as typeof result;
    expect(failureDetails(failed).split('\n')[0]).toMatch(/^fact C\.7 \(disk-needs-cpu\) \[unverified\]: /);
  });

  // The proxy's reports leave the seed out (it has none); a suite run's keep it.
  it('name the seed of a suite run', () => {
    expect(formatConsoleReport(passing).split('\n')[0]).toContain(`, seed 1, run ${passing.runId}`);
    expect(formatMarkdown(passing)).toContain(`cases (seed 1, run ${passing.runId}, `);
  });

  it('print the reason next to n/a', () => {
    const text = formatConsoleReport(passing);
    expect(text).toMatch(
      /– n\/a {2}.*— \d+ n\/a: needs credentials \(--access-key-id and --access-key-secret\)/,
    );
  });

  it('count every not-applicable case on the lines, as many as the summary says', () => {
    const text = formatConsoleReport(passing);
    const counted = [...text.matchAll(/ — (\d+) n\/a: /g)].reduce((sum, [, n]) => sum + Number(n), 0);
    expect(passing.totals.notApplicable).toBeGreaterThan(1);
    expect(counted).toBe(passing.totals.notApplicable);
  });

  it('say "expected", not "documented", for a value taken from the exchange', () => {
    const line = failureLine({
      check: 'requestId',
      message: 'the body RequestId differs from the request-id header',
      received: '1-a',
      documented: '1-b',
      reference: 'D.1, E.1',
      grade: 'inferred',
      basis: 'exchange',
    });
    expect(line).toContain('received "1-a", expected "1-b"');
    expect(line).not.toContain('documented');
  });

  it('print the failure as received vs documented with its fact and a curl reproducer', () => {
    const text = formatConsoleReport(failing);
    expect(text).toContain('errorCode: error code "InvalidParameter" instead of InvalidArgument');
    expect(text).toContain('received "InvalidParameter", documented "InvalidArgument"');
    expect(text).toMatch(/fact B\.1 \(timeout-range\) \[documented\]/);
    expect(text).toContain("curl -sS -i -X POST 'http://127.0.0.1:9000/2023-03-30/functions'");
    expect(formatMarkdown(failing)).toContain('## Failures');
  });

  it('build a scorecard matrix with one column per target', () => {
    const card = formatScorecard([passing, failing]);
    expect(card).toContain('| emulator (in-process) | ');
    expect(card).toMatch(/\| timeout-range \| B\.1 \| documented \| ✅ 4\/4 \| ❌ 2\/4 \|/);
    expect(card).toContain('## Cases whose outcome differs between targets');
  });
});
