/**
 * `startReplay`: a recorded cassette served over HTTP (`fc3-testkit replay`), through the same
 * node:http adapter as `serve` with a {@link cassetteEmulator} behind it (ADR 024).
 */
import { readTextAtMost } from '../mocks/bounded-file.ts';
import { type Cassette, parseCassette } from '../mocks/cassette/cassette.ts';
import { type CassetteEmulator, cassetteEmulator } from '../mocks/cassette/cassette-emulator.ts';
import { Fc3TestkitError } from '../mocks/core/errors.ts';
import { checkOptionKeys } from '../mocks/core/option-keys.ts';
import { type LogLevel, startServer } from '../mocks/server.ts';

/**
 * The largest cassette file {@link readCassette} reads: it reads the file whole, and a cassette
 * of a recorded run is a few MB (bodies over the proxy's 16 MiB `--body-limit` are kept as their
 * size and hash). Far larger ones are refused before they are read, not parsed into gigabytes.
 *
 * @example
 * MAX_CASSETTE_BYTES / 1024 / 1024; // 256
 */
export const MAX_CASSETTE_BYTES = 256 * 1024 * 1024;

const CASSETTE_BOUND = {
  maxBytes: MAX_CASSETTE_BYTES,
  limit: `a cassette may be (${MAX_CASSETTE_BYTES} bytes, 256 MiB); record shorter runs, one cassette each`,
};

/**
 * Reads and parses a cassette file; a missing, malformed or larger than
 * {@link MAX_CASSETTE_BYTES} file throws {@link Fc3TestkitError} naming it (and the bad line).
 *
 * @example
 * const cassette = readCassette('test/cassettes/deploy.ndjson');
 */
export function readCassette(file: string): Cassette {
  let text: string;
  try {
    text = readTextAtMost(file, CASSETTE_BOUND);
  } catch (error) {
    throw new Fc3TestkitError(
      `cannot read cassette ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    return parseCassette(text);
  } catch (error) {
    throw new Fc3TestkitError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Options of {@link startReplay}: a cassette (or its file) and where to listen.
 *
 * @example
 * const options: ReplayOptions = { file: 'run.ndjson', port: 0 };
 */
export interface ReplayOptions {
  file?: string;
  cassette?: Cassette;
  /** Default 0 (a free port). */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** Default `silent`; `info` logs one line per request to stderr. */
  log?: LogLevel;
}

const REPLAY_OPTION_KEYS = Object.keys({
  file: true,
  cassette: true,
  port: true,
  host: true,
  log: true,
} satisfies Record<keyof ReplayOptions, true>);

/** A listening replay server. */
export interface RunningReplay {
  url: string;
  port: number;
  emulator: CassetteEmulator;
  /** Stops after in-flight requests; resolves with the requests nothing matched. */
  close(): Promise<ReturnType<CassetteEmulator['unmatched']>>;
}

/**
 * Serves a cassette on loopback: recorded answers for matching requests, `PathNotSupported` for
 * the rest (listed by `close()` and `emulator.unmatched()`).
 *
 * @example
 * const replay = await startReplay({ file: 'run.ndjson' });
 * // point the client at replay.url, then:
 * const unmatched = await replay.close();
 */
export async function startReplay(options: ReplayOptions): Promise<RunningReplay> {
  checkOptionKeys({
    adapter: 'startReplay',
    options: options ?? null,
    known: REPLAY_OPTION_KEYS,
    example: "{ file: 'run.ndjson' }",
  });
  const cassette = options.cassette ?? (options.file ? readCassette(options.file) : undefined);
  if (!cassette) throw new Fc3TestkitError('startReplay needs a cassette or a file');
  const emulator = cassetteEmulator(cassette);
  // The control API resets and rewires live emulators; a replay has nothing to rewire.
  const server = await startServer({
    emulator,
    control: false,
    port: options.port ?? 0,
    host: options.host ?? '127.0.0.1',
    log: options.log ?? 'silent',
  });
  return {
    url: server.url,
    port: server.port,
    emulator,
    close: async () => {
      await server.close();
      return emulator.unmatched();
    },
  };
}
