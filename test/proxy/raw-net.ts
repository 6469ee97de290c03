/**
 * Test helpers on raw TCP (loopback only): upstreams that record every byte they receive and
 * answer with exact bytes, and clients that send exact bytes and read everything back.
 */
import net from 'node:net';
import { createCaptureBudget } from '../../proxy/tap/body-capture.ts';
import { createConnectionTap, type TappedExchange } from '../../proxy/tap/connection-tap.ts';

/** A raw upstream: what each connection received, and how it answers. */
export interface RawUpstream {
  port: number;
  /** Bytes received, per connection, in connection order. */
  received: Buffer[];
  /** The upstream side of each connection, in connection order (to answer later). */
  sockets: net.Socket[];
  connections: number;
  close(): Promise<void>;
}

/**
 * Called for every chunk a connection receives, with everything it received so far; write the
 * answer on `socket` when `received` is complete.
 */
export type RawHandler = (socket: net.Socket, received: Buffer) => void;

/** Starts a raw TCP upstream on 127.0.0.1 with a free port. */
export async function rawUpstream(handler: RawHandler): Promise<RawUpstream> {
  const state: RawUpstream = { port: 0, received: [], sockets: [], connections: 0, close: async () => {} };
  const sockets = new Set<net.Socket>();
  const server = net.createServer({ allowHalfOpen: true }, (socket) => {
    const index = state.connections++;
    state.received[index] = Buffer.alloc(0);
    state.sockets[index] = socket;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.on('data', (chunk: Buffer) => {
      state.received[index] = Buffer.concat([state.received[index] as Buffer, chunk]);
      handler(socket, state.received[index] as Buffer);
    });
  });
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1' }, resolve));
  state.port = (server.address() as net.AddressInfo).port;
  state.close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return state;
}

/** What a raw client saw. */
export interface RawResult {
  bytes: Buffer;
  /** `end` (FIN), `reset` (ECONNRESET), `error:<code>`, or `timeout`. */
  ending: string;
}

/** Options of {@link rawRequest}. */
export interface RawRequestOptions {
  port: number;
  /** Written one after the other, each as its own write. */
  parts: Buffer[];
  /** Stop (and close) once the bytes read satisfy this; default: wait for the server to close. */
  until?: (bytes: Buffer) => boolean;
  timeoutMs?: number;
}

/** Sends exact bytes on a fresh connection and reads until `until`, the server's close, or the timeout. */
export function rawRequest(options: RawRequestOptions): Promise<RawResult> {
  const { port, parts, until, timeoutMs = 5000 } = options;
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    let bytes = Buffer.alloc(0);
    let done = false;
    const finish = (ending: string): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ bytes, ending });
    };
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    socket.on('connect', () => {
      for (const part of parts) socket.write(part);
    });
    socket.on('data', (chunk: Buffer) => {
      bytes = Buffer.concat([bytes, chunk]);
      if (until?.(bytes)) finish('until');
    });
    socket.on('end', () => finish('end'));
    socket.on('error', (error: NodeJS.ErrnoException) =>
      finish(error.code === 'ECONNRESET' ? 'reset' : `error:${error.code}`),
    );
  });
}

/** Resolves once `predicate` holds, polling every 10 ms, or rejects after `timeoutMs`. */
export async function eventually(predicate: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!predicate()) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const NOT_FOUND_BODY =
  '{"Code":"FunctionNotFound","Message":"function f not found","RequestId":"1-64e70cf1-5cbef92ea8fc8c42899cf5d1"}';

/** A GetFunction request and an answer to it that conforms (404 FunctionNotFound): no finding. */
export const GET_NOT_FOUND = {
  request:
    'GET /2023-03-30/functions/f HTTP/1.1\r\nHost: 1234567890123456.cn-hangzhou.fc.aliyuncs.com\r\n\r\n',
  answer:
    'HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n' +
    'x-acs-request-id: 1-64e70cf1-5cbef92ea8fc8c42899cf5d1\r\nx-fc-request-id: 1-64e70cf1-5cbef92ea8fc8c42899cf5d1\r\n' +
    `Content-Length: ${NOT_FOUND_BODY.length}\r\n\r\n${NOT_FOUND_BODY}`,
};

/** `count` GET_NOT_FOUND exchanges as the forwarder's tap hands them on (GetFunction, answered 404). */
export function tappedExchanges(count: number): TappedExchange[] {
  const out: TappedExchange[] = [];
  let seq = 0;
  const tap = createConnectionTap({
    connection: 1,
    nextSeq: () => ++seq,
    bodyLimit: 1 << 20,
    budget: createCaptureBudget(1 << 24),
    onExchange: (exchange) => out.push(exchange),
  });
  for (let index = 0; index < count; index += 1) {
    tap.fromClient(Buffer.from(GET_NOT_FOUND.request));
    tap.fromUpstream(Buffer.from(GET_NOT_FOUND.answer));
  }
  return out;
}

/** A forwarder's counters with nothing counted but one connection, for results built in tests. */
export const ONE_CONNECTION = {
  connections: 1,
  bytesFromClients: 0,
  bytesFromUpstream: 0,
  upstreamErrors: 0,
  notForwarded: 0,
};
