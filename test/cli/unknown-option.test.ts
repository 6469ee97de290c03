/**
 * An unknown flag is one line naming it, with a "did you mean" when a flag of that command is one
 * or two edits away, and exit 2: not parseArgs' advice to put it after `--` (with an unbalanced
 * quote), which scorecard passed on as it was.
 * Given the arguments, want exit 2, nothing on stdout and exactly these two lines on stderr.
 */
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/main-in-process.ts';

describe('an unknown option', () => {
  it.each([
    { argv: ['scorecard', '--reporter', 'x'], line: 'scorecard: unknown option --reporter' },
    { argv: ['scorecard', 'a=http://127.0.0.1:9', '--recrod'], line: 'scorecard: unknown option --recrod' },
    { argv: ['scorecard', '--sed', '1'], line: 'scorecard: unknown option --sed; did you mean --seed?' },
    {
      argv: ['verify', '--reprter', 'junit'],
      line: 'verify: unknown option --reprter; did you mean --reporter?',
    },
    { argv: ['verify', '--zzzzzz'], line: 'verify: unknown option --zzzzzz' },
    { argv: ['fixtures', '--cuont', '2'], line: 'fixtures: unknown option --cuont; did you mean --count?' },
    { argv: ['proxy', '--recrod', 'x.json'], line: 'proxy: unknown option --recrod; did you mean --record?' },
    { argv: ['serve', '--prot', '0'], line: 'serve: unknown option --prot; did you mean --port?' },
    { argv: ['serve', '--port=0', '-x'], line: 'serve: unknown option -x' },
  ])('$argv: one line naming it', async ({ argv, line }) => {
    const command = argv[0];
    await expect(runMain(argv)).resolves.toEqual({
      code: 2,
      stdout: '',
      stderr: `fc3-testkit: ${line}\nRun 'fc3-testkit ${command} --help' for usage.\n`,
    });
  });
});
