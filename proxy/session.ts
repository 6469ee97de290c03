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
import { createRecorder, type RecorderStats } from './recorder.ts';
import { proxySummary } from './summary.ts';
import { createTally, reportOf } from './tally.ts';
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

/**
 * Creates a session that checks in the calling thread.
 *
 * @example
 * const session = createSession({ upstream: 'http://127.0.0.1:9000' }, {});
 * const forwarder = await startForwarder({ ..., onExchange: session.handle });
 */
export function createSession(options: SessionOptions, events: SessionEvents): Session {
  const upstream = new URL(options.upstream);
  const checkClient = createClientChecks();
  const recorder = options.record ? createRecorder({ file: options.record }) : undefined;
  const tally = createTally(options.maxKept ?? 500);
  const clockToleranceMs = options.clockToleranceMs ?? 5 * 60_000;
  const maxQueued = options.maxQueued ?? 10_000;
  const queue: [TappedExchange, () => void][] = [];
  let draining = false;
  let idle: (() => void)[] = [];
  const check = (exchange: TappedExchange): void => {
    const observed = observe(exchange, upstream);
    let findings: Finding[];
    let unchecked: string | undefined;
    try {
      const client = checkClient(observed);
      findings = [...client.findings, ...checkServer(observed, { clockToleranceMs })];
      unchecked = client.unchecked;
    } catch (error) {
      events.onWarning?.(`a check failed: ${error instanceof Error ? error.stack : String(error)}`);
      tally.skip('a check failed inside the proxy (see stderr)');
      return;
    }
    tally.add(observed, findings, unchecked);
    if (findings.length === 0 || !events.onFindings) return;
    const { head } = exchange.request;
    const status = exchange.response?.head.status ?? 0;
    events.onFindings({ seq: exchange.seq, method: head.method, target: head.target, status, findings });
  };
  const drain = (): void => {
    const next = queue.shift();
    if (!next) {
      draining = false;
      for (const resolve of idle) resolve();
      idle = [];
      return;
    }
    const [exchange, release] = next;
    try {
      recorder?.record(exchange);
      check(exchange);
    } finally {
      release();
    }
    setImmediate(drain);
  };
  const flush = () => (draining ? new Promise<void>((resolve) => idle.push(resolve)) : Promise.resolve());
  return {
    handle(exchange, release) {
      if (queue.length >= maxQueued) {
        recorder?.record(exchange);
        release();
        tally.skip(`more than ${maxQueued} exchanges waiting for their checks`);
        return;
      }
      queue.push([exchange, release]);
      if (!draining) {
        draining = true;
        setImmediate(drain);
      }
    },
    flush,
    async finish(context) {
      await flush();
      await recorder?.close();
      if (context.notHandedOn) {
        tally.skip('neither checked nor recorded: the check worker was too far behind', context.notHandedOn);
      }
      const durationMs = Date.now() - Date.parse(context.startedAt);
      const summaryContext = {
        upstream: upstream.origin,
        forwarder: context.forwarder,
        recorder: recorder?.stats,
        opaque: context.opaque,
      };
      return {
        report: reportOf(tally, {
          upstream: upstream.origin,
          startedAt: new Date(context.startedAt),
          durationMs,
        }),
        summary: proxySummary(tally, summaryContext),
        exchanges: tally.exchanges,
        findings: tally.findings.reduce((sum, entry) => sum + entry.count, 0),
        recorder: recorder?.stats,
      };
    },
  };
}
