/**
 * The main thread's side of the digest worker (ADR 025): one long-lived worker thread that runs
 * `predigest` on large bodies, one body at a time, in arrival order. A body is moved to the
 * worker and back (transferred, never copied). If the worker dies, the body it held gets an error
 * outcome, the crash is reported, and the next body starts a new worker.
 */
import { Worker } from 'node:worker_threads';
import type { PredigestedBody } from '../core/predigested.ts';
import type { CollectedBody } from './body-blocks.ts';

// Source runs as .ts (Node type stripping, vitest), the published package as .js.
const DIGEST_WORKER = new URL(
  import.meta.url.endsWith('.ts') ? './digest-worker.ts' : './digest-worker.js',
  import.meta.url,
);

/** Main thread → worker. */
export interface DigestJob {
  id: number;
  body: CollectedBody;
  /** The body's SHA-256, hashed on the main thread while it was read. */
  sha256Hex: string;
}

/** Worker → main thread: the body moved back, with its digest or the error that stopped it. */
export type DigestReply = { id: number; body: Uint8Array } & (
  | { ok: true; predigested: PredigestedBody }
  | { ok: false; error: string }
);

/** What a digest came to. `body` is the whole body, as one array, moved back from the worker. */
export type DigestOutcome =
  | { ok: true; body: Uint8Array; predigested: PredigestedBody }
  | { ok: false; error: string };

/** Options of {@link createDigester}. */
export interface DigesterOptions {
  /** Told once per worker that stopped unexpectedly. */
  onCrash: (reason: string) => void;
  /** The worker's module (tests substitute one that misbehaves). */
  workerUrl?: URL;
}

/** One worker thread behind a FIFO queue. */
export interface Digester {
  /** Queues a body (and its SHA-256); its buffers are moved to the worker when its turn comes. */
  digest(body: CollectedBody, sha256Hex: string): Promise<DigestOutcome>;
  /** Starts the worker ahead of the first body (it takes a few tens of ms). */
  warm(): void;
  /** Stops the worker; queued and later bodies get an error outcome. */
  close(): Promise<void>;
}

interface Queued {
  job: DigestJob;
  resolve: (outcome: DigestOutcome) => void;
}

/**
 * Creates the digester; the worker starts on {@link Digester.warm} or the first body.
 *
 * @example
 * const digester = createDigester({ onCrash: (reason) => log.error(reason) });
 * const outcome = await digester.digest(blocks.collected(), sha256Hex);
 */
export function createDigester(options: DigesterOptions): Digester {
  const queue: Queued[] = [];
  let worker: Worker | undefined;
  let current: Queued | undefined;
  let nextId = 0;
  let closed = false;

  const finish = (outcome: DigestOutcome): void => {
    const done = current;
    current = undefined;
    done?.resolve(outcome);
    pump();
  };
  const start = (): Worker => {
    const started = new Worker(options.workerUrl ?? DIGEST_WORKER);
    started.unref();
    let failure = '';
    started.on('message', (reply: DigestReply) => {
      if (reply.id !== current?.job.id) return;
      finish(reply.ok ? reply : { ok: false, error: reply.error });
    });
    started.on('error', (error) => {
      failure = error.stack ?? String(error);
    });
    started.on('exit', (code) => {
      if (worker === started) worker = undefined;
      if (closed) return;
      const reason = `the digest worker stopped (exit code ${code})${failure ? `: ${failure}` : ''}`;
      options.onCrash(reason);
      if (current) finish({ ok: false, error: reason });
    });
    return started;
  };
  const pump = (): void => {
    if (current || closed) return;
    const next = queue.shift();
    if (!next) return;
    current = next;
    worker ??= start();
    try {
      worker.postMessage(next.job, next.job.body.blocks);
    } catch (error) {
      finish({ ok: false, error: `the body could not be handed to the digest worker: ${String(error)}` });
    }
  };
  return {
    digest(body, sha256Hex) {
      if (closed) return Promise.resolve({ ok: false, error: 'the server is closing' });
      nextId += 1;
      const job = { id: nextId, body, sha256Hex };
      return new Promise((resolve) => {
        queue.push({ job, resolve });
        pump();
      });
    },
    warm() {
      if (!closed) worker ??= start();
    },
    async close() {
      closed = true;
      const stopping = worker;
      worker = undefined;
      for (const waiting of queue.splice(0)) waiting.resolve({ ok: false, error: 'the server is closing' });
      current?.resolve({ ok: false, error: 'the server is closing' });
      current = undefined;
      await stopping?.terminate();
    },
  };
}
