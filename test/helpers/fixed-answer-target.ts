/**
 * A hostile target for the contract suite: a loopback node:http server that answers every request
 * 200 with the same JSON bytes, whatever was asked (test/hostile's deep and wide answers).
 */
import nodeHttp from 'node:http';
import type { AddressInfo } from 'node:net';
import { liveBytes } from './live-bytes.ts';

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

/** A {@link fixedAnswerTarget} that measures, as each request arrives, this process's live memory. */
export interface MeasuringTarget {
  baseUrl: string;
  close: () => Promise<void>;
  /** Live bytes (test/helpers/live-bytes.ts) as each request arrived; empty it between runs. */
  seen: number[];
  /** How much more was live at the fullest request than at the first. */
  held: () => number;
}

/**
 * A hostile target in the suite's own process that measures, as each request arrives, what the
 * suite holds while it waits on it (test/hostile's memory tests).
 *
 * @example
 * const target = await measuringTarget(() => bytes, 'x-1'); await run(target.baseUrl); target.held();
 */
export async function measuringTarget(answer: () => Buffer, requestId: string): Promise<MeasuringTarget> {
  const seen: number[] = [];
  const target = await fixedAnswerTarget({
    answer,
    requestId,
    requestTimeoutMs: 30_000,
    beforeAnswer: async () => {
      seen.push(await liveBytes());
    },
  });
  return { ...target, seen, held: () => Math.max(...seen) - (seen[0] as number) };
}
