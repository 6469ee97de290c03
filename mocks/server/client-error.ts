/**
 * Requests Node's HTTP parser refuses before any handler sees them (a header block over Node's
 * limit, a malformed request line or header, no `Host` on HTTP/1.1, a repeated `Content-Length`)
 * get FC's error envelope, naming the problem, like every other refusal; Node's own answer is an
 * empty 400 or 431. A request that timed out keeps Node's 408; a socket already gone is closed.
 * A body that breaks after its headers (a malformed chunk, a half-close, the request timeout) is
 * refused at once, and the connection closes. An `Expect` other than `100-continue` (Node: a bare
 * 417) gets the envelope too.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { shownValue } from '../core/operations/operation.ts';
import { send } from './answer.ts';
import type { ServerContext } from './context.ts';
import { fcErrorAnswer } from './internal-error.ts';

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 431: 'Request Header Fields Too Large' };

/** What Node's parser errors say, in the words of an FC message. */
function problemOf(code: string | undefined): { status: number; message: string } {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return {
      status: 431,
      message: 'the request line and headers are larger than the server accepts (16 KiB)',
    };
  }
  return { status: 400, message: `the request is not valid HTTP/1.1 (${code ?? 'parse error'})` };
}

function refusal(code: string | undefined): string {
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';
  const { status, message } = problemOf(code);
  const answer = fcErrorAnswer(status, 'InvalidArgument', message);
  const headers = Object.entries({
    ...answer.headers,
    'content-length': String(Buffer.byteLength(answer.body)),
    connection: 'close',
  }).map(([name, value]) => `${name}: ${value}\r\n`);
  return `HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\n${headers.join('')}\r\n${answer.body}`;
}

/**
 * The server's `clientError` listener.
 *
 * @example
 * server.on('clientError', answerClientError);
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const raw = refusal(error.code);
  const send = (): void => {
    if (socket.writable) socket.end(raw);
    // A client that never closes its side does not keep the socket.
    setTimeout(() => socket.destroy(), 5000).unref();
  };
  // Bad bytes pipelined behind a request still being answered: the refusal goes after that
  // answer, never instead of it (the client would read it as the earlier request's answer).
  // Unless the error is in that request's own body (a malformed chunk, a client that stopped
  // sending, the request timeout): its handler waits for a body end that never comes, so it
  // would never be answered and the connection (and a large body's slot) would be held for good.
  const pending = (socket as { _httpMessage?: ServerResponse | null })._httpMessage;
  const waitsForItsBody = pending?.req !== undefined && !pending.req.complete && !pending.headersSent;
  if (pending && !pending.writableFinished && !waitsForItsBody) pending.once('finish', send);
  else send();
}

/**
 * The server's `checkExpectation` listener: 417 in FC's envelope, naming the header (inferred:
 * FC's own answer is not documented; 417 is what RFC 9110 and Node give). The body is not read.
 *
 * @example
 * server.on('checkExpectation', (req, res) => refuseExpectation(context, req, res));
 */
export function refuseExpectation(context: ServerContext, req: IncomingMessage, res: ServerResponse): void {
  const message = `the Expect header ${shownValue(req.headers.expect ?? '')} is not supported; only 100-continue is`;
  send(context, res, fcErrorAnswer(417, 'InvalidArgument', message), true);
}
