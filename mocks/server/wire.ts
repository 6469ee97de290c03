/**
 * node:http → WireRequest: a body reader that stops at the emulator's limit instead of buffering
 * an oversized upload (headers: `headersFromRaw` of the core, over `rawHeaders`).
 */
import type { IncomingMessage } from 'node:http';

const EMPTY = new Uint8Array(0);

/** Options of {@link readBody}. */
export interface ReadBodyOptions {
  maxBytes: number;
  /** The `content-length` header, if any: a declared oversize is refused before reading. */
  declared?: string | undefined;
  /** Called once with the body, unless the client disconnects first (or `large` takes over). */
  done: (result: ReadBody) => void;
  /**
   * A body of unknown length that grows past `thresholdBytes` is handed over, with the chunks
   * read so far, to `onLarge` (the large-body path, ADR 028); reading stops here.
   */
  large?: { thresholdBytes: number; onLarge: (already: Buffer[]) => void };
}

/** The body as far as it was read. `truncated` means the limit was hit and reading stopped. */
export interface ReadBody {
  body: Uint8Array;
  truncated: boolean;
}

/**
 * Reads a request body up to `maxBytes`. On overflow it stops listening and pauses the stream, so
 * the rest is never buffered; the caller answers, then {@link discardRest} and closes. A client that
 * disconnects mid-body simply never completes (the chunks are dropped with the request).
 *
 * @example
 * readBody(req, { maxBytes: 1024, done: ({ body, truncated }) => console.log(body.byteLength, truncated) });
 */
export function readBody(req: IncomingMessage, options: ReadBodyOptions): void {
  const { maxBytes, declared, done, large } = options;
  if (declared !== undefined && Number(declared) > maxBytes) {
    req.pause();
    done({ body: EMPTY, truncated: true });
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const onData = (chunk: Buffer): void => {
    size += chunk.length;
    if (size > maxBytes) {
      req.removeListener('data', onData);
      req.removeListener('end', onEnd);
      req.pause();
      chunks.length = 0;
      done({ body: EMPTY, truncated: true });
      return;
    }
    chunks.push(chunk);
    if (large && size > large.thresholdBytes) {
      req.removeListener('data', onData);
      req.removeListener('end', onEnd);
      large.onLarge(chunks);
    }
  };
  const onEnd = (): void => {
    const body =
      chunks.length === 1 ? (chunks[0] as Buffer) : size === 0 ? EMPTY : Buffer.concat(chunks, size);
    done({ body, truncated: false });
  };
  req.on('data', onData);
  req.on('end', onEnd);
}

/** How much of an oversized body is still read, and thrown away, after the answer was sent. */
export const DISCARD_LIMITS = { maxBytes: 16 * 1024 * 1024, maxMs: 3000 } as const;

/** Options of {@link discardRest}. */
export interface DiscardOptions {
  /** Called once: the body ended, the client went away, or a limit was reached. */
  done: () => void;
  maxBytes?: number;
  maxMs?: number;
}

/**
 * Reads the rest of a request body and throws it away, at most `maxBytes` or `maxMs`. A server
 * that closes while the client is still sending makes the kernel answer the client's next
 * segments with a reset, and the client then reports ECONNRESET/EPIPE instead of the answer it
 * was sent; reading on first lets a client that sends before it reads (most do) see the answer.
 *
 * @example
 * res.write(body); // the whole answer, with content-length and connection: close
 * discardRest(req, { done: () => res.end() });
 */
export function discardRest(req: IncomingMessage, options: DiscardOptions): void {
  const { done, maxBytes = DISCARD_LIMITS.maxBytes, maxMs = DISCARD_LIMITS.maxMs } = options;
  let seen = 0;
  const finish = (): void => {
    clearTimeout(timer);
    req.removeListener('data', onData);
    req.removeListener('end', finish);
    req.removeListener('close', finish);
    req.pause();
    done();
  };
  const onData = (chunk: Buffer): void => {
    seen += chunk.length;
    if (seen > maxBytes) finish();
  };
  const timer = setTimeout(finish, maxMs);
  if (req.readableEnded) {
    finish();
    return;
  }
  req.on('data', onData);
  req.once('end', finish);
  req.once('close', finish);
  req.resume();
}
