/**
 * Large bodies (ADR 028): streamed to the digest worker once a slot is free (large-read.ts),
 * digested there, then dispatched on the main thread like any other request, with
 * the digest (`WireRequest.predigested`) so that the emulator does not compute it again.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isUploadRequest } from '../core/operations/foreign-routes.ts';
import type { WireRequest } from '../core/types.ts';
import { dispatchAndSend, send } from './answer.ts';
import type { LargeBodies, ServerContext } from './context.ts';
import type { DigestOutcome } from './digester.ts';
import { fcInternalError } from './internal-error.ts';
import { readLargeBody } from './large-read.ts';

/** One request on its way: the node:http pair, the request as the emulator will see it, and when it began. */
export interface Incoming {
  req: IncomingMessage;
  res: ServerResponse;
  /** Its body is empty until the body was read. */
  wire: WireRequest;
  started: number;
}

/**
 * The declared body length, when it is one number (Node's parser refuses malformed ones).
 * Apart from declaredAnswerLength (contracts/): it sizes a buffer (bodyBlocks), so a safe integer.
 *
 * @example
 * declaredLength('140000000'); // 140000000
 */
export function declaredLength(value: string | undefined): number | undefined {
  const length = value === undefined ? Number.NaN : Number(value);
  return Number.isSafeInteger(length) ? length : undefined;
}

function digestAndSend(
  context: ServerContext,
  incoming: Incoming,
  digest: Promise<DigestOutcome>,
): Promise<void> {
  const { req, res, wire, started } = incoming;
  return digest.then((outcome) => {
    if (outcome.ok) {
      dispatchAndSend(
        context,
        req,
        res,
        { ...wire, body: outcome.body, predigested: outcome.predigested },
        started,
      );
    } else {
      context.log.error(`${req.method} ${req.url} failed in the digest worker: ${outcome.error}`);
      send(context, res, fcInternalError(outcome.error), false);
    }
  });
}

/**
 * Handles a request whose body is large (declared, or grown past the threshold after `already`
 * was read): a slot, the body read and hashed, the digest worker, then dispatch. Until it is
 * answered, a request pipelined behind it on the same connection waits (`context.busy`), so the
 * emulator sees one connection's requests in the order they were sent.
 *
 * @example
 * handleLargeBody(context, { req, res, wire, started }, []);
 */
export function handleLargeBody(
  context: ServerContext,
  incoming: Incoming,
  already: readonly Uint8Array[],
): void {
  const { req, res, wire, started } = incoming;
  const socket = req.socket;
  let settle: () => void = () => {};
  const answered = new Promise<void>((resolve) => {
    settle = resolve;
  });
  context.busy.set(socket, answered);
  const finish = (): void => {
    if (context.busy.get(socket) === answered) context.busy.delete(socket);
    settle();
  };
  readLargeBody(req, {
    large: context.large as LargeBodies,
    maxBytes: context.emulator.maxBodyBytes,
    start: { declared: declaredLength(wire.headers['content-length']), upload: isUploadRequest(wire) },
    already,
    abandoned: finish,
    done: (read, leave) => {
      if (read.truncated) {
        leave();
        dispatchAndSend(context, req, res, { ...wire, truncated: true }, started);
        finish();
        return;
      }
      digestAndSend(context, incoming, read.digest)
        .catch((error: unknown) => {
          context.log.error(`${req.method} ${req.url} failed after the digest: ${String(error)}`);
          if (res.headersSent) res.destroy();
          else send(context, res, fcInternalError(error), false);
        })
        .finally(() => {
          leave();
          finish();
        });
    },
  });
}
