/**
 * Requests Node's HTTP parser refuses before any handler sees them (a header block over Node's
 * limit, a malformed request line or header, no `Host` on HTTP/1.1, a repeated `Content-Length`)
 * get FC's error envelope, naming the problem, like every other refusal; Node's own answer is an
 * empty 400 or 431. A request that timed out keeps Node's 408; a socket already answering or gone
 * is only closed.
 */
import type { Duplex } from 'node:stream';
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

/**
 * The server's `clientError` listener.
 *
 * @example
 * server.on('clientError', answerClientError);
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  const answering = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
  if (error.code === 'ECONNRESET' || !socket.writable || answering) {
    socket.destroy();
    return;
  }
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    socket.end('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
    return;
  }
  const { status, message } = problemOf(error.code);
  const answer = fcErrorAnswer(status, 'InvalidArgument', message);
  const headers = Object.entries({
    ...answer.headers,
    'content-length': String(Buffer.byteLength(answer.body)),
    connection: 'close',
  }).map(([name, value]) => `${name}: ${value}\r\n`);
  socket.end(`HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\n${headers.join('')}\r\n${answer.body}`);
}
