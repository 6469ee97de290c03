/**
 * `startProxy`: the validating reverse proxy behind `fc3-testkit proxy` (ADR 020) — a byte-exact
 * forwarder to one upstream, with the client and server checks and the optional cassette on the
 * side. `close()` stops it gracefully and returns the report.
 */
import { closeSync, openSync } from 'node:fs';
import { Fc3TestkitError } from '../mocks/core/errors.ts';
import { MAX_TIMER_MS } from '../mocks/core/faults.ts';
import { checkOptionKeys } from '../mocks/core/option-keys.ts';
import { drainLimit } from './drain-limit.ts';
import { emptyForwarderStats, type ForwarderStats, startForwarder } from './forwarder.ts';
import { createSession, type LiveFindings, type SessionResult } from './session.ts';
import { createCaptureBudget } from './tap/body-capture.ts';
import { createWorkerSession } from './worker-session.ts';

/**
 * Options of {@link startProxy}; only `upstream` is required.
 *
 * @example
 * const options: ProxyOptions = { upstream: 'http://127.0.0.1:9000', port: 0, record: 'run.ndjson' };
 */
export interface ProxyOptions {
  /** `http://host:port` or `https://host[:port]`, no path. */
  upstream: string;
  /** Default 0 (a free port). */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** Write a cassette (NDJSON) to this file. */
  record?: string;
  /** Bodies up to this size are kept for the checks and the cassette; larger ones as size + SHA-256 (default 16 MiB). */
  bodyLimit?: number;
  /** Bytes of bodies held at once across connections (default 8 × `bodyLimit`). */
  captureBudget?: number;
  /** Extra CA certificates (PEM) trusted for an `https:` upstream. */
  upstreamCa?: string | Buffer;
  clockToleranceMs?: number;
  /** Exchanges with findings kept in full for the report (default 500). */
  maxKept?: number;
  /** Exchanges waiting for their checks before new ones are only counted (default 10,000). */
  maxQueued?: number;
  /** Live findings, as they happen. */
  onFindings?: (live: LiveFindings) => void;
  /** Upstream failures, requests not forwarded and checks that threw, one line each. */
  onWarning?: (message: string) => void;
  /** Run the checks in the forwarding thread instead of a worker thread (default false). */
  inlineChecks?: boolean;
  /** How long `close()` waits for open exchanges (default 10 s). */
  shutdownTimeoutMs?: number;
}

/** What a proxy run produced: the report, the exit summary, the counts. */
export interface ProxyResult extends SessionResult {
  forwarder: ForwarderStats;
}

/**
 * Options of {@link RunningProxy.close}: how long the stop may take (ADR 046).
 *
 * @example
 * const result = await proxy.close({ drainMs: 5000, signal: AbortSignal.timeout(8000) });
 */
export interface CloseOptions {
  /**
   * Checks go on at most this long from the call (0: not at all once open exchanges are
   * forwarded); what is left then is counted as not checked. Default: until everything is checked.
   */
  drainMs?: number;
  /** Aborting it stops at once: open exchanges are dropped, checking ends, the result is what is known. */
  signal?: AbortSignal;
}

/** A running proxy. */
export interface RunningProxy {
  url: string;
  host: string;
  port: number;
  upstream: string;
  /** Client connections open now. */
  readonly openConnections: number;
  /** Exchanges finished and not checked yet. */
  readonly uncheckedExchanges: number;
  /** Resolves once every finished exchange was checked. */
  flush(): Promise<void>;
  /**
   * Stops accepting, lets open exchanges finish, checks the rest (within `drainMs`, if given) and
   * closes the cassette. Idempotent: a second call returns the first call's result.
   */
  close(options?: CloseOptions): Promise<ProxyResult>;
}

/**
 * Checks an upstream URL: `http:` or `https:`, a host, no path, query or credentials. Messages
 * name the value as `option` (default `upstream`, as `startProxy` takes it; the CLI says `--upstream`).
 *
 * @example
 * upstreamUrl('http://127.0.0.1:9000').port; // '9000'
 */
export function upstreamUrl(value: unknown, option = 'upstream'): URL {
  const url = typeof value === 'string' && URL.canParse(value) ? new URL(value) : undefined;
  if (!url) {
    throw new Fc3TestkitError(
      `${option} must be a URL such as http://127.0.0.1:9000, got ${JSON.stringify(value)}`,
    );
  }
  const bad =
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.hostname === '' ||
    (url.pathname !== '/' && url.pathname !== '') ||
    url.search !== '' ||
    url.username !== '' ||
    url.password !== '';
  if (bad)
    throw new Fc3TestkitError(
      `${option} must be http(s)://host[:port] without path, query or credentials, got ${JSON.stringify(value)}`,
    );
  return url;
}

const CLOSE_OPTION_KEYS = Object.keys({ drainMs: true, signal: true } satisfies Record<
  keyof CloseOptions,
  true
>);

/** Every key of {@link ProxyOptions} (a type check keeps the list whole). */
const PROXY_OPTION_KEYS = [
  'upstream',
  'port',
  'host',
  'record',
  'bodyLimit',
  'captureBudget',
  'upstreamCa',
  'clockToleranceMs',
  'maxKept',
  'maxQueued',
  'onFindings',
  'onWarning',
  'inlineChecks',
  'shutdownTimeoutMs',
] as const satisfies readonly (keyof ProxyOptions)[];

// An option missing from the list above fails the type check here.
const listsEveryOption: [Exclude<keyof ProxyOptions, (typeof PROXY_OPTION_KEYS)[number]>] extends [never]
  ? true
  : never = true;
void listsEveryOption;

/**
 * Starts a validating proxy in front of `upstream`.
 *
 * @example
 * const proxy = await startProxy({ upstream: 'http://127.0.0.1:9000' });
 * // point the client at proxy.url …
 * const { summary, findings } = await proxy.close();
 */
export async function startProxy(options: ProxyOptions): Promise<RunningProxy> {
  // `null` for none: startProxy has a required option, so no options is not "all defaults".
  checkOptionKeys({
    adapter: 'startProxy',
    options: options ?? null,
    known: PROXY_OPTION_KEYS,
    example: "{ upstream: 'http://127.0.0.1:9000' }",
  });
  const upstream = upstreamUrl(options.upstream);
  const bodyLimit = options.bodyLimit ?? 16 * 1024 * 1024;
  if (options.record) checkWritable(options.record);
  const sessionOptions = {
    upstream: upstream.origin,
    record: options.record,
    clockToleranceMs: options.clockToleranceMs,
    maxKept: options.maxKept,
    maxQueued: options.maxQueued,
  };
  const events = {
    ...(options.onFindings ? { onFindings: options.onFindings } : {}),
    ...(options.onWarning ? { onWarning: options.onWarning } : {}),
  };
  const session = options.inlineChecks
    ? createSession(sessionOptions, events)
    : createWorkerSession(sessionOptions, events);
  let opaque = 0;
  const startedAt = new Date().toISOString();
  const forwarder = await startForwarder({
    upstream,
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 0,
    bodyLimit,
    budget: createCaptureBudget(options.captureBudget ?? 8 * bodyLimit),
    onExchange: session.handle,
    onOpaque: () => {
      opaque += 1;
    },
    onUpstreamError: (message) => options.onWarning?.(`upstream failed: ${message}`),
    onNotForwarded: (message) => options.onWarning?.(`request not forwarded: ${message}`),
    ...(options.upstreamCa ? { upstreamCa: options.upstreamCa } : {}),
    ...(options.shutdownTimeoutMs === undefined ? {} : { shutdownTimeoutMs: options.shutdownTimeoutMs }),
  }).catch(async (error: unknown) => {
    await session.finish({ forwarder: emptyForwarderStats(), opaque: 0, startedAt });
    throw error;
  });
  let closed: Promise<ProxyResult> | undefined;
  return {
    url: forwarder.url,
    host: forwarder.host,
    port: forwarder.port,
    upstream: upstream.origin,
    get openConnections() {
      return forwarder.open;
    },
    get uncheckedExchanges() {
      return session.pending;
    },
    flush: session.flush,
    close(stop = {}) {
      let drainMs: number | undefined;
      try {
        checkOptionKeys({ adapter: 'proxy.close', options: stop, known: CLOSE_OPTION_KEYS });
        drainMs = drainMsOf(stop.drainMs);
      } catch (error) {
        return Promise.reject(error); // close returns a Promise: a misuse rejects it, never throws
      }
      closed ??= (async () => {
        const limit = drainLimit({ drainMs, signal: stop.signal });
        // The limit bounds the whole stop (ADR 047): open exchanges still unanswered when it passes
        // are dropped, as a second signal drops them at once.
        void limit.reached.then(forwarder.destroy);
        await forwarder.close();
        const result = await session.finish({ forwarder: forwarder.stats, opaque, startedAt }, limit);
        return { ...result, forwarder: forwarder.stats };
      })();
      return closed;
    },
  };
}

function drainMsOf(value: unknown): number | undefined {
  const valid = typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_TIMER_MS;
  if (value === undefined || valid) return value;
  throw new Fc3TestkitError(
    `close({ drainMs }) must be an integer from 0 to ${MAX_TIMER_MS}, got ${JSON.stringify(value)}`,
  );
}

/**
 * Fails now, not later, for a cassette path that cannot be written (the check worker writes it);
 * the message names it as `option` (default `record`; the CLI says `--record`).
 *
 * @example
 * checkWritable('run.ndjson');
 */
export function checkWritable(file: string, option = 'record'): void {
  try {
    closeSync(openSync(file, 'w'));
  } catch (error) {
    throw new Fc3TestkitError(`${option} ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
