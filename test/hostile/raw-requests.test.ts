/**
 * Repros from a hostile review of `serve`: requests a `fetch` client cannot send (it normalises
 * them first), written on a raw socket. Dot segments in the path once resolved before routing, so
 * `DELETE …/functions/victim/triggers/..` deleted the function; requests Node's parser refuses got
 * an empty 400 or 431 instead of FC's envelope. The process stays up throughout.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalInput } from '../helpers/requests.ts';
import { type CliProcess, createFunctionOn, envelopeOf, expectAlive, send, serve } from './support.ts';

/** Writes `head` (and nothing else) and resolves with everything the server sent until it closed. */
function rawExchange(port: number, head: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let answer = '';
    const socket = connect({ port, host: '127.0.0.1' }, () => socket.write(head));
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      answer += chunk;
      // One answer is enough: a keep-alive connection would otherwise stay open.
      if (/\r\n\r\n/.test(answer) && answer.includes('"RequestId"')) socket.end();
    });
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
    socket.setTimeout(5000, () => socket.destroy(new Error('no answer within 5 s')));
  });
}

describe('hostile: raw requests', () => {
  let server: CliProcess;
  beforeAll(async () => {
    server = await serve();
    await createFunctionOn(server, 'victim');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it.each([
    ['DELETE', '/2023-03-30/functions/victim/triggers/..', /triggerName/],
    ['DELETE', '/2023-03-30/functions/victim/triggers/%2E%2E', /triggerName/],
    ['DELETE', '/2023-03-30/functions/x/../../functions/victim', /PathNotSupported|not supported/i],
  ])('%s %s is refused and the function stays', async (method, path, named) => {
    const answer = await rawExchange(server.port, `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    const body = envelopeOf(answer);
    expect(`${body.Code} ${body.Message}`).toMatch(named);
    const after = await send(server.url, { method: 'GET', path: '/2023-03-30/functions/victim' });
    expect(after.status).toBe(200);
  });

  it('bad bytes pipelined behind a create: the create is answered first, then the refusal', async () => {
    const body = JSON.stringify(minimalInput({ functionName: 'pipelined' }));
    const create = `POST /2023-03-30/functions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    const answer = await rawExchange(server.port, `${create}XYZ\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer.indexOf('HTTP/1.1 400 ')).toBeGreaterThan(0);
    await expectAlive(server);
  });

  it.each([
    [
      'a header block over 16 KiB',
      `GET /2023-03-30/functions?prefix=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`,
      431,
    ],
    ['no Host on HTTP/1.1', 'GET /2023-03-30/functions HTTP/1.1\r\n\r\n', 400],
    // Each would move the path of the URL built from it: `/x/2023-…`, a query, or user info.
    ['a Host with a path', 'GET /2023-03-30/functions/victim HTTP/1.1\r\nHost: 127.0.0.1/x\r\n\r\n', 400],
    ['a Host with a query', 'GET /2023-03-30/functions/victim HTTP/1.1\r\nHost: 127.0.0.1?x\r\n\r\n', 400],
    ['a Host with user info', 'GET /2023-03-30/functions/victim HTTP/1.1\r\nHost: u@127.0.0.1\r\n\r\n', 400],
    // s11: answered PathNotSupported (the two values joined), or 200 when they differed.
    [
      'two Host headers',
      'GET /2023-03-30/functions HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: 127.0.0.1\r\n\r\n',
      400,
    ],
    ['two Host headers, HTTP/1.0', 'GET /2023-03-30/functions HTTP/1.0\r\nHost: a\r\nhost: b\r\n\r\n', 400],
    [
      'a repeated Content-Length',
      'POST /2023-03-30/functions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}',
      400,
    ],
    [
      'a header name with a space',
      'GET /2023-03-30/functions HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Name: 1\r\n\r\n',
      400,
    ],
    // s9 review: Node answered a bare 417 (no body) for an expectation it does not know.
    [
      'an Expect other than 100-continue',
      'PUT /2023-03-30/functions/victim HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 200-ok\r\nContent-Length: 2\r\n\r\n{}',
      417,
    ],
  ])('%s: FC envelope with its status, then the connection closes', async (_what, head, status) => {
    const answer = await rawExchange(server.port, head);
    expect(answer).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
    expect(answer.toLowerCase()).toContain('connection: close');
    const body = envelopeOf(answer);
    expect(body).toMatchObject({
      Code: 'InvalidArgument',
      RequestId: expect.stringMatching(/^1-[0-9a-f]{8}-[0-9a-f]{24}$/),
    });
    expect(body.Message).toMatch(
      status === 431
        ? /larger than the server accepts/
        : /not valid HTTP\/1\.1 \(HPE_|no Host header|the Host header "[^"]+" is not a host\[:port\]|has 2 Host headers; HTTP allows one|the Expect header "200-ok" is not supported/,
    );
    await expectAlive(server);
  });
});
