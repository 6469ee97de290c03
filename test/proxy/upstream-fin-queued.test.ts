/**
 * A request on a connection a TLS upstream closed, while the upstream's last, complete answer is
 * still queued for a client slow to read it (ADR 050). The upstream's FIN already ends the
 * client's side once that answer is through, so the proxy lets it drain: the client gets the
 * whole answer and a clean close, never a reset (on Linux an RST discards what the client has
 * not read yet, even after the FIN). The request that could not be forwarded is counted once
 * and warned about, not as an upstream failure.
 */
import net from 'node:net';
import tls from 'node:tls';
import { describe, expect, it } from 'vitest';
import { startProxy } from '../../proxy/proxy.ts';
import { LOOPBACK_TLS } from './fixtures/loopback-tls.ts';
import { eventually, GET_NOT_FOUND } from './raw-net.ts';

const { request: REQUEST } = GET_NOT_FOUND;
const BODY = 256 * 1024;
const ANSWER = Buffer.concat([
  Buffer.from(`HTTP/1.1 200 OK\r\nContent-Length: ${BODY}\r\nConnection: close\r\n\r\n`, 'latin1'),
  Buffer.alloc(BODY, 'x'),
]);

describe('a request after a TLS upstream closed, its last answer still queued for the client', () => {
  it('lets the whole answer and the FIN through, no reset; the request is counted once and warned', async () => {
    let upstreamClosed = false;
    const server = tls.createServer(LOOPBACK_TLS, (socket) => {
      socket.on('error', () => {});
      socket.on('close', () => {
        upstreamClosed = true;
      });
      socket.once('data', () => socket.end(ANSWER));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    const warnings: string[] = [];
    const proxy = await startProxy({
      upstream: `https://127.0.0.1:${port}`,
      upstreamCa: LOOPBACK_TLS.cert,
      onWarning: (message) => warnings.push(message),
    });
    const client = net.connect({ port: proxy.port, host: '127.0.0.1', allowHalfOpen: true });
    const seen = { bytes: 0, ended: false, error: undefined as string | undefined };
    const closed = new Promise<void>((resolve) => client.on('close', () => resolve()));
    client.on('data', (chunk: Buffer) => {
      seen.bytes += chunk.length;
    });
    client.on('error', (error: NodeJS.ErrnoException) => {
      seen.error = error.code ?? error.message;
    });
    client.on('end', () => {
      seen.ended = true;
      client.end();
    });
    // The client reads nothing yet: most of the answer stays queued in the proxy.
    client.pause();
    client.write(REQUEST);
    // The upstream's socket closes once the proxy passed on its FIN (a TLS socket is not
    // half-open): the proxy's side of it is ended by then.
    await eventually(() => upstreamClosed, 30_000);
    // A pipelined request, in two chunks: the second once the proxy has read the first, so that
    // the proxy reads it as a chunk of its own, before the client's FIN (still one connection).
    client.write(REQUEST.slice(0, 10));
    await eventually(() => warnings.length > 0, 30_000);
    client.write(REQUEST.slice(10));
    client.resume();
    await closed;
    const result = await proxy.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(seen.error).toBeUndefined();
    expect(seen.bytes).toBe(ANSWER.length);
    expect(seen.ended).toBe(true);
    expect(result.exchanges).toBe(1);
    expect(result.forwarder.upstreamErrors).toBe(0);
    expect(result.forwarder.notForwarded).toBe(1);
    expect(result.summary).toContain('requests not forwarded: the upstream had closed the connection: 1');
    expect(result.summary).not.toContain('upstream failures');
    expect(warnings).toEqual([
      `request not forwarded: 127.0.0.1:${port}: the upstream had closed the connection`,
    ]);
  }, 60_000);
});
