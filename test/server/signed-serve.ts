/**
 * What the signed-`serve` SDK tests share: one loopback server with signature verification on
 * for the file (reset before each test), and a `failNext` set through the control API.
 */
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { type RunningServer, startServer } from '../../mocks/server.ts';
import { send } from './cli-process.ts';

/**
 * Registers the server's lifecycle hooks and returns a getter for it.
 *
 * @example
 * const server = signedServe();
 * it('…', () => sdkClient({ port: server().port }));
 */
export function signedServe(): () => RunningServer {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await startServer({ credentials: { testAK: 'testSecret' } });
  });
  afterAll(() => server?.close());
  beforeEach(() => server?.emulator.reset());
  return () => server as RunningServer;
}

/**
 * Makes the next call of one operation fail with `ServiceUnavailable`, through `POST /__fc3/faults`.
 *
 * @example
 * await failNextThroughControl(server.url, 'ChangeResourceGroup');
 */
export async function failNextThroughControl(url: string, operation: string): Promise<void> {
  const body = JSON.stringify({ failNext: { code: 'ServiceUnavailable', operation } });
  const set = await send(url, {
    path: '/__fc3/faults',
    headers: { 'content-type': 'application/json' },
    body,
  });
  expect(set.status).toBe(200);
}
