/**
 * The server with emulators it did not make itself: a wrapped `dispatch`, another realm's
 * promises, and answers that are not WireResponses. The wrapper must run; nothing may crash.
 */
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator } from '../../mocks/core/emulator.ts';
import type { Emulator, WireRequest } from '../../mocks/core/types.ts';
import { type RunningServer, startServer } from '../../mocks/server.ts';

const BODY = JSON.stringify({
  functionName: 'wrapped',
  runtime: 'python3.10',
  handler: 'index.handler',
  code: { zipFile: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==' },
});

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serveWith(dispatch: (inner: Emulator, wire: WireRequest) => unknown): Promise<string> {
  const inner = createEmulator({ seed: 1 });
  const emulator = { ...inner, dispatch: (wire: WireRequest) => dispatch(inner, wire) } as Emulator;
  server = await startServer({ emulator });
  return `${server.url}/2023-03-30/functions`;
}

const create = (url: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY });

describe('serve with an emulator whose dispatch is replaced', () => {
  it('calls the replacement, not the emulator it was spread from', async () => {
    let calls = 0;
    const url = await serveWith(async (inner, wire) => {
      calls += 1;
      const response = await inner.dispatch(wire);
      return { ...response, headers: { ...response.headers, 'x-wrapped': 'yes' } };
    });
    const response = await create(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-wrapped')).toBe('yes');
    expect(calls).toBe(1);
  });

  it("awaits another realm's promise", async () => {
    const OtherPromise = runInNewContext('Promise') as PromiseConstructor;
    const url = await serveWith(
      (inner, wire) => new OtherPromise((resolve) => resolve(inner.dispatch(wire))),
    );
    const response = await create(url);
    expect(response.status).toBe(200);
    expect((await response.json()).functionName).toBe('wrapped');
  });

  it.each([
    ['resolves to something that is not a WireResponse', async () => ({ status: 200 })],
    [
      'throws synchronously',
      () => {
        throw new Error('boom');
      },
    ],
    ['rejects', async () => Promise.reject(new Error('boom'))],
  ])('answers 500 InternalServerError in FC envelope when it %s, and keeps serving', async (_, broken) => {
    let first = true;
    const url = await serveWith((inner, wire) => {
      if (!first) return inner.dispatch(wire);
      first = false;
      return (broken as () => unknown)();
    });
    const failed = await create(url);
    expect(failed.status).toBe(500);
    const body = (await failed.json()) as { Code: string; RequestId: string };
    expect(body).toMatchObject({
      Code: 'InternalServerError',
      RequestId: expect.stringMatching(/^1-[0-9a-f]{8}-[0-9a-f]{24}$/),
    });
    expect(failed.headers.get('x-fc-request-id')).toBe(body.RequestId);
    expect((await create(url)).status).toBe(200);
  });
});
