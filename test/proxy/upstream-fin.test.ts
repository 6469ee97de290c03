/**
 * A request on a keep-alive connection the upstream closed on its own, before any stop (ADR 050's
 * other half). A TLS socket is not half-open: the upstream's FIN ends the proxy's side of it and
 * closes it, so a request the client sends after it cannot be forwarded. It is counted (not as
 * an upstream failure) and reported; the client's connection is not reset: the FIN passed on
 * already ends it, after the answer (upstream-fin-queued.test.ts: an RST would discard an answer
 * the client has not read yet). Only at the stop is such a request dropped quietly.
 */
import net from 'node:net';
import tls from 'node:tls';
import { describe, expect, it } from 'vitest';
import { startProxy } from '../../proxy/proxy.ts';
import { LOOPBACK_TLS } from './fixtures/loopback-tls.ts';
import { eventually, GET_NOT_FOUND } from './raw-net.ts';

const { request: REQUEST, answer: ANSWER } = GET_NOT_FOUND;

/** A TLS upstream that answers the first request and closes the connection (FIN) with it. */
async function answerOnceThenClose(): Promise<{ port: number; received: string[]; close(): Promise<void> }> {
  const received: string[] = [];
  const server = tls.createServer(LOOPBACK_TLS, (socket) => {
    socket.on('error', () => {});
    socket.on('data', (chunk: Buffer) => {
      received.push(chunk.toString('latin1'));
      socket.end(ANSWER);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('a keep-alive request after a TLS upstream closed the connection, before the stop', () => {
  it('is counted and reported, the client not reset; the upstream never sees it', async () => {
    const upstream = await answerOnceThenClose();
    const warnings: string[] = [];
    const proxy = await startProxy({
      upstream: `https://127.0.0.1:${upstream.port}`,
      upstreamCa: LOOPBACK_TLS.cert,
      onWarning: (message) => warnings.push(message),
    });
    // allowHalfOpen: the client still writes after the FIN, as a client whose next request was
    // already on the wire when the FIN left.
    const client = net.connect({ port: proxy.port, host: '127.0.0.1', allowHalfOpen: true });
    let answer = '';
    let error: string | undefined;
    const closed = new Promise<void>((resolve) => client.on('close', () => resolve()));
    client.on('data', (chunk: Buffer) => {
      answer += chunk.toString('latin1');
    });
    client.on('error', (failure: NodeJS.ErrnoException) => {
      error = failure.code ?? failure.message;
    });
    // The next request goes after the proxy passed on the upstream's FIN; the client's own FIN
    // follows it, so the proxy reads the request first either way.
    client.on('end', () => client.end(REQUEST));
    client.write(REQUEST);
    await closed;
    // The client's side closes before the proxy has read the request: the stop must not begin
    // until the proxy let the connection go.
    await eventually(() => proxy.openConnections === 0, 30_000);
    const result = await proxy.close();
    await upstream.close();
    expect(answer).toBe(ANSWER);
    expect(error).toBeUndefined();
    expect(upstream.received).toEqual([REQUEST]);
    expect(result.exchanges).toBe(1);
    expect(result.forwarder.upstreamErrors).toBe(0);
    expect(result.forwarder.notForwarded).toBe(1);
    expect(warnings).toEqual([
      `request not forwarded: 127.0.0.1:${upstream.port}: the upstream had closed the connection`,
    ]);
  }, 60_000);
});
