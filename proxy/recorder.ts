/**
 * `--record FILE`: streams cassette lines to disk as exchanges finish. Memory stays bounded:
 * when the disk falls behind by more than `maxBufferedBytes`, lines are dropped and counted
 * instead of queued (traffic is never slowed down for the recording).
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { cassetteLine } from '../mocks/cassette/cassette.ts';
import type { TappedExchange } from './tap/connection-tap.ts';

/** Counters of a recording. */
export interface RecorderStats {
  file: string;
  written: number;
  dropped: number;
  /** The write error that stopped the recording, if any. */
  error: string | undefined;
}

/** A cassette being written. */
export interface Recorder {
  record(exchange: TappedExchange): void;
  readonly stats: RecorderStats;
  /** Flushes and closes the file. */
  close(): Promise<void>;
}

/** Options of {@link createRecorder}. */
export interface RecorderOptions {
  file: string;
  /** Most bytes waiting for the disk before lines are dropped (default 64 MiB). */
  maxBufferedBytes?: number;
}

/**
 * The cassette line of a tapped exchange.
 *
 * @example
 * stream.write(`${tappedLine(exchange)}\n`);
 */
export function tappedLine(exchange: TappedExchange): string {
  const { request, response } = exchange;
  return cassetteLine({
    seq: exchange.seq,
    at: new Date(exchange.startedAt),
    durationMs: exchange.durationMs,
    request: {
      method: request.head.method,
      target: request.head.target,
      headers: request.head.headers,
      body: request.body,
    },
    response: response && {
      status: response.head.status,
      reason: response.head.reason,
      headers: response.head.headers,
      body: response.body,
      complete: response.complete,
    },
  });
}

/**
 * Opens (truncates) `file` and records into it.
 *
 * @example
 * const recorder = createRecorder({ file: 'run.ndjson' });
 * recorder.record(exchange);
 * await recorder.close();
 */
export function createRecorder(options: RecorderOptions): Recorder {
  const maxBuffered = options.maxBufferedBytes ?? 64 * 1024 * 1024;
  const stats: RecorderStats = { file: options.file, written: 0, dropped: 0, error: undefined };
  const stream: WriteStream = createWriteStream(options.file, { flags: 'w' });
  stream.on('error', (error) => {
    stats.error = error.message;
  });
  return {
    record(exchange) {
      if (stats.error !== undefined || stream.writableLength > maxBuffered) {
        stats.dropped += 1;
        return;
      }
      stream.write(`${tappedLine(exchange)}\n`);
      stats.written += 1;
    },
    get stats() {
      return { ...stats };
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (stream.destroyed) {
          resolve();
          return;
        }
        // On 'close' (the descriptor closed), not on 'finish': the check worker is terminated
        // right after this resolves, and a worker terminated while its fs.close is still pending
        // can abort the whole process (seen once in CI: SIGABRT during test/proxy/stop.test.ts).
        stream.once('close', () => resolve());
        stream.once('error', () => resolve());
        stream.end();
      }),
  };
}
