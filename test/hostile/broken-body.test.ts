/**
 * Repros from the s9 hostile review: a request whose body breaks after its headers were read
 * (a malformed chunk, a client that stops sending and half-closes, an upload slower than the
 * request timeout). Node reports these as client errors while the request is still unanswered;
 * the server waited for that answer before sending its refusal, so the connection was never
 * answered nor closed, and a large body kept its slot (ADR 028) for good: after two such clients
 * every later large body waited forever.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CliProcess,
  createFunctionOn,
  envelopeOf,
  expectAlive,
  send,
  serverProcess,
} from './support.ts';

/** Bodies above this go through the large-body slots; kept small so the test moves little data. */
const LARGE_BODY_BYTES = 1024;
const REQUEST_TIMEOUT_MS = 600;
const PUT =
  'PUT /2023-03-30/functions/victim HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n';

/** Writes `bytes` (then half-closes when asked) and resolves with what the server sent until it closed. */
function exchange(port: number, bytes: string, options: { halfClose?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    let answer = '';
    const socket = connect({ port, host: '127.0.0.1' }, () => {
      socket.write(bytes);
      if (options.halfClose) socket.end();
    });
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
    socket.setTimeout(5000, () => socket.destroy(new Error(`not answered and closed within 5 s: ${answer}`)));
  });
}

describe('hostile: a body that breaks after the headers', () => {
  let server: CliProcess;
  beforeAll(async () => {
    server = await serverProcess({ largeBodyBytes: LARGE_BODY_BYTES, requestTimeoutMs: REQUEST_TIMEOUT_MS });
    await createFunctionOn(server, 'victim');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it.each([
    ['a malformed chunk size', 'zz\r\n{}\r\n0\r\n\r\n', /HPE_INVALID_CHUNK_SIZE/],
    ['a malformed chunk after a good one', '2\r\n{}\r\nzz\r\n', /HPE_INVALID_CHUNK_SIZE/],
    [
      `a malformed chunk of a body over ${LARGE_BODY_BYTES} bytes`,
      `800\r\n${' '.repeat(2048)}\r\nzz\r\n`,
      /HPE_/,
    ],
  ])('%s: 400 in the FC envelope, then the connection closes', async (_what, chunks, named) => {
    const answer = await exchange(server.port, `${PUT}Transfer-Encoding: chunked\r\n\r\n${chunks}`);
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    const body = envelopeOf(answer);
    expect(body).toMatchObject({ Code: 'InvalidArgument', RequestId: expect.stringMatching(/^1-/) });
    expect(body.Message).toMatch(named);
    await expectAlive(server);
  });

  it('an upload slower than the request timeout gets 408 and the connection closes', async () => {
    const started = performance.now();
    const answer = await exchange(server.port, `${PUT}Content-Length: 100\r\n\r\n{"desc`);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(performance.now() - started).toBeLessThan(REQUEST_TIMEOUT_MS + 3000);
  });

  it('clients that half-close in the middle of large bodies give their slots back', async () => {
    // More clients than slots (LARGE_BODY_SLOTS = 2), each sending part of a large body.
    for (let i = 0; i < 3; i++) {
      await exchange(server.port, `${PUT}Content-Length: 4096\r\n\r\n${' '.repeat(2048)}`, {
        halfClose: true,
      });
      await exchange(server.port, `${PUT}Transfer-Encoding: chunked\r\n\r\n800\r\n${' '.repeat(2048)}\r\n`, {
        halfClose: true,
      });
    }
    const description = 'x'.repeat(4 * LARGE_BODY_BYTES);
    const updated = await send(server.url, {
      method: 'PUT',
      path: '/2023-03-30/functions/victim',
      body: JSON.stringify({ description }),
    });
    expect(updated.status).toBe(200);
    expect(updated.json.description).toBe(description);
  });
});
