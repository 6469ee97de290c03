/**
 * An `https:` upstream (as the real FC endpoints are, CF A.2): the proxy opens TLS with SNI and
 * checks the certificate against the upstream's host name, and forwards the plain-HTTP bytes of
 * the client unchanged inside it. The certificate is the committed test-only one of
 * fixtures/ (loopback only), so the test needs no openssl.
 */
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProxy } from '../../proxy/proxy.ts';
import { LOOPBACK_TLS } from './fixtures/loopback-tls.ts';
import { rawRequest } from './raw-net.ts';

const crlf = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'latin1');
const ANSWER = Buffer.concat([crlf(['HTTP/1.1 200 OK', 'Content-Length: 2', '', '']), Buffer.from('{}')]);
const REQUEST = crlf([
  'GET /2023-03-30/functions/f HTTP/1.1',
  'Host: 1234567890123456.cn-hangzhou.fc.aliyuncs.com',
  '',
  '',
]);

describe('an https upstream', () => {
  let server: tls.Server;
  let port = 0;
  const { cert } = LOOPBACK_TLS;
  const received: Buffer[] = [];
  const servernames: (string | false | null)[] = [];
  beforeAll(async () => {
    server = tls.createServer(LOOPBACK_TLS, (socket) => {
      servernames.push((socket as tls.TLSSocket).servername);
      let bytes = Buffer.alloc(0);
      socket.on('data', (chunk: Buffer) => {
        bytes = Buffer.concat([bytes, chunk]);
        received.push(bytes);
        if (bytes.length >= REQUEST.length) socket.write(ANSWER);
      });
      socket.on('error', () => {});
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server?.close(() => resolve())));

  it('forwards the bytes inside TLS unchanged, with SNI from the upstream host', async () => {
    const proxy = await startProxy({ upstream: `https://localhost:${port}`, upstreamCa: cert });
    const result = await rawRequest({
      port: proxy.port,
      parts: [REQUEST],
      until: (bytes) => bytes.length >= ANSWER.length,
    });
    expect(result.bytes.equals(ANSWER)).toBe(true);
    expect(received.at(-1)?.equals(REQUEST)).toBe(true);
    expect(servernames.at(-1)).toBe('localhost');
    expect((await proxy.close()).exchanges).toBe(1);
  });

  it('refuses a certificate it does not trust: the client connection is reset, the reason reported', async () => {
    const warnings: string[] = [];
    const proxy = await startProxy({
      upstream: `https://localhost:${port}`,
      onWarning: (w) => warnings.push(w),
    });
    const result = await rawRequest({ port: proxy.port, parts: [REQUEST] });
    expect(result.ending).toBe('reset');
    const closed = await proxy.close();
    expect(closed.forwarder.upstreamErrors).toBe(1);
    expect(warnings.join('\n')).toMatch(
      /upstream failed: localhost:\d+: (DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)/,
    );
  });
});
