/**
 * A target for any HTTP server: requests go out through node:http with the exact bytes and
 * headers the case prepared (host included, so signatures stay valid).
 */
import http from 'node:http';
import net from 'node:net';
import { Fc3TestkitError } from '../../mocks/core/errors.ts';
import { checkOptionKeys } from '../../mocks/core/option-keys.ts';
import { checkNumericOptions } from '../run/numeric-options.ts';
import {
  ANSWER_LIMIT_KEYS,
  type AnswerLimits,
  answerLimits,
  TransportError,
} from '../run/transport-error.ts';
import type { ContractTarget } from '../types.ts';
import { CLOCK_PATH, controlApiClock } from './clock.ts';
import { sendHttp } from './send-http.ts';
import { socketHost } from './socket-host.ts';

export { type SendHttpOptions, sendHttp } from './send-http.ts';

/** Options of {@link httpTarget}. */
export interface HttpTargetOptions extends AnswerLimits {
  /** `http://host:port` of the server. */
  baseUrl: string;
  name?: string;
  /** The body limit the server declares; enables the EntityTooLarge case. */
  maxBodyBytes?: number;
  /**
   * Idle timeout per request in ms: the socket silent this long ends it. Default 5000 (a server that
   * never answers, e.g. Prism on malformed JSON, costs that much). `answerBudgetMs` bounds the
   * whole answer, `maxAnswerBytes` its size (32 MiB and 30 s by default).
   */
  timeoutMs?: number;
  /**
   * The server is `fc3-testkit serve` with its control API: lifecycle waits move its clock
   * (`POST /__fc3/clock`) instead of sleeping. It moves for everyone using that server.
   */
  advanceClock?: boolean;
  /** The server keeps no state (Prism): stateful cases do not apply, with that reason. */
  stateless?: boolean;
}

const HTTP_TARGET_OPTION_KEYS = [
  ...ANSWER_LIMIT_KEYS,
  ...Object.keys({
    baseUrl: true,
    name: true,
    maxBodyBytes: true,
    timeoutMs: true,
    advanceClock: true,
    stateless: true,
  } satisfies Record<Exclude<keyof HttpTargetOptions, keyof AnswerLimits>, true>),
];

/**
 * Connects and asks one harmless question (the control API's clock: no FC operation; serve
 * journals it only with its control API off, as an unknown path); any HTTP answer will do. A port
 * that accepts and never answers would otherwise cost every case its idle timeout (~650 cases ×
 * 5 s ÷ 8 at a time: over six minutes), and a port that speaks another protocol would fail every
 * case with the same transport error.
 */
function probe(baseUrl: string, timeoutMs: number): Promise<void> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: socketHost(url), port: Number(url.port || 80) });
    const fail = (why: string) => {
      socket.destroy();
      reject(new TransportError(`${baseUrl} ${why}`));
    };
    let head = '';
    // Connected: whatever came (nothing, or part of "HTTP/") is not an HTTP answer in time.
    socket.setTimeout(timeoutMs, () =>
      fail(
        socket.readyState === 'open'
          ? `accepted the connection but sent no HTTP answer within ${timeoutMs} ms`
          : `is unreachable: no connection within ${timeoutMs} ms`,
      ),
    );
    socket.once('connect', () =>
      socket.write(`GET ${CLOCK_PATH} HTTP/1.1\r\nHost: ${url.host}\r\nConnection: close\r\n\r\n`),
    );
    socket.on('data', (chunk: Buffer) => {
      head += chunk.toString('latin1', 0, 5 - head.length);
      if (head.length < 5) return;
      if (head !== 'HTTP/') return fail(`answered something that is not HTTP: ${JSON.stringify(head)}…`);
      socket.destroy();
      resolve();
    });
    socket.once('end', () => head.length < 5 && fail('closed the connection without an HTTP answer'));
    socket.once('error', (error) => fail(`is unreachable: ${error.message}`));
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
  checkOptionKeys({
    adapter: 'httpTarget',
    options,
    known: HTTP_TARGET_OPTION_KEYS,
    example: "{ baseUrl: 'http://127.0.0.1:9000' }",
  });
  const baseUrl = checkedBaseUrl(options?.baseUrl);
  checkNumericOptions('httpTarget', options);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  const timeoutMs = options.timeoutMs ?? 5000;
  const limits = answerLimits(options);
  const target: ContractTarget = {
    name: options.name ?? baseUrl,
    baseUrl,
    // node:http sends the Host header the case sets, so FC host names reach the server as-is.
    fcHosts: 'host-header',
    getBodies: true,
    send: (request) => sendHttp(request, { agent, timeoutMs, ...limits }),
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
