import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCreateFunctionInput, ruleIds } from '../../mocks/fixtures/index.ts';
import { createEmulator } from '../../mocks/index.ts';
import { validateInput } from '../fixtures/spec-validator.ts';
import { post } from '../helpers/requests.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['dist/cli/main.js', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function lines(stdout: string): unknown[] {
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
}

describe('fc3-testkit fixtures', () => {
  it('prints --count valid inputs as NDJSON, record i using seed + i', () => {
    const run = cli('fixtures', '--count', '3', '--seed', '5');
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const records = lines(run.stdout);
    expect(records).toHaveLength(3);
    for (const record of records) expect(validateInput(record)).toBe(true);
    // Built in another process, byte-identical to the in-process builder.
    expect(run.stdout.split('\n')[1]).toBe(JSON.stringify(buildCreateFunctionInput({ seed: 6 })));
  });

  it('is deterministic for a seed and varies with it', () => {
    const first = cli('fixtures', '--count', '3', '--seed', '5').stdout;
    expect(cli('fixtures', '--count', '3', '--seed', '5').stdout).toBe(first);
    expect(cli('fixtures', '--count', '3', '--seed', '6').stdout).not.toBe(first);
  });

  it('prints every record up to the largest seed (seed + i reaches it)', () => {
    const run = cli('fixtures', '--count', '2', '--seed', '4294967294');
    expect(run.status).toBe(0);
    expect(lines(run.stdout)).toHaveLength(2);
  });

  it('prints Function bodies and invalid inputs', () => {
    const [body] = lines(cli('fixtures', '--kind', 'function', '--trait', 'gpu,vpc').stdout) as Array<
      Record<string, unknown>
    >;
    expect(body).toMatchObject({ runtime: 'custom-container', state: 'Pending' });
    const invalid = lines(
      cli('fixtures', '-k', 'invalid', '-r', 'cpu-memory-ratio', '-r', 'tags-max', '-n', '3').stdout,
    );
    expect(invalid.map((record) => (record as { ruleId: string }).ruleId)).toEqual([
      'cpu-memory-ratio',
      'tags-max',
      'cpu-memory-ratio',
    ]);
    expect(invalid[0]).toMatchObject({ expectedCode: 'InvalidArgument', input: expect.any(Object) });
  });

  it('--kind invalid without --rule: a default emulator refuses every record by its rule, with its expectedCode', async () => {
    const records = lines(cli('fixtures', '-k', 'invalid', '-n', String(ruleIds.length)).stdout) as Array<{
      ruleId: string;
      expectedCode: string;
      input: unknown;
    }>;
    const emulator = createEmulator();
    const answers = [];
    for (const record of records) {
      emulator.reset();
      const res = await post(emulator, record.input);
      answers.push({ ruleId: emulator.calls().at(-1)?.ruleId, status: res.status, code: res.json.Code });
    }
    expect(answers).toEqual(
      records.map((record) => ({ ruleId: record.ruleId, status: 400, code: record.expectedCode })),
    );
  });

  it('--rule of a rule off by default: selected, and its records say so', () => {
    const records = lines(
      cli('fixtures', '-k', 'invalid', '-r', 'disk-needs-cpu,tags-max', '-n', '2').stdout,
    );
    expect(
      records.map((record) => [(record as { ruleId: string }).ruleId, Object.keys(record as object)]),
    ).toEqual([
      ['disk-needs-cpu', ['ruleId', 'expectedCode', 'offByDefault', 'input']],
      ['tags-max', ['ruleId', 'expectedCode', 'input']],
    ]);
    expect(records[0]).toMatchObject({ offByDefault: true });
  });

  it('lists the commands on --help and prints the command usage on fixtures --help', () => {
    const general = cli('--help');
    expect(general.status).toBe(0);
    expect(general.stdout).toMatch(/Commands:\n(.*\n)*\s+fixtures\s+Print seeded fixtures/);
    const usage = cli('fixtures', '--help');
    expect(usage.status).toBe(0);
    expect(usage.stdout).toMatch(/^Usage: fc3-testkit fixtures/);
    expect(usage.stdout).toContain('--kind');
  });

  it.each([
    { args: ['nope'], message: 'unknown command "nope"' },
    { args: ['--bogus'], message: 'unknown option "--bogus"' },
    { args: ['fixtures', '--bogus'], message: 'fixtures: unknown option --bogus\n' },
    { args: ['fixtures', '--count', 'x'], message: '--count must be an integer' },
    {
      args: ['fixtures', '--count', '-1'],
      message: 'fixtures: --count must be an integer from 1 to 10000, got "-1"\n',
    },
    { args: ['fixtures', '--kind', 'weird'], message: '--kind must be one of input, function, invalid' },
    { args: ['fixtures', '--trait', 'huge'], message: 'unknown trait "huge"' },
    { args: ['fixtures', '--trait', 'gpu,oss-code'], message: 'cannot be combined' },
    { args: ['fixtures', '--rule', 'tags-max'], message: '--rule applies to --kind invalid only' },
    { args: ['fixtures', '--allow-huge'], message: '--allow-huge applies to --kind invalid only' },
    { args: ['fixtures', '-k', 'invalid', '-r', 'code-size-limit'], message: '--allow-huge' },
    {
      args: ['fixtures', '-k', 'invalid', '-r', 'triggerName-format'],
      message:
        '"triggerName-format" is a rule of CreateTrigger, GetTrigger, UpdateTrigger, DeleteTrigger, not of CreateFunction',
    },
    { args: ['fixtures', '-k', 'invalid', '-r', 'nope'], message: '"nope" is not a rule id' },
    { args: [], message: 'Usage: fc3-testkit <command>' },
  ])('usage error $args exits 2 with a message and no stack', ({ args, message }) => {
    const run = cli(...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('fixtures --help lists exactly the rules with invalid fixtures: the CreateFunction table of rules.md', () => {
    const usage = cli('fixtures', '--help').stdout;
    const listed = /have none\):\n([\s\S]*?)\n {6}--allow-huge/
      .exec(usage)?.[1]
      ?.split(/[\s,]+/)
      .filter(Boolean);
    expect(listed).toEqual([...ruleIds]);
    const rules = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    const table = rules.slice(rules.indexOf('## CreateFunction'), rules.indexOf('## How the schema'));
    expect([...table.matchAll(/^\| `([a-z0-9-]+)`/gim)].map((m) => m[1])).toEqual([...ruleIds]);
    // The message for another operation's rule points here.
    expect(cli('fixtures', '-k', 'invalid', '-r', 'tag-pairs').stderr).toContain(
      "'fc3-testkit fixtures --help' lists",
    );
  });
});
