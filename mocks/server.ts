/**
 * `fc3-testkit/server`: the emulator behind a real node:http listener, for tests in any language.
 * A thin adapter: bytes in, `emulator.dispatch`, bytes out. Behaviour lives in `mocks/core`.
 */
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerOptions as ServerOptionsOfNode,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulator, dispatchNow } from './core/emulator.ts';
import { Fc3TestkitError } from './core/errors.ts';
import type { Emulator, EmulatorOptions, WireRequest, WireResponse } from './core/types.ts';
import { withNodeCodecs } from './node-codecs.ts';
import { answerClientError } from './server/client-error.ts';
import { CONTROL_PREFIX, handleControl } from './server/control.ts';
import { controlHostNames } from './server/control-trust.ts';
import { answerUnexpected, fcErrorAnswer, fcInternalError } from './server/internal-error.ts';
import { createLogger, type LogLevel, type LogSink, type ServerLogger } from './server/log.ts';
import { discardRest, type ReadBody, readBody, wireHeadersFrom } from './server/wire.ts';

export { CONTROL_PREFIX } from './server/control.ts';
export type { LogLevel, LogSink } from './server/log.ts';

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
  /** Default `silent`. `info` writes one line per request to stderr (batched). */
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

interface ServerContext {
  emulator: Emulator;
  control: boolean;
  controlHosts: ReadonlySet<string>;
  log: ServerLogger;
  startedAt: number;
  /** `host:port` used when a request has no Host header (HTTP/1.0). */
  authority: string;
  closing: boolean;
}

const ignore = (): void => {};

function errorCode(response: WireResponse): string {
  // Error bodies start with `{"Code":"…"` (see mocks/core/emulator.ts); avoids a JSON.parse per log line.
  const { body } = response;
  if (response.status < 400 || typeof body !== 'string' || !body.startsWith('{"Code":"')) return '';
  return ` ${body.slice(9, body.indexOf('"', 9))}`;
}

function logRequest(
  context: ServerContext,
  req: IncomingMessage,
  response: WireResponse,
  started: number,
): void {
  const ms = (performance.now() - started).toFixed(1);
  context.log.info(`${req.method} ${req.url} ${response.status}${errorCode(response)} ${ms}ms`);
}

function send(context: ServerContext, res: ServerResponse, response: WireResponse, truncated: boolean): void {
  if (res.destroyed) return;
  // A flat [name, value, …] list skips Node's header-object bookkeeping. An explicit length
  // avoids chunked answers; `connection: close` makes Node end the socket after this answer
  // (oversized body, shutdown).
  const headers: (string | number)[] = [];
  for (const name in response.headers) headers.push(name, response.headers[name] as string);
  // A 204 has no body and, per RFC 9110, no Content-Length either.
  if (response.status !== 204) headers.push('content-length', Buffer.byteLength(response.body));
  if (truncated || context.closing) headers.push('connection', 'close');
  res.writeHead(response.status, headers);
  if (!truncated) {
    res.end(response.body);
    return;
  }
  // The whole answer goes out now; the socket closes once the client stopped sending (bounded).
  res.write(response.body);
  discardRest(res.req, { done: () => res.destroyed || res.end() });
}

const isThenable = (value: unknown): value is PromiseLike<WireResponse> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';

// Dispatches one request and writes the answer; whatever a foreign emulator does (throw, reject,
// answer something that is not a WireResponse) ends in FC's 500 envelope, never in a crash.
function dispatchAndSend(
  context: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  wire: WireRequest,
  started: number,
): void {
  const close = wire.truncated === true;
  const fail = (error: unknown): void => {
    context.log.error(`${req.method} ${req.url} failed inside the emulator: ${String(error)}`);
    if (res.headersSent) res.destroy();
    else send(context, res, fcInternalError(error), close);
  };
  const answer = (response: WireResponse): void => {
    try {
      send(context, res, response, close);
    } catch (error) {
      fail(error);
      return;
    }
    if (context.log.requests) logRequest(context, req, response, started);
  };
  let response: WireResponse | PromiseLike<WireResponse>;
  try {
    response = dispatchNow(context.emulator, wire);
  } catch (error) {
    fail(error);
    return;
  }
  // Any realm's promise or thenable is awaited; our own emulators answer synchronously.
  if (isThenable(response)) Promise.resolve(response).then(answer, fail);
  else answer(response);
}

function onRequest(context: ServerContext, req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/';
  // Node's own check (`requireHostHeader`, switched off in `timeouts`) answers an empty 400.
  if (req.httpVersion === '1.1' && req.headers.host === undefined) {
    const answer = fcErrorAnswer(
      400,
      'InvalidArgument',
      'the request has no Host header, which HTTP/1.1 requires',
    );
    res.writeHead(400, {
      ...answer.headers,
      'content-length': Buffer.byteLength(answer.body),
      connection: 'close',
    });
    res.end(answer.body);
    return;
  }
  if (context.control && path.startsWith(CONTROL_PREFIX)) {
    handleControl(context, req, res);
    return;
  }
  const started = context.log.requests ? performance.now() : 0;
  const headers = wireHeadersFrom(req.rawHeaders);
  req.on('error', ignore);
  const done = (read: ReadBody): void => {
    const wire: WireRequest = {
      method: req.method ?? 'GET',
      url: `http://${headers.host ?? context.authority}${path}`,
      headers,
      body: read.body,
    };
    if (read.truncated) wire.truncated = true;
    dispatchAndSend(context, req, res, wire, started);
  };
  readBody(req, { maxBytes: context.emulator.maxBodyBytes, declared: headers['content-length'], done });
}

// Whatever escapes a handler ends in a 500 in the envelope of the path it hit, never in a crash.
function guardedRequest(context: ServerContext, req: IncomingMessage, res: ServerResponse): void {
  try {
    onRequest(context, req, res);
  } catch (error) {
    const control = context.control && (req.url ?? '').startsWith(CONTROL_PREFIX);
    answerUnexpected(error, { req, res, log: context.log, control });
  }
}

function splitOptions(options: ServerOptions): { emulator: Emulator } {
  const { port, host, emulator, control, controlHosts, log, logSink, ...rest } = options;
  const { headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs, shutdownTimeoutMs, ...emulatorOptions } =
    rest;
  if (!emulator) return { emulator: createEmulator(withNodeCodecs(emulatorOptions)) };
  const extra = Object.entries(emulatorOptions).filter(([, value]) => value !== undefined);
  if (extra.length > 0) {
    const names = extra.map(([name]) => name).join(', ');
    throw new Fc3TestkitError(`pass either an emulator or emulator options (${names}), not both`);
  }
  return { emulator };
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      const reason =
        error.code === 'EADDRINUSE'
          ? `port ${port} on ${host} is already in use; choose another with --port (0 picks a free one)`
          : `cannot listen on ${host}:${port}: ${error.message}`;
      reject(new Fc3TestkitError(reason));
    };
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
        resolve();
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
  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  const requestTimeout = options.requestTimeoutMs ?? 120_000;
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
  };
  const server = createServer(timeouts(options), (req, res) => guardedRequest(context, req, res));
  server.on('clientError', answerClientError);
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
