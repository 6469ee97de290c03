/**
 * Large bodies (ADR 025): read into buffers of our own once a slot is free, digested in the
 * worker thread, then dispatched on the main thread like any other request, with the digest
 * (`WireRequest.predigested`) so that the emulator does not compute it again.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WireRequest } from '../core/types.ts';
import { dispatchAndSend, send } from './answer.ts';
import { type BodyBlocks, bodyBlocks, type CollectedBody } from './body-blocks.ts';
import type { LeaveSlot } from './body-slots.ts';
import type { LargeBodies, ServerContext } from './context.ts';
import { fcInternalError } from './internal-error.ts';

/** How a large read ended: the whole body, or the limit was hit (then it was not read on). */
export type LargeRead = { truncated: false; body: CollectedBody } | { truncated: true };

/** Options of {@link readLargeBody}. */
export interface ReadLargeBodyOptions {
  large: LargeBodies;
  maxBytes: number;
  /** The declared `content-length`, when there is one. */
  declared: number | undefined;
  /** Chunks already read before the body turned out to be large. */
  already: readonly Uint8Array[];
  /** Called once, unless the client goes away first; `leave` frees the slot (call it when answered). */
  done: (read: LargeRead, leave: LeaveSlot) => void;
}

/**
 * Waits for a slot with the request paused, then reads the body into blocks of our own. The slot
 * is freed at once if the client goes away; otherwise it is the caller's to free.
 *
 * @example
 * readLargeBody(req, { large, maxBytes, declared: 140_000_000, already: [], done });
 */
export function readLargeBody(req: IncomingMessage, options: ReadLargeBodyOptions): void {
  const { large, maxBytes, declared, already, done } = options;
  let blocks: BodyBlocks | undefined;
  let ended = false;
  const stop = (): void => {
    ended = true;
    req.removeListener('data', onData);
    req.removeListener('end', onEnd);
  };
  const onData = (chunk: Buffer): void => {
    const into = blocks as BodyBlocks;
    if (into.byteLength + chunk.byteLength > maxBytes) {
      stop();
      req.pause();
      leave();
      blocks = undefined;
      done({ truncated: true }, leave);
      return;
    }
    into.append(chunk);
  };
  const onEnd = (): void => {
    stop();
    done({ truncated: false, body: (blocks as BodyBlocks).collected() }, leave);
  };
  req.pause();
  let leave: LeaveSlot = () => {};
  leave = large.slots.enter(() => {
    large.digester.warm();
    blocks = bodyBlocks(declared);
    for (const chunk of already) blocks.append(chunk);
    req.on('data', onData);
    req.on('end', onEnd);
    req.resume();
  });
  // A client that goes away, waiting or half-way through, gives its slot (or place) back.
  req.once('close', () => {
    if (!ended) leave();
  });
}

/** Options of {@link digestAndSend}. */
export interface DigestAndSend {
  req: IncomingMessage;
  res: ServerResponse;
  /** The request with an empty body: the digest brings the bytes back. */
  wire: WireRequest;
  body: CollectedBody;
  leave: LeaveSlot;
  started: number;
}

/**
 * Digests a large body in the worker, then dispatches it with the digest; a failed digest (the
 * worker died) is FC's 500 envelope, logged. The connection's next request waits for this one.
 *
 * @example
 * digestAndSend(context, { req, res, wire, body, leave, started });
 */
export function digestAndSend(context: ServerContext, request: DigestAndSend): void {
  const { req, res, wire, body, leave, started } = request;
  const large = context.large as LargeBodies;
  const socket = req.socket;
  const answered = large.digester.digest(body).then((outcome) => {
    if (outcome.ok) {
      wire.body = outcome.body;
      wire.predigested = outcome.predigested;
      dispatchAndSend(context, req, res, wire, started);
    } else {
      context.log.error(`${req.method} ${req.url} failed in the digest worker: ${outcome.error}`);
      send(context, res, fcInternalError(outcome.error), false);
    }
  });
  const settled = answered
    .catch((error: unknown) => {
      context.log.error(`${req.method} ${req.url} failed after the digest: ${String(error)}`);
      if (!res.headersSent) send(context, res, fcInternalError(error), false);
      else res.destroy();
    })
    .finally(() => {
      leave();
      if (context.busy.get(socket) === settled) context.busy.delete(socket);
    });
  context.busy.set(socket, settled);
}
