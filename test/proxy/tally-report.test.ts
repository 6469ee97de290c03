/**
 * The proxy's report names its own results: the conforming and not-checked entries cite
 * `proxy` as their reference, so a JUnit suite or a Markdown row never starts with an empty one
 * (`name=" — GetFunction: …"`, `classname="fc3-contract."`), as the walkthrough of s16 found.
 */
import { describe, expect, it } from 'vitest';
import { formatConsoleReport } from '../../contracts/reporters/console.ts';
import { formatJunit } from '../../contracts/reporters/junit.ts';
import { formatMarkdown } from '../../contracts/reporters/markdown.ts';
import { createTally, reportOf } from '../../proxy/tally.ts';

describe('the proxy report', () => {
  it('cites proxy as the reference of its conforming and not-checked results', () => {
    const tally = createTally();
    tally.add({ operation: 'GetFunction', findings: [], unchecked: undefined, kept: undefined });
    tally.add({ operation: 'unrouted', findings: [], unchecked: 'a path outside the spec', kept: undefined });
    const report = reportOf(tally, { upstream: 'http://127.0.0.1:9', startedAt: new Date(0), durationMs: 1 });
    expect(report.results.map((result) => result.case.fact.reference)).toEqual(['proxy', 'proxy', 'proxy']);
    const xml = formatJunit(report);
    expect(xml).toContain('classname="fc3-contract.proxy"');
    expect(xml).not.toMatch(/name=" —|classname="fc3-contract\."/);
    expect(formatMarkdown(report)).toContain('| proxy | documented |');
  });

  // A proxy run generates no case, so it has no seed; its reports said "seed 0".
  it('names no seed, in the report or its Markdown and console forms', () => {
    const report = reportOf(createTally(), {
      upstream: 'http://127.0.0.1:9',
      startedAt: new Date(0),
      durationMs: 1,
    });
    expect(report).not.toHaveProperty('seed');
    expect(formatMarkdown(report)).toContain('of 0 cases (run proxy-0, 1 ms).');
    expect(formatConsoleReport(report).split('\n')[0]).toBe(
      'Contract suite against fc3-testkit proxy → http://127.0.0.1:9 (http://127.0.0.1:9), run proxy-0',
    );
  });
});
