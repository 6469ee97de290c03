/**
 * The proxy against deliberately broken upstreams (raw TCP servers on loopback): it changes no
 * byte of a signed chunked request or of a non-conforming answer, reports each broken fact with
 * its reference, streams a slow answer without holding other connections, hands a client the
 * same failure when the upstream dies mid-answer, and keeps serving afterwards.
 */
import { request } from 'node:http';
import type net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { signAcs3 } from '../../mocks/core/auth/sign-acs3.ts';
import { type ProxyResult, type RunningProxy, startProxy } from '../../proxy/proxy.ts';
import { validInput } from '../server/cli-process.ts';
import { eventually, type RawHandler, type RawUpstream, rawRequest, rawUpstream } from './raw-net.ts';

const crlf = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'latin1');
const ID = '1-64e70cf1-5cbef92ea8fc8c42899cf5d1';

let upstream: RawUpstream | undefined;
let proxy: RunningProxy | undefined;

async function setUp(handler: RawHandler): Promise<{ upstream: RawUpstream; proxy: RunningProxy }> {
  upstream = await rawUpstream(handler);
  proxy = await startProxy({ upstream: `http://127.0.0.1:${upstream.port}` });
  return { upstream, proxy };
}

afterEach(async () => {
  await proxy?.close();
  await upstream?.close();
  proxy = undefined;
  upstream = undefined;
});

/** The answer once a request's head (and a chunked or sized body) has fully arrived. */
function answerWhenComplete(answer: (received: string) => Buffer | undefined): RawHandler {
  return (socket, received) => {
    const text = received.toString('latin1');
    const end = text.indexOf('\r\n\r\n');
    if (end < 0) return;
    const chunked = /transfer-encoding: chunked/i.test(text.slice(0, end));
    const length = Number(/content-length: (\d+)/i.exec(text.slice(0, end))?.[1] ?? 0);
    const complete = chunked ? text.endsWith('\r\n0\r\n\r\n') : received.length >= end + 4 + length;
    const bytes = complete ? answer(text) : undefined;
    if (bytes) socket.write(bytes);
  };
}

function findingsOf(result: ProxyResult): string[] {
  return result.report.results.flatMap((r) => r.failures.map((f) => `${f.check} [${f.reference}]`));
}

describe('a request the proxy could alter', () => {
  it('reaches the upstream byte for byte: signed, chunked, an FC Host, header case as sent', async () => {
    const body = JSON.stringify(validInput('bytes'));
    const wire = signAcs3({
      url: 'http://1234567890123456.cn-hangzhou.fc.aliyuncs.com/2023-03-30/functions',
      body,
      accessKeyId: 'testAK',
      accessKeySecret: 'testSecret',
    });
    const head = Object.entries(wire.headers).map(
      ([name, value]) => `${name === 'authorization' ? 'Authorization' : name}: ${value}`,
    );
    const sent = Buffer.concat([
      crlf(['POST /2023-03-30/functions HTTP/1.1', ...head, 'transfer-encoding: chunked', '', '']),
      crlf([(body.length - 5).toString(16), body.slice(0, -5), '5', body.slice(-5), '0', '', '']),
    ]);
    const answer = Buffer.concat([crlf(['HTTP/1.1 200 OK', 'Content-Length: 2', '', '']), Buffer.from('{}')]);
    const { upstream, proxy } = await setUp(answerWhenComplete(() => answer));
    const result = await rawRequest({
      port: proxy.port,
      parts: [sent],
      until: (bytes) => bytes.length >= answer.length,
    });
    expect(upstream.received[0]?.equals(sent)).toBe(true);
    expect(result.bytes.equals(answer)).toBe(true);
    // The tap read the exact body: its hash is the signed x-acs-content-sha256 (no finding on it).
    const findings = findingsOf(await proxy.close());
    expect(findings).not.toContain('client.contentSha256 [A.3, A.4]');
    expect(findings.length).toBeGreaterThan(0); // the `{}` answer breaks documented facts
  });
});

describe('an answer that breaks documented facts', () => {
  it('FunctionNotFound with 400 and no request-id headers: reported, forwarded unchanged', async () => {
    const body = `{"Code":"FunctionNotFound","Message":"function 'f' does not exist","RequestId":"${ID}"}`;
    const answer = Buffer.concat([
      crlf([
        'HTTP/1.1 400 Bad Request',
        'Content-Type: application/json',
        `Content-Length: ${body.length}`,
        '',
        '',
      ]),
      Buffer.from(body),
    ]);
    const { proxy } = await setUp(answerWhenComplete(() => answer));
    const sent = crlf(['GET /2023-03-30/functions/f HTTP/1.1', 'Host: 127.0.0.1', '', '']);
    const result = await rawRequest({
      port: proxy.port,
      parts: [sent],
      until: (bytes) => bytes.length >= answer.length,
    });
    expect(result.bytes.equals(answer)).toBe(true);
    const closed = await proxy.close();
    expect(findingsOf(closed)).toEqual(
      expect.arrayContaining(['server.errorCode [lifecycle B.3, G]', 'server.requestId [D.1]']),
    );
    const failure = closed.report.results[0]?.failures.find((f) => f.check === 'server.errorCode');
    expect(failure).toMatchObject({
      message: 'GetFunction answered FunctionNotFound with status 400; the spec documents it with 404',
      received: { status: 400, code: 'FunctionNotFound' },
      documented: { status: 404, code: 'FunctionNotFound' },
      grade: 'documented',
    });
    expect(closed.report.results[0]?.reproducer).toContain("curl -sS -i -X GET 'http://127.0.0.1:");
  });

  it('two Content-Type lines, text/plain first: reported in the order the server sent them', async () => {
    const body = '{"functions":[]}';
    const answer = Buffer.concat([
      crlf([
        'HTTP/1.1 200 OK',
        'Content-Type: text/plain',
        'Content-Type: application/json; charset=utf-8',
        `x-fc-request-id: ${ID}`,
        `Content-Length: ${body.length}`,
        '',
        '',
      ]),
      Buffer.from(body),
    ]);
    const { proxy } = await setUp(answerWhenComplete(() => answer));
    const sent = crlf(['GET /2023-03-30/functions HTTP/1.1', 'Host: 127.0.0.1', '', '']);
    await rawRequest({ port: proxy.port, parts: [sent], until: (bytes) => bytes.length >= answer.length });
    const failure = (await proxy.close()).report.results[0]?.failures.find(
      (f) => f.check === 'server.contentType',
    );
    // Sorted as a signed request header would be, the JSON type came first and passed.
    expect(failure?.received).toBe('text/plain,application/json; charset=utf-8');
  });

  it('a create whose answer does not echo the input: the echo fact (D.2) is reported', async () => {
    const input = validInput('echo', { timeout: 60 });
    const body = JSON.stringify({ ...input, code: undefined, timeout: 3 });
    const answer = Buffer.concat([
      crlf([
        'HTTP/1.1 200 OK',
        'content-type: application/json',
        `x-acs-request-id: ${ID}`,
        `x-fc-request-id: ${ID}`,
        `content-length: ${body.length}`,
        '',
        '',
      ]),
      Buffer.from(body),
    ]);
    const { proxy } = await setUp(answerWhenComplete(() => answer));
    const json = JSON.stringify(input);
    const sent = crlf([
      'POST /2023-03-30/functions HTTP/1.1',
      'Host: h',
      'Content-Type: application/json',
      `Content-Length: ${json.length}`,
      '',
      json,
    ]);
    const result = await rawRequest({
      port: proxy.port,
      parts: [sent],
      until: (bytes) => bytes.length >= answer.length,
    });
    expect(result.bytes.equals(answer)).toBe(true);
    const failures = (await proxy.close()).report.results[0]?.failures ?? [];
    expect(failures.find((f) => f.check === 'server.echo')).toMatchObject({
      message: 'timeout was not echoed: sent 60, got 3',
      reference: 'D.2',
    });
  });
});

describe('a slow upstream', () => {
  it('streams its answer as it comes, and other connections are not held up', async () => {
    const fast = Buffer.concat([crlf(['HTTP/1.1 200 OK', 'Content-Length: 4', '', '']), Buffer.from('fast')]);
    const { proxy } = await setUp(
      answerWhenComplete((text) => (text.startsWith('GET /slow') ? undefined : fast)),
    );
    const received: Buffer[] = [];
    const slow = rawRequest({
      port: proxy.port,
      parts: [crlf(['GET /slow HTTP/1.1', 'Host: h', '', ''])],
      until: (bytes) => {
        received[0] = bytes;
        return bytes.toString().endsWith('firstsecon');
      },
      timeoutMs: 10_000,
    });
    // The upstream answers half, and holds the rest until the test releases it.
    await eventually(() => (upstream?.received[0]?.length ?? 0) > 0);
    const slowSocket = upstream?.sockets[0];
    slowSocket?.write(crlf(['HTTP/1.1 200 OK', 'Content-Length: 10', '', 'first']));
    await eventually(() => received[0]?.toString().endsWith('first') === true);
    const other = await rawRequest({
      port: proxy.port,
      parts: [crlf(['GET /fast HTTP/1.1', 'Host: h', '', ''])],
      until: (bytes) => bytes.length >= fast.length,
    });
    expect(other.bytes.equals(fast)).toBe(true);
    slowSocket?.write('secon');
    expect((await slow).ending).toBe('until');
    const closed = await proxy.close();
    expect(closed.exchanges).toBe(2);
  });
});

interface HttpOutcome {
  status: number | undefined;
  bodyBytes: number;
  error: string | undefined;
}

/** A GET with node:http: what a typical client sees, success or failure. */
function httpGet(port: number, path: string): Promise<HttpOutcome> {
  return new Promise((resolve) => {
    const outcome: HttpOutcome = { status: undefined, bodyBytes: 0, error: undefined };
    const req = request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      outcome.status = res.statusCode;
      res.on('data', (chunk: Buffer) => (outcome.bodyBytes += chunk.length));
      res.on('end', () => resolve(outcome));
      res.on('error', (error: NodeJS.ErrnoException) =>
        resolve({ ...outcome, error: error.code ?? error.message }),
      );
    });
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ ...outcome, error: error.code ?? error.message }),
    );
    req.end();
  });
}

describe('an upstream that dies mid-answer', () => {
  const half = crlf([
    'HTTP/1.1 200 OK',
    'Content-Type: application/json',
    'Content-Length: 100',
    '',
    '{"functionName":',
  ]);
  const cases: [string, (socket: net.Socket) => void][] = [
    ['closes (FIN)', (socket) => socket.end()],
    ['resets (RST)', (socket) => socket.resetAndDestroy()],
  ];
  for (const [name, die] of cases) {
    it(`${name}: the client sees the same failure as without the proxy, and the proxy keeps serving`, async () => {
      const { upstream, proxy } = await setUp(
        answerWhenComplete((text) => {
          if (!text.startsWith('GET /2023-03-30/functions/die')) {
            return Buffer.concat([crlf(['HTTP/1.1 200 OK', 'Content-Length: 2', '', '']), Buffer.from('{}')]);
          }
          return half;
        }),
      );
      // The upstream dies once it has written half an answer.
      const original = upstream.received;
      const direct = httpGetThenDie(upstream, die);
      const viaDirect = await direct(upstream.port);
      const viaProxy = await direct(proxy.port);
      expect(viaProxy).toEqual(viaDirect);
      expect(viaProxy.error).toBeDefined();
      expect(original.length).toBeGreaterThanOrEqual(2);
      const next = await httpGet(proxy.port, '/2023-03-30/functions/next');
      expect(next).toEqual({ status: 200, bodyBytes: 2, error: undefined });
      const closed = await proxy.close();
      const answer = closed.report.results
        .flatMap((r) => r.failures)
        .find((f) => f.check === 'server.answer');
      expect(answer).toMatchObject({
        reference: 'lifecycle B.2',
        received: `${half.length - half.indexOf('{')} body bytes after status 200`,
      });
    });
  }
});

/** A GET of `/2023-03-30/functions/die` whose upstream socket is killed once the half answer is out. */
function httpGetThenDie(upstream: RawUpstream, die: (socket: net.Socket) => void) {
  return async (port: number): Promise<HttpOutcome> => {
    const index = upstream.connections;
    const pending = httpGet(port, '/2023-03-30/functions/die');
    await eventually(() => (upstream.received[index]?.length ?? 0) > 0);
    const socket = upstream.sockets[index] as net.Socket;
    // Written by the handler on the same turn it received the request: kill after it flushed.
    await eventually(() => socket.bytesWritten > 0);
    die(socket);
    return pending;
  };
}

describe('an unreachable upstream', () => {
  it('resets the client connection, counts the failure, and keeps accepting', async () => {
    const closed = await rawUpstream(() => {});
    const port = closed.port;
    await closed.close();
    proxy = await startProxy({ upstream: `http://127.0.0.1:${port}` });
    const first = await httpGet(proxy.port, '/2023-03-30/functions/f');
    const second = await httpGet(proxy.port, '/2023-03-30/functions/f');
    expect([first.error, second.error]).toEqual(['ECONNRESET', 'ECONNRESET']);
    const result = await proxy.close();
    expect(result.forwarder.upstreamErrors).toBe(2);
    expect(result.summary).toContain('upstream failures (client connection reset): 2');
    // No answer at all is not a finding (an idle keep-alive close races the same way): not checked.
    expect(result.summary).toContain('not fully checked: 2× no answer (upstream failed (ECONNREFUSED))');
    expect(result.findings).toBe(0);
  });
});

describe('graceful shutdown', () => {
  it('close() lets an open exchange finish before it resolves', async () => {
    const { upstream, proxy } = await setUp(() => {});
    const pending = httpGet(proxy.port, '/2023-03-30/functions/late');
    await eventually(() => (upstream.received[0]?.length ?? 0) > 0);
    let closed = false;
    const closing = proxy.close().then((result) => {
      closed = true;
      return result;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(closed).toBe(false);
    upstream.sockets[0]?.write(crlf(['HTTP/1.1 200 OK', 'Content-Length: 2', '', '{}']));
    expect(await pending).toEqual({ status: 200, bodyBytes: 2, error: undefined });
    expect((await closing).exchanges).toBe(1);
  });
});
