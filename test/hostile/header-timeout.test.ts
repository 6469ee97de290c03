/**
 * Repro (issue 13, item 7): a client that never finishes its headers. The configured header
 * timeout must hold; Node only checks it every `connectionsCheckingInterval` (30 s by default),
 * so before the fix a 300 ms timeout took up to 30 s and the documented 10 s up to 40 s.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliProcess, expectAlive, serverProcess } from './support.ts';

const HEADERS_TIMEOUT_MS = 300;

/** Opens a socket, sends an unfinished header block and resolves when the server closes it. */
function stalledHeaders(port: number): Promise<{ ms: number; answer: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let answer = '';
    const socket = connect({ port, host: '127.0.0.1' }, () => {
      socket.write('GET /__fc3/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    });
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('close', () => resolve({ ms: performance.now() - started, answer }));
    socket.on('error', reject);
    // Far below Node's default 30 s check interval, far above the configured timeout.
    socket.setTimeout(5000, () => socket.destroy(new Error('headers timeout not applied within 5 s')));
  });
}

describe('hostile: stalled request headers', () => {
  let server: CliProcess;
  beforeAll(async () => {
    server = await serverProcess({ headersTimeoutMs: HEADERS_TIMEOUT_MS });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('closes the connection with 408 soon after the configured header timeout', async () => {
    const { ms, answer } = await stalledHeaders(server.port);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(ms).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 20);
    // The check interval is a quarter of the timeout: at most 1.25 × the timeout plus scheduling.
    expect(ms).toBeLessThan(HEADERS_TIMEOUT_MS * 1.25 + 1000);
    await expectAlive(server);
  });
});
