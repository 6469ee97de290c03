/**
 * serve while a large body is in the digest worker (ADR 028), with a worker that holds each body
 * until told to go on or to die (held-digest-worker.ts): other connections are answered
 * meanwhile, a pipelined request waits for the one before it, at most LARGE_BODY_SLOTS bodies
 * are held and the rest wait unread, and a dead worker costs one 500, not the server.
 */
import { connect } from 'node:net';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { BodySlots } from '../../mocks/server/body-slots.ts';
import { LARGE_BODY_SLOTS, type RunningServer, startServer } from '../../mocks/server.ts';
import { HELD_DIGEST_CHANNEL, type HeldDigestCommand, type HeldDigestEvent } from './held-digest-worker.ts';
import { sendWire, until } from './large-body-support.ts';

const captured = vi.hoisted(() => ({ slots: [] as BodySlots[] }));

vi.mock('../../mocks/server/digester.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../mocks/server/digester.ts')>();
  const workerUrl = new URL('./held-digest-worker.ts', import.meta.url);
  return {
    ...real,
    createDigester: (options: Parameters<typeof real.createDigester>[0]) =>
      real.createDigester({ ...options, workerUrl }),
  };
});

vi.mock('../../mocks/server/body-slots.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../mocks/server/body-slots.ts')>();
  return {
    ...real,
    bodySlots: (size: number) => {
      const slots = real.bodySlots(size);
      captured.slots.push(slots);
      return slots;
    },
  };
});

const channel = new BroadcastChannel(HELD_DIGEST_CHANNEL);
const holding: HeldDigestEvent[] = [];
channel.onmessage = (event) => holding.push((event as MessageEvent<HeldDigestEvent>).data);
const command = (what: HeldDigestCommand): void => channel.postMessage(what);

const running: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
  holding.length = 0;
  captured.slots.length = 0;
});
afterAll(() => channel.close());

const ZIP = Buffer.alloc(3000, 1).toString('base64');
const createBody = (name: string): Uint8Array =>
  new TextEncoder().encode(
    JSON.stringify({
      functionName: name,
      runtime: 'python3.10',
      handler: 'index.handler',
      code: { zipFile: ZIP },
    }),
  );
const createWire = (name: string) => ({
  method: 'POST',
  url: 'http://127.0.0.1:9000/2023-03-30/functions',
  headers: { 'content-type': 'application/json' },
  body: createBody(name),
});
const getWire = (name: string) => ({
  method: 'GET',
  url: `http://127.0.0.1:9000/2023-03-30/functions/${name}`,
  headers: {},
  body: new Uint8Array(0),
});

async function heldServer(logged: string[] = []): Promise<{ server: RunningServer; slots: BodySlots }> {
  const server = await startServer({
    largeBodyBytes: 1024,
    log: 'error',
    logSink: (line) => logged.push(line),
  });
  running.push(server);
  return { server, slots: captured.slots.at(-1) as BodySlots };
}

describe('serve while a large body is digested', () => {
  it('answers other connections meanwhile', async () => {
    const { server } = await heldServer();
    let largeAnswered = false;
    const large = sendWire(server.url, createWire('held')).then((answer) => {
      largeAnswered = true;
      return answer;
    });
    await until(() => holding.length === 1);
    const other = await sendWire(server.url, getWire('held'));
    expect(other.status).toBe(404); // answered while the create is still held
    expect(largeAnswered).toBe(false);
    command('release');
    expect((await large).status).toBe(200);
    expect((await sendWire(server.url, getWire('held'))).status).toBe(200);
  });

  it('a request pipelined behind a large body on the same connection waits for it', async () => {
    const { server } = await heldServer();
    const body = createBody('piped');
    const { port } = new URL(server.url);
    const socket = connect(Number(port), '127.0.0.1');
    socket.setTimeout(20_000, () => socket.destroy(new Error('no answer on the pipelined connection')));
    const head = `POST /2023-03-30/functions HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${body.byteLength}\r\n\r\n`;
    socket.write(
      Buffer.concat([
        Buffer.from(head),
        body,
        Buffer.from('GET /2023-03-30/functions/piped HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n'),
      ]),
    );
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    await until(() => holding.length === 1);
    command('release');
    await until(() => (received.match(/HTTP\/1\.1 /g) ?? []).length === 2);
    socket.destroy();
    const statuses = [...received.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((match) => match[1]);
    expect(statuses).toEqual(['200', '200']); // the GET saw the function the create made
  });

  it(`holds at most ${LARGE_BODY_SLOTS} large bodies; the rest wait unread, in order, and may leave`, async () => {
    const { server, slots } = await heldServer();
    const names = ['slot-a', 'slot-b', 'slot-c', 'slot-d'];
    const answers: Promise<{ status: number }>[] = [];
    for (const [i, name] of names.entries()) {
      answers.push(sendWire(server.url, createWire(name)));
      await until(() => slots.held + slots.waiting === i + 1);
    }
    expect({ held: slots.held, waiting: slots.waiting }).toEqual({ held: LARGE_BODY_SLOTS, waiting: 2 });
    // A client that gives up while waiting gives its place back.
    const leaving = sendWire(server.url, createWire('slot-gone'), { timeoutMs: 300 });
    await expect(leaving).rejects.toThrow('no answer');
    await until(() => slots.waiting === 2);
    for (let released = 1; released <= names.length; released++) {
      await until(() => holding.length >= released);
      command('release');
    }
    expect((await Promise.all(answers)).map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    const created = server.emulator.calls({ operation: 'CreateFunction' }).map((call) => call.functionName);
    expect(created).toEqual(names);
    await until(() => slots.held === 0 && slots.waiting === 0);
  });

  it("a dead worker is FC's 500 with a request id; it is logged and the next body gets a new worker", async () => {
    const logged: string[] = [];
    const { server } = await heldServer(logged);
    const first = sendWire(server.url, createWire('crash-1'));
    await until(() => holding.length === 1);
    command('crash');
    const failed = await first;
    expect(failed.status).toBe(500);
    const envelope = JSON.parse(failed.body);
    expect(envelope.Code).toBe('InternalServerError');
    expect(envelope.RequestId).toMatch(/^1-[0-9a-f]{8}-[0-9a-f]{24}$/);
    expect(failed.requestId).toBe(envelope.RequestId);
    expect(failed.fcRequestId).toBe(envelope.RequestId);
    await until(() => logged.some((line) => line.includes('the digest worker stopped (exit code 3)')));
    const second = sendWire(server.url, createWire('crash-2'));
    await until(() => holding.length === 2);
    command('release');
    expect((await second).status).toBe(200);
    expect(server.emulator.calls().map((call) => call.functionName)).toEqual(['crash-2']);
  });
});
