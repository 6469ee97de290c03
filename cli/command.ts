/**
 * The contract every CLI subcommand implements, plus the small helpers they share. A command is a
 * file in `cli/commands/` registered with one line in `cli/commands/index.ts`.
 */
import { closeSync, existsSync, openSync, unlinkSync } from 'node:fs';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { editDistance } from '../mocks/core/edit-distance.ts';

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

/** The long name of a flag that takes a value (`--seed`, or its short form `-s`), if it is one. */
function valueFlag(arg: string, options: Options): string | undefined {
  const long = /^--([^=]+)$/.exec(arg)?.[1];
  if (long !== undefined) return options[long]?.type === 'string' ? long : undefined;
  const short = /^-([^-])$/.exec(arg)?.[1];
  const found = Object.entries(options).find(([, option]) => option.short === short);
  return found && found[1].type === 'string' ? found[0] : undefined;
}

/**
 * `--seed -1` as `--seed=-1`: parseArgs refuses a value that starts with a dash as "ambiguous", in
 * three lines that do not say what is accepted; a negative number is plainly a value, which the
 * command's own check then refuses with the accepted range, in one line.
 */
function joinNegativeValues(args: string[], options: Options): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const next = args[i + 1];
    const name = valueFlag(arg, options);
    if (name !== undefined && next !== undefined && /^-[\d.]/.test(next)) {
      out.push(`--${name}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/** parseArgs' message as one line naming the flag (by its long name). */
function usageMessage(error: unknown, args: string[], options: Options): string {
  const message = error instanceof Error ? error.message : String(error);
  const ambiguous = /^Option '([^']+)' argument is ambiguous/.exec(message)?.[1];
  if (ambiguous !== undefined) {
    const given = args[args.indexOf(ambiguous) + 1] ?? '';
    const flag = `--${valueFlag(ambiguous, options) ?? ambiguous.replace(/^-+/, '')}`;
    return `${flag} needs a value, got the option ${JSON.stringify(given)}; write ${flag}=VALUE for a value that starts with a dash`;
  }
  const missing = /^Option '(?:-[^-], )?(--[^ ']+)(?: <value>)?' argument missing/.exec(message)?.[1];
  if (missing !== undefined) return `${missing} needs a value`;
  // Not parseArgs' advice to put the flag after `--` (a flag is never meant as a positional).
  const unknown = /^Unknown option '(.*?)'(?:\.|$)/m.exec(message)?.[1];
  if (unknown !== undefined) return `unknown option ${unknown}${nearestFlag(unknown, options)}`;
  return message.replace(/\. To specify a positional argument.*$/s, '').split('\n')[0] ?? message;
}

// A known long flag one or two edits from a mistyped one (`--cuont`, `--recrod`), as a hint.
function nearestFlag(given: string, options: Options): string {
  const name = given.replace(/^-+/, '');
  if (name.length < 3) return '';
  let best: { flag: string; distance: number } | undefined;
  for (const known of Object.keys(options)) {
    const distance = editDistance(name, known);
    if (distance <= 2 && (best === undefined || distance < best.distance)) best = { flag: known, distance };
  }
  return best === undefined ? '' : `; did you mean --${best.flag}?`;
}

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

// A UsageError for a flag given twice (unless it is `multiple`) or a value flag given an empty
// value: parseArgs keeps the last of repeated values and passes `''` on, so
// `--port 9000 --port 9001` or `--host "$UNSET"` would run with a value the caller did not mean.
function checkFlagUse(tokens: readonly Token[], options: Options): void {
  const misuse = misuseOf(tokens, options);
  if (misuse !== undefined) throw new UsageError(misuse);
}

const SECRET_FLAG = /secret|token|password/;

function misuseOf(tokens: readonly Token[], options: Options): string | undefined {
  const seen = new Map<string, string>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const { name, value } = token;
    const flag = `--${name}`;
    if (value === '') return `${flag} needs a value, got an empty one`;
    if (options[name]?.multiple) continue;
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      // Both values say which one was meant, except a secret's, which never goes to a log.
      const shown = value !== undefined && !SECRET_FLAG.test(name);
      const values = shown ? ` (${earlier} and ${JSON.stringify(value)})` : '';
      return `${flag} is given more than once${values}; give it once`;
    }
    seen.set(name, JSON.stringify(value ?? ''));
  }
  return undefined;
}

/**
 * `node:util` parseArgs in strict mode, with its errors turned into one-line {@link UsageError}s;
 * a flag that is not repeatable given twice, and an empty value, are usage errors too.
 *
 * @example
 * const { values } = parseCommandArgs(['--seed', '3'], { seed: { type: 'string' } });
 */
export function parseCommandArgs<const T extends Options>(args: string[], options: T) {
  return parseChecked({ args, options, allowPositionals: false });
}

/**
 * {@link parseCommandArgs} for a command that also takes positional arguments (scorecard's
 * NAME=URL targets).
 *
 * @example
 * const { positionals } = parseArgsWithPositionals(['a=http://127.0.0.1:9000'], { seed: { type: 'string' } });
 */
export function parseArgsWithPositionals<const T extends Options>(args: string[], options: T) {
  return parseChecked({ args, options, allowPositionals: true });
}

function parseChecked<const T extends Options, const P extends boolean>(config: {
  args: string[];
  options: T;
  allowPositionals: P;
}) {
  const { args, options, allowPositionals } = config;
  let parsed: ReturnType<typeof parseArgs<{ options: T; strict: true; allowPositionals: P; tokens: true }>>;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(args, options),
      options,
      strict: true,
      allowPositionals,
      tokens: true,
    });
  } catch (error) {
    throw new UsageError(usageMessage(error, args, options));
  }
  checkFlagUse(parsed.tokens, options);
  return parsed;
}

/**
 * Opens `file` for appending (creating it, never truncating) and closes it again, so that a path
 * that is a directory or in a missing or read-only folder is a usage error before a run, not a
 * lost report after it. A file it had to create is removed again: none is left by a run that
 * never starts.
 *
 * @example
 * checkOutputFile('--output', 'contract.xml');
 */
export function checkOutputFile(flag: string, file: string): void {
  const existed = existsSync(file);
  try {
    closeSync(openSync(file, 'a'));
    if (!existed) unlinkSync(file);
  } catch (error) {
    throw new UsageError(`${flag} ${file}: ${error instanceof Error ? error.message : String(error)}`);
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
