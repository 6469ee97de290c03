/**
 * Repro from the s16 review: one client asks for full journal pages and stops reading. Its unread
 * answers held the budget of unread dumps (ADR 045) for as long as its connection stayed open,
 * and every other client's full read got 503 all that time. A connection whose client takes no
 * byte of its dumps for `dumpStallTimeoutMs` is now closed and what it held goes back; a client
 * that reads slowly, or a keep-alive connection that merely idles, is left alone. The control
 * API's close path (an answer to a request whose body it does not read, written whole) never
 * carries a dump; a dump on a connection the client asked to close is written in pieces and
 * watched as any other (the slow reader below sends `Connection: close`).
 */
import { once } from 'node:events';
import { Agent, request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import {
  type CliProcess,
  envelopeOf,
  expectAlive,
  FULL_PAGE,
  fillJournal,
  send,
  serverProcess,
} from './support.ts';

/** Short, so that the tests wait seconds; every pause of a client that reads is far shorter. */
const STALL_MS = 1000;
const HEAVY_MS = 120_000;
const STALLED =
  /closed the connection from 127\.0\.0\.1:\d+: no piece of its \d+ journal or function answer\(s\) of \d+ bytes could be written for 1000 ms/;

let server: CliProcess;
let pageBytes = 0;
beforeAll(async () => {
  server = await serverProcess({ dumpStallTimeoutMs: STALL_MS, log: 'debug' });
  pageBytes = await fillJournal(server);
}, HEAVY_MS);
afterAll(async () => {
  await server?.stop();
});

/** Resolves once the server's log, from character `from` on, matches `pattern`. */
function logged(pattern: RegExp, from: number): Promise<void> {
  const { stderr } = server.child;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stderr?.off('data', check);
      reject(new Error(`no log line ${pattern} within 30 s; log: …${server.stderr().slice(-600)}`));
    }, 30_000);
    function check(): void {
      if (!pattern.test(server.stderr().slice(from))) return;
      clearTimeout(timer);
      stderr?.off('data', check);
      resolve();
    }
    stderr?.on('data', check);
    check();
  });
}

/** A socket to the server, destroyed when the test ends however it ends. */
function rawSocket(): Socket {
  const socket = connect(server.port, '127.0.0.1');
  socket.setTimeout(60_000, () => socket.destroy(new Error('idle for 60 s')));
  onTestFinished(() => {
    socket.destroy();
  });
  return socket;
}

/** Everything the server sends on `socket` until it closes. */
async function readAll(socket: Socket): Promise<string> {
  let text = '';
  socket.on('data', (chunk: Buffer) => {
    text += chunk.toString('latin1');
  });
  await once(socket, 'close');
  return text;
}

const faults = (body: unknown) =>
  send(server.url, {
    path: '/__fc3/faults',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

/** A GET through `agent`, with the socket it went over. */
function get(agent: Agent, path: string): Promise<{ status: number; socket: Socket; reused: boolean }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { agent }, (res) => {
      res.resume();
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, socket: req.socket as Socket, reused: req.reusedSocket }),
      );
    });
    req.setTimeout(10_000, () => req.destroy(new Error('no answer within 10 s')));
    req.on('error', reject).end();
  });
}

describe('hostile: a client that stops reading its journal answers', () => {
  it(
    'is closed after the stall time, and another client’s full read is then answered',
    async () => {
      expect(pageBytes).toBeGreaterThan(12 * 1024 * 1024);
      const from = server.stderr().length;
      const socket = rawSocket();
      socket.on('error', () => {});
      socket.pause();
      socket.write(`GET ${FULL_PAGE} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`.repeat(12));
      // The budget is full: its own later reads were refused behind the ones it does not take.
      await logged(/-> 503 /, from);
      await logged(STALLED, from);
      expect((await send(server.url, { method: 'GET', path: FULL_PAGE })).status).toBe(200);
      // Its connection really is closed: what was flushed before arrives, then the end.
      socket.resume();
      await once(socket, 'close');
      await expectAlive(server);
    },
    HEAVY_MS,
  );

  it(
    'is not cut while it keeps reading, with pauses far shorter than the stall time',
    async () => {
      const from = server.stderr().length;
      const socket = rawSocket();
      // The kernel takes the answer in steps of ~1.5 MiB (ADR 045): with 256 KiB per 30 ms the
      // server waits ~190 ms between two flushed pieces, a margin of ~5x on the stall time, and
      // the ~66 pauses alone make the read last about two stall times.
      const PAUSE_MS = 30;
      const BURST = 256 * 1024;
      let head = '';
      let received = 0;
      let burst = 0;
      const started = performance.now();
      socket.on('data', (chunk: Buffer) => {
        if (head.length < 512) head += chunk.subarray(0, 512).toString('latin1');
        received += chunk.length;
        burst += chunk.length;
        if (burst < BURST) return;
        burst = 0;
        socket.pause();
        setTimeout(() => socket.resume(), PAUSE_MS);
      });
      // `Connection: close`: a dump the client asked to end its connection still goes in pieces.
      socket.write(`GET ${FULL_PAGE} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
      await once(socket, 'close');
      const elapsed = performance.now() - started;
      expect(head).toMatch(/^HTTP\/1\.1 200 /);
      const headBytes = head.indexOf('\r\n\r\n') + 4;
      expect(received).toBe(headBytes + pageBytes);
      // It took more than 1.5 stall times (at least one pause per burst), and was not cut.
      expect(elapsed).toBeGreaterThan(1.5 * STALL_MS);
      expect(server.stderr().slice(from)).not.toMatch(STALLED);
    },
    HEAVY_MS,
  );

  it(
    'leaves an idle keep-alive connection open past the stall time, also after a journal read',
    async () => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      const first = await get(agent, '/2023-03-30/functions?limit=1');
      expect(first.status).toBe(200);
      expect((await get(agent, '/__fc3/calls?limit=1')).status).toBe(200);
      let closed = false;
      first.socket.once('close', () => {
        closed = true;
      });
      // A wait, not a synchronisation: nothing happens on this connection, and nothing should.
      await new Promise((resolve) => setTimeout(resolve, 4 * STALL_MS));
      const again = await get(agent, '/2023-03-30/functions?limit=1');
      expect(again.status).toBe(200);
      expect(closed).toBe(false);
      expect(again.reused).toBe(true);
      expect(again.socket).toBe(first.socket);
      agent.destroy();
    },
    HEAVY_MS,
  );

  it(
    'does not cut a journal read waiting on its connection behind a slow FC answer',
    async () => {
      expect((await faults({ latency: 4 * STALL_MS })).status).toBe(200);
      onTestFinished(async () => {
        await faults({ latency: null });
      });
      const from = server.stderr().length;
      const socket = rawSocket();
      const answers = readAll(socket);
      socket.write(
        'GET /2023-03-30/functions?limit=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n' +
          'GET /__fc3/calls?limit=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
      );
      // The journal read is charged at once but can only be sent after the FC answer, 4 s later.
      expect([...(await answers).matchAll(/HTTP\/1\.1 (\d+) /g)].map(([, status]) => status)).toEqual([
        '200',
        '200',
      ]);
      expect(server.stderr().slice(from)).not.toMatch(STALLED);
    },
    HEAVY_MS,
  );

  // The close path (answer, discard the unread rest, close) writes its answer whole: it may, as
  // long as no dump ever goes that way. These are all the ways into it, on both dump endpoints.
  it.each([
    ['a body past the control limit', 'GET', { 'Content-Length': String(2 * 1024 * 1024) }, 400],
    ['a foreign Origin', 'GET', { Origin: 'https://page.example', 'Content-Length': '2' }, 403],
    ['a body that is not JSON', 'POST', { 'Content-Type': 'text/plain', 'Content-Length': '2' }, 415],
    ['a method the endpoint does not take', 'POST', { 'Content-Length': '2' }, 405],
  ])(
    'answers a dump request with %s and its body unread with a short error, never the dump',
    async (_name, method, headers, status) => {
      for (const path of ['/__fc3/calls?limit=1000', '/__fc3/functions']) {
        const socket = rawSocket();
        const answer = readAll(socket);
        const lines = Object.entries({ 'Content-Type': 'application/json', ...headers }).map(
          ([name, value]) => `${name}: ${value}\r\n`,
        );
        socket.write(`${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${lines.join('')}\r\n{}`);
        // The first row never sends the rest of its declared body: the server closes after its
        // bounded wait for it.
        const text = await answer;
        expect(text).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
        expect(text.slice(0, text.indexOf('\r\n\r\n')).toLowerCase()).toContain('\r\nconnection: close');
        expect(Object.keys(envelopeOf(text))).toContain('error');
        expect(text.length).toBeLessThan(4096);
      }
      await expectAlive(server);
    },
  );
});
