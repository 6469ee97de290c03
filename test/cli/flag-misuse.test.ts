/**
 * Flags a caller did not mean are usage errors (exit 2, one line naming the flag), never a run
 * with a value picked silently: a flag given twice (parseArgs keeps the last), an empty value
 * (`--host "$UNSET"` bound every interface), a report path that cannot be written (the report
 * of a whole run was lost at its end, exit 1 as if a case had failed), a credentials file with
 * no entry (serve ran with signature checks off).
 * Given the arguments, want exit 2, nothing on stdout and the message on stderr.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/main-in-process.ts';

const dir = mkdtempSync(join(tmpdir(), 'fc3-flags-'));
const emptyCredentials = join(dir, 'credentials.json');
writeFileSync(emptyCredentials, '{}');
const missing = join(dir, 'no-such-folder', 'report.xml');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Port 9 (discard) is not listened on here: verify would stop at "unreachable" if it got that far.
const unreachable = 'http://127.0.0.1:9';

describe('flags a caller did not mean', () => {
  it.each([
    [
      ['serve', '--port', '0', '--port', '0'],
      'serve: --port is given more than once ("0" and "0"); give it once',
    ],
    [['serve', '--port', '0', '--host', ''], 'serve: --host needs a value, got an empty one'],
    // The flag, not startServer's option (accountId, regionId), which a CLI user never wrote.
    [['serve', '--port', '0', '--account-id', 'abc'], 'serve: --account-id must be numeric, got "abc"\n'],
    [
      ['serve', '--port', '0', '--region-id', 'bad region'],
      'serve: --region-id must look like cn-hangzhou, got "bad region"\n',
    ],
    // A newline in the value is quoted, not printed: the error stays one line (review s16).
    [
      ['serve', '--port', '0', '--region-id', 'bad\nregion'],
      'serve: --region-id must look like cn-hangzhou, got "bad\\nregion"\n',
    ],
    [['serve', '--port', '0', "--pr'ot"], "serve: unknown option --pr'ot\n"],
    [['serve', '--port', '0', '--no-control', '--no-control'], 'serve: --no-control is given more than once'],
    [['--version', 'extra'], '--version takes nothing after it, got "extra"'],
    [
      ['serve', '--port', '0', '--no-control', '--control-host', 'fc3'],
      'serve: --control-host names hosts for the control API, which --no-control turns off',
    ],
    [
      ['serve', '--port', '0', '--credentials', emptyCredentials],
      `serve: --credentials ${emptyCredentials}: holds no credentials`,
    ],
    // s11: read whole, it grew serve by 1 GB a second.
    [
      ['serve', '--port', '0', '--credentials', '/dev/zero'],
      'serve: --credentials /dev/zero: it gave more than a credentials file may be (1 MiB)',
    ],
    [
      ['verify', '--base-url', unreachable, '--base-url', 'http://127.0.0.1:10'],
      'verify: --base-url is given more than once ("http://127.0.0.1:9" and "http://127.0.0.1:10")',
    ],
    [
      ['verify', '--base-url', 'http://127.0.0.1:70000'],
      'verify: --base-url must look like http://host:port, got "http://127.0.0.1:70000"',
    ],
    [
      ['scorecard', 'a=http://127.0.0.1:70000'],
      'scorecard: targets are NAME=URL, e.g. serve=http://127.0.0.1:9000; got "a=http://127.0.0.1:70000"',
    ],
    [
      [
        'verify',
        '--base-url',
        unreachable,
        '--access-key-secret',
        's3cr3t-1',
        '--access-key-secret',
        's3cr3t-2',
      ],
      'verify: --access-key-secret is given more than once; give it once',
    ],
    [['verify', '--base-url', unreachable, '--only', ''], 'verify: --only needs a value, got an empty one'],
    // 0 made every waiting case "not applicable" instead of refusing, as --concurrency 0 is.
    [
      ['verify', '--base-url', unreachable, '--lifecycle-budget-ms', '0'],
      'verify: --lifecycle-budget-ms must be an integer from 1 to 86400000, got "0"\n',
    ],
    [
      ['scorecard', `a=${unreachable}`, '--lifecycle-budget-ms', '0'],
      'scorecard: --lifecycle-budget-ms must be an integer from 1 to 86400000, got "0"\n',
    ],
    [
      ['verify', '--base-url', unreachable, '--concurrency', '0'],
      'verify: --concurrency must be an integer from 1 to 64, got "0"\n',
    ],
    [['verify', '--base-url', unreachable, '--output', dir], `verify: --output ${dir}: EISDIR`],
    [['verify', '--base-url', unreachable, '--output', missing], `verify: --output ${missing}: ENOENT`],
    [['scorecard', `a=${unreachable}`, '--output', dir], `scorecard: --output ${dir}: EISDIR`],
    [
      ['scorecard', `a=${unreachable}`, '--stateless', 'a', '--stateless', 'a'],
      'scorecard: --stateless is given more than once',
    ],
    [['fixtures', '-n', '1', '--count', '2'], 'fixtures: --count is given more than once ("1" and "2")'],
    [['fixtures', '--trait', ''], 'fixtures: --trait needs a value, got an empty one'],
    // One seed range everywhere (the 32 bits faker and the emulator's generator keep).
    [
      ['serve', '--port', '0', '--seed', '4294967296'],
      'serve: --seed must be an integer from 0 to 4294967295, got "4294967296"\n',
    ],
    [
      ['verify', '--base-url', unreachable, '--seed', '4294967296'],
      'verify: --seed must be an integer from 0 to 4294967295, got "4294967296"\n',
    ],
    [
      ['scorecard', `a=${unreachable}`, '--seed', '4294967296'],
      'scorecard: --seed must be an integer from 0 to 4294967295, got "4294967296"\n',
    ],
    [
      ['prism', '--port', '0', '--seed', '4294967296'],
      'prism: --seed must be an integer from 0 to 4294967295, got "4294967296"\n',
    ],
    [
      ['fixtures', '--seed', '4294967296'],
      'fixtures: --seed must be an integer from 0 to 4294967295, got "4294967296"\n',
    ],
    // Record i uses seed + i, which must stay in the range too.
    [
      ['fixtures', '--seed', '4294967295', '--count', '2'],
      'fixtures: --seed 4294967295 with --count 2 goes past the largest seed, 4294967295 (record i uses seed + i)\n',
    ],
    [['fixtures', '--trait', ' , '], 'fixtures: --trait names no trait; use one of'],
    [['proxy', '--upstream', unreachable, '--port', '0', '--report', dir], `proxy: --report ${dir}: EISDIR`],
    [['prism', '--port', '0', '--host', ''], 'prism: --host needs a value, got an empty one'],
    // s11: `replay ''` said "startReplay needs a cassette or a file", a FILE after an option
    // "This command does not take positional arguments".
    [
      ['replay', ''],
      'replay: a cassette FILE is required, got an empty one: fc3-testkit replay FILE [options]',
    ],
    [
      ['replay', '--port', '0', ''],
      'replay: a cassette FILE is required, got an empty one: fc3-testkit replay FILE [options]',
    ],
    // The FILE may follow the options (it was refused there before the s16 walkthrough).
    [
      ['replay', '--port', '0', '/nonexistent/run.ndjson'],
      'replay: cannot read cassette /nonexistent/run.ndjson',
    ],
    [['replay', 'x.ndjson', '--port', '9000', '9001'], "replay: unexpected argument '9001'"],
    // The empty file is no error where keys come from elsewhere: the next flag's error shows.
    [
      ['serve', '--auth', 'off', '--credentials', emptyCredentials, '--log-level', 'loud'],
      'serve: --log-level must be one of',
    ],
    [
      [
        'serve',
        '--access-key-id',
        'AK',
        '--access-key-secret',
        'S',
        '--credentials',
        emptyCredentials,
        '--log-level',
        'loud',
      ],
      'serve: --log-level must be one of',
    ],
  ])('%j', async (argv, message) => {
    const result = await runMain(argv);
    expect(result.stderr).toContain(`fc3-testkit: ${message}`);
    expect(result.stderr).not.toContain('s3cr3t');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
  });
});

describe('report paths checked before a run', () => {
  it('leaves an existing proxy --report as it was when another flag is refused', async () => {
    const report = join(dir, 'previous.md');
    writeFileSync(report, 'previous session\n');
    const result = await runMain(['proxy', '--upstream', unreachable, '--report', report, '--port', '70000']);
    expect(result.code).toBe(2);
    expect(readFileSync(report, 'utf8')).toBe('previous session\n');
  });

  it.each([
    ['verify', '--base-url', unreachable],
    ['scorecard', `a=${unreachable}`],
  ])('leaves no empty --output file behind when %s never runs', async (...argv) => {
    const output = join(dir, `${argv[0]}-never.xml`);
    const result = await runMain([...argv, '--output', output]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unreachable');
    expect(existsSync(output)).toBe(false);
  });
});
