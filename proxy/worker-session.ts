/**
 * A {@link Session} whose checks run in a worker thread (check-worker.ts): the forwarding thread
 * only posts each finished exchange, frees its bodies when the worker is done with it, and
 * tallies the outcomes the worker posts back, so that a stop can write the report without
 * waiting for a worker starved of CPU (ADR 044).
 */
import { getPriority, setPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DrainLimit } from './drain-limit.ts';
import { drained } from './drain-limit.ts';
import type { RecorderStats } from './recorder.ts';
import {
  type Session,
  type SessionEvents,
  type SessionOptions,
  sessionResult,
  tallyOutcome,
} from './session.ts';
import { createTally } from './tally.ts';
import type { TappedExchange } from './tap/connection-tap.ts';
import type { FromWorker, ToWorker, WorkerSetup } from './worker-protocol.ts';

// Source runs as .ts (Node type stripping, vitest), the published package as .js.
const WORKER = new URL(
  import.meta.url.endsWith('.ts') ? './check-worker.ts' : './check-worker.js',
  import.meta.url,
);

/**
 * How long the worker gets at least, once checking ended, to close the cassette: what is left of
 * the drain limit, and never less than this. Without a cassette it is stopped at once: every
 * outcome it posted has arrived when checking ended, or else the ones it had not posted yet count
 * as not checked.
 */
const CASSETTE_GRACE_MS = 1000;

/** How long to wait for the worker's `stopped`: undefined for as long as it takes. */
function graceOf(recording: boolean, limit: DrainLimit | undefined): number | undefined {
  if (!recording) return 0;
  const remaining = limit?.remainingMs();
  return remaining === undefined ? undefined : Math.max(CASSETTE_GRACE_MS, remaining);
}

/** The body buffers the capture made for this exchange alone: moved to the worker, not copied. */
function transferable(exchange: TappedExchange): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const body of [exchange.request.body, exchange.response?.body]) {
    const bytes = body?.bytes;
    if (
      bytes &&
      bytes.byteOffset === 0 &&
      bytes.byteLength === bytes.buffer.byteLength &&
      bytes.byteLength > 0
    ) {
      buffers.add(bytes.buffer as ArrayBuffer);
    }
  }
  return [...buffers];
}

/**
 * Once the traffic has stopped the worker has nothing to yield to: it gets this thread's
 * priority back. Lowering a nice value needs CAP_SYS_NICE (or RLIMIT_NICE), so without it the
 * worker drains at nice 19.
 */
function raisePriority(tid: number | undefined): void {
  if (tid === undefined) return;
  try {
    setPriority(tid, getPriority());
  } catch {
    // not allowed: the drain limit still bounds the stop
  }
}

/** Resolves with the first of: `stopped`, `graceMs` passing (if given), the stop being cut short. */
function withinGrace<T>(
  stopped: Promise<T>,
  graceMs: number | undefined,
  limit: DrainLimit | undefined,
): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const waits: Promise<T | undefined>[] = [stopped];
  if (graceMs !== undefined) {
    waits.push(new Promise((resolve) => (timer = setTimeout(() => resolve(undefined), graceMs))));
  }
  if (limit) waits.push(limit.cut.then(() => undefined));
  return Promise.race(waits).finally(() => clearTimeout(timer));
}

/**
 * Starts the check worker and returns the session that talks to it. `finish()` stops the worker.
 *
 * @example
 * const session = createWorkerSession({ upstream: 'http://127.0.0.1:9000' }, { onWarning: console.error });
 */
export function createWorkerSession(options: SessionOptions, events: SessionEvents): Session {
  const setup: WorkerSetup = { options, live: events.onFindings !== undefined };
  const worker = new Worker(WORKER, { workerData: setup });
  const tally = createTally();
  const releases = new Map<number, () => void>();
  let idle: (() => void)[] = [];
  let onStopped: (recorder: RecorderStats | undefined) => void = () => undefined;
  const stopped = new Promise<RecorderStats | undefined>((resolve) => {
    onStopped = resolve;
  });
  let tid: number | undefined;
  let stopping = false;
  let notHandedOn = 0;
  let failed = false;
  let exited = false;
  const maxInFlight = options.maxQueued ?? 10_000;
  const settle = (): void => {
    if (releases.size > 0 && !exited) return;
    for (const resolve of idle) resolve();
    idle = [];
  };
  worker.on('message', (message: FromWorker) => {
    if (message.type === 'done') {
      for (const outcome of message.outcomes) {
        releases.get(outcome.seq)?.();
        releases.delete(outcome.seq);
        tallyOutcome(tally, outcome);
      }
      settle();
    } else if (message.type === 'findings') events.onFindings?.(message.live);
    else if (message.type === 'warning') events.onWarning?.(message.message);
    else if (message.type === 'thread') {
      tid = message.tid;
      if (stopping) raisePriority(tid);
    } else onStopped(message.recorder);
  });
  worker.on('error', (error) => {
    failed = true;
    events.onWarning?.(`the check worker failed: ${error.stack ?? error.message}`);
  });
  // A worker that died answers nothing more: whoever waits stops waiting instead of hanging.
  worker.on('exit', () => {
    exited = true;
    onStopped(undefined);
    settle();
  });
  const flush = (): Promise<void> =>
    new Promise((resolve) => {
      idle.push(resolve);
      settle();
    });
  const upstream = new URL(options.upstream).origin;
  return {
    handle(exchange, release) {
      // The worker runs at the lowest priority: under a flood its queue is bounded here.
      if (releases.size >= maxInFlight || exited) {
        release();
        notHandedOn += 1;
        return;
      }
      releases.set(exchange.seq, release);
      worker.postMessage({ type: 'exchange', exchange } satisfies ToWorker, transferable(exchange));
    },
    get pending() {
      return releases.size;
    },
    flush,
    async finish(context, limit) {
      stopping = true;
      raisePriority(tid);
      const early = await drained(flush(), limit);
      limit?.cancel();
      worker.postMessage({ type: 'stop' } satisfies ToWorker);
      const recorder = await withinGrace(stopped, graceOf(Boolean(options.record), limit), limit);
      // Not awaited: the result does not depend on it, and a worker at nice 19 beside busy
      // processes can take a while to end (the process exits once it has).
      worker.unref();
      void worker.terminate();
      const reason =
        early ??
        (failed ? 'the check worker failed (see the warning above)' : 'the check worker stopped early');
      const left = { count: releases.size, reason };
      for (const release of releases.values()) release();
      releases.clear();
      const result = sessionResult(tally, {
        upstream,
        context: { ...context, notHandedOn },
        recorder,
        cutCassette: recorder ? undefined : options.record,
        left,
      });
      // Counted as a finding so that the exit status says something went wrong.
      return failed ? { ...result, findings: result.findings + 1 } : result;
    },
  };
}
