/**
 * A hostile target for the contract suite: a loopback node:http server that answers every request
 * 200 with the same JSON bytes, whatever was asked (test/hostile's deep and wide answers).
 */
import nodeHttp from 'node:http';
import type { AddressInfo } from 'node:net';

/** Options of {@link fixedAnswerTarget}. */
export interface FixedAnswerOptions {
  /** The bytes of every answer, read at each request (a test may change them between runs). */
  answer: () => Buffer;
  /** The `x-fc-request-id` of every answer. */
  requestId: string;
  /** The server's `requestTimeout`, ms. */
  requestTimeoutMs: number;
  /** Awaited once each request's body is read, before it is answered. */
  beforeAnswer?: () => Promise<void>;
}

/**
 * Starts the target on a free loopback port.
 *
 * @example
 * const target = await fixedAnswerTarget({ answer: () => bytes, requestId: 'x-1', requestTimeoutMs: 10_000 });
 * await target.close();
 */
export async function fixedAnswerTarget(
  options: FixedAnswerOptions,
): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const server = nodeHttp.createServer((request, response) => {
    request.resume();
    request.on('end', async () => {
      await options.beforeAnswer?.();
      response.writeHead(200, { 'content-type': 'application/json', 'x-fc-request-id': options.requestId });
      response.end(options.answer());
    });
  });
  server.requestTimeout = options.requestTimeoutMs;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
