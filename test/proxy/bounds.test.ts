/**
 * Memory stays bounded whatever the traffic: bodies over the bound (or over the shared budget)
 * keep only size and SHA-256; such a request is recorded as replayable by hash, counted as not
 * fully checked, and replays when the same bytes come again.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cassetteEmulator } from '../../mocks/cassette/cassette-emulator.ts';
import { startServer } from '../../mocks/server.ts';
import { startProxy } from '../../proxy/proxy.ts';
import { readCassette } from '../../proxy/replay.ts';
import { createBodyCapture, createCaptureBudget } from '../../proxy/tap/body-capture.ts';
import { testFolder } from '../helpers/temp-folder.ts';
import { send, validInput } from '../server/cli-process.ts';
import { rawRequest, rawUpstream } from './raw-net.ts';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('body capture', () => {
  it('keeps bytes within the bound and the budget, and always the size and hash', () => {
    const budget = createCaptureBudget(10);
    const small = createBodyCapture({ limit: 8, budget });
    small.add(Buffer.from('abc'));
    small.add(Buffer.from('def'));
    expect(small.finish()).toEqual({
      size: 6,
      sha256: sha(Buffer.from('abcdef')),
      bytes: Buffer.from('abcdef'),
    });
    expect(budget.used).toBe(6);
    const over = createBodyCapture({ limit: 8, budget });
    over.add(Buffer.from('123456789'));
    expect(over.finish()).toEqual({ size: 9, sha256: sha(Buffer.from('123456789')), bytes: undefined });
    const squeezed = createBodyCapture({ limit: 8, budget });
    squeezed.add(Buffer.from('12345'));
    expect(squeezed.finish().bytes).toBeUndefined(); // 6 + 5 > 10: the budget is shared
    small.release();
    expect(budget.used).toBe(0);
    expect(createBodyCapture({ limit: 8, budget }).finish()).toEqual({
      size: 0,
      sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      bytes: Buffer.alloc(0),
    });
  });
});

describe('a body over the bound', () => {
  it('is forwarded whole, recorded as size + SHA-256, not rule-checked, and replays by hash', async () => {
    const file = join(testFolder('fc3-bounds-'), 'big.ndjson');
    const server = await startServer();
    const proxy = await startProxy({ upstream: server.url, record: file, bodyLimit: 64 * 1024 });
    // Valid JSON, 1 MiB of it whitespace: serve accepts it, the proxy cannot keep it.
    const body = `${JSON.stringify(validInput('big'))}${' '.repeat(1024 * 1024)}`;
    const answer = await send(proxy.url, { body, headers: { 'content-type': 'application/json' } });
    expect(answer.status).toBe(200);
    const result = await proxy.close();
    await server.close();
    expect(result.summary).toContain(
      `not fully checked: 1× body of ${body.length} bytes over the capture bound: rules not checked`,
    );
    const cassette = readCassette(file);
    expect(cassette.entries[0]).toMatchObject({
      replay: 'hash',
      request: { body: { size: body.length, sha256: sha(Buffer.from(body)), encoding: 'omitted' } },
      response: { status: 200 },
    });
    const replay = cassetteEmulator(cassette);
    const url = 'http://127.0.0.1:9000/2023-03-30/functions';
    const same = await replay.dispatch({ method: 'POST', url, headers: {}, body: Buffer.from(body) });
    expect(JSON.parse(same.body)).toMatchObject({ functionName: 'big' });
    const other = await replay.dispatch({ method: 'POST', url, headers: {}, body: Buffer.from(`${body} `) });
    expect(other.status).toBe(400);
  });
});

describe('a check worker that falls behind', () => {
  it('gets no more than maxQueued exchanges; the rest are forwarded and counted, not queued', async () => {
    const answer = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}';
    const requests = 'GET /2023-03-30/functions/f HTTP/1.1\r\nHost: h\r\n\r\n'.repeat(5);
    const upstream = await rawUpstream((socket, received) => {
      if (received.length === requests.length) socket.write(answer.repeat(5));
    });
    const proxy = await startProxy({ upstream: `http://127.0.0.1:${upstream.port}`, maxQueued: 1 });
    const result = await rawRequest({
      port: proxy.port,
      parts: [Buffer.from(requests)],
      until: (bytes) => bytes.length >= answer.length * 5,
    });
    expect(result.bytes.toString()).toBe(answer.repeat(5));
    const closed = await proxy.close();
    await upstream.close();
    expect(closed.exchanges).toBe(5);
    expect(closed.summary).toContain(
      'not fully checked: 4× neither checked nor recorded: the check worker was too far behind',
    );
  });
});
