/**
 * The checking side of the proxy: a queue drained one exchange per event-loop turn, the client
 * and server checks, the cassette line, then the tally, and at the end the report and summary.
 * It runs in a worker thread (check-worker.ts) so checks never delay forwarding, or inline.
 * Bounded: past `maxQueued` waiting exchanges, new ones are only recorded and counted.
 */

import type { ContractReport } from '../contracts/types.ts';
import { createClientChecks } from './checks/client-checks.ts';
import type { Finding } from './checks/finding.ts';
import { observe } from './checks/observed.ts';
import { checkServer } from './checks/server-checks.ts';
import type { ForwarderStats } from './forwarder.ts';
import { createRecorder, type Recorder, type RecorderStats } from './recorder.ts';
import { proxySummary } from './summary.ts';
import { createTally, reportOf, type Tally } from './tally.ts';
import type { TappedExchange } from './tap/connection-tap.ts';

/** Options of {@link createSession}: plain data, so they can cross to a worker thread. */
export interface SessionOptions {
  upstream: string;
  /** Cassette file to write, if any. */
  record?: string | undefined;
  /** How far `createdTime` may be from the time the answer arrived (default 5 minutes). */
  clockToleranceMs?: number | undefined;
  /** Exchanges with findings kept in full for the report (default 500). */
  maxKept?: number | undefined;
  /** Exchanges waiting for their checks before new ones are only counted (default 10,000). */
  maxQueued?: number | undefined;
}

/** The findings of one exchange, as they happen. */
export interface LiveFindings {
  seq: number;
  method: string;
  target: string;
  /** 0 when no answer came. */
  status: number;
  findings: Finding[];
}

/** What the forwarding side adds to the result. */
export interface ResultContext {
  forwarder: ForwarderStats;
  /** Connections not readable as HTTP/1.1. */
  opaque: number;
  startedAt: string;
  /** Exchanges the forwarding side never handed on (the worker was too far behind). */
  notHandedOn?: number;
}

/** What a finished session produced. */
export interface SessionResult {
  report: ContractReport;
  summary: string;
  exchanges: number;
  findings: number;
  recorder: RecorderStats | undefined;
}

/** Events a session reports while it runs. */
export interface SessionEvents {
  onFindings?: (live: LiveFindings) => void;
  /** A check threw (a toolkit bug); the exchange is counted as not checked. */
  onWarning?: (message: string) => void;
}

/** A running session. */
export interface Session {
  /** Takes one exchange; `release` frees its bodies once checked and recorded. */
  handle(exchange: TappedExchange, release: () => void): void;
  /** Resolves once every queued exchange was checked. */
  flush(): Promise<void>;
  /** Checks what is queued, closes the cassette, and returns the result. */
  finish(context: ResultContext): Promise<SessionResult>;
}

/** What checking one exchange needs. */
interface Checking {
  upstream: URL;
  checkClient: ReturnType<typeof createClientChecks>;
  tally: Tally;
  clockToleranceMs: number;
  events: SessionEvents;
}

function check(ctx: Checking, exchange: TappedExchange): void {
  const observed = observe(exchange, ctx.upstream);
  let findings: Finding[];
  let unchecked: string | undefined;
  try {
    const client = ctx.checkClient(observed);
    findings = [...client.findings, ...checkServer(observed, { clockToleranceMs: ctx.clockToleranceMs })];
    const noAnswer = exchange.response
      ? undefined
      : `no answer (${exchange.aborted ?? 'the connection ended'})`;
    unchecked = client.unchecked ?? noAnswer;
  } catch (error) {
    ctx.events.onWarning?.(`a check failed: ${error instanceof Error ? error.stack : String(error)}`);
    ctx.tally.skip('a check failed inside the proxy (see stderr)');
    return;
  }
  ctx.tally.add(observed, findings, unchecked);
  if (findings.length === 0 || !ctx.events.onFindings) return;
  const { head } = exchange.request;
  const status = exchange.response?.head.status ?? 0;
  ctx.events.onFindings({ seq: exchange.seq, method: head.method, target: head.target, status, findings });
}

/** A FIFO processed one item per event-loop turn (so I/O always gets its turn in between). */
interface TurnQueue<T> {
  push(item: T): void;
  readonly length: number;
  /** Resolves once the queue is empty. */
  flush(): Promise<void>;
}

function createTurnQueue<T>(process: (item: T) => void): TurnQueue<T> {
  const items: T[] = [];
  let draining = false;
  let idle: (() => void)[] = [];
  const drain = (): void => {
    if (items.length === 0) {
      draining = false;
      for (const resolve of idle) resolve();
      idle = [];
      return;
    }
    process(items.shift() as T);
    setImmediate(drain);
  };
  return {
    push(item) {
      items.push(item);
      if (draining) return;
      draining = true;
      setImmediate(drain);
    },
    get length() {
      return items.length;
    },
    flush: () => (draining ? new Promise<void>((resolve) => idle.push(resolve)) : Promise.resolve()),
  };
}

function resultOf(ctx: Checking, context: ResultContext, recorder: Recorder | undefined): SessionResult {
  const { tally, upstream } = ctx;
  if (context.notHandedOn) {
    tally.skip('neither checked nor recorded: the check worker was too far behind', context.notHandedOn);
  }
  const startedAt = new Date(context.startedAt);
  const summaryContext = {
    upstream: upstream.origin,
    forwarder: context.forwarder,
    recorder: recorder?.stats,
    opaque: context.opaque,
  };
  return {
    report: reportOf(tally, {
      upstream: upstream.origin,
      startedAt,
      durationMs: Date.now() - startedAt.getTime(),
    }),
    summary: proxySummary(tally, summaryContext),
    exchanges: tally.exchanges,
    findings: tally.findings.reduce((sum, entry) => sum + entry.count, 0),
    recorder: recorder?.stats,
  };
}

/**
 * Creates a session that checks in the calling thread.
 *
 * @example
 * const session = createSession({ upstream: 'http://127.0.0.1:9000' }, {});
 * const forwarder = await startForwarder({ ..., onExchange: session.handle });
 */
export function createSession(options: SessionOptions, events: SessionEvents): Session {
  const ctx: Checking = {
    upstream: new URL(options.upstream),
    checkClient: createClientChecks(),
    tally: createTally(options.maxKept ?? 500),
    clockToleranceMs: options.clockToleranceMs ?? 5 * 60_000,
    events,
  };
  const recorder = options.record ? createRecorder({ file: options.record }) : undefined;
  const maxQueued = options.maxQueued ?? 10_000;
  const queue = createTurnQueue<[TappedExchange, () => void]>(([exchange, release]) => {
    try {
      recorder?.record(exchange);
      check(ctx, exchange);
    } finally {
      release();
    }
  });
  return {
    handle(exchange, release) {
      if (queue.length < maxQueued) return queue.push([exchange, release]);
      recorder?.record(exchange);
      release();
      ctx.tally.skip(`more than ${maxQueued} exchanges waiting for their checks`);
    },
    flush: queue.flush,
    async finish(context) {
      await queue.flush();
      await recorder?.close();
      return resultOf(ctx, context, recorder);
    },
  };
}
