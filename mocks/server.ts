/**
 * `fc3-testkit/server`: the emulator behind a real node:http listener, for tests in any language.
 * A thin adapter: bytes in, `emulator.dispatch`, bytes out. Behaviour lives in `mocks/core`.
 */
// First: on an unsupported Node this throws one clear error before anything else loads.
import './node-check.ts';
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerOptions as ServerOptionsOfNode,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { headersFromRaw, repeatedHostProblem } from './core/auth/wire-headers.ts';
import { createEmulator } from './core/emulator.ts';
import { Fc3TestkitError } from './core/errors.ts';
import { shownValue } from './core/operations/operation.ts';
import { checkOptionKeys } from './core/option-keys.ts';
import { EMULATOR_OPTION_KEYS } from './core/state.ts';
import type { Emulator, EmulatorOptions, WireRequest } from './core/types.ts';
import { listenError } from './listen-error.ts';
import { withNodeCodecs } from './node-codecs.ts';
import { dispatchAndSend, send } from './server/answer.ts';
import { bodySlots } from './server/body-slots.ts';
import { answerClientError, refuseExpectation } from './server/client-error.ts';
import type { LargeBodies, ServerContext } from './server/context.ts';
import { CONTROL_PREFIX, handleControl } from './server/control.ts';
import { controlHostNames } from './server/control-trust.ts';
import { createDigester } from './server/digester.ts';
import { answerUnexpected, fcErrorAnswer } from './server/internal-error.ts';
import { declaredLength, handleLargeBody, type Incoming } from './server/large-body.ts';
import { createLogger, type LogLevel, type LogSink, type ServerLogger } from './server/log.ts';
import { DEFAULT_DUMP_STALL_TIMEOUT_MS, unsentDumps } from './server/unsent-dumps.ts';
import { type ReadBody, readBody } from './server/wire.ts';

export { CONTROL_PREFIX } from './server/control.ts';
export type { LogLevel, LogSink } from './server/log.ts';

/**
 * Default of {@link ServerOptions.largeBodyBytes}: bodies above 1 MiB go to the digest worker
 * (on the main thread a 1 MiB create costs ~5 ms; a worker round trip ~1 ms).
 */
export const DEFAULT_LARGE_BODY_BYTES = 1024 * 1024;
/** How many large bodies are held (read, digested or answered) at once; later ones wait unread. */
export const LARGE_BODY_SLOTS = 2;

const ignore = (): void => {};
const EMPTY = new Uint8Array(0);

/**
 * Options of {@link startServer}: where to listen, how to log, and either an `emulator` or the
 * options to create one (`seed`, `credentials`, `journalLimit`, `maxBodyBytes`, …).
 *
 * @example
 * const options: ServerOptions = { port: 0, seed: 7, log: 'info' };
 */
export interface ServerOptions extends EmulatorOptions {
  /** TCP port; `0` (the default) picks a free one. The CLI defaults to 9000. */
  port?: number;
  /** Interface to bind; default `127.0.0.1` (loopback only). */
  host?: string;
  /** An existing emulator to serve; do not combine with emulator options. */
  emulator?: Emulator;
  /** Serve the `/__fc3/` control API (default true). */
  control?: boolean;
  /**
   * Host names (or addresses) under which the control API may be addressed besides loopback and
   * `host`, e.g. a compose service name or the name a proxy forwards; see
   * docs/decisions/017-control-api-trust.md.
   */
  controlHosts?: string[];
  /**
   * Default `silent`. `info` writes one line per request to stderr (batched); `debug` adds a line
   * per request (operation, body size, signing headers, error code and rule id) and per control call.
   */
  log?: LogLevel;
  /** Receives log lines instead of stderr. */
  logSink?: LogSink;
  /** Time allowed to receive request headers (default 10 s; enforced within a quarter of it, at most 1 s late). */
  headersTimeoutMs?: number;
  /** Time allowed to receive a whole request, body included (default 120 s). */
  requestTimeoutMs?: number;
  /** How long an idle keep-alive connection is kept (default 65 s, longer than client agents). */
  keepAliveTimeoutMs?: number;
  /** How long `close()` waits for in-flight requests before dropping connections (default 10 s). */
  shutdownTimeoutMs?: number;
  /**
   * How long a connection may go without a piece of its unread `/__fc3/calls` or
   * `/__fc3/functions` answers being written to its socket before it is closed and what they hold
   * goes back to their budget (default 30 s, 0 switches it off). The kernel takes a socket's bytes
   * in large steps, so a reader slower than about 2 MiB per this time may be cut (ADR 045).
   */
  dumpStallTimeoutMs?: number;
  /**
   * Bodies larger than this many bytes are hashed, decoded and parsed in a worker thread, so that
   * a large code package does not hold up other connections; the answer is the same (ADR 028).
   * Default 1 MiB; `Infinity` handles every body on the main thread.
   */
  largeBodyBytes?: number;
}

/**
 * A listening server.
 *
 * @example
 * const { url, close } = await startServer();
 */
export interface RunningServer {
  /** `http://HOST:PORT`, no trailing slash. */
  url: string;
  host: string;
  port: number;
  emulator: Emulator;
  /** Stops accepting, lets in-flight requests finish, then resolves. Idempotent. */
  close(): Promise<void>;
}

/** Characters no host[:port] holds, which would move the path of the URL built from it (Node's parser already refuses control characters). */
const NOT_IN_AUTHORITY = /[/?#@\\\s]/;

function hostProblem(req: IncomingMessage): string | undefined {
  const { host } = req.headers;
  if (host === undefined) {
    return req.httpVersion === '1.1' ? 'the request has no Host header, which HTTP/1.1 requires' : undefined;
  }
  const repeated = repeatedHostProblem(req.rawHeaders);
  if (repeated !== undefined) return repeated;
  return NOT_IN_AUTHORITY.test(host) ? `the Host header ${shownValue(host)} is not a host[:port]` : undefined;
}

// Node's own check (`requireHostHeader`, switched off in `timeouts`) answers an empty 400; a Host
// such as `h/x` would route `/x/…`. Sent as a truncated answer: the connection closes once the
// client stopped sending.
function refusedHost(context: ServerContext, req: IncomingMessage, res: ServerResponse): boolean {
  const message = hostProblem(req);
  if (message === undefined) return false;
  send(context, res, fcErrorAnswer(400, 'InvalidArgument', message), true);
  return true;
}

function onRequest(context: ServerContext, req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/';
  if (refusedHost(context, req, res)) return;
  if (context.control && path.startsWith(CONTROL_PREFIX)) {
    handleControl(context, req, res);
    return;
  }
  const started = context.log.requests ? performance.now() : 0;
  // From rawHeaders: Node's `headers` joins some repeated names with `, ` and drops others.
  const headers = headersFromRaw(req.rawHeaders);
  req.on('error', ignore);
  // An empty Host (RFC 9112 allows it) is a missing one: `http:///…` would read the path as a host.
  const url = `http://${headers.host || context.authority}${path}`;
  const incoming: Incoming = {
    req,
    res,
    wire: { method: req.method ?? 'GET', url, headers, body: EMPTY },
    started,
  };
  const maxBytes = context.emulator.maxBodyBytes;
  const declared = declaredLength(headers['content-length']);
  const { large } = context;
  if (large && declared !== undefined && declared > large.thresholdBytes && declared <= maxBytes) {
    handleLargeBody(context, incoming, []);
    return;
  }
  const done = (read: ReadBody): void => {
    const wire: WireRequest = { ...incoming.wire, body: read.body };
    if (read.truncated) wire.truncated = true;
    dispatchAndSend(context, req, res, wire, started);
  };
  const onLarge = (already: Buffer[]): void => handleLargeBody(context, incoming, already);
  readBody(req, {
    maxBytes,
    declared: headers['content-length'],
    done,
    ...(large && declared === undefined ? { large: { thresholdBytes: large.thresholdBytes, onLarge } } : {}),
  });
}

// Whatever escapes a handler ends in a 500 in the envelope of the path it hit, never in a crash.
// A request pipelined behind a large body still being digested waits for its answer first.
function guardedRequest(context: ServerContext, req: IncomingMessage, res: ServerResponse): void {
  const before = context.busy.get(req.socket);
  if (before) {
    before.then(() => guardedRequest(context, req, res));
    return;
  }
  try {
    onRequest(context, req, res);
  } catch (error) {
    const control = context.control && (req.url ?? '').startsWith(CONTROL_PREFIX);
    answerUnexpected(error, { req, res, log: context.log, control });
  }
}

const TIMEOUT_KEYS = [
  'headersTimeoutMs',
  'requestTimeoutMs',
  'keepAliveTimeoutMs',
  'shutdownTimeoutMs',
  'dumpStallTimeoutMs',
] as const;

/** The options of {@link startServer} itself, next to the emulator's (a type check keeps the list whole). */
const SERVER_OPTION_KEYS = [
  'port',
  'host',
  'emulator',
  'control',
  'controlHosts',
  'log',
  'logSink',
  'headersTimeoutMs',
  'requestTimeoutMs',
  'keepAliveTimeoutMs',
  'shutdownTimeoutMs',
  'dumpStallTimeoutMs',
  'largeBodyBytes',
] as const satisfies readonly Exclude<keyof ServerOptions, keyof EmulatorOptions>[];

// A server option missing from the list above fails the type check here.
const listsEveryOption: [
  Exclude<Exclude<keyof ServerOptions, keyof EmulatorOptions>, (typeof SERVER_OPTION_KEYS)[number]>,
] extends [never]
  ? true
  : never = true;
void listsEveryOption;

// Checked before the emulator options are split off, so that a typo is named as startServer's.
const KNOWN_KEYS: readonly string[] = [...SERVER_OPTION_KEYS, ...EMULATOR_OPTION_KEYS];

function splitOptions(options: ServerOptions): { emulator: Emulator } {
  checkOptionKeys({ adapter: 'startServer', options, known: KNOWN_KEYS });
  const { port, host, emulator, control, controlHosts, log, logSink, ...rest } = options;
  const {
    headersTimeoutMs,
    requestTimeoutMs,
    keepAliveTimeoutMs,
    shutdownTimeoutMs,
    dumpStallTimeoutMs,
    largeBodyBytes,
    ...emulatorOptions
  } = rest;
  if (!emulator) return { emulator: createEmulator(withNodeCodecs(emulatorOptions)) };
  const extra = Object.entries(emulatorOptions).filter(([, value]) => value !== undefined);
  if (extra.length > 0) {
    const names = extra.map(([name]) => name).join(', ');
    throw new Fc3TestkitError(`pass either an emulator or emulator options (${names}), not both`);
  }
  return { emulator };
}

function largeBodies(thresholdBytes: number | undefined, log: ServerLogger): LargeBodies | undefined {
  const threshold = thresholdBytes ?? DEFAULT_LARGE_BODY_BYTES;
  if (typeof threshold !== 'number' || Number.isNaN(threshold) || threshold < 0) {
    throw new Fc3TestkitError(
      `largeBodyBytes must be a number >= 0 or Infinity, got ${String(thresholdBytes)}`,
    );
  }
  if (threshold === Number.POSITIVE_INFINITY) return undefined;
  // The worker is restarted on demand, by the next large body: a crash costs one answer, not the server.
  const onCrash = (reason: string): void => log.error(`${reason}; the next large body starts a new one`);
  return {
    thresholdBytes: threshold,
    slots: bodySlots(LARGE_BODY_SLOTS),
    digester: createDigester({ onCrash }),
  };
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => reject(listenError(error, port, host));
    server.once('error', onError);
    server.listen({ port, host }, () => {
      server.removeListener('error', onError);
      resolve(server.address() as AddressInfo);
    });
  });
}

function closer(server: Server, context: ServerContext, timeoutMs: number): () => Promise<void> {
  let closed: Promise<void> | undefined;
  return () => {
    closed ??= new Promise<void>((resolve) => {
      context.closing = true;
      const force = setTimeout(() => server.closeAllConnections(), timeoutMs);
      force.unref();
      server.close(() => {
        clearTimeout(force);
        context.log.flush();
        // Every answer is out (or its connection dropped): nothing waits for the worker any more.
        const stopped = context.large?.digester.close() ?? Promise.resolve();
        stopped.then(resolve, resolve);
      });
      server.closeIdleConnections();
    });
    return closed;
  };
}

// Node enforces both timeouts only when it sweeps its connections, every
// `connectionsCheckingInterval` (30 s by default), so a 10 s header timeout allowed up to 40 s.
// Sweeping four times per timeout (at most once a second) keeps each within 25 % of its value.
function timeouts(options: ServerOptions): ServerOptionsOfNode {
  for (const name of TIMEOUT_KEYS) {
    const value = options[name];
    if (value !== undefined && !(typeof value === 'number' && Number.isFinite(value) && value >= 0))
      throw new Fc3TestkitError(
        `${name} must be a number of ms >= 0 (0 switches it off), got ${String(value)}`,
      );
  }
  const requestTimeout = options.requestTimeoutMs ?? 120_000;
  // Node refuses a header timeout longer than the request timeout with a RangeError: the default
  // follows a shorter request timeout; two given values that conflict are named.
  const headersTimeout =
    options.headersTimeoutMs ?? (requestTimeout > 0 ? Math.min(10_000, requestTimeout) : 10_000);
  if (requestTimeout > 0 && headersTimeout > requestTimeout)
    throw new Fc3TestkitError(
      `headersTimeoutMs (${headersTimeout}) must not be longer than requestTimeoutMs (${requestTimeout})`,
    );
  // 0 switches a timeout off; with both off, Node's default sweep is as good as any.
  const shortest = Math.min(...[headersTimeout, requestTimeout, 120_000].filter((ms) => ms > 0));
  const connectionsCheckingInterval = Math.max(10, Math.min(1000, Math.floor(shortest / 4)));
  return {
    noDelay: true,
    headersTimeout,
    requestTimeout,
    connectionsCheckingInterval,
    requireHostHeader: false,
  };
}

/**
 * Starts the emulator on a node:http server bound to loopback.
 *
 * @example
 * const server = await startServer({ port: 0, seed: 1 });
 * // point the SDK at server.url.slice('http://'.length) with protocol 'http'
 * await server.close();
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const { emulator } = splitOptions(options);
  const nodeOptions = timeouts(options);
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Fc3TestkitError(`invalid port ${port}`);
  const log = createLogger(options.log ?? 'silent', options.logSink);
  const context: ServerContext = {
    emulator,
    control: options.control ?? true,
    controlHosts: controlHostNames(options.controlHosts ?? [], host),
    log,
    startedAt: Date.now(),
    authority: '',
    closing: false,
    large: largeBodies(options.largeBodyBytes, log),
    busy: new WeakMap(),
    unsentDumps: unsentDumps(options.dumpStallTimeoutMs ?? DEFAULT_DUMP_STALL_TIMEOUT_MS),
  };
  const server = createServer(nodeOptions, (req, res) => guardedRequest(context, req, res));
  server.on('clientError', answerClientError);
  server.on('checkExpectation', (req, res) => refuseExpectation(context, req, res));
  server.keepAliveTimeout = options.keepAliveTimeoutMs ?? 65_000;
  const address = await listen(server, port, host);
  const shownHost = host.includes(':') ? `[${host}]` : host;
  context.authority = `${shownHost}:${address.port}`;
  const url = `http://${context.authority}`;
  return {
    url,
    host,
    port: address.port,
    emulator,
    close: closer(server, context, options.shutdownTimeoutMs ?? 10_000),
  };
}
