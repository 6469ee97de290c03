/**
 * `fc3-testkit serve`: the stateful emulator as a standalone HTTP server.
 */

import { setFlagsFromString } from 'node:v8';
import { readTextAtMost } from '../../mocks/bounded-file.ts';
import { MAX_SEED } from '../../mocks/core/prng.ts';
import { DEFAULT_MAX_BODY_BYTES, scopeProblem } from '../../mocks/core/state.ts';
import { isLogLevel, LOG_LEVELS, type LogLevel } from '../../mocks/server/log.ts';
import { type ServerOptions, startServer } from '../../mocks/server.ts';
import { type CliIo, type Command, parseCommandArgs, parseIntegerFlag, UsageError } from '../command.ts';
import { waitForStopSignal } from '../signals.ts';

const usage = `Usage: fc3-testkit serve [options]

Run the stateful Function Compute 3.0 emulator over HTTP: the function resource
(/2023-03-30/functions) with its versions, aliases and triggers, tags (/2023-03-30/tags-v2),
the resource group, the invocation switch, FC's "none configured" answers for the settings
deploy tools read, the code-upload path (FC 2.0 tempBucketToken and an OSS-compatible PUT
receiver) and GetFunctionCode, whose url (/fc3-testkit/code/...) downloads the package.
When ready it prints exactly one line to stdout: listening on http://HOST:PORT
Request logs go to stderr. SIGINT/SIGTERM stop it after in-flight requests finish (exit 0).

Options:
  -p, --port N                port (default 9000; 0 picks a free port)
      --host H                interface to bind (default 127.0.0.1)
  -s, --seed N                seed for ids and fault sampling (default 1, 0 to 4294967295)
      --account-id ID         default account for hosts that name none (default 1234567890123456)
      --region-id R           default region for hosts that name none (default cn-hangzhou)
      --auth off|verify       verify signatures, ACS3 or ROA v1 (default: verify when
                              credentials are given by flag or file, else off)
      --access-key-id ID      accepted AccessKey id (with --access-key-secret)
      --access-key-secret S   its secret
      --credentials FILE      JSON object {"<AccessKey id>": "<secret>", ...}
      --no-control            disable the /__fc3/ control API (its paths then get PathNotSupported)
      --control-host H        also accept control requests whose Host is H (repeatable): a
                              compose service name, the name a proxy forwards; loopback names
                              and --host are always accepted, web pages (Origin) never
      --log-level L           ${LOG_LEVELS.join('|')} (default info: one line per request;
                              debug adds a line per request with the operation, body size,
                              signing headers, error code and rule id, and one per control call)
      --journal-limit N       journal entries kept for GET /__fc3/calls (default 1000; 0 keeps
                              none: the journal is off and /__fc3/calls lists no call)
      --max-body-bytes N      larger bodies get EntityTooLarge (default ${DEFAULT_MAX_BODY_BYTES}: a
                              100 MiB ZIP in Base64 plus 1 MiB; 0 refuses every non-empty body)
      --preparation-ms N      how long a custom-container function stays Pending (and an
                              update InProgress) on the emulator's clock (default 3000);
                              move the clock with POST /__fc3/clock {"advanceMs": N}
  -h, --help                  show this help

With --auth verify and no flag or file, credentials come from FC3_ACCESS_KEY_ID and
FC3_ACCESS_KEY_SECRET, else ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.
Exit codes: 0 stopped by a signal, 2 usage error (bad option, no credentials, port in use).
`;

const OPTIONS = {
  port: { type: 'string', short: 'p' },
  host: { type: 'string' },
  seed: { type: 'string', short: 's' },
  'account-id': { type: 'string' },
  'region-id': { type: 'string' },
  auth: { type: 'string' },
  'access-key-id': { type: 'string' },
  'access-key-secret': { type: 'string' },
  credentials: { type: 'string' },
  'no-control': { type: 'boolean' },
  'control-host': { type: 'string', multiple: true },
  'log-level': { type: 'string' },
  'journal-limit': { type: 'string' },
  'max-body-bytes': { type: 'string' },
  'preparation-ms': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseCommandArgs<typeof OPTIONS>>['values'];
type Env = Record<string, string | undefined>;

// A few keys: 1 MiB is thousands of pairs (and `--credentials /dev/zero` no longer fills memory).
const CREDENTIALS_BOUND = { maxBytes: 1024 * 1024, limit: 'a credentials file may be (1 MiB)' };

function readCredentialsFile(file: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readTextAtMost(file, CREDENTIALS_BOUND));
  } catch (error) {
    throw new UsageError(`--credentials ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const valid =
    typeof parsed === 'object' &&
    parsed !== null &&
    !Array.isArray(parsed) &&
    Object.values(parsed).every((secret) => typeof secret === 'string' && secret !== '');
  if (!valid)
    throw new UsageError(`--credentials ${file}: expected a JSON object {"<AccessKey id>": "<secret>"}`);
  return { ...(parsed as Record<string, string>) };
}

function pairFrom(id: string | undefined, secret: string | undefined, names: string): Record<string, string> {
  if (id === undefined && secret === undefined) return {};
  if (!id || !secret) throw new UsageError(`${names} must be given together`);
  return { [id]: secret };
}

function envCredentials(env: Env): Record<string, string> {
  const fc3 = pairFrom(
    env.FC3_ACCESS_KEY_ID,
    env.FC3_ACCESS_KEY_SECRET,
    'FC3_ACCESS_KEY_ID and FC3_ACCESS_KEY_SECRET',
  );
  if (Object.keys(fc3).length > 0) return fc3;
  const id = env.ALIBABA_CLOUD_ACCESS_KEY_ID;
  const secret = env.ALIBABA_CLOUD_ACCESS_KEY_SECRET;
  return id && secret ? { [id]: secret } : {};
}

/** Credentials by flag or file; the environment only counts when `--auth verify` asks for it. */
function resolveCredentials(values: Values, env: Env): Record<string, string> | undefined {
  const auth = values.auth;
  if (auth !== undefined && auth !== 'off' && auth !== 'verify') {
    throw new UsageError(`--auth must be off or verify, got ${JSON.stringify(auth)}`);
  }
  const explicit = {
    ...(values.credentials === undefined ? {} : readCredentialsFile(values.credentials)),
    ...pairFrom(
      values['access-key-id'],
      values['access-key-secret'],
      '--access-key-id and --access-key-secret',
    ),
  };
  if (auth === 'off') return undefined;
  // A file with no entry, and no key by flag, would leave serve running with checks off.
  if (values.credentials !== undefined && Object.keys(explicit).length === 0)
    throw new UsageError(
      `--credentials ${values.credentials}: holds no credentials; expected {"<AccessKey id>": "<secret>", ...} (--auth off runs without checks)`,
    );
  const credentials =
    Object.keys(explicit).length > 0 ? explicit : auth === 'verify' ? envCredentials(env) : {};
  if (auth === 'verify' && Object.keys(credentials).length === 0) {
    throw new UsageError(
      '--auth verify needs credentials: --access-key-id/--access-key-secret, --credentials FILE, FC3_ACCESS_KEY_ID/FC3_ACCESS_KEY_SECRET or ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET',
    );
  }
  return Object.keys(credentials).length > 0 ? credentials : undefined;
}

function parseLogLevel(value: string | undefined): LogLevel {
  const level = value ?? 'info';
  if (!isLogLevel(level))
    throw new UsageError(`--log-level must be one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(level)}`);
  return level;
}

// Checked here too, so that the message names the flag and not the option of startServer.
function scopeFlag(values: Values, flag: 'account-id' | 'region-id'): string | undefined {
  const value = values[flag];
  const problem =
    value === undefined ? undefined : scopeProblem(flag === 'account-id' ? 'accountId' : 'regionId', value);
  if (problem !== undefined) throw new UsageError(`--${flag} ${problem}`);
  return value;
}

function serverOptions(values: Values, env: Env): ServerOptions {
  const integer = (flag: keyof Values, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined =>
    values[flag] === undefined
      ? undefined
      : parseIntegerFlag({ flag: `--${flag}`, value: values[flag] as string, min, max });
  if (values['no-control'] && values['control-host'])
    throw new UsageError('--control-host names hosts for the control API, which --no-control turns off');
  return {
    port: integer('port', 0, 65535) ?? 9000,
    host: values.host ?? '127.0.0.1',
    seed: integer('seed', 0, MAX_SEED),
    accountId: scopeFlag(values, 'account-id'),
    regionId: scopeFlag(values, 'region-id'),
    credentials: resolveCredentials(values, env),
    control: values['no-control'] !== true,
    controlHosts: values['control-host'] ?? [],
    log: parseLogLevel(values['log-level']),
    journalLimit: integer('journal-limit', 0),
    maxBodyBytes: integer('max-body-bytes', 0),
    preparationMs: integer('preparation-ms', 0),
  };
}

// Under load, the journal and the store make V8 grow its young generation from 8 MB to ~134 MB,
// which never shrinks while requests keep coming. Growth factor 1 keeps it at its initial size:
// same throughput and CPU per request (docs/performance.md), about 100 MB less RSS. Only the
// read-at-growth-time factor can still change once the heap exists (`--max-semi-space-size`
// cannot), and only the CLI process is affected, never a test runner embedding `startServer`.
function keepYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--optimize-for-size');
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

// The control API resets and rewires the emulator without authentication: fine on loopback,
// worth a warning anywhere else.
function warnIfExposed(options: ServerOptions, io: CliIo): void {
  if (!options.control || LOOPBACK.test(options.host ?? '127.0.0.1')) return;
  io.stderr.write(
    `fc3-testkit serve: warning: listening on ${options.host} with the unauthenticated /__fc3/ control API (it refuses web pages, not hosts on this network); add --no-control unless this network is trusted\n`,
  );
}

/**
 * The `serve` subcommand: starts the emulator server and runs until SIGINT or SIGTERM.
 *
 * @example
 * await serveCommand.run(['--port', '0', '--log-level', 'silent'], { stdout: process.stdout, stderr: process.stderr });
 */
export const serveCommand: Command = {
  name: 'serve',
  usage,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values } = parseCommandArgs(args, OPTIONS);
    if (values.help) {
      io.stdout.write(usage);
      return 0;
    }
    const options = serverOptions(values, process.env);
    // Listen for signals before starting, so one that arrives during start-up still stops cleanly.
    const stopped = waitForStopSignal();
    keepYoungGenerationSmall();
    const server = await startServer(options);
    warnIfExposed(options, io);
    io.stdout.write(`listening on ${server.url}\n`);
    const signal = await stopped;
    if (options.log !== 'silent') io.stderr.write(`fc3-testkit serve: ${signal} received, shutting down\n`);
    await server.close();
    return 0;
  },
};
