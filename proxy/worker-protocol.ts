/**
 * The messages between the proxy's forwarding thread and its check worker (check-worker.ts).
 * Exchanges cross by structured clone (their bodies are copied), so the forwarding thread
 * releases a body's budget only when the worker says it is done with it.
 */
import type { LiveFindings, ResultContext, SessionOptions, SessionResult } from './session.ts';
import type { TappedExchange } from './tap/connection-tap.ts';

/** Forwarding thread → worker. */
export type ToWorker =
  | { type: 'exchange'; exchange: TappedExchange }
  | { type: 'flush'; id: number }
  | { type: 'finish'; id: number; context: ResultContext };

/** Worker → forwarding thread. */
export type FromWorker =
  /** The worker is done with these exchanges (their bodies can be released). */
  | { type: 'done'; seqs: number[] }
  | { type: 'findings'; live: LiveFindings }
  | { type: 'warning'; message: string }
  | { type: 'flushed'; id: number }
  | { type: 'finished'; id: number; result: SessionResult };

/** What the worker is started with (`workerData`). */
export interface WorkerSetup {
  options: SessionOptions;
  /** Whether the forwarding thread wants live findings. */
  live: boolean;
}
