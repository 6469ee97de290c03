/**
 * Test helper: a node:http server holding a loopback port for the tests of one describe block,
 * which then give that port to startPrism, and the answer Prism gives its readiness probe, for a
 * holder that passes for Prism.
 */
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

/** Prism's answer to the readiness probe, a CORS preflight: the method it asked for. */
export const PRISM_PREFLIGHT = {
  'access-control-allow-origin': 'http://127.0.0.1',
  'access-control-allow-methods': 'POST',
  'access-control-allow-credentials': 'true',
};

/**
 * Listens on a free port of 127.0.0.1 with `handler` before the block's tests (`onHeld` then
 * gets the port) and closes after them; `port` reads it inside the tests.
 */
export function holdPortForBlock(
  handler: RequestListener,
  onHeld?: (port: number) => void,
): { port: number } {
  const server = createServer(handler);
  const held = { port: 0 };
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    held.port = (server.address() as AddressInfo).port;
    onHeld?.(held.port);
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });
  return held;
}
