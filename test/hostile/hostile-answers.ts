/**
 * Answers no honest FC server gives, for the contract suite's answer limits: over node:http (a
 * real server on port 0) and as Fetch `Response`s (in-process handlers, MSW). Each counts what
 * it sent, so a test can tell that the suite stopped reading rather than read and dropped.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulator } from '../../mocks/index.ts';

/** How a hostile answer misbehaves. */
export type Hostility = 'endless' | 'declared-10gib' | 'trickle' | 'stall';

const CHUNK = Buffer.alloc(64 * 1024, 0x20);
const TEN_GIB = 10 * 1024 ** 3;
// "Endless" ends after 1 GiB, so that a reader without a limit fails its memory assertion
// instead of running out of memory.
const ENDLESS_BYTES = 1024 ** 3;

/** What a hostile source sent before the reader went away. */
export interface Sent {
  bytes: number;
  /** Resolves once the reader closed the connection or cancelled the stream. */
  closed: Promise<void>;
}

function streamTo(res: http.ServerResponse, sent: { bytes: number }): void {
  const more = () => {
    while (!res.destroyed && sent.bytes < ENDLESS_BYTES) {
      sent.bytes += CHUNK.length;
      if (!res.write(CHUNK)) return;
    }
    if (!res.destroyed) res.end();
  };
  res.on('drain', more);
  more();
}

function misbehave(res: http.ServerResponse, hostility: Hostility, sent: { bytes: number }): void {
  const length = hostility === 'declared-10gib' ? { 'content-length': String(TEN_GIB) } : {};
  res.writeHead(200, { 'content-type': 'application/json', ...length });
  res.flushHeaders();
  if (hostility === 'endless' || hostility === 'declared-10gib') streamTo(res, sent);
  else if (hostility === 'trickle') {
    const timer = setInterval(() => {
      res.write(' ');
      sent.bytes += 1;
    }, 20);
    res.on('close', () => clearInterval(timer));
  }
}

async function honest(req: http.IncomingMessage, res: http.ServerResponse, emulator = createEmulator()) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : Buffer.concat(chunks);
  const headers = Object.entries(req.headers).flatMap(([k, v]): [string, string][] =>
    typeof v === 'string' ? [[k, v]] : [],
  );
  const answer = await emulator.handle(
    new Request(`http://127.0.0.1:9000${req.url}`, { method: req.method as string, headers, body }),
  );
  res.writeHead(answer.status, Object.fromEntries(answer.headers));
  res.end(Buffer.from(await answer.arrayBuffer()));
}

/** A listening server: hostile for requests whose URL contains `marker`, the emulator otherwise. */
export interface HostileServer {
  url: string;
  /** One entry per hostile answer, in order. */
  sent: Sent[];
  close(): Promise<void>;
}

/**
 * Starts a node:http server on a free loopback port that answers `hostility` to every request
 * whose URL contains `marker` and passes the others to one emulator.
 *
 * @example
 * const server = await hostileServer({ hostility: 'endless', marker: 'get-missing' });
 */
export async function hostileServer(options: {
  hostility: Hostility;
  marker: string;
}): Promise<HostileServer> {
  const emulator = createEmulator();
  const sent: Sent[] = [];
  const server = http.createServer((req, res) => {
    if (!req.url?.includes(options.marker)) return void honest(req, res, emulator);
    const record = { bytes: 0, closed: new Promise<void>((resolve) => res.on('close', resolve)) };
    sent.push(record);
    misbehave(res, options.hostility, record);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A Fetch `Response` that misbehaves as `hostility` says, recording into `record` what it sent.
 *
 * @example
 * const record = { bytes: 0, cancelled: false };
 * const answer = hostileResponse('endless', record);
 */
export function hostileResponse(
  hostility: Hostility,
  record: { bytes: number; cancelled: boolean },
): Response {
  let timer: NodeJS.Timeout | undefined;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (hostility === 'stall') return new Promise<void>(() => {});
      if (hostility === 'trickle') await new Promise((resolve) => (timer = setTimeout(resolve, 20)));
      if (record.bytes >= ENDLESS_BYTES) return controller.close();
      const chunk = hostility === 'trickle' ? new Uint8Array([0x20]) : new Uint8Array(CHUNK);
      record.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
    cancel() {
      clearTimeout(timer);
      record.cancelled = true;
    },
  });
  const length: Record<string, string> =
    hostility === 'declared-10gib' ? { 'content-length': String(TEN_GIB) } : {};
  return new Response(body, { status: 200, headers: { 'content-type': 'application/json', ...length } });
}
