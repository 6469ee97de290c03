/**
 * The main thread's side of the digest worker (ADR 028): one long-lived worker thread to which a
 * large body is streamed while it arrives (Node's chunk buffers are moved, not copied) and which
 * answers with the body, joined, and the core's `predigest` of it. The worker digests one body at
 * a time, in the order they ended. If it dies, every body it held gets an error outcome, the crash
 * is reported, and the next body starts a new worker.
 */
// A namespace, not named imports: `isMarkedAsUntransferable` is Node 21+, and a named import of
// it fails when the module graph links, before node-check.ts can say which Node is needed.
import * as workerThreads from 'node:worker_threads';
import type { PredigestedBody } from '../core/predigested.ts';

// Source runs as .ts (Node type stripping, vitest), the published package as .js.
const DIGEST_WORKER = new URL(
  import.meta.url.endsWith('.ts') ? './digest-worker.ts' : './digest-worker.js',
  import.meta.url,
);

/** Chunks are handed over in batches of about this many bytes (one message each). */
const BATCH_BYTES = 1024 * 1024;

/** Main thread → worker, per body: begin, chunks (any number), then end or drop. */
export type ToDigestWorker =
  | { type: 'begin'; id: number; declared: number | undefined; upload: boolean }
  | { type: 'chunks'; id: number; chunks: ArrayBuffer[] }
  | { type: 'end'; id: number }
  | { type: 'drop'; id: number };

/** Worker → main thread: the body moved back, with its digest or the error that stopped it. */
export type DigestReply = { id: number; body: Uint8Array } & (
  | { ok: true; predigested: PredigestedBody }
  | { ok: false; error: string }
);

/** What a digest came to. `body` is the whole body, as one array, moved back from the worker. */
export type DigestOutcome =
  | { ok: true; body: Uint8Array; predigested: PredigestedBody }
  | { ok: false; error: string };

/** One body on its way to the worker. */
export interface DigestStream {
  /** Hands a chunk over; its buffer is moved when it is the chunk's alone (Node's body chunks are). */
  append(chunk: Uint8Array): void;
  /** The body is complete: resolves once the worker digested it. */
  end(): Promise<DigestOutcome>;
  /** Forget the body (the client went away, or it grew past the limit). */
  drop(): void;
}

/** Options of {@link createDigester}. */
export interface DigesterOptions {
  /** Told once per worker that stopped unexpectedly. */
  onCrash: (reason: string) => void;
  /** The worker's module (tests substitute one that misbehaves). */
  workerUrl?: URL;
}

/** What the worker is told of a body before its first byte. */
export interface BodyStart {
  /** The declared length (undefined: not declared, chunked). */
  declared: number | undefined;
  /** An upload to the OSS receiver (`isUploadRequest`): measured, not parsed. */
  upload: boolean;
}

/** One worker thread, started on demand. */
export interface Digester {
  /** Starts streaming a body to the worker. */
  begin(start: BodyStart): DigestStream;
  /** Stops the worker; open and later bodies get an error outcome. */
  close(): Promise<void>;
}

interface Open {
  /** Set when the body can no longer be digested (the worker died, the server closed). */
  failed?: string;
  resolve?: (outcome: DigestOutcome) => void;
}

interface Running {
  thread: workerThreads.Worker;
  open: Map<number, Open>;
  alive: boolean;
}

function fail(entry: Open, error: string): void {
  entry.failed ??= error;
  entry.resolve?.({ ok: false, error: entry.failed });
  entry.resolve = undefined;
}

/** The chunk's buffer when it can be moved as it is, else a copy that can. */
function movable(chunk: Uint8Array): ArrayBuffer {
  const { buffer } = chunk;
  const whole = chunk.byteOffset === 0 && chunk.byteLength === buffer.byteLength;
  if (whole && buffer instanceof ArrayBuffer && !workerThreads.isMarkedAsUntransferable(buffer))
    return buffer;
  return new Uint8Array(chunk).buffer as ArrayBuffer;
}

function startWorker(options: DigesterOptions, isClosed: () => boolean): Running {
  const thread = new workerThreads.Worker(options.workerUrl ?? DIGEST_WORKER);
  thread.unref();
  const running: Running = { thread, open: new Map(), alive: true };
  let failure = '';
  thread.on('message', (reply: DigestReply) => {
    const entry = running.open.get(reply.id);
    running.open.delete(reply.id);
    entry?.resolve?.(reply.ok ? reply : { ok: false, error: reply.error });
  });
  thread.on('error', (error) => {
    failure = error.stack ?? String(error);
  });
  thread.on('exit', (code) => {
    running.alive = false;
    const reason = isClosed()
      ? 'the server is closing'
      : `the digest worker stopped (exit code ${code})${failure ? `: ${failure}` : ''}`;
    if (!isClosed()) options.onCrash(reason);
    for (const entry of running.open.values()) fail(entry, reason);
    running.open.clear();
  });
  return running;
}

interface StreamOptions {
  /** The worker (none when the server is closing). */
  running: Running | undefined;
  id: number;
  start: BodyStart;
  entry: Open;
}

/** One body's stream on a worker; its `begin` is posted like every other message. */
function openStream({ running, id, start, entry }: StreamOptions): DigestStream {
  running?.open.set(id, entry);
  const post = (message: ToDigestWorker, transfer: ArrayBuffer[] = []): void => {
    if (entry.failed || !running) return;
    try {
      running.thread.postMessage(message, transfer);
    } catch (error) {
      fail(entry, `the body could not be handed to the digest worker: ${String(error)}`);
    }
  };
  post({ type: 'begin', id, ...start });
  let batch: ArrayBuffer[] = [];
  let batchBytes = 0;
  const flush = (): void => {
    if (batch.length > 0) post({ type: 'chunks', id, chunks: batch }, batch);
    batch = [];
    batchBytes = 0;
  };
  return {
    append(chunk) {
      if (entry.failed) return;
      batch.push(movable(chunk));
      batchBytes += chunk.byteLength;
      if (batchBytes >= BATCH_BYTES) flush();
    },
    end() {
      flush();
      return new Promise((resolve) => {
        entry.resolve = resolve;
        if (entry.failed) fail(entry, entry.failed);
        else post({ type: 'end', id });
      });
    },
    drop() {
      batch = [];
      post({ type: 'drop', id });
      running?.open.delete(id);
    },
  };
}

/**
 * Creates the digester; the worker starts with the first body.
 *
 * @example
 * const digester = createDigester({ onCrash: (reason) => log.error(reason) });
 * const stream = digester.begin({ declared: 140_000_000, upload: false });
 * req.on('data', (chunk) => stream.append(chunk));
 * req.on('end', async () => console.log(await stream.end()));
 */
export function createDigester(options: DigesterOptions): Digester {
  let worker: Running | undefined;
  let nextId = 0;
  let closed = false;
  const current = (): Running => {
    if (!worker?.alive) worker = startWorker(options, () => closed);
    return worker;
  };
  return {
    begin(start) {
      nextId += 1;
      const entry: Open = closed ? { failed: 'the server is closing' } : {};
      return openStream({ running: closed ? undefined : current(), id: nextId, start, entry });
    },
    async close() {
      closed = true;
      const stopping = worker;
      worker = undefined;
      if (!stopping) return;
      for (const entry of stopping.open.values()) fail(entry, 'the server is closing');
      stopping.open.clear();
      await stopping.thread.terminate();
    },
  };
}
