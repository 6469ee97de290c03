/**
 * Reading a large body (ADR 025): wait for a slot with the request paused, then copy the body
 * into buffers of our own and hash it as it arrives.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { type BodyBlocks, bodyBlocks, type CollectedBody } from './body-blocks.ts';
import type { LeaveSlot } from './body-slots.ts';
import type { LargeBodies } from './context.ts';

/** How a large read ended: the whole body, or the limit was hit (then it was not read on). */
export type LargeRead = { truncated: false; body: CollectedBody; sha256Hex: string } | { truncated: true };

/** Options of {@link readLargeBody}. */
export interface ReadLargeBodyOptions {
  large: LargeBodies;
  maxBytes: number;
  /** The declared `content-length`, when there is one. */
  declared: number | undefined;
  /** Chunks already read before the body turned out to be large. */
  already: readonly Uint8Array[];
  /** Called once when the body ended or overflowed; `leave` frees the slot (call it when answered). */
  done: (read: LargeRead, leave: LeaveSlot) => void;
  /** Called instead when the client went away first (the slot, or the place in line, is already given back). */
  abandoned: () => void;
}

/**
 * Waits for a slot, then reads the body into blocks of our own, hashing it on the way (a few µs
 * per chunk, which takes the hash off the worker's critical path).
 *
 * @example
 * readLargeBody(req, { large, maxBytes, declared: 140_000_000, already: [], done, abandoned });
 */
export function readLargeBody(req: IncomingMessage, options: ReadLargeBodyOptions): void {
  const { large, maxBytes, declared, already, done, abandoned } = options;
  const hash = createHash('sha256');
  let blocks: BodyBlocks | undefined;
  let leave: LeaveSlot = () => {};
  let finished = false;
  const finish = (read: LargeRead): void => {
    finished = true;
    req.removeListener('data', onData);
    req.removeListener('end', onEnd);
    done(read, leave);
  };
  const onData = (chunk: Buffer): void => {
    const into = blocks as BodyBlocks;
    if (into.byteLength + chunk.byteLength > maxBytes) {
      req.pause();
      blocks = undefined;
      finish({ truncated: true });
      return;
    }
    into.append(chunk);
    hash.update(chunk);
  };
  const onEnd = (): void =>
    finish({ truncated: false, body: (blocks as BodyBlocks).collected(), sha256Hex: hash.digest('hex') });
  req.pause();
  leave = large.slots.enter(() => {
    large.digester.warm();
    blocks = bodyBlocks(declared);
    for (const chunk of already) {
      blocks.append(chunk);
      hash.update(chunk);
    }
    req.on('data', onData);
    req.on('end', onEnd);
    req.resume();
  });
  // A client that goes away, waiting or half-way through, gives its slot (or place) back.
  req.once('close', () => {
    if (finished) return;
    finished = true;
    leave();
    abandoned();
  });
}
