/**
 * `fc3-testkit replay FILE`: serves a cassette recorded by `fc3-testkit proxy --record`
 * (proxy/replay.ts, ADR 024).
 */
import { isLogLevel, LOG_LEVELS } from '../../mocks/server/log.ts';
import { startReplay } from '../../proxy/replay.ts';
import {
  type CliIo,
  type Command,
  parseArgsWithPositionals,
  parseIntegerFlag,
  UsageError,
} from '../command.ts';
import { waitForStopSignal } from '../signals.ts';

const usage = `Usage: fc3-testkit replay FILE [options]

Serve a cassette recorded by 'fc3-testkit proxy --record FILE', offline. A request gets the
recorded answer of the first unused exchange with the same method, path, query and body (after
redaction; JSON bodies compare as JSON, bodies recorded as size + SHA-256 by hash); once those
are used up, the last one answers again. Any other request gets FC's 400 PathNotSupported
envelope and is reported. Headers are not compared (signatures, dates and nonces change).
When ready it prints exactly one line to stdout: listening on http://HOST:PORT
SIGINT/SIGTERM stop it after in-flight requests; unmatched requests are then listed on stderr.

Options:
  -p, --port N          port (default 9000; 0 picks a free port)
      --host H          interface to bind (default 127.0.0.1)
      --log-level L     ${LOG_LEVELS.join('|')} (default error; info: one line per request)
  -h, --help            show this help

The cassette is read whole: a file over 256 MiB is refused (a recorded run is a few MB).

Exit status: 0 every request matched a recorded exchange, 1 some did not, 2 usage error
(bad option, unreadable, malformed or too large cassette, port in use).
`;

const OPTIONS = {
  port: { type: 'string', short: 'p' },
  host: { type: 'string' },
  'log-level': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const SHAPE = 'fc3-testkit replay FILE [options]';

// One cassette FILE, before or after the options.
function parseOptions(args: string[]): { file: string | undefined; values: ReplayValues } {
  const { positionals, values } = parseArgsWithPositionals(args, OPTIONS);
  const [file, stray] = positionals;
  if (stray !== undefined)
    throw new UsageError(`unexpected argument '${stray}': one cassette FILE: ${SHAPE}`);
  if (file === '') throw new UsageError(`a cassette FILE is required, got an empty one: ${SHAPE}`);
  return { file, values };
}

type ReplayValues = ReturnType<typeof parseArgsWithPositionals<typeof OPTIONS>>['values'];

async function run(args: string[], io: CliIo): Promise<number> {
  const { file, values } = parseOptions(args);
  if (values.help) {
    io.stdout.write(usage);
    return 0;
  }
  if (file === undefined) throw new UsageError(`a cassette FILE is required: ${SHAPE}`);
  const level = values['log-level'] ?? 'error';
  if (!isLogLevel(level))
    throw new UsageError(`--log-level must be one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(level)}`);
  const port = parseIntegerFlag({ flag: '--port', value: values.port, min: 0, max: 65535, fallback: 9000 });
  const stopped = waitForStopSignal();
  const replay = await startReplay({ file, port, host: values.host ?? '127.0.0.1', log: level });
  io.stdout.write(`listening on ${replay.url}\n`);
  await stopped;
  const unmatched = await replay.close();
  const served = replay.emulator.calls().at(-1)?.seq ?? 0;
  io.stderr.write(`fc3-testkit replay: ${served} request(s) answered, ${unmatched.length} unmatched\n`);
  for (const entry of unmatched)
    io.stderr.write(`  unmatched: ${entry.method} ${entry.target} (${entry.reason})\n`);
  return unmatched.length === 0 ? 0 : 1;
}

/**
 * The `replay` command.
 *
 * @example
 * await replayCommand.run(['run.ndjson', '--port', '0'], io);
 */
export const replayCommand: Command = { name: 'replay', usage, run };
