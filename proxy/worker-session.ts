/**
 * A {@link Session} whose checks run in a worker thread (check-worker.ts): the forwarding thread
 * only posts each finished exchange and frees its bodies when the worker is done with them.
 */
import { Worker } from 'node:worker_threads';
import type { Session, SessionEvents, SessionOptions, SessionResult } from './session.ts';
import type { TappedExchange } from './tap/connection-tap.ts';
import type { FromWorker, ToWorker, WorkerSetup } from './worker-protocol.ts';

// Source runs as .ts (Node type stripping, vitest), the published package as .js.
const WORKER = new URL(
  import.meta.url.endsWith('.ts') ? './check-worker.ts' : './check-worker.js',
  import.meta.url,
);

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

function lostResult(upstream: string): SessionResult {
  const summary =
    'fc3-testkit proxy: the check worker stopped early; no findings are available (see the warning above)\n';
  return {
    report: {
      target: `fc3-testkit proxy → ${upstream}`,
      baseUrl: upstream,
      startedAt: new Date().toISOString(),
      durationMs: 0,
      seed: 0,
      runId: 'proxy-lost',
      documentedOnly: false,
      results: [],
      totals: { passed: 0, failed: 0, notApplicable: 0, total: 0 },
    },
    summary,
    exchanges: 0,
    // Counted as a finding so that the exit status says something went wrong.
    findings: 1,
    recorder: undefined,
  };
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
  const releases = new Map<number, () => void>();
  const waiting = new Map<number, (value: unknown) => void>();
  let nextId = 0;
  let notHandedOn = 0;
  const maxInFlight = options.maxQueued ?? 10_000;
  worker.on('message', (message: FromWorker) => {
    if (message.type === 'done') {
      for (const seq of message.seqs) {
        releases.get(seq)?.();
        releases.delete(seq);
      }
    } else if (message.type === 'findings') events.onFindings?.(message.live);
    else if (message.type === 'warning') events.onWarning?.(message.message);
    else if (message.type === 'flushed') waiting.get(message.id)?.(undefined);
    else waiting.get(message.id)?.(message.result);
  });
  worker.on('error', (error) =>
    events.onWarning?.(`the check worker failed: ${error.stack ?? error.message}`),
  );
  // A worker that died answers nothing more: whoever waits gets `undefined` instead of hanging.
  worker.on('exit', () => {
    for (const resolve of [...waiting.values()]) resolve(undefined);
  });
  const ask = <T>(message: ToWorker & { id: number }): Promise<T> =>
    new Promise((resolve) => {
      waiting.set(message.id, (value) => {
        waiting.delete(message.id);
        resolve(value as T);
      });
      worker.postMessage(message);
    });
  return {
    handle(exchange, release) {
      // The worker runs at the lowest priority: under a flood its queue is bounded here.
      if (releases.size >= maxInFlight) {
        release();
        notHandedOn += 1;
        return;
      }
      releases.set(exchange.seq, release);
      worker.postMessage({ type: 'exchange', exchange } satisfies ToWorker, transferable(exchange));
    },
    flush: () => ask<void>({ type: 'flush', id: ++nextId }),
    async finish(context) {
      const result = await ask<SessionResult | undefined>({
        type: 'finish',
        id: ++nextId,
        context: { ...context, notHandedOn },
      });
      for (const release of releases.values()) release();
      releases.clear();
      await worker.terminate();
      return result ?? lostResult(options.upstream);
    },
  };
}
