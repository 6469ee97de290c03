/**
 * `fc3-testkit proxy` and `fc3-testkit replay` as built commands: help, usage errors (exit 2,
 * one message, no stack), and the reports `--report` writes with each reporter.
 */
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xmlProblems } from '../contracts/xml-check.ts';
import { fileFolder } from '../helpers/temp-folder.ts';
import { type CliProcess, runCli, send, spawnCli, terminate, validInput } from '../server/cli-process.ts';

const dir = fileFolder('fc3-proxy-cli-');
/** A hang guard: beside busy processes the check worker (nice 19) took up to 17 s for its first checks. */
const CHECKS_MAY_LAG_MS = 60_000;

describe('usage', () => {
  it('fc3-testkit --help lists proxy and replay', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {2}proxy +Forward to any FC endpoint unchanged/m);
    expect(stdout).toMatch(/^ {2}replay +Serve a cassette/m);
  });

  it.each([['proxy'], ['replay']])('%s --help prints its usage', async (command) => {
    const { code, stdout, stderr } = await runCli([command, '--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain(`Usage: fc3-testkit ${command}`);
    expect(stdout).toContain('listening on http://HOST:PORT');
  });

  const cassette = join(dir, 'bad.ndjson');
  writeFileSync(cassette, '{"fc3Cassette":1}\n');
  // Sparse: one byte over the limit costs no disk, and is refused before it is read.
  const huge = join(dir, 'huge.ndjson');
  writeFileSync(huge, '');
  truncateSync(huge, 256 * 1024 * 1024 + 1);
  it.each([
    [['proxy'], '--upstream is required'],
    [['proxy', '--upstream', 'ftp://127.0.0.1:1'], '--upstream must be http(s)://host[:port]'],
    [['proxy', '--upstream', 'http://127.0.0.1:1/path'], 'without path, query or credentials'],
    [['proxy', '--upstream', 'http://127.0.0.1:1', '--reporter', 'xml'], '--reporter must be one of'],
    [
      ['proxy', '--upstream', 'http://127.0.0.1:1', '--body-limit', '10'],
      '--body-limit must be an integer from 1024',
    ],
    [
      ['proxy', '--upstream', 'http://127.0.0.1:1', '--drain-ms', '5s'],
      '--drain-ms must be an integer from 0 to 86400000, got "5s"',
    ],
    [['proxy', '--upstream', 'http://127.0.0.1:1', '--record', join(dir, 'missing', 'x.ndjson')], '--record'],
    [['replay'], 'a cassette FILE is required'],
    [['replay', join(dir, 'absent.ndjson')], 'cannot read cassette'],
    [['replay', cassette], 'cassette line 1 has no request method and target'],
    [['replay', huge], 'it is 268435457 bytes, more than a cassette may be (268435456 bytes, 256 MiB)'],
    // s11: a device has no size to refuse first; this one grew replay to 11 GB in 9 s.
    [['replay', '/dev/zero'], 'it gave more than a cassette may be (268435456 bytes'],
    [['replay', cassette, '--log-level', 'loud'], '--log-level must be one of'],
  ])('%j → exit 2: %s', async (args, message) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a port in use', async () => {
    const serve = await spawnCli(['serve', '--port', '0', '--log-level', 'silent']);
    try {
      const { code, stderr } = await runCli(['proxy', '--upstream', serve.url, '--port', String(serve.port)]);
      expect(code).toBe(2);
      expect(stderr).toContain(`port ${serve.port} on 127.0.0.1 is already in use`);
    } finally {
      await serve.stop();
    }
  });
});

describe('--report', () => {
  let serve: CliProcess;
  beforeAll(async () => {
    serve = await spawnCli(['serve', '--port', '0', '--log-level', 'silent']);
  });
  afterAll(async () => {
    await serve?.stop();
  });

  async function reportOf(file: string, extra: string[] = []): Promise<string> {
    const proxy = await spawnCli([
      'proxy',
      '--upstream',
      serve.url,
      '--port',
      '0',
      '--quiet',
      '--report',
      file,
      // The check may lag on a loaded machine: it is done before the report, however long it takes.
      '--drain-ms',
      '600000',
      ...extra,
    ]);
    const body = JSON.stringify(validInput('report', { memorySize: 100 }));
    expect((await send(proxy.url, { body, headers: { 'content-type': 'application/json' } })).status).toBe(
      400,
    );
    expect(await terminate(proxy)).toBe(1);
    expect(proxy.stderr()).not.toContain('fc3-testkit proxy: #1 POST'); // --quiet: no live lines
    return readFileSync(file, 'utf8');
  }

  it(
    'writes JUnit for .xml: a failed testcase citing the rule, with the curl reproducer',
    async () => {
      const xml = await reportOf(join(dir, 'proxy.xml'));
      expect(xmlProblems(xml)).toEqual([]);
      expect(xml).toContain('<failure message="client.rule: [memorySize-range] CreateFunction: memorySize');
      expect(xml).toContain('curl -sS -i -X POST');
    },
    CHECKS_MAY_LAG_MS,
  );

  it(
    'writes JSON for .json and Markdown with --reporter markdown',
    async () => {
      const json = JSON.parse(await reportOf(join(dir, 'proxy.json'))) as { totals: { failed: number } };
      expect(json.totals.failed).toBe(1);
      const markdown = await reportOf(join(dir, 'proxy.txt'), ['--reporter', 'markdown']);
      expect(markdown).toContain('memorySize-range');
    },
    2 * CHECKS_MAY_LAG_MS,
  );
});
