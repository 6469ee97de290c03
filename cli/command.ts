/**
 * The contract every CLI subcommand implements, plus the small helpers they share. A command is a
 * file in `cli/commands/` registered with one line in `cli/commands/index.ts`.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';

/**
 * Where a command writes; tests pass string collectors, `main` passes the process streams.
 *
 * @example
 * const io: CliIo = { stdout: process.stdout, stderr: process.stderr };
 */
export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

/**
 * One subcommand of `fc3-testkit`.
 *
 * @example
 * const hello: Command = { name: 'hello', usage: 'Usage: fc3-testkit hello',
 *   run: async (_args, io) => { io.stdout.write('hello\n'); return 0; } };
 */
export interface Command {
  name: string;
  /** The full `--help` text of the command. */
  usage: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}

/**
 * A registry entry: what `fc3-testkit --help` lists, and how to load the command only when it runs
 * (so `serve` starts without loading the contract suite or faker).
 *
 * @example
 * const entry: CommandEntry = { name: 'hello', summary: 'Say hello', load: async () => hello };
 */
export interface CommandEntry {
  name: string;
  /** One line for the command list of `fc3-testkit --help`. */
  summary: string;
  load(): Promise<Command>;
}

/**
 * A mistake in how the CLI was called (unknown flag, bad value): printed without a stack, exit 2.
 *
 * @example
 * throw new UsageError('--count must be a positive integer, got "zero"');
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `node:util` parseArgs in strict mode, with its errors turned into {@link UsageError}s.
 *
 * @example
 * const { values } = parseCommandArgs(['--seed', '3'], { seed: { type: 'string' } });
 */
export function parseCommandArgs<const T extends Options>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}

/**
 * Options of {@link parseIntegerFlag}.
 *
 * @example
 * const flag: IntegerFlag = { flag: '--port', value: '9000', min: 0, max: 65535 };
 */
export interface IntegerFlag {
  flag: string;
  value: string | undefined;
  min?: number;
  max?: number;
  /** Used when the flag is absent. */
  fallback?: number;
}

/**
 * Parses a flag value as an integer within bounds, or throws a {@link UsageError} naming the flag.
 *
 * @example
 * parseIntegerFlag({ flag: '--count', value: '3', min: 1, fallback: 1 }); // 3
 */
export function parseIntegerFlag(options: IntegerFlag): number {
  const { flag, value } = options;
  if (value === undefined && options.fallback !== undefined) return options.fallback;
  const min = options.min ?? Number.MIN_SAFE_INTEGER;
  const max = options.max ?? Number.MAX_SAFE_INTEGER;
  const parsed = /^-?\d+$/.test(value ?? '') ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    throw new UsageError(
      `${flag} must be an integer from ${min} to ${max}, got ${JSON.stringify(value ?? '')}`,
    );
  }
  return parsed;
}
