/**
 * parseCommandArgs: parseArgs' errors as one-line usage errors naming the flag, and a negative
 * number after a flag read as its value, so the command's own check answers with the range.
 */
import { describe, expect, it } from 'vitest';
import { parseCommandArgs, parseIntegerFlag, UsageError } from '../../cli/command.ts';

const OPTIONS = {
  seed: { type: 'string', short: 's' },
  port: { type: 'string' },
  verbose: { type: 'boolean', short: 'v' },
} as const;

const seedOf = (args: string[]) =>
  parseIntegerFlag({ flag: '--seed', value: parseCommandArgs(args, OPTIONS).values.seed, min: 0, max: 9 });

describe('parseCommandArgs', () => {
  it.each([
    { args: ['--seed', '-1'] },
    { args: ['-s', '-1'] },
    { args: ['--seed=-1'] },
    { args: ['--seed', '-0.5'], got: '-0.5' },
  ])('$args: the range error of the flag, not parseArgs’ "ambiguous"', ({ args, got = '-1' }) => {
    expect(() => seedOf(args)).toThrow(new UsageError(`--seed must be an integer from 0 to 9, got "${got}"`));
  });

  it.each([
    {
      args: ['--seed', '-x'],
      message:
        '--seed needs a value, got the option "-x"; write --seed=VALUE for a value that starts with a dash',
    },
    {
      args: ['-s', '--port', '1'],
      message:
        '--seed needs a value, got the option "--port"; write --seed=VALUE for a value that starts with a dash',
    },
    { args: ['--seed'], message: '--seed needs a value' },
    { args: ['--bogus'], message: 'unknown option --bogus' },
    { args: ['--sede'], message: 'unknown option --sede; did you mean --seed?' },
  ])('$args: one line naming the flag', ({ args, message }) => {
    expect(() => parseCommandArgs(args, OPTIONS)).toThrow(new UsageError(message));
  });

  it('leaves other arguments as they are', () => {
    const { values } = parseCommandArgs(['-v', '--port', '9000', '--seed', '3'], OPTIONS);
    expect(values).toEqual({ verbose: true, port: '9000', seed: '3' });
    expect(seedOf(['--seed', '3'])).toBe(3);
  });
});
