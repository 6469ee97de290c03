/**
 * The checking side of the proxy: a queue drained one exchange per event-loop turn, the client
 * and server checks and the cassette line. It runs in the check worker (check-worker.ts) or, with
 * `inlineChecks`, in the forwarding thread, and hands each exchange's {@link Outcome} to the
 * session, which tallies it (session.ts). Bounded: past `maxQueued` waiting exchanges, new ones
 * are only recorded and counted.
 */
import { redactTarget } from '../mocks/cassette/redact.ts';
import { createClientChecks } from './checks/client-checks.ts';
import type { Finding } from './checks/finding.ts';
import { observe } from './checks/observed.ts';
import { checkServer } from './checks/server-checks.ts';
import { createRecorder, type RecorderStats } from './recorder.ts';
import type { SessionEvents, SessionOptions } from './session.ts';
import { keptResult, type TallyEntry } from './tally.ts';
import type { TappedExchange } from './tap/connection-tap.ts';

/** What became of one exchange: tallied, or skipped with the reason. Plain data. */
export type Outcome = { seq: number } & (TallyEntry | { skipped: string });

/** The checking side of a session. */
export interface Checker {
  /** Takes one exchange; `release` frees its bodies once checked and recorded. */
  handle(exchange: TappedExchange, release: () => void): void;
  /** Resolves once every queued exchange was checked. */
  flush(): Promise<void>;
  /** Drops what is still queued, unchecked and unrecorded, releasing each exchange. */
  stop(): void;
  /** Closes the cassette (after `flush` or `stop`); its counters, if recording. */
  close(): Promise<RecorderStats | undefined>;
}

/** What checking one exchange needs. */
interface Checking {
  upstream: URL;
  checkClient: ReturnType<typeof createClientChecks>;
  clockToleranceMs: number;
  events: SessionEvents;
  /** Exchanges with findings still kept in full. */
  keep: number;
}

function check(ctx: Checking, exchange: TappedExchange): Outcome {
  const { seq } = exchange;
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
    return { seq, skipped: 'a check failed inside the proxy (see stderr)' };
  }
  const keep = findings.length > 0 && ctx.keep > 0;
  if (keep) ctx.keep -= 1;
  const operation = observed.route?.operation.name ?? 'other';
  const outcome = {
    seq,
    operation,
    findings,
    unchecked,
    kept: keep ? keptResult(observed, findings) : undefined,
  };
  if (findings.length === 0 || !ctx.events.onFindings) return outcome;
  const { head } = exchange.request;
  const status = exchange.response?.head.status ?? 0;
  ctx.events.onFindings({ seq, method: head.method, target: redactTarget(head.target), status, findings });
  return outcome;
}

/** A FIFO processed one item per event-loop turn (so I/O always gets its turn in between). */
interface TurnQueue<T> {
  push(item: T): void;
  readonly length: number;
  /** Resolves once the queue is empty. */
  flush(): Promise<void>;
  /** Empties the queue now; the items, unprocessed. */
  clear(): T[];
}

function createTurnQueue<T>(process: (item: T) => void, hold: boolean): TurnQueue<T> {
  const items: T[] = [];
  let draining = false;
  let idle: (() => void)[] = [];
  const settle = (): void => {
    draining = false;
    for (const resolve of idle) resolve();
    idle = [];
  };
  const drain = (): void => {
    if (items.length === 0) {
      settle();
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
      if (!hold) setImmediate(drain);
    },
    get length() {
      return items.length;
    },
    flush: () => (draining ? new Promise<void>((resolve) => idle.push(resolve)) : Promise.resolve()),
    clear() {
      const left = items.splice(0);
      // A drain turn already scheduled finds the queue empty and settles.
      if (hold && draining) settle();
      return left;
    },
  };
}

/**
 * Creates the checking side of a session; `onOutcome` gets each exchange's outcome, in order.
 *
 * @example
 * const checker = createChecker({ upstream: 'http://127.0.0.1:9000' }, {}, (outcome) => tally(outcome));
 */
export function createChecker(
  options: SessionOptions,
  events: SessionEvents,
  onOutcome: (outcome: Outcome) => void,
): Checker {
  const ctx: Checking = {
    upstream: new URL(options.upstream),
    checkClient: createClientChecks(),
    clockToleranceMs: options.clockToleranceMs ?? 5 * 60_000,
    events,
    keep: options.maxKept ?? 500,
  };
  const recorder = options.record
    ? createRecorder({ file: options.record, fd: options.recordFd })
    : undefined;
  const maxQueued = options.maxQueued ?? 10_000;
  const queue = createTurnQueue<[TappedExchange, () => void]>(([exchange, release]) => {
    let outcome: Outcome;
    try {
      recorder?.record(exchange);
      outcome = check(ctx, exchange);
    } finally {
      release();
    }
    onOutcome(outcome);
  }, options.holdChecks === true);
  return {
    handle(exchange, release) {
      if (queue.length < maxQueued) return queue.push([exchange, release]);
      recorder?.record(exchange);
      release();
      onOutcome({ seq: exchange.seq, skipped: `more than ${maxQueued} exchanges waiting for their checks` });
    },
    flush: queue.flush,
    stop() {
      for (const [, release] of queue.clear()) release();
    },
    async close() {
      await recorder?.close();
      return recorder?.stats;
    },
  };
}
