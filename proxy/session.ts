/**
 * A proxy session: exchanges go to the checking side (checker.ts, in this thread or in the check
 * worker) and their outcomes come back to a tally kept here, which writes the report and the
 * summary, so the report never waits on the worker once the stop's drain limit is reached: what
 * is left then is counted as not checked (ADR 046).
 */
import type { ContractReport } from '../contracts/types.ts';
import { createChecker, type Outcome } from './checker.ts';
import type { Finding } from './checks/finding.ts';
import { type DrainLimit, drained } from './drain-limit.ts';
import type { ForwarderStats } from './forwarder.ts';
import type { RecorderStats } from './recorder.ts';
import { proxySummary } from './summary.ts';
import { createTally, reportOf, type Tally } from './tally.ts';
import type { TappedExchange } from './tap/connection-tap.ts';

/** Options of {@link createSession}: plain data, so they can cross to a worker thread. */
export interface SessionOptions {
  upstream: string;
  /** Cassette file to write, if any. */
  record?: string | undefined;
  /**
   * The cassette's descriptor, opened by the forwarding thread, which closes it once the check
   * worker has exited: the worker writes it synchronously (recorder.ts). Set by the worker session.
   */
  recordFd?: number | undefined;
  /** How far `createdTime` may be from the time the answer arrived (default 5 minutes). */
  clockToleranceMs?: number | undefined;
  /** Exchanges with findings kept in full for the report (default 500). */
  maxKept?: number | undefined;
  /** Exchanges waiting for their checks before new ones are only counted (default 10,000). */
  maxQueued?: number | undefined;
  /** For tests: queue exchanges but check none, as a check worker starved of CPU would. */
  holdChecks?: boolean | undefined;
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
  /** Exchanges taken and not checked yet. */
  readonly pending: number;
  /** Resolves once every exchange taken was checked. */
  flush(): Promise<void>;
  /**
   * Checks what is queued (until `limit` is reached, if given), closes the cassette and returns
   * the result; exchanges still unchecked when the limit is reached are counted as not checked.
   */
  finish(context: ResultContext, limit?: DrainLimit): Promise<SessionResult>;
}

/**
 * Adds one outcome to the tally.
 *
 * @example
 * const checker = createChecker(options, events, (outcome) => tallyOutcome(tally, outcome));
 */
export function tallyOutcome(tally: Tally, outcome: Outcome): void {
  if ('skipped' in outcome) tally.skip(outcome.skipped);
  else tally.add(outcome);
}

/** What {@link sessionResult} needs besides the tally. */
export interface ResultParts {
  upstream: string;
  context: ResultContext;
  recorder: RecorderStats | undefined;
  /** The cassette, when it was not closed in time at the stop. */
  cutCassette?: string | undefined;
  /** Exchanges taken but never checked, and why. */
  left?: { count: number; reason: string } | undefined;
}

/**
 * The result of a session: report, summary and counts. Exchanges left unchecked at the stop are
 * counted with the other skipped ones ("not fully checked"; not-applicable in the report), never
 * as passed, and add no finding: the exit status speaks only for what was checked.
 *
 * @example
 * return sessionResult(tally, { upstream, context, recorder: await checker.close() });
 */
export function sessionResult(tally: Tally, parts: ResultParts): SessionResult {
  const { context, recorder, upstream, left } = parts;
  if (left && left.count > 0) {
    // Not "nor recorded" when the cassette was cut short: it may hold some of them (summary.ts).
    const what = recorder ? 'neither checked nor recorded' : 'not checked';
    tally.skip(`${what}, so not passed either: ${left.reason}`, left.count);
  }
  if (context.notHandedOn) {
    tally.skip('neither checked nor recorded: the check worker was too far behind', context.notHandedOn);
  }
  const startedAt = new Date(context.startedAt);
  const summaryContext = {
    upstream,
    forwarder: context.forwarder,
    recorder,
    cutCassette: parts.cutCassette,
    opaque: context.opaque,
    notRecorded: (left?.count ?? 0) + (context.notHandedOn ?? 0),
    left: left?.count ?? 0,
  };
  return {
    report: reportOf(tally, { upstream, startedAt, durationMs: Date.now() - startedAt.getTime() }),
    summary: proxySummary(tally, summaryContext),
    exchanges: tally.exchanges,
    findings: tally.findings.reduce((sum, entry) => sum + entry.count, 0),
    recorder,
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
  const tally = createTally();
  let pending = 0;
  const checker = createChecker(options, events, (outcome) => {
    pending -= 1;
    tallyOutcome(tally, outcome);
  });
  const upstream = new URL(options.upstream).origin;
  return {
    handle(exchange, release) {
      pending += 1;
      checker.handle(exchange, release);
    },
    get pending() {
      return pending;
    },
    flush: checker.flush,
    async finish(context, limit) {
      const early = await drained(checker.flush(), limit);
      limit?.cancel();
      checker.stop();
      const left = early === undefined ? undefined : { count: pending, reason: early };
      return sessionResult(tally, { upstream, context, recorder: await checker.close(), left });
    },
  };
}
