/**
 * `fc3-testkit`: argument dispatch only; each subcommand lives in `cli/commands/`. The bin
 * (`cli/main.ts`) checks the Node version, then calls {@link main}.
 */
import { Fc3TestkitError } from '../mocks/core/errors.ts';
import { packageVersion } from '../mocks/package-root.ts';
import { type CliIo, type CommandEntry, UsageError } from './command.ts';
import { commands } from './commands/index.ts';

function generalUsage(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const list = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n');
  return `Usage: fc3-testkit <command> [options]

Contract tests, a stateful emulator, drop-in mocks and a validating proxy for Alibaba Cloud
Function Compute 3.0 (API 2023-03-30): the function resource and its lifecycle, versions and
aliases, triggers, tags, the function settings deploy tools read, the code-upload path (FC 2.0
tempBucketToken, OSS) and the code download (GetFunctionCode).

Commands:
${list}

Options:
  -h, --help     show this help
  -v, --version  print the version of fc3-testkit and exit

Run 'fc3-testkit <command> --help' (or 'fc3-testkit help <command>') for the options of a command;
help takes nothing but a command name. An option given twice (unless its help says it repeats)
or with an empty value is a usage error (exit 2), not a run with one of the values.
`;
}

function commandEntry(name: string): CommandEntry {
  const entry = commands.find((candidate) => candidate.name === name);
  if (entry) return entry;
  const kind = name.startsWith('-') ? 'option' : 'command';
  throw new UsageError(`unknown ${kind} ${JSON.stringify(name)}`);
}

// `help` takes one command name (`help -h` is help about help). Anything else is named as the
// misuse, never run: `help -v` printing the version would read as "help has no -v".
function helpTopic(rest: string[]): string {
  const [topic = ''] = rest;
  const names = commands.map((command) => command.name).join(', ');
  const version = topic === '-v' || topic === '--version' ? "; the version is 'fc3-testkit --version'" : '';
  if (topic.startsWith('-'))
    throw new UsageError(
      `help takes a command name (${names}), got the option ${JSON.stringify(topic)}${version}`,
    );
  if (!commands.some((command) => command.name === topic))
    throw new UsageError(`help: unknown command ${JSON.stringify(topic)}; commands: ${names}`);
  if (rest.length > 1)
    throw new UsageError(`help takes one command name, got ${JSON.stringify(rest.join(' '))}`);
  return topic;
}

// `-v` only as the first argument: no subcommand has a `-v` of its own (Prism's `-v` level is
// reached as `fc3-testkit prism -- -v debug`, after the `--`).
async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v') {
    if (rest.length > 0)
      throw new UsageError(`${name} takes nothing after it, got ${JSON.stringify(rest.join(' '))}`);
    io.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  if (name === 'help' && rest[0] !== undefined && rest[0] !== '--help' && rest[0] !== '-h')
    return dispatch([helpTopic(rest), '--help'], io);
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(generalUsage());
    return 0;
  }
  if (name === undefined) {
    io.stderr.write(generalUsage());
    return 2;
  }
  const command = await commandEntry(name).load();
  try {
    return await command.run(rest, io);
  } catch (error) {
    // Fc3TestkitError from the library here means the options asked for something impossible.
    if (error instanceof UsageError || error instanceof Fc3TestkitError) {
      throw new UsageError(`${name}: ${withFlag(error, command.usage)}`, { cause: name });
    }
    throw error;
  }
}

// The library's port-in-use lines name no flag (listen-error.ts, startPrism's three automatic
// ports); a command that has one says it.
function withFlag(error: Error & { code?: unknown }, usage: string): string {
  if (error.code !== 'EADDRINUSE' || !usage.includes('--port')) return error.message;
  return error.message.replace(/; choose (another|one) /, '; choose $1 with --port ');
}

/**
 * Runs the CLI with arguments (without `node` and the script) and resolves to the exit code:
 * 0 success, 1 failure, 2 usage error (message on stderr, no stack trace).
 *
 * @example
 * process.exitCode = await main(['fixtures', '--count', '3'], { stdout: process.stdout, stderr: process.stderr });
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const command = typeof error.cause === 'string' ? `${error.cause} ` : '';
      io.stderr.write(`fc3-testkit: ${error.message}\nRun 'fc3-testkit ${command}--help' for usage.\n`);
      return 2;
    }
    io.stderr.write(`fc3-testkit: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
