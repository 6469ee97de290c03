/**
 * Repro (issue 13, item 6): an oversized body. `serve` answers EntityTooLarge as soon as the
 * limit is crossed; before the fix it then closed the socket while the client was still sending,
 * so the client got EPIPE/ECONNRESET instead of the answer. Now the rest of the body is read and
 * thrown away, bounded by bytes and time, and only then is the connection closed.
 */
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCARD_LIMITS } from '../../mocks/server/wire.ts';
import { type CliProcess, expectAlive, rssBytes, send, serve } from './support.ts';

const LIMIT = 4096;
const MiB = 1024 * 1024;
/**
 * How long a client waits for the server to hang up: far above the discard timer (3 s), far below
 * the server's other limits on a connection (120 s request timeout) and the test's own 30 s.
 */
const DEADLINE_MS = 20_000;

interface Exchange {
  /** What the server sent, as text. */
  answer: string;
  /** Bytes of body the client managed to hand to its socket. */
  sent: number;
  /** A socket error, if any (EPIPE, ECONNRESET). */
  error: string | undefined;
  /** Whether the server's FIN arrived only after the client had sent everything. */
  closedAfterUpload: boolean;
  /** Whether the server's FIN arrived at all (it hung up, rather than reset or the client's deadline). */
  ended: boolean;
  /** From before connecting to the close. */
  ms: number;
}

interface Upload {
  port: number;
  /** Declared Content-Length. */
  length: number;
  /** Sent before waiting for the answer. */
  first: number;
  /** Then sent in chunks of `chunk` bytes, `pauseMs` apart, until `length` is reached. */
  chunk: number;
  pauseMs: number;
}

function writeRest(socket: Socket, upload: Upload, progress: { sent: number }, done: () => void): void {
  const step = (): void => {
    if (socket.destroyed) return;
    if (progress.sent >= upload.length) {
      socket.end(done);
      return;
    }
    const size = Math.min(upload.chunk, upload.length - progress.sent);
    progress.sent += size;
    const drained = socket.write(Buffer.alloc(size, 0x20));
    if (upload.pauseMs > 0) setTimeout(step, upload.pauseMs);
    else if (drained) setImmediate(step);
    else socket.once('drain', step);
  };
  step();
}

/** Sends headers and `first` body bytes, waits for the whole answer, then sends the rest. */
function uploadAfterAnswer(upload: Upload): Promise<Exchange> {
  return new Promise((resolve) => {
    const started = performance.now();
    const progress = { sent: upload.first };
    let answer = '';
    let error: string | undefined;
    let uploaded = false;
    let continued = false;
    const socket = connect({ port: upload.port, host: '127.0.0.1' }, () => {
      socket.write(
        `POST /2023-03-30/functions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${upload.length}\r\n\r\n`,
      );
      socket.write(Buffer.alloc(upload.first, 0x20));
    });
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      answer += chunk;
      const complete = /\r\n\r\n\{.*\}$/s.test(answer);
      if (complete && !continued) {
        continued = true;
        writeRest(socket, upload, progress, () => (uploaded = true));
      }
    });
    let closedAfterUpload = false;
    let ended = false;
    socket.on('end', () => {
      ended = true;
      closedAfterUpload = uploaded;
    });
    socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code ?? e.message));
    // A deadline, not an idle timeout: a client that keeps sending never goes idle.
    const deadline = setTimeout(
      () => socket.destroy(new Error(`no close within ${DEADLINE_MS} ms`)),
      DEADLINE_MS,
    );
    socket.on('close', () => {
      clearTimeout(deadline);
      const ms = performance.now() - started;
      resolve({ answer, sent: progress.sent, error, closedAfterUpload, ended, ms });
    });
  });
}

const isEntityTooLarge = (answer: string) =>
  /^HTTP\/1\.1 400 /.test(answer) && answer.includes('"Code":"EntityTooLarge"');

describe('hostile: oversized bodies', () => {
  let server: CliProcess;
  beforeAll(async () => {
    server = await serve(['--max-body-bytes', String(LIMIT)]);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('lets a client that sends on after the answer finish, then closes cleanly', async () => {
    const exchange = await uploadAfterAnswer({
      port: server.port,
      length: 2 * MiB,
      first: LIMIT + 1000,
      chunk: 64 * 1024,
      pauseMs: 0,
    });
    expect(isEntityTooLarge(exchange.answer)).toBe(true);
    expect(exchange.answer).toMatch(/\r\nconnection: close\r\n/i);
    expect(exchange.error).toBeUndefined();
    expect(exchange.sent).toBe(2 * MiB);
    expect(exchange.closedAfterUpload).toBe(true);
    await expectAlive(server);
  });

  it('answers node:http clients that stream an oversized body, 20 times, 5 at a time', async () => {
    const big = Buffer.alloc(2 * MiB, 'a');
    const once = () =>
      send(server.url, {
        headers: { 'content-type': 'application/json' },
        body: [big.subarray(0, 1000), big],
      });
    for (let round = 0; round < 4; round += 1) {
      const answers = await Promise.all([once(), once(), once(), once(), once()]);
      for (const answer of answers) expect(answer.json.Code).toBe('EntityTooLarge');
    }
    await expectAlive(server);
  });

  it('stops reading after 16 MiB of excess and does not buffer it', async () => {
    const before = await rssBytes(server);
    const exchange = await uploadAfterAnswer({
      port: server.port,
      length: 256 * MiB,
      first: LIMIT + 1,
      chunk: MiB,
      pauseMs: 0,
    });
    expect(isEntityTooLarge(exchange.answer)).toBe(true);
    // The server hangs up long before 256 MiB (16 MiB discarded plus what the sockets buffer).
    expect(exchange.sent).toBeLessThan(64 * MiB);
    expect(exchange.closedAfterUpload).toBe(false);
    const after = await rssBytes(server);
    expect(after - before).toBeLessThan(32 * MiB);
    await expectAlive(server);
  });

  it('survives clients that vanish while their excess is being discarded', async () => {
    const vanish = () =>
      new Promise<void>((resolve) => {
        const socket = connect({ port: server.port, host: '127.0.0.1' }, () => {
          socket.write(`POST /2023-03-30/functions HTTP/1.1\r\nHost: x\r\nContent-Length: ${MiB}\r\n\r\n`);
          socket.write(Buffer.alloc(LIMIT + 1, 0x20), () => socket.resetAndDestroy());
        });
        socket.on('error', () => {});
        socket.on('close', () => resolve());
      });
    await Promise.all(Array.from({ length: 10 }, vanish));
    await expectAlive(server);
  });

  it('stops waiting for a trickling client after 3 s', async () => {
    const exchange = await uploadAfterAnswer({
      port: server.port,
      length: MiB,
      first: LIMIT + 1,
      chunk: 10,
      pauseMs: 100,
    });
    expect(isEntityTooLarge(exchange.answer)).toBe(true);
    // The server hung up (FIN, no reset, before the client's deadline) while the client still
    // sent: neither the byte limit (a few hundred bytes of 16 MiB) nor a connection timeout of
    // the server (120 s) can have done it, only the discard timer.
    expect(exchange.error).toBeUndefined();
    expect(exchange.ended).toBe(true);
    expect(exchange.closedAfterUpload).toBe(false);
    expect(exchange.sent).toBeLessThan(DISCARD_LIMITS.maxBytes);
    // Not at once: the timer starts after the answer, which comes after the client began, so a
    // loaded machine can only make this longer (100 ms for Node's timer granularity).
    expect(exchange.ms).toBeGreaterThanOrEqual(DISCARD_LIMITS.maxMs - 100);
    await expectAlive(server);
  });
});
