/**
 * `--record FILE`: writes cassette lines to disk as exchanges finish, in one of two ways.
 * - In the check worker, to a descriptor the forwarding thread opened and closes (`fd`), with
 *   synchronous writes: no fs request is ever pending in the worker, so terminating it (a stop
 *   cut short, or right after the cassette is closed) cannot abort the process, as terminating a
 *   worker with fs requests in flight can (nodejs/node#38418, #43499). The worker runs at the
 *   lowest priority, so a slow disk slows only the checks; the forwarding thread's own bound on
 *   exchanges in flight still keeps memory bounded (ADR 051).
 * - In the forwarding thread (`inlineChecks`), streamed: when the disk falls behind by more than
 *   `maxBufferedBytes`, lines are dropped and counted instead of queued (traffic is never slowed
 *   down for the recording).
 */
import { createWriteStream, ftruncateSync, type WriteStream, writeSync } from 'node:fs';
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
  /**
   * An open descriptor of `file` to write with synchronous writes instead of a stream; its owner
   * closes it, `close()` does not.
   */
  fd?: number | undefined;
  /** Streamed only: most bytes waiting for the disk before lines are dropped (default 64 MiB). */
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
  if (options.fd !== undefined) return descriptorRecorder(options.file, options.fd);
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
        // On 'close' (the descriptor closed), not on 'finish': the file is whole and released.
        stream.once('close', () => resolve());
        stream.once('error', () => resolve());
        stream.end();
      }),
  };
}

/** Writes all of `bytes` at the descriptor's position (a write may take only part of them). */
function writeAll(fd: number, bytes: Buffer): void {
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset);
}

/** Records into `fd` with synchronous writes: nothing is ever pending (see the file's comment). */
function descriptorRecorder(file: string, fd: number): Recorder {
  const stats: RecorderStats = { file, written: 0, dropped: 0, error: undefined };
  /** Bytes of the lines written whole. */
  let whole = 0;
  return {
    record(exchange) {
      if (stats.error !== undefined) {
        stats.dropped += 1;
        return;
      }
      const line = Buffer.from(`${tappedLine(exchange)}\n`);
      try {
        writeAll(fd, line);
        stats.written += 1;
        whole += line.length;
      } catch (error) {
        stats.error = error instanceof Error ? error.message : String(error);
        stats.dropped += 1;
        // A line cut by the failing write would make the whole cassette unreadable: cut it off.
        try {
          ftruncateSync(fd, whole);
        } catch {
          // the cassette then ends with the cut line; its summary line says the writing failed
        }
      }
    },
    get stats() {
      return { ...stats };
    },
    close: () => Promise.resolve(),
  };
}
