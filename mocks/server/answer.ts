/**
 * Writing answers: one emulator answer (or FC's 500 envelope when the emulator failed) onto a
 * node:http response, with the request's log line.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dispatchNow, lastDecision } from '../core/emulator.ts';
import type { Decision } from '../core/state.ts';
import type { WireRequest, WireResponse } from '../core/types.ts';
import type { ServerContext } from './context.ts';
import { answerCode, debugLine, safeValue } from './debug-line.ts';
import { fcInternalError } from './internal-error.ts';
import { discardRest } from './wire.ts';

// The framing is serve's own, from the body it sends (a foreign dispatch may state anything).
const FRAMING = new Set(['content-length', 'transfer-encoding']);

function logRequest(
  context: ServerContext,
  req: IncomingMessage,
  { response, decision }: { response: WireResponse; decision: Decision | undefined },
  started: number,
): void {
  const ms = (performance.now() - started).toFixed(1);
  const code = answerCode(response) ?? decision?.code;
  const shown = code === undefined ? '' : ` ${safeValue(code, 64)}`;
  context.log.info(`${req.method} ${req.url} ${response.status}${shown} ${ms}ms`);
}

/**
 * Writes one answer; `truncated` (the body was not read to its end) closes the connection once the
 * client stopped sending.
 *
 * @example
 * send(context, res, fcInternalError(error), false);
 */
export function send(
  context: ServerContext,
  res: ServerResponse,
  response: WireResponse,
  truncated: boolean,
): void {
  if (res.destroyed) return;
  // A flat [name, value, …] list skips Node's header-object bookkeeping. An explicit length
  // avoids chunked answers; `connection: close` makes Node end the socket after this answer
  // (oversized body, shutdown).
  const headers: (string | number)[] = [];
  for (const name in response.headers) {
    if (!FRAMING.has(name.toLowerCase())) headers.push(name, response.headers[name] as string);
  }
  // A 204 has no body and, per RFC 9110, no Content-Length either. The length is the body's:
  // one stated otherwise would hang the client or run into the next answer on the connection.
  // Only a HEAD's stated length is kept (a decimal): the GET's, without the body (ADR 038).
  const body = response.bytes ?? response.body;
  const stated = response.headers['content-length'];
  const head = res.req?.method === 'HEAD' && /^\d{1,15}$/.test(stated ?? '');
  if (response.status !== 204)
    headers.push('content-length', head ? (stated as string) : Buffer.byteLength(body));
  if (truncated || context.closing) headers.push('connection', 'close');
  res.writeHead(response.status, headers);
  if (!truncated) {
    res.end(body);
    return;
  }
  // The whole answer goes out now; the socket closes once the client stopped sending (bounded).
  res.write(body);
  discardRest(res.req, { done: () => res.destroyed || res.end() });
}

const isThenable = (value: unknown): value is PromiseLike<WireResponse> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';

/**
 * Dispatches one request to the emulator and writes its answer. Whatever a foreign emulator does
 * (throw, reject, answer something that is not a WireResponse) ends in FC's 500 envelope, never
 * in a crash.
 *
 * @example
 * dispatchAndSend(context, req, res, wire, performance.now());
 */
export function dispatchAndSend(
  context: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  wire: WireRequest,
  started: number,
): void {
  const close = wire.truncated === true;
  let synchronous = false;
  const fail = (error: unknown): void => {
    context.log.error(`${req.method} ${req.url} failed inside the emulator: ${String(error)}`);
    if (res.headersSent) res.destroy();
    else send(context, res, fcInternalError(error), close);
  };
  const answer = (response: WireResponse): void => {
    try {
      send(context, res, response, close);
    } catch (error) {
      fail(error);
      return;
    }
    if (!context.log.requests) return;
    // The decision read now is this request's only when the emulator answered synchronously.
    const decision = synchronous ? lastDecision(context.emulator) : undefined;
    logRequest(context, req, { response, decision }, started);
    if (context.log.details) {
      const path = req.url ?? '/';
      const { headers, method } = wire;
      // A body refused unread (wire.truncated) was longer than the limit, not the bytes read.
      const bodyOver = close ? context.emulator.maxBodyBytes : undefined;
      const bodyBytes = wire.body.byteLength;
      context.log.debug(debugLine({ method, path, headers, bodyBytes, bodyOver, response, decision }));
    }
  };
  let response: WireResponse | PromiseLike<WireResponse>;
  try {
    response = dispatchNow(context.emulator, wire);
  } catch (error) {
    fail(error);
    return;
  }
  // Any realm's promise or thenable is awaited; our own emulators answer synchronously.
  if (isThenable(response)) Promise.resolve(response).then(answer, fail);
  else {
    synchronous = true;
    answer(response);
  }
}
