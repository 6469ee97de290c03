/**
 * Repro from the s11 hostile review: journal reads whose answers the client never takes. Each
 * `GET /__fc3/calls?limit=1000` answer is a fresh string of up to ~20 MiB, and Node runs every
 * request pipelined in one packet before any answer is flushed, so one socket writing 20 reads
 * and reading nothing took serve's RSS from 191 to 530 MB (10 sockets of one read: +170 MB),
 * without bound. Dump answers not yet flushed are now held to 128 MiB over all connections:
 * past it a read gets 503, and what they hold is given back when their connection closes.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CliProcess,
  expectAlive,
  fillJournal,
  FULL_PAGE as PAGE,
  rssBytes,
  send,
  serve,
} from './support.ts';

const HEAVY_MS = 120_000;
/** The budget of unread dump answers (ADR 045); the journal's pages are ASCII, so bytes = characters. */
const BUDGET = 128 * 1024 * 1024;

let server: CliProcess;
beforeAll(async () => {
  server = await serve();
});
afterAll(async () => {
  await server?.stop();
});

/** The status of a fresh journal read, polled until it is `want` (at most `tries` reads). */
async function pollUntil(want: number, tries = 100): Promise<number> {
  let status = 0;
  for (let i = 0; i < tries && status !== want; i++) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, 100));
    status = (await send(server.url, { method: 'GET', path: PAGE })).status;
  }
  return status;
}

describe('hostile: journal answers nobody reads', () => {
  it(
    'twelve pipelined reads on a socket that reads nothing hold at most the budget, and give it back on close',
    async () => {
      const pageBytes = await fillJournal(server);
      expect(pageBytes).toBeGreaterThan(12 * 1024 * 1024);
      const before = await rssBytes(server);
      const { port } = new URL(server.url);
      const socket = connect(Number(port), '127.0.0.1');
      socket.on('error', () => {});
      socket.pause();
      socket.write(`GET ${PAGE} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`.repeat(12));
      // Once the unread answers fill the budget, a read from anyone else is refused.
      expect(await pollUntil(503)).toBe(503);
      const busy = await send(server.url, { method: 'GET', path: PAGE });
      expect(busy.headers['retry-after']).toBe('1');
      expect(busy.json.error).toMatch(
        new RegExp(`not yet read by their clients hold \\d+ bytes \\(at most ${BUDGET}\\)`),
      );
      expect((await rssBytes(server)) - before).toBeLessThan(400 * 1024 * 1024);
      socket.destroy();
      expect(await pollUntil(200)).toBe(200);
      // All of it came back: as many whole pages as the budget holds are answered at once (a
      // leak of even one page's bytes would refuse the last of them).
      const fit = Math.floor(BUDGET / pageBytes);
      const reads = Array.from({ length: fit }, () => send(server.url, { method: 'GET', path: PAGE }));
      expect((await Promise.all(reads)).map((r) => r.status)).toEqual(Array(fit).fill(200));
      await expectAlive(server);
    },
    HEAVY_MS,
  );
});
