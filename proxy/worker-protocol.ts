/**
 * The messages between the proxy's forwarding thread and its check worker (check-worker.ts).
 * Exchanges cross by structured clone (their bodies are copied), so the forwarding thread
 * releases a body's budget only when the worker says it is done with it.
 */
import type { Outcome } from './checker.ts';
import type { RecorderStats } from './recorder.ts';
import type { LiveFindings, SessionOptions } from './session.ts';
import type { TappedExchange } from './tap/connection-tap.ts';

/** Forwarding thread → worker. */
export type ToWorker =
  | { type: 'exchange'; exchange: TappedExchange }
  /** The stop: check nothing more (what is queued stays unchecked), close the cassette, answer `stopped`. */
  | { type: 'stop' };

/** Worker → forwarding thread. */
export type FromWorker =
  /** The worker's own thread id, for its priority (ADR 046). */
  | { type: 'thread'; tid: number }
  /** What became of these exchanges (their bodies can be released). */
  | { type: 'done'; outcomes: Outcome[] }
  | { type: 'findings'; live: LiveFindings }
  | { type: 'warning'; message: string }
  | { type: 'stopped'; recorder: RecorderStats | undefined };

/** What the worker is started with (`workerData`). */
export interface WorkerSetup {
  options: SessionOptions;
  /** Whether the forwarding thread wants live findings. */
  live: boolean;
}
