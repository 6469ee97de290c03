/**
 * `fc3-testkit serve` at the HTTP level, with node:http and raw node:net sockets: bodies,
 * limits, routing, vanishing clients, keep-alive and the control API.
 */
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliProcess, send, spawnCli, validInput } from './cli-process.ts';

const JSON_HEADERS = { 'content-type': 'application/json' };

/** Writes raw bytes on a fresh socket and resolves with everything the server sent back. */
function rawExchange(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: '127.0.0.1' }, () => socket.write(bytes));
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      text += chunk;
      if (/\r\n\r\n[\s\S]*\}$/.test(text)) socket.end();
    });
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}

describe('serve: HTTP edge cases', () => {
  let serve: CliProcess;
  beforeAll(async () => {
    serve = await spawnCli(['serve', '--port', '0', '--log-level', 'silent', '--max-body-bytes', '4096']);
  });
  afterAll(async () => {
    await serve?.stop();
  });

  it('answers malformed JSON with 400 InvalidArgument in the FC envelope', async () => {
    const answer = await send(serve.url, { headers: JSON_HEADERS, body: '{"functionName": ' });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ Code: 'InvalidArgument' });
    expect(answer.json.Message).toMatch(/not valid JSON/);
    expect(answer.headers['x-fc-request-id']).toBe(answer.json.RequestId);
  });

  it('reads a chunked body without content-length (the SDK way)', async () => {
    const body = JSON.stringify(validInput('chunked-fn'));
    const chunks = [body.slice(0, 7), body.slice(7, 30), body.slice(30)];
    const encoded = chunks.map((c) => `${Buffer.byteLength(c).toString(16)}\r\n${c}\r\n`).join('');
    const head = `POST /2023-03-30/functions HTTP/1.1\r\nHost: 127.0.0.1:${serve.port}\r\n`;
    const raw = `${head}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n${encoded}0\r\n\r\n`;
    const text = await rawExchange(serve.port, raw);
    expect(text).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(text).toContain('"functionName":"chunked-fn"');
  });

  // Deterministic under load: the server reads (and discards) the rest of the 2 MB before it closes,
  // so the client never writes into a closed socket (test/hostile/entity-too-large.test.ts).
  it('answers an oversized body with EntityTooLarge, closes that connection, and stays healthy', async () => {
    const big = Buffer.alloc(2 * 1024 * 1024, 'a');
    const chunked = await send(serve.url, { headers: JSON_HEADERS, body: [big.subarray(0, 1000), big] });
    expect(chunked.status).toBe(400);
    expect(chunked.json).toMatchObject({
      Code: 'EntityTooLarge',
      Message: expect.stringContaining('(4096 bytes)'),
    });
    expect(chunked.headers.connection).toBe('close');
    const declared = await send(serve.url, { headers: JSON_HEADERS, body: big });
    expect(declared.json.Code).toBe('EntityTooLarge');
    const after = await send(serve.url, {
      headers: JSON_HEADERS,
      body: JSON.stringify(validInput('after-big')),
    });
    expect(after.status).toBe(200);
  });

  it.each([
    ['PATCH', '/2023-03-30/functions', ''],
    ['PUT', '/2023-03-30/functions', ''],
    [
      'POST',
      '/2023-03-30/function',
      ' (fc3-testkit emulates no operation on this path; did you mean POST /2023-03-30/functions?)',
    ],
    ['GET', '/', ' (fc3-testkit emulates no operation on this path)'],
  ])('answers %s %s with PathNotSupported', async (method, path, why) => {
    const answer = await send(serve.url, { method, path, headers: JSON_HEADERS, body: '{}' });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({
      Code: 'PathNotSupported',
      Message: `'${method}' against '${path}' is not supported${why}`,
    });
  });

  it('survives a client that disconnects mid-body and answers the next request', async () => {
    await new Promise<void>((resolve) => {
      const socket = connect({ port: serve.port, host: '127.0.0.1' }, () => {
        socket.write(
          'POST /2023-03-30/functions HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{"functionName":"vanish',
        );
        setTimeout(() => socket.destroy(), 50);
      });
      socket.on('close', () => resolve());
    });
    const answer = await send(serve.url, {
      headers: JSON_HEADERS,
      body: JSON.stringify(validInput('after-vanish')),
    });
    expect(answer.status).toBe(200);
    const calls = await send(serve.url, { method: 'GET', path: '/__fc3/calls?functionName=vanish' });
    expect(calls.json.calls).toEqual([]);
  });

  it('keeps connections alive between requests', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const reused: boolean[] = [];
    for (const name of ['ka-1', 'ka-2', 'ka-3']) {
      await new Promise<void>((resolve, reject) => {
        const req = request(
          `${serve.url}/2023-03-30/functions`,
          { method: 'POST', agent, headers: JSON_HEADERS },
          (res) => {
            reused.push(req.reusedSocket);
            res.resume();
            res.on('end', () => resolve());
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify(validInput(name)));
      });
    }
    agent.destroy();
    expect(reused).toEqual([false, true, true]);
  });
});

describe('serve: control API', () => {
  let serve: CliProcess;
  beforeAll(async () => {
    serve = await spawnCli(['serve', '--port', '0', '--log-level', 'silent', '--journal-limit', '5']);
  });
  afterAll(async () => {
    await serve?.stop();
  });
  const create = (name: string) =>
    send(serve.url, { headers: JSON_HEADERS, body: JSON.stringify(validInput(name)) });

  it('reports health', async () => {
    const answer = await send(serve.url, { method: 'GET', path: '/__fc3/health' });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({
      status: 'ok',
      accountId: '1234567890123456',
      regionId: 'cn-hangzhou',
      seed: 1,
    });
  });

  it('lists functions, filters and caps the journal, and resets', async () => {
    await create('c-1');
    await create('c-1');
    for (const name of ['c-2', 'c-3', 'c-4', 'c-5', 'c-6']) await create(name);
    const functions = await send(serve.url, { method: 'GET', path: '/__fc3/functions' });
    expect(
      (functions.json.functions as Array<{ functionName: string }>).map((f) => f.functionName),
    ).toContain('c-6');
    const all = await send(serve.url, { method: 'GET', path: '/__fc3/calls' });
    expect((all.json.calls as unknown[]).length).toBe(5);
    const pages: string[][] = [];
    let since = 0;
    for (let page = 0; page < 5; page++) {
      const path = `/__fc3/calls?outcome=succeeded&limit=2&since=${since}`;
      const answer = await send(serve.url, { method: 'GET', path });
      pages.push((answer.json.calls as Array<{ functionName: string }>).map((c) => c.functionName));
      if (answer.json.nextSince === undefined) break;
      since = answer.json.nextSince as number;
    }
    expect(pages).toEqual([['c-2', 'c-3'], ['c-4', 'c-5'], ['c-6']]);
    expect((await send(serve.url, { path: '/__fc3/reset' })).status).toBe(200);
    expect((await send(serve.url, { method: 'GET', path: '/__fc3/calls' })).json.calls).toEqual([]);
    expect((await create('c-1')).status).toBe(200);
  });

  it('injects failNext faults and latency', async () => {
    const body = JSON.stringify({ failNext: { code: 'ServiceUnavailable', times: 2 }, latency: 50 });
    expect((await send(serve.url, { path: '/__fc3/faults', headers: JSON_HEADERS, body })).status).toBe(200);
    const started = performance.now();
    const statuses = [
      (await create('f-1')).status,
      (await create('f-2')).status,
      (await create('f-3')).status,
    ];
    expect(statuses).toEqual([503, 503, 200]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    await send(serve.url, { path: '/__fc3/faults', headers: JSON_HEADERS, body: '{"latency":null}' });
  });

  it('rejects misuse with a toolkit error, not an FC envelope', async () => {
    const bad = await send(serve.url, {
      path: '/__fc3/faults',
      headers: JSON_HEADERS,
      body: '{"failNext":{"code":"Nope"}}',
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatch(/unknown FC error code "Nope"/);
    expect((await send(serve.url, { method: 'GET', path: '/__fc3/reset' })).status).toBe(405);
    expect((await send(serve.url, { method: 'GET', path: '/__fc3/nope' })).status).toBe(404);
  });
});

describe('serve --no-control', () => {
  let serve: CliProcess;
  beforeAll(async () => {
    serve = await spawnCli(['serve', '--port', '0', '--log-level', 'silent', '--no-control']);
  });
  afterAll(async () => {
    await serve?.stop();
  });

  it('treats /__fc3/ paths like any other unknown path', async () => {
    const answer = await send(serve.url, { method: 'GET', path: '/__fc3/health' });
    expect(answer.status).toBe(400);
    expect(answer.json.Code).toBe('PathNotSupported');
  });
});
