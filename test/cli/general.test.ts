/**
 * The top level of the `fc3-testkit` bin: `--version` / `-v` print the package's version, and
 * `help <command>` prints that command's help, not the list of commands; `help` with anything
 * but a command name (`help -v` included) is a usage error naming the misuse.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../cli/command.ts';
import { main } from '../../cli/run.ts';

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: {
      write: (text: string) => {
        out.stdout += text;
      },
    },
    stderr: {
      write: (text: string) => {
        out.stderr += text;
      },
    },
  };
  const code = await main(argv, io);
  return { code, ...out };
}

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

describe('fc3-testkit --version', () => {
  it.each([['--version'], ['-v']])(
    '%s prints the version of package.json, one line, exit 0',
    async (flag) => {
      expect(await run(flag)).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    },
  );

  it('--help lists --version and help <command>', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/-v, --version {2}print the version/);
    expect(stdout).toContain("'fc3-testkit help <command>'");
  });
});

describe('fc3-testkit help <command>', () => {
  it.each([['serve'], ['verify'], ['prism'], ['proxy'], ['replay'], ['fixtures'], ['scorecard']])(
    'help %s prints what %s --help prints',
    async (command) => {
      const help = await run('help', command);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: fc3-testkit ${command} `));
      expect(help).toEqual(await run(command, '--help'));
    },
  );

  it('help with no command prints the list of commands; an unknown one is a usage error', async () => {
    expect((await run('help')).stdout).toMatch(/^Usage: fc3-testkit <command>/);
    const unknown = await run('help', 'serv');
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toContain('help: unknown command "serv"; commands: serve, prism,');
  });

  it.each([['-h'], ['--help']])('help %s prints the list of commands', async (flag) => {
    expect(await run('help', flag)).toEqual(await run('--help'));
  });

  it.each([
    [
      ['-v'],
      /help takes a command name \(serve, .*\), got the option "-v"; the version is 'fc3-testkit --version'/,
    ],
    [['--version'], /got the option "--version"; the version is 'fc3-testkit --version'/],
    [['--verbose'], /help takes a command name \(serve, .*\), got the option "--verbose"\n/],
    [['bogus'], /help: unknown command "bogus"; commands: serve, /],
    [['serve', 'verify'], /help takes one command name, got "serve verify"/],
  ])('help %j is a usage error naming the misuse, never the version', async (args, message) => {
    const result = await run('help', ...args);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toContain(version);
    expect(result.stderr).toMatch(/Run 'fc3-testkit --help' for usage\.\n$/);
  });
});
