/**
 * Reading a large body (ADR 028): wait for a slot with the request paused, then stream the body
 * to the digest worker as it arrives (each chunk's buffer is moved, not copied).
 */
import type { IncomingMessage } from 'node:http';
import type { LeaveSlot } from './body-slots.ts';
import type { LargeBodies } from './context.ts';
import type { BodyStart, DigestOutcome, DigestStream } from './digester.ts';

/** How a large read ended: the whole body (its digest under way), or the limit was hit (then it was not read on). */
export type LargeRead = { truncated: false; digest: Promise<DigestOutcome> } | { truncated: true };

/** Options of {@link readLargeBody}. */
export interface ReadLargeBodyOptions {
  large: LargeBodies;
  maxBytes: number;
  /** The declared `content-length` and whether it is an upload, for the worker. */
  start: BodyStart;
  /** Chunks already read before the body turned out to be large. */
  already: readonly Uint8Array[];
  /** Called once when the body ended or overflowed; `leave` frees the slot (call it when answered). */
  done: (read: LargeRead, leave: LeaveSlot) => void;
  /** Called instead when the client went away first (the slot, or the place in line, is already given back). */
  abandoned: () => void;
}

/**
 * Waits for a slot, then streams the body to the digest worker.
 *
 * @example
 * readLargeBody(req, { large, maxBytes, start: { declared: 140_000_000, upload: false }, already: [], done, abandoned });
 */
export function readLargeBody(req: IncomingMessage, options: ReadLargeBodyOptions): void {
  const { large, maxBytes, start, already, done, abandoned } = options;
  let stream: DigestStream | undefined;
  let size = 0;
  let leave: LeaveSlot = () => {};
  let finished = false;
  const finish = (read: LargeRead): void => {
    finished = true;
    req.removeListener('data', onData);
    req.removeListener('end', onEnd);
    done(read, leave);
  };
  const onData = (chunk: Buffer): void => {
    size += chunk.byteLength;
    if (size > maxBytes) {
      req.pause();
      stream?.drop();
      finish({ truncated: true });
      return;
    }
    stream?.append(chunk);
  };
  const onEnd = (): void => finish({ truncated: false, digest: (stream as DigestStream).end() });
  req.pause();
  leave = large.slots.enter(() => {
    stream = large.digester.begin(start);
    for (const chunk of already) onData(chunk as Buffer);
    req.on('data', onData);
    req.on('end', onEnd);
    req.resume();
  });
  // A client that goes away, waiting or half-way through, gives its slot (or place) back.
  req.once('close', () => {
    if (finished) return;
    finished = true;
    stream?.drop();
    leave();
    abandoned();
  });
}
