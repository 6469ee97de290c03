/**
 * A {@link Session} whose checks run in a worker thread (check-worker.ts): the forwarding thread
 * only posts each finished exchange, frees its bodies when the worker is done with it, and
 * tallies the outcomes the worker posts back, so that a stop can write the report without
 * waiting for a worker starved of CPU (ADR 046).
 */
import { closeSync, openSync } from 'node:fs';
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
import { createTally, type Tally } from './tally.ts';
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

/** The check worker and what the forwarding thread knows of it. */
interface Link {
  worker: Worker;
  tally: Tally;
  /** Exchanges handed on, by seq, until their outcome comes back. */
  releases: Map<number, () => void>;
  /** Resolves with the cassette's counters once the worker answers `stop` (or exits). */
  stopped: Promise<RecorderStats | undefined>;
  tid: number | undefined;
  stopping: boolean;
  failed: boolean;
  exited: boolean;
  /** Resolves every `flush()` waiting, once nothing is pending (or the worker exited). */
  settle(): void;
}

/** Closes `fd`, ignoring a failure: the lines were written synchronously, their errors counted. */
function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // nothing left to do with the descriptor
  }
}

function connect(options: SessionOptions, events: SessionEvents, flushed: () => void): Link {
  // The cassette is opened (truncated) here and closed here once the worker has exited; the
  // worker writes it synchronously, so it never has an fs request pending when it is terminated.
  const recordFd = options.record ? openSync(options.record, 'w') : undefined;
  const setup: WorkerSetup = { options: { ...options, recordFd }, live: events.onFindings !== undefined };
  let onStopped: (recorder: RecorderStats | undefined) => void = () => undefined;
  let worker: Worker;
  try {
    worker = new Worker(WORKER, { workerData: setup });
  } catch (error) {
    if (recordFd !== undefined) closeQuietly(recordFd);
    throw error;
  }
  const link: Link = {
    worker,
    tally: createTally(),
    releases: new Map(),
    stopped: new Promise((resolve) => {
      onStopped = resolve;
    }),
    tid: undefined,
    stopping: false,
    failed: false,
    exited: false,
    settle: () => {
      if (link.releases.size === 0 || link.exited) flushed();
    },
  };
  link.worker.on('message', (message: FromWorker) => {
    if (message.type === 'done') {
      for (const outcome of message.outcomes) {
        link.releases.get(outcome.seq)?.();
        link.releases.delete(outcome.seq);
        tallyOutcome(link.tally, outcome);
      }
      link.settle();
    } else if (message.type === 'findings') events.onFindings?.(message.live);
    else if (message.type === 'warning') events.onWarning?.(message.message);
    else if (message.type === 'thread') {
      link.tid = message.tid;
      if (link.stopping) raisePriority(link.tid);
    } else onStopped(message.recorder);
  });
  link.worker.on('error', (error) => {
    link.failed = true;
    events.onWarning?.(`the check worker failed: ${error.stack ?? error.message}`);
  });
  // A worker that died answers nothing more: whoever waits stops waiting instead of hanging.
  link.worker.on('exit', () => {
    link.exited = true;
    // A close that fails (a network disk reporting a late error) must not stop the session's end.
    if (recordFd !== undefined) closeQuietly(recordFd);
    onStopped(undefined);
    link.settle();
  });
  return link;
}

/**
 * Ends the worker once checking ended: asks it to stop (dropping its queue and closing the
 * cassette), waits for its answer only as long as {@link graceOf} says, and lets it go.
 */
async function stopWorker(
  link: Link,
  recording: boolean,
  limit: DrainLimit | undefined,
): Promise<RecorderStats | undefined> {
  link.worker.postMessage({ type: 'stop' } satisfies ToWorker);
  const recorder = await withinGrace(link.stopped, graceOf(recording, limit), limit);
  // Not awaited: the result does not depend on it, and a worker at nice 19 beside busy processes
  // can take a while to end (the process exits once it has).
  link.worker.unref();
  void link.worker.terminate();
  return recorder;
}

/**
 * Starts the check worker and returns the session that talks to it. `finish()` stops the worker.
 *
 * @example
 * const session = createWorkerSession({ upstream: 'http://127.0.0.1:9000' }, { onWarning: console.error });
 */
export function createWorkerSession(options: SessionOptions, events: SessionEvents): Session {
  let idle: (() => void)[] = [];
  const link = connect(options, events, () => {
    for (const resolve of idle) resolve();
    idle = [];
  });
  const { releases, worker } = link;
  let notHandedOn = 0;
  const maxInFlight = options.maxQueued ?? 10_000;
  const flush = (): Promise<void> =>
    new Promise((resolve) => {
      idle.push(resolve);
      link.settle();
    });
  return {
    handle(exchange, release) {
      // The worker runs at the lowest priority: under a flood its queue is bounded here.
      if (releases.size >= maxInFlight || link.exited) {
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
      link.stopping = true;
      raisePriority(link.tid);
      const early = await drained(flush(), limit);
      limit?.cancel();
      const recorder = await stopWorker(link, Boolean(options.record), limit);
      const failure = link.failed ? 'the check worker failed (see the warning above)' : undefined;
      const left = { count: releases.size, reason: early ?? failure ?? 'the check worker stopped early' };
      for (const release of releases.values()) release();
      releases.clear();
      const result = sessionResult(link.tally, {
        upstream: new URL(options.upstream).origin,
        context: { ...context, notHandedOn },
        recorder,
        cutCassette: recorder ? undefined : options.record,
        left,
      });
      // Counted as a finding so that the exit status says something went wrong.
      return link.failed ? { ...result, findings: result.findings + 1 } : result;
    },
  };
}
