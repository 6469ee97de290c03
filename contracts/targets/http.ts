/**
 * A target for any HTTP server: requests go out through node:http with the exact bytes and
 * headers the case prepared (host included, so signatures stay valid).
 */
import http from 'node:http';
import net from 'node:net';
import { Fc3TestkitError } from '../../mocks/core/errors.ts';
import { TransportError } from '../run/run-case.ts';
import type { ContractTarget, ReceivedResponse, SentRequest } from '../types.ts';
import { controlApiClock } from './clock.ts';

/** Options of {@link httpTarget}. */
export interface HttpTargetOptions {
  /** `http://host:port` of the server. */
  baseUrl: string;
  name?: string;
  /** The body limit the server declares; enables the EntityTooLarge case. */
  maxBodyBytes?: number;
  /** Per-request timeout in ms. Default 5000 (a server that never answers, e.g. Prism on malformed JSON, costs that much). */
  timeoutMs?: number;
  /**
   * The server is `fc3-testkit serve` with its control API: lifecycle waits move its clock
   * (`POST /__fc3/clock`) instead of sleeping. It moves for everyone using that server.
   */
  advanceClock?: boolean;
  /** The server keeps no state (Prism): stateful cases do not apply, with that reason. */
  stateless?: boolean;
}

function toResponse(res: http.IncomingMessage, chunks: Buffer[]): ReceivedResponse {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  const bytes = Buffer.concat(chunks);
  return { status: res.statusCode ?? 0, headers, body: bytes.toString('utf8'), bytes };
}

/** Options of {@link sendHttp}. */
export interface SendHttpOptions {
  agent?: http.Agent;
  timeoutMs: number;
}

/**
 * Sends a prepared request through node:http with exactly its bytes and headers.
 *
 * @example
 * const received = await sendHttp(sent, { timeoutMs: 5000 });
 */
export function sendHttp(
  request: SentRequest,
  { agent, timeoutMs }: SendHttpOptions,
): Promise<ReceivedResponse> {
  return new Promise((resolve, reject) => {
    const url = new URL(request.url);
    const headers = { ...request.headers, 'content-length': String(request.body.byteLength) };
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: request.method,
        headers,
        agent,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve(toResponse(res, chunks)));
        res.on('error', (error) => reject(new TransportError(error.message)));
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (error) => reject(new TransportError(error.message)));
    req.end(request.body);
  });
}

function probe(baseUrl: string, timeoutMs: number): Promise<void> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: url.hostname, port: Number(url.port || 80) });
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no connection within ${timeoutMs} ms`)));
    socket.once('connect', () => {
      socket.end();
      resolve();
    });
    socket.once('error', (error) =>
      reject(new TransportError(`${baseUrl} is unreachable: ${error.message}`)),
    );
  });
}

// Plain HTTP only: the exact bytes go out over node:http; an HTTPS endpoint is reached through
// `fc3-testkit proxy --upstream https://…`.
function checkedBaseUrl(value: unknown): string {
  const url = typeof value === 'string' && URL.canParse(value) ? new URL(value) : undefined;
  if (url?.protocol !== 'http:' || url.hostname === '') {
    throw new Fc3TestkitError(
      `httpTarget: baseUrl must be a plain http://host:port URL (an https:// endpoint is reached through fc3-testkit proxy --upstream https://…), got ${JSON.stringify(value)}`,
    );
  }
  return `${url.protocol}//${url.host}`;
}

/**
 * A target that sends each case over HTTP to `baseUrl`; a `baseUrl` that is not `http://host:port`
 * throws {@link Fc3TestkitError}.
 *
 * @example
 * const report = await runContractSuite(httpTarget({ baseUrl: 'http://127.0.0.1:9000' }));
 */
export function httpTarget(options: HttpTargetOptions): ContractTarget {
  const baseUrl = checkedBaseUrl(options?.baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  const timeoutMs = options.timeoutMs ?? 5000;
  const target: ContractTarget = {
    name: options.name ?? baseUrl,
    baseUrl,
    // node:http sends the Host header the case sets, so FC host names reach the server as-is.
    fcHosts: 'host-header',
    getBodies: true,
    send: (request) => sendHttp(request, { agent, timeoutMs }),
    probe: () => probe(baseUrl, timeoutMs),
    close: async () => agent.destroy(),
  };
  if (options.maxBodyBytes !== undefined) target.maxBodyBytes = options.maxBodyBytes;
  const control = controlApiClock(baseUrl, agent);
  if (options.advanceClock) target.clock = control;
  // Any answer that is not a clock (Prism's 404, a real FC endpoint) means "no clock".
  else target.readClock = () => control.now().catch(() => undefined);
  if (options.stateless) target.stateless = true;
  return target;
}
