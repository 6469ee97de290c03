/**
 * The top level of the `fc3-testkit` bin: `--version` / `-v` print the package's version, and
 * `help <command>` prints that command's help, not the list of commands.
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
    expect(unknown.stderr).toContain('unknown command "serv"');
  });
});
