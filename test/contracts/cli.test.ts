/**
 * `fc3-testkit verify` and `fc3-testkit scorecard`: exit codes 0 / 1 / 2 and their outputs.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scorecardCommand } from '../../cli/commands/scorecard.ts';
import { main } from '../../cli/run.ts';
import { type RunningServer, startServer } from '../../mocks/server.ts';
import { xmlProblems } from './xml-check.ts';

function collector() {
  const out = { stdout: '', stderr: '' };
  const io = {
    stdout: { write: (s: string) => (out.stdout += s) },
    stderr: { write: (s: string) => (out.stderr += s) },
  };
  return { out, io };
}

let open: RunningServer;
let signed: RunningServer;
let small: RunningServer;
let closed: RunningServer;
const dir = mkdtempSync(join(tmpdir(), 'fc3-verify-'));

beforeAll(async () => {
  open = await startServer({ port: 0 });
  signed = await startServer({ port: 0, credentials: { testAK: 'testSecret' } });
  small = await startServer({ port: 0, maxBodyBytes: 2000 });
  closed = await startServer({ port: 0, control: false });
});
afterAll(async () => {
  await open.close();
  await signed.close();
  await small.close();
  await closed.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('fc3-testkit verify', () => {
  it('exits 0 when every applicable case passes, printing the console summary', async () => {
    const { out, io } = collector();
    const args = ['verify', '--base-url', open.url, '--generated', '3', '--advance-clock'];
    expect(await main(args, io)).toBe(0);
    expect(out.stdout).toMatch(/\d+ passed, 0 failed, \d+ not applicable/);
    expect(out.stdout).toMatch(
      /✓ 1\/1 {2}lifecycle F\.2, F\.5 — a custom-container function goes from Pending to Active/,
    );
  });

  it('--stateless makes stateful cases not applicable instead of failing', async () => {
    const { out, io } = collector();
    const args = ['verify', '--base-url', open.url, '--only', 'delete.then-get-not-found', '--stateless'];
    expect(await main(args, io)).toBe(0);
    expect(out.stdout).toMatch(/n\/a: the target keeps no state/);
  });

  it('makes lifecycle waits not applicable past --lifecycle-budget-ms, with the reason', async () => {
    const { out, io } = collector();
    const args = ['verify', '--base-url', open.url, '--only', 'lifecycle.container.becomes-active'];
    expect(await main([...args, '--lifecycle-budget-ms', '200'], io)).toBe(0);
    expect(out.stdout).toMatch(
      /n\/a: step 2 was still state Pending.*budget of 200 ms.*--lifecycle-budget-ms/,
    );
  });

  it('with a small declared body limit, oversized cases are n/a (with the reason) and the run exits 0', async () => {
    const { out, io } = collector();
    const args = [
      'verify',
      '--base-url',
      small.url,
      '--max-body-bytes',
      '2000',
      '--generated',
      '5',
      '--advance-clock',
    ];
    expect(await main(args, io)).toBe(0);
    expect(out.stdout).toMatch(
      /n\/a: the request body \(\d+ bytes\) exceeds the declared body limit \(2000 bytes\)/,
    );
    expect(out.stdout).toMatch(/✓ 1\/1 {2}E\.2, F — a payload over the maximum size/);
  });

  it('--help says exactly when the EntityTooLarge case runs', async () => {
    const { out, io } = collector();
    expect(await main(['verify', '--help'], io)).toBe(0);
    expect(out.stdout).toContain('The EntityTooLarge case runs only when N');
    expect(out.stdout).toContain('is given and N <= 16777216 (16 MiB), or N > 16 MiB with --huge;');
  });

  it('signs with the given credentials and writes JUnit to --output', async () => {
    const { out, io } = collector();
    const file = join(dir, 'contract.xml');
    const args = [
      'verify',
      '--base-url',
      signed.url,
      '--access-key-id',
      'testAK',
      '--access-key-secret',
      'testSecret',
      '--reporter',
      'junit',
      '--output',
      file,
      '--only',
      'auth.*,sample.*,endpoint.*',
    ];
    expect(await main(args, io)).toBe(0);
    const xml = readFileSync(file, 'utf8');
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toContain('name="auth.nonce-replay"');
    expect(xml).toContain('name="endpoint.account-host"');
    expect(out.stdout).toContain('0 failed');
  });

  // As proxy --report does: console text in contract.xml broke the CI step that reads it as JUnit.
  it.each([
    { file: 'picked.xml', reporter: [], want: /^<\?xml/ },
    { file: 'picked.json', reporter: [], want: /^\{/ },
    { file: 'picked.md', reporter: [], want: /^#/ },
    { file: 'picked.txt', reporter: [], want: /1 passed, 0 failed/ },
    { file: 'explicit.xml', reporter: ['--reporter', 'json'], want: /^\{/ },
  ])('--output $file $reporter: the flag, else the extension, picks the reporter', async (row) => {
    const { io } = collector();
    const file = join(dir, row.file);
    const args = ['verify', '--base-url', open.url, '--only', 'sample.minimal-defaults', '--output', file];
    expect(await main([...args, ...row.reporter], io)).toBe(0);
    expect(readFileSync(file, 'utf8').trimStart()).toMatch(row.want);
  });

  it('exits 1 when a case fails (unsigned requests to a server that verifies signatures)', async () => {
    const { out, io } = collector();
    expect(
      await main(
        ['verify', '--base-url', signed.url, '--only', 'sample.minimal-defaults', '--reporter', 'json'],
        io,
      ),
    ).toBe(1);
    const report = JSON.parse(out.stdout);
    expect(report.results[0].failures[0]).toMatchObject({ check: 'status', received: 400, documented: 200 });
  });

  it.each([
    [['verify'], /--base-url is required/],
    [['verify', '--base-url', 'ftp://x'], /must look like http/],
    [
      ['verify', '--base-url', 'http://127.0.0.1:1'],
      /^fc3-testkit: verify: http:\/\/127\.0\.0\.1:1 is unreachable: .*; start the server first, or check --base-url\n$/,
    ],
    [['verify', '--base-url', 'http://127.0.0.1:1', '--reporter', 'xml'], /--reporter must be one of/],
    [['verify', '--base-url', 'http://127.0.0.1:1', '--access-key-id', 'A'], /go together/],
    [
      ['verify', '--base-url', 'http://127.0.0.1:1', '--lifecycle-budget-ms', 'soon'],
      /--lifecycle-budget-ms must be/,
    ],
  ])('exits 2 on %j', async (args, message) => {
    const { out, io } = collector();
    expect(await main(args, io)).toBe(2);
    expect(out.stderr).toMatch(message);
  });
});

describe('a filter that selects no case is a usage error, not an empty green run', () => {
  // A dead base URL: the filter is judged before anything is sent.
  const dead = 'http://127.0.0.1:1';
  it.each([
    [
      ['verify', '--base-url', dead, '--only', 'no-such-case-xyz'],
      '--only "no-such-case-xyz" matches no case',
    ],
    [['verify', '--base-url', dead, '--only', 'B.1*'], '--only "B.1*" matches no case'],
    [['scorecard', `a=${dead}`, '--only', 'nothing-here'], '--only "nothing-here" matches no case'],
    [
      ['verify', '--base-url', dead, '--only', 'upload.temp-bucket-token', '--documented-only'],
      'matches only cases of inferred facts, which --documented-only skips',
    ],
  ])('%j exits 2 naming the filter and where the case ids are', async (args, message) => {
    const { out, io } = collector();
    expect(await main(args, io)).toBe(2);
    expect(out.stdout).toBe('');
    const [first] = out.stderr.split('\n');
    expect(first).toContain(message);
    expect(first).toContain('docs/contract-cases.md lists every case id');
  });

  it('--only with --documented-only still runs the documented cases it matches', async () => {
    const { out, io } = collector();
    const args = ['verify', '--base-url', open.url, '--only', 'sample.code-package', '--documented-only'];
    expect(await main(args, io)).toBe(0);
    expect(out.stdout).toMatch(/1 passed, 0 failed, 0 not applicable \(1 cases?\)/);
  });
});

it('--advance-clock against a server without the control API exits 2 and says why', async () => {
  const { out, io } = collector();
  expect(await main(['verify', '--base-url', closed.url, '--advance-clock'], io)).toBe(2);
  expect(out.stderr).toMatch(/__fc3\/clock answered 400.*control API/);
});

describe('fc3-testkit scorecard', () => {
  it('writes a Markdown matrix with one column per target', async () => {
    const { out, io } = collector();
    const file = join(dir, 'scorecard.md');
    const args = [
      'scorecard',
      `open=${open.url}`,
      `signed=${signed.url}`,
      '--only',
      'sample.*',
      '--output',
      file,
    ];
    expect(await main(args, io)).toBe(0);
    const card = readFileSync(file, 'utf8');
    expect(card).toContain('| fact | ref | grade | open | signed |');
    expect(card).toMatch(/\| open \| 4 \| 0 \| 0 \|/);
    expect(card).toMatch(/\| signed \| 0 \| 4 \| 0 \|/);
    // The target that checks signatures gets verify's hint, named and on stderr; the other none.
    expect(out.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(
        /^signed: hint: 4 failed cases were refused as unsigned: .*give scorecard the same pair/,
      ),
    ]);
  });

  it('makes the stateful cases of a --stateless target not applicable, with the reason', async () => {
    const { io } = collector();
    const file = join(dir, 'stateless.md');
    const args = [
      'scorecard',
      `open=${open.url}`,
      '--stateless',
      'open',
      '--only',
      'get.not-found',
      '--output',
      file,
    ];
    expect(await main(args, io)).toBe(0);
    const card = readFileSync(file, 'utf8');
    expect(card).toMatch(/\| open \| 0 \| 0 \| 1 \|/);
    expect(card).toContain('the target keeps no state');
  });

  // Its footnote named --max-body-bytes, a flag of verify that scorecard does not have.
  it('the reasons a case is not applicable name only flags scorecard has, or whose they are', async () => {
    const { io } = collector();
    const file = join(dir, 'body-limit.md');
    const only = 'body.entity-too-large,*over-100mb';
    const args = ['scorecard', `open=${open.url}`, '--only', only, '--output', file];
    expect(await main(args, io)).toBe(0);
    const reasons = readFileSync(file, 'utf8').split('## Why cases are not applicable')[1] ?? '';
    expect(reasons).toContain('the target declares no body limit');
    expect(reasons).toContain('sends ~140 MB');
    const flags = [...reasons.matchAll(/(\w+ )?(--[a-z-]+)/g)].filter(([, command]) => command !== 'verify ');
    const scorecardFlags = scorecardCommand.usage;
    expect(flags.map(([, , flag]) => flag).filter((flag) => !scorecardFlags.includes(`  ${flag} `))).toEqual(
      [],
    );
  });

  it('exits 2 without targets', async () => {
    expect(await main(['scorecard'], collector().io)).toBe(2);
  });

  it('a bare URL is told the NAME=URL form it expects', async () => {
    const { out, io } = collector();
    expect(await main(['scorecard', open.url], io)).toBe(2);
    expect(out.stderr).toContain(`targets are NAME=URL, e.g. serve=http://127.0.0.1:9000; got "${open.url}"`);
    expect(out.stderr).not.toContain('positional');
  });

  it('refuses a --stateless name that is no target (its stateful cases would fail, silently)', async () => {
    const { out, io } = collector();
    const args = ['scorecard', `ours=${open.url}`, '--stateless', 'prsm', '--only', 'sample.*'];
    expect(await main(args, io)).toBe(2);
    expect(out.stderr).toContain('--stateless names a target that is not given: "prsm" (targets: ours)');
    expect(out.stdout).toBe('');
  });

  it('an unreachable target exits 2, naming it and its URL', async () => {
    const { out, io } = collector();
    expect(await main(['scorecard', 'gone=http://127.0.0.1:1', '--only', 'sample.*'], io)).toBe(2);
    expect(out.stderr).toMatch(
      /^fc3-testkit: scorecard: gone: .* is unreachable: .*; is it running at http:\/\/127\.0\.0\.1:1\?\n$/,
    );
  });

  it('refuses two targets of one name (their columns could not be told apart)', async () => {
    const { out, io } = collector();
    expect(await main(['scorecard', `a=${open.url}`, `a=${signed.url}`, '--only', 'sample.*'], io)).toBe(2);
    expect(out.stderr).toContain('target names must differ: "a" is given twice');
    expect(out.stdout).toBe('');
  });
});
