/**
 * httpTarget's probe, which verify and scorecard run before any case: a port that accepts but
 * does not speak HTTP is named at once, instead of every case paying the idle timeout.
 */
import net from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { main } from '../../cli/run.ts';
import { httpTarget } from '../../contracts/index.ts';
import { startServer } from '../../mocks/server.ts';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** A TCP server whose connections get `onConnection`; its base URL. Closed after each test. */
async function tcpServer(onConnection: (socket: net.Socket) => void): Promise<string> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket.on('error', () => {}));
    onConnection(socket);
  });
  closers.push(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
}

it.each([
  ['accepts and never answers', () => {}, /accepted the connection but sent no HTTP answer within 300 ms/],
  [
    'starts an answer and stalls',
    (socket: net.Socket) => socket.write('HTT'),
    /accepted the connection but sent no HTTP answer within 300 ms/,
  ],
  [
    'speaks another protocol',
    (socket: net.Socket) => socket.write('SSH-2.0-OpenSSH_9.2\r\n'),
    /answered something that is not HTTP: "SSH-2"…/,
  ],
  [
    'closes without a word',
    (socket: net.Socket) => socket.end(),
    /closed the connection without an HTTP answer/,
  ],
])('a server that %s fails the probe, naming what it did', async (_name, onConnection, message) => {
  const baseUrl = await tcpServer(onConnection);
  await expect(httpTarget({ baseUrl, timeoutMs: 300 }).probe?.()).rejects.toThrow(message);
});

it('an HTTP server passes it whatever it answers (here serve without its control API)', async () => {
  const server = await startServer({ port: 0, control: false });
  try {
    await expect(httpTarget({ baseUrl: server.url, timeoutMs: 2000 }).probe?.()).resolves.toBeUndefined();
  } finally {
    await server.close();
  }
});

it('verify against a port that speaks another protocol exits 2 before any case', async () => {
  const baseUrl = await tcpServer((socket) => socket.write('SSH-2.0-OpenSSH_9.2\r\n'));
  const out = { stdout: '', stderr: '' };
  const io = {
    stdout: { write: (s: string) => (out.stdout += s) },
    stderr: { write: (s: string) => (out.stderr += s) },
  };
  expect(await main(['verify', '--base-url', baseUrl], io)).toBe(2);
  expect(out.stderr).toBe(
    `fc3-testkit: verify: ${baseUrl} answered something that is not HTTP: "SSH-2"…; start the server first, or check --base-url\n`,
  );
  expect(out.stdout).toBe('');
});
