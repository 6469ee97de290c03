/**
 * Helpers of the large-body server tests: one request with a socket timeout, sent with a declared
 * length or in chunks, and the parts of its answer the emulator decides.
 */
import { request } from 'node:http';
import type { WireRequest } from '../../mocks/core/types.ts';

/** What the emulator decided: status, body and the headers it wrote (not Node's date). */
export interface Decided {
  status: number;
  body: string;
  contentType: string | undefined;
  requestId: string | undefined;
  fcRequestId: string | undefined;
}

/** Options of {@link sendWire}. */
export interface SendWireOptions {
  /** Send the body in two chunks without a length (POST and PUT only: Node frames GET bodies by length). */
  chunked?: boolean;
  timeoutMs?: number;
}

/**
 * Sends a request built for `http://127.0.0.1:9000` to a server at `serverUrl`, keeping its `host`
 * header (so that every server journals the same URL), and reads the answer.
 *
 * @example
 * const answer = await sendWire(server.url, wire, { chunked: true });
 */
export function sendWire(
  serverUrl: string,
  wire: WireRequest,
  options: SendWireOptions = {},
): Promise<Decided> {
  const { pathname, search } = new URL(wire.url);
  const chunked = options.chunked === true && (wire.method === 'POST' || wire.method === 'PUT');
  const headers: Record<string, string> = { host: '127.0.0.1:9000', ...wire.headers };
  if (!chunked) headers['content-length'] = String(wire.body.byteLength);
  return new Promise((resolve, reject) => {
    const req = request(`${serverUrl}${pathname}${search}`, { method: wire.method, headers, agent: false });
    req.setTimeout(options.timeoutMs ?? 20_000, () =>
      req.destroy(new Error(`no answer to ${wire.method} ${pathname}`)),
    );
    req.on('error', reject);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          contentType: res.headers['content-type'],
          requestId: res.headers['x-acs-request-id'] as string | undefined,
          fcRequestId: res.headers['x-fc-request-id'] as string | undefined,
        }),
      );
    });
    if (chunked) {
      const half = Math.floor(wire.body.byteLength / 2);
      req.write(wire.body.subarray(0, half));
      req.end(wire.body.subarray(half));
    } else req.end(wire.body);
  });
}

/**
 * Polls `condition` every few ms until it holds; fails after `timeoutMs`.
 *
 * @example
 * await until(() => slots.waiting === 2);
 */
export async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
