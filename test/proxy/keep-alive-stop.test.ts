/**
 * A keep-alive connection at the stop (ADR 050): once the proxy has ended a connection (its
 * exchange answered, the stop begun), a request the client still sends on it is not forwarded
 * and the connection closes cleanly (FIN), never reset: the client knows nothing was answered,
 * and the upstream never saw the request, so it is safe to send again elsewhere.
 */
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { startProxy } from '../../proxy/proxy.ts';
import { eventually, GET_NOT_FOUND, rawUpstream } from './raw-net.ts';

const { request: REQUEST, answer: ANSWER } = GET_NOT_FOUND;

/** What the client saw on its one keep-alive connection. */
interface Seen {
  bytes: Buffer;
  ended: boolean;
  error: string | undefined;
}

describe('a keep-alive request arriving as the proxy closes', () => {
  it('is not forwarded, and its connection ends cleanly instead of being reset', async () => {
    // The upstream answers each request once told to: the first one after the stop began.
    const upstream = await rawUpstream(() => undefined);
    const warnings: string[] = [];
    const proxy = await startProxy({
      upstream: `http://127.0.0.1:${upstream.port}`,
      onWarning: (message) => warnings.push(message),
    });
    const seen: Seen = { bytes: Buffer.alloc(0), ended: false, error: undefined };
    // allowHalfOpen: the client can still write after the proxy's FIN, as a client whose next
    // request was already on the wire when the FIN left.
    const client = net.connect({ port: proxy.port, host: '127.0.0.1', allowHalfOpen: true });
    const closed = new Promise<void>((resolve) => client.on('close', () => resolve()));
    client.on('data', (chunk: Buffer) => {
      seen.bytes = Buffer.concat([seen.bytes, chunk]);
    });
    client.on('error', (error: NodeJS.ErrnoException) => {
      seen.error = error.code ?? error.message;
    });
    client.on('end', () => {
      seen.ended = true;
      // The next request, sent after the proxy ended the connection.
      client.write(REQUEST, () => setTimeout(() => client.end(), 50));
    });
    client.write(REQUEST);
    await eventually(() => upstream.received[0]?.length === REQUEST.length, 60_000);
    const closing = proxy.close({ drainMs: 600_000 });
    upstream.sockets[0]?.write(ANSWER);
    await closed;
    const result = await closing;
    await upstream.close();
    expect(seen.bytes.toString()).toBe(ANSWER);
    expect(seen.ended).toBe(true);
    expect(seen.error).toBeUndefined();
    // The second request never went upstream, and nothing failed on the way.
    expect(upstream.received[0]?.toString()).toBe(REQUEST);
    expect(result.forwarder.upstreamErrors).toBe(0);
    expect(result.forwarder.notForwarded).toBe(0);
    expect(warnings).toEqual([]);
    expect(result.exchanges).toBe(1);
  }, 60_000);
});
