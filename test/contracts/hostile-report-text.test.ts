/**
 * Text a hostile target answers reaches every report (the raw exchange, check messages): it must
 * not drive the reader's terminal (ESC sequences, a carriage return that overwrites the summary,
 * C1 controls) nor close the Markdown code fence it is shown in (a line of backticks, then
 * markup a job summary or PR comment renders).
 * Given one case against a target answering such a body, want each report free of them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type ContractReport,
  emulatorTarget,
  formatConsoleReport,
  formatMarkdown,
  runContractSuite,
} from '../../contracts/index.ts';

// Clears the screen, sets the window title, prints a fake summary, hides what follows; then
// closes a ``` fence and adds an image a Markdown renderer would fetch.
const HOSTILE_MESSAGE =
  '\u001b[2J\u001b[H\u001b]0;pwned\u0007628 passed, 0 failed\r\u009b8m\u001b[8m' +
  '\n```\n![x](http://tracker.invalid/p.png)\n<img src="http://tracker.invalid/q.png">\n````\n\u0000\u0008';
// Raw, as a broken target sends them, and JSON-escaped inside the envelope, where they reach
// the check messages that quote the answered code and message.
const RAW_BODY = `{"Code":"InvalidArgument","Message":"${HOSTILE_MESSAGE}","RequestId":"r"}`;
const JSON_BODY = JSON.stringify({
  Code: `InvalidArgument${HOSTILE_MESSAGE}`,
  Message: HOSTILE_MESSAGE,
  RequestId: 'r',
});

// Terminal controls: C0 but tab and line feed, DEL and C1.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const reports: Record<string, ContractReport> = {};

async function runAgainst(body: string): Promise<ContractReport> {
  const hostile = {
    handle: async () =>
      new Response(body, {
        status: 400,
        headers: { 'content-type': 'application/json', 'x-acs-request-id': 'r', 'x-fc-request-id': 'r' },
      }),
  };
  const report = await runContractSuite(emulatorTarget(hostile, { name: 'hostile' }), {
    only: 'rule.timeout-range.*',
    generated: 0,
  });
  expect(report.totals.failed).toBeGreaterThan(0);
  return report;
}

beforeAll(async () => {
  reports.raw = await runAgainst(RAW_BODY);
  reports.escaped = await runAgainst(JSON_BODY);
});

/** The lines of `markdown` outside fenced code blocks (CommonMark: a fence closes on a line of at least as many backticks). */
function outsideFences(markdown: string): string[] {
  const outside: string[] = [];
  let open: number | undefined;
  for (const line of markdown.split('\n')) {
    const fence = /^ {0,3}(`{3,})(.*)$/.exec(line);
    if (open === undefined) {
      if (fence) open = (fence[1] as string).length;
      else outside.push(line);
    } else if (fence && (fence[1] as string).length >= open && (fence[2] as string).trim() === '') {
      open = undefined;
    }
  }
  return outside;
}

describe.each(['raw', 'escaped'])('a hostile answer in the reports (%s)', (kind) => {
  const report = () => reports[kind] as ContractReport;

  it('the console report shows control characters escaped, never raw', () => {
    const text = formatConsoleReport(report());
    expect(text).not.toMatch(CONTROLS);
    expect(text).toContain('\\u001b[2J');
  });

  it('the Markdown report keeps the answer inside its code fence', () => {
    const markdown = formatMarkdown(report());
    expect(markdown).toContain('tracker.invalid');
    expect(outsideFences(markdown).filter((line) => line.includes('tracker.invalid'))).toEqual([]);
    expect(markdown).not.toMatch(CONTROLS);
  });
});

describe('an answer with very many runs of backticks', () => {
  it('still gets its Markdown report, fenced past the longest run', async () => {
    // 300,000 runs: one argument each to a spread Math.max overflowed the stack.
    const runs = '` '.repeat(300_000);
    const report = await runAgainst(
      JSON.stringify({ Code: `InvalidArgument${runs}`, Message: '', RequestId: 'r' }),
    );
    const markdown = formatMarkdown(report);
    expect(markdown).toContain('## Failures');
    expect(outsideFences(markdown).filter((line) => line.includes('` `'))).toEqual([]);
  });
});

describe('a hostile lifecycle state in a not-applicable reason', () => {
  it('is printed escaped and cut', async () => {
    const pending = JSON.stringify({ state: 'Pending', lastUpdateStatus: HOSTILE_MESSAGE.repeat(20) });
    const hostile = {
      handle: async () =>
        new Response(pending, { status: 200, headers: { 'content-type': 'application/json' } }),
    };
    const report = await runContractSuite(emulatorTarget(hostile, { name: 'hostile', moveClock: false }), {
      only: 'lifecycle.container.becomes-active',
      generated: 0,
      lifecycleBudgetMs: 1,
    });
    const reason = report.results[0]?.reason ?? '';
    expect(reason).toContain('after the lifecycle budget');
    expect(reason.length).toBeLessThan(400);
    expect(formatConsoleReport(report)).not.toMatch(CONTROLS);
  });
});
