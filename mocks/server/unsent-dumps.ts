/**
 * The budget of journal and function dumps not yet flushed to their sockets (ADR 045), and the
 * stall watch that keeps a client which stopped reading from holding its share for ever: a
 * connection whose dumps are charged and on which no piece of them could be written for the stall
 * time is closed, and what it held goes back to the budget. The kernel takes a socket's bytes in
 * steps of up to a few MiB, so a client reading slower than that per stall time may be cut too.
 */
import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { MAX_TIMER_MS } from '../core/faults.ts';
import type { ServerLogger } from './log.ts';

/** Default of `dumpStallTimeoutMs`: far beyond a pause in a client that does read. */
export const DEFAULT_DUMP_STALL_TIMEOUT_MS = 30_000;

/**
 * Dumps are written in pieces of this many characters, each once the one before is flushed:
 * Node reports no progress inside one write, so a whole answer written at once would look
 * stalled however steadily a slow client took it.
 */
const PIECE_CHARS = 64 * 1024;

/** A connection with dumps charged: their releases, and the timer restarted by each flushed piece. */
interface Watch {
  releases: Set<() => void>;
  timer: NodeJS.Timeout;
}

/** The budget's state, shared by all connections of one server. */
export interface UnsentDumps {
  /** Bytes of dump answers charged (written, not yet flushed). */
  bytes: number;
  /** How long a connection with dumps charged may flush nothing before it is closed; 0: never. */
  stallTimeoutMs: number;
  watches: WeakMap<Socket, Watch>;
}

/**
 * A fresh budget with nothing charged.
 *
 * @example
 * const unsent = unsentDumps(30_000);
 */
export function unsentDumps(stallTimeoutMs: number): UnsentDumps {
  return { bytes: 0, stallTimeoutMs, watches: new WeakMap() };
}

type Log = Pick<ServerLogger, 'error'>;

function startWatch(unsent: UnsentDumps, socket: Socket, log: Log): Watch {
  const releases = new Set<() => void>();
  const stalled = (): void => {
    // Nothing is waiting to be written: the server is behind (an answer before them is still
    // being computed), not the client.
    if (socket.writableLength === 0) {
      timer.refresh();
      return;
    }
    const before = unsent.bytes;
    const count = releases.size;
    for (const release of [...releases]) release();
    log.error(
      `closed the connection from ${socket.remoteAddress}:${socket.remotePort}: no piece of its ${count} journal or function answer(s) of ${before - unsent.bytes} bytes could be written for ${unsent.stallTimeoutMs} ms: its client stopped reading, or reads slower than the kernel takes bytes (ADR 045)`,
    );
    socket.destroy();
  };
  // Longer than setTimeout's largest delay would fire at once, not never.
  const timer = setTimeout(stalled, Math.min(unsent.stallTimeoutMs, MAX_TIMER_MS)).unref();
  const watch = { releases, timer };
  unsent.watches.set(socket, watch);
  return watch;
}

/**
 * Charges a dump of `bytes` written to `res` until its last byte is flushed or its connection
 * closes; returns what each flushed piece of it calls (the connection made progress).
 *
 * @example
 * const progress = chargeDump(unsent, res, { bytes: Buffer.byteLength(text), log });
 */
export function chargeDump(
  unsent: UnsentDumps,
  res: ServerResponse,
  { bytes, log }: { bytes: number; log: Log },
): () => void {
  unsent.bytes += bytes;
  // A pipelined answer has no socket until those before it are done; its request has.
  const { socket } = res.req;
  const watch =
    unsent.stallTimeoutMs > 0 ? (unsent.watches.get(socket) ?? startWatch(unsent, socket, log)) : undefined;
  let held = true;
  const release = (): void => {
    if (!held) return;
    held = false;
    unsent.bytes -= bytes;
    if (!watch) return;
    watch.releases.delete(release);
    if (watch.releases.size > 0) return;
    clearTimeout(watch.timer);
    unsent.watches.delete(socket);
  };
  watch?.releases.add(release);
  res.once('finish', release).once('close', release);
  return watch ? () => watch.timer.refresh() : () => {};
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * Writes `text` to `res` in pieces, each once the one before is taken, calling `progress` as each
 * is flushed, then ends it.
 *
 * @example
 * endInPieces(res, JSON.stringify(page), progress);
 */
export function endInPieces(res: ServerResponse, text: string, progress: () => void): void {
  const flushed = (error?: Error | null): void => {
    if (!error) progress();
  };
  let at = 0;
  const next = (): void => {
    while (at < text.length) {
      let end = Math.min(at + PIECE_CHARS, text.length);
      // Half a surrogate pair would be sent as U+FFFD, not the bytes its content-length counts.
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
      const piece = text.slice(at, end);
      at = end;
      if (!res.write(piece, flushed)) {
        res.once('drain', next);
        return;
      }
    }
    res.end();
  };
  next();
}
