/**
 * The last line of defence of the standalone server: whatever a handler throws ends in a 500 in
 * the envelope of the path it hit, is logged, and never ends the process.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fcErrorResponse } from '../core/envelopes.ts';
import type { WireResponse } from '../core/types.ts';
import type { ServerLogger } from './log.ts';

/**
 * A request id in FC's layout (`1-` + 8 hex digits of Unix seconds + `-` + 24 hex digits,
 * reference D.1), for answers the emulator did not make itself.
 *
 * @example
 * fallbackRequestId(); // '1-6650a1f2-9c0e4b7d2a1f3e5c6b8d0a9f'
 */
export function fallbackRequestId(now = Date.now()): string {
  const seconds = Math.floor(now / 1000)
    .toString(16)
    .padStart(8, '0');
  return `1-${seconds}-${randomBytes(12).toString('hex')}`;
}

/**
 * FC's 500 envelope for an error that escaped the emulator, with a fresh request id in the body
 * and both request-id headers, like every other FC error.
 *
 * @example
 * const response = fcInternalError(new TypeError('boom')); // status 500, Code InternalServerError
 */
export function fcInternalError(error: unknown): WireResponse {
  const message = `an internal error has occurred. Please retry. (fc3-testkit adapter: ${String(error)})`;
  return fcErrorAnswer(500, 'InternalServerError', message);
}

/**
 * An FC error answer the emulator did not make itself (the server's own refusals): the envelope
 * with a fresh request id in the body and in both request-id headers.
 *
 * @example
 * fcErrorAnswer(431, 'InvalidArgument', 'request headers exceed 16384 bytes').status; // 431
 */
export function fcErrorAnswer(status: number, code: string, message: string): WireResponse {
  return fcErrorResponse(status, code, message, fallbackRequestId());
}

/** Options of {@link answerUnexpected}. */
export interface UnexpectedError {
  req: IncomingMessage;
  res: ServerResponse;
  log: Pick<ServerLogger, 'error'>;
  /** The control API answers toolkit JSON, the FC paths FC's envelope. */
  control: boolean;
}

/**
 * Logs an error that escaped a request handler and answers 500 (toolkit JSON on the control
 * API, FC's envelope elsewhere); a half-written answer can only be cut off.
 *
 * @example
 * try { onRequest(req, res); } catch (error) { answerUnexpected(error, { req, res, log, control: false }); }
 */
export function answerUnexpected(error: unknown, where: UnexpectedError): void {
  const { req, res, log, control } = where;
  const detail = error instanceof Error ? (error.stack ?? String(error)) : String(error);
  log.error(`${req.method} ${req.url} failed inside the server: ${detail}`);
  req.resume();
  if (res.headersSent || res.destroyed) {
    res.destroy();
    return;
  }
  const response = control
    ? {
        status: 500,
        headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
        body: JSON.stringify({ error: `internal error in ${req.url}: ${String(error)}` }),
      }
    : fcInternalError(error);
  res.writeHead(response.status, { ...response.headers, 'content-length': Buffer.byteLength(response.body) });
  res.end(response.body);
}
