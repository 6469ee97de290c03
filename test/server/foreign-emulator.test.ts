/**
 * The server with emulators it did not make itself: a wrapped `dispatch`, another realm's
 * promises, and answers that are not WireResponses. The wrapper must run; nothing may crash.
 */
import net from 'node:net';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator } from '../../mocks/core/emulator.ts';
import type { Emulator, WireRequest, WireResponse } from '../../mocks/core/types.ts';
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

/** Two pipelined requests on one connection, the second closing it: the raw bytes serve sent. */
function twoOnOneConnection(url: string, first: string): Promise<string> {
  const { hostname, port } = new URL(url);
  const request = (method: string, path: string, close = '') =>
    `${method} ${path} HTTP/1.1\r\nhost: x\r\n${close}\r\n`;
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () =>
      socket.end(`${first}${request('GET', '/2023-03-30/functions/nope', 'connection: close\r\n')}`),
    );
    const chunks: Buffer[] = [];
    socket.setTimeout(5000, () => socket.destroy(new Error('serve did not end the connection in 5 s')));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
  });
}

/** Serves an emulator whose dispatch answers `odd` to `/odd` and is the real one elsewhere. */
async function serveOdd(odd: WireResponse): Promise<string> {
  const inner = createEmulator({ seed: 1 });
  const dispatch = (wire: WireRequest) => (wire.url.endsWith('/odd') ? odd : inner.dispatch(wire));
  server = await startServer({ emulator: { ...inner, dispatch } as Emulator });
  return server.url;
}

describe('serve frames a foreign answer itself', () => {
  it.each([
    ['a shorter length', { 'content-length': '5' }],
    ['a longer length', { 'Content-Length': '1000' }],
    ['a length that is no number', { 'content-length': '-1' }],
    ['chunked transfer', { 'transfer-encoding': 'chunked' }],
  ])(
    'sends the body’s length when a replaced dispatch states %s, and the next answer stays whole',
    async (_, stated) => {
      const url = await serveOdd({
        status: 200,
        headers: { ...stated, 'x-odd': 'yes' },
        body: '0123456789abcdefghij',
      });
      const text = await twoOnOneConnection(url, 'GET /odd HTTP/1.1\r\nhost: x\r\n\r\n');
      const [head, rest = ''] = text.split('\r\n\r\n');
      expect(head).toMatch(/^HTTP\/1\.1 200 /);
      expect(head?.toLowerCase().match(/content-length: .*/g)).toEqual(['content-length: 20']);
      expect(head?.toLowerCase()).not.toContain('transfer-encoding');
      expect(rest).toMatch(/^0123456789abcdefghijHTTP\/1\.1 404 Not Found\r\n/);
      expect(text).toMatch(/"Code":"FunctionNotFound"/);
    },
  );

  it('keeps a HEAD’s stated decimal length and sends no body', async () => {
    const url = await serveOdd({ status: 200, headers: { 'content-length': '1234' }, body: '' });
    const text = await twoOnOneConnection(url, 'HEAD /odd HTTP/1.1\r\nhost: x\r\n\r\n');
    expect(text).toMatch(/^HTTP\/1\.1 200 OK\r\ncontent-length: 1234\r\n[\s\S]*?\r\n\r\nHTTP\/1\.1 404 /);
  });
});
