/**
 * A hostile server answers `101 Switching Protocols` to a request that asked for no upgrade.
 * node:http then hands the socket to an `upgrade` listener, or, with none, drops it without an
 * error: the suite's request settled only when its answer budget ran out, 30 s per case (a whole
 * run of such answers took most of an hour). The same for 1xx heads sent without end. Given such
 * an answer, want a transport failure naming it at once, through sendHttp and as a case's finding.
 */

import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpTarget, runContractSuite, TransportError } from '../../contracts/index.ts';
import { sendHttp } from '../../contracts/targets/send-http.ts';

let server: Server;
let url = '';
let endless: Server;
let endlessUrl = '';

beforeAll(async () => {
  // Informational heads without end, a few a millisecond: no final answer ever comes.
  endless = createServer((socket) => {
    socket.on('error', () => {});
    socket.once('data', () => {
      const timer = setInterval(() => socket.writable && socket.write('HTTP/1.1 102 Processing\r\n\r\n'), 1);
      socket.on('close', () => clearInterval(timer));
    });
  });
  await new Promise<void>((resolve) => endless.listen(0, '127.0.0.1', resolve));
  endlessUrl = `http://127.0.0.1:${(endless.address() as AddressInfo).port}`;
  server = createServer((socket) => {
    socket.on('error', () => {});
    socket.once('data', () =>
      socket.write('HTTP/1.1 101 Switching Protocols\r\nupgrade: h2c\r\nconnection: upgrade\r\n\r\n'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await new Promise<void>((resolve) => endless.close(() => resolve()));
});

describe('a 101 answer to a request that asked for no upgrade', () => {
  it('sendHttp rejects with a TransportError naming it, not the answer budget', async () => {
    const sent = { method: 'GET', url: `${url}/2023-03-30/functions`, headers: {}, body: new Uint8Array() };
    const error = await sendHttp(sent, { timeoutMs: 20_000, answerBudgetMs: 20_000 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TransportError);
    expect((error as Error).message).toContain('101');
    expect((error as Error).message).not.toContain('answerBudgetMs');
  });

  it('a run fails the case with that transport finding', async () => {
    const target = httpTarget({ baseUrl: url, answerBudgetMs: 20_000, timeoutMs: 20_000 });
    const report = await runContractSuite(target, { only: 'get.not-found', generated: 0 });
    await target.close?.();
    const [failure] = report.results[0]?.failures ?? [];
    expect(failure?.check).toBe('transport');
    expect(failure?.message).toContain('101');
  });
});

describe('informational answers without end', () => {
  it('sendHttp rejects with a TransportError naming them, not the answer budget', async () => {
    const sent = {
      method: 'GET',
      url: `${endlessUrl}/2023-03-30/functions`,
      headers: {},
      body: new Uint8Array(),
    };
    const error = await sendHttp(sent, { timeoutMs: 20_000, answerBudgetMs: 20_000 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TransportError);
    expect((error as Error).message).toContain('informational');
  });
});
