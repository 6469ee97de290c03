/**
 * A client that signs a repeated `x-acs-*` header the reference's way (A.4 step 3.4: values
 * sorted, joined with `,`) and sends it on two lines in the other order. `serve` reads each line
 * (`rawHeaders`) and verifies it; MSW and nock hand the core a Fetch `Request`, whose `Headers`
 * already joined the lines with `, ` in wire order, so the emulator cannot rebuild what was signed
 * and answers `SignatureNotMatch` (the limit docs/fidelity.md states).
 */
import http from 'node:http';
import { connect } from 'node:net';
import { setupServer } from 'msw/node';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { signAcs3 } from '../../mocks/core/auth/index.ts';
import { createEmulator } from '../../mocks/core/emulator.ts';
import { fc3Handlers } from '../../mocks/msw.ts';
import { fc3Nock } from '../../mocks/nock.ts';
import { startServer } from '../../mocks/server.ts';
import { BASE_URL, closedNetwork, closeNetworkForNock } from './support.ts';

const credentials = { AK: 'SK' };

/** A signed ListFunctions whose `x-acs-meta` is signed as `a,b` and sent as `b`, then `a`. */
function repeatedHeaderRequest(origin: string): string[] {
  const wire = signAcs3({
    url: `${origin}/2023-03-30/functions`,
    method: 'GET',
    action: 'ListFunctions',
    accessKeyId: 'AK',
    accessKeySecret: 'SK',
    headers: { 'x-acs-meta': 'a,b' },
  });
  const lines = Object.entries(wire.headers).filter(([name]) => name !== 'x-acs-meta');
  return [...lines.flat(), 'x-acs-meta', 'b', 'x-acs-meta', 'a'];
}

/** Writes the request on a raw socket (no interceptor can touch it); resolves with the status line and body. */
function rawGet(port: number, headers: string[]): Promise<string> {
  let head = 'GET /2023-03-30/functions HTTP/1.1\r\nconnection: close\r\n';
  for (let i = 0; i < headers.length; i += 2) head += `${headers[i]}: ${headers[i + 1]}\r\n`;
  return new Promise((resolve, reject) => {
    let answer = '';
    const socket = connect({ port, host: '127.0.0.1' }, () => socket.write(`${head}\r\n`));
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
    socket.setTimeout(5000, () => socket.destroy(new Error('no answer within 5 s')));
  });
}

/** node:http sends each pair of a flat header list as its own line; MSW and nock intercept it. */
function interceptedGet(headers: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(`${BASE_URL}/2023-03-30/functions`);
    const options = { host: url.hostname, port: url.port, path: url.pathname, headers };
    const req = http.request(options as unknown as http.RequestOptions, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.setTimeout(5000, () => req.destroy(new Error('no answer within 5 s')));
    req.end();
  });
}

async function throughMsw(): Promise<{ status: number; body: string }> {
  const server = setupServer(...fc3Handlers(createEmulator({ credentials }), { baseUrl: BASE_URL }));
  nock.restore(); // nock patches node:http as soon as it is imported; one interceptor at a time
  server.listen(closedNetwork());
  try {
    return await interceptedGet(repeatedHeaderRequest(BASE_URL));
  } finally {
    server.close();
    nock.activate();
  }
}

async function throughNock(): Promise<{ status: number; body: string }> {
  closeNetworkForNock();
  const handle = fc3Nock(createEmulator({ credentials }), { baseUrl: BASE_URL });
  try {
    return await interceptedGet(repeatedHeaderRequest(BASE_URL));
  } finally {
    handle.restore();
    nock.cleanAll();
    nock.enableNetConnect();
  }
}

describe('a repeated x-acs-* header signed as the reference says', () => {
  it('serve verifies it; MSW and nock see one ", "-joined value and answer SignatureNotMatch', async () => {
    const server = await startServer({ credentials });
    try {
      const answer = await rawGet(server.port, repeatedHeaderRequest(server.url));
      expect(answer.slice(0, answer.indexOf('\r\n'))).toBe('HTTP/1.1 200 OK');
    } finally {
      await server.close();
    }
    for (const answer of [await throughMsw(), await throughNock()]) {
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.body)).toMatchObject({ Code: 'SignatureNotMatch' });
    }
  });
});
