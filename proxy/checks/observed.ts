/**
 * A tapped exchange as the checks read it: lowercase headers joined the way the SDK signs them
 * (as `serve` reads them), the operation it addresses, the decoded answer, and the same exchange
 * in the contract suite's shape (for its checks, reporters and `curl` reproducer, which resends
 * it to the upstream).
 */

import type { Exchange } from '../../contracts/types.ts';
import { answerHeadersFromRaw, headersFromRaw } from '../../mocks/core/auth/wire-headers.ts';
import { findRoute, type Route } from '../../mocks/core/operations/index.ts';
import { rawPath } from '../../mocks/core/routing.ts';
import type { TappedExchange } from '../tap/connection-tap.ts';

/** What the checks see of one exchange. */
export interface Observed {
  tapped: TappedExchange;
  /** Absolute URL: `http://<Host header><target>`. */
  url: URL | undefined;
  requestHeaders: Record<string, string>;
  /** The operation of the spec the request addresses; undefined for any other path. */
  route: Route | undefined;
  /** The request body parsed as a JSON object, when it was kept and is one. */
  input: Record<string, unknown> | undefined;
  responseHeaders: Record<string, string>;
  /** The answer body as UTF-8 text ('' when none or not kept). */
  responseText: string;
  /** The answer body parsed as JSON; undefined when it is not JSON. */
  json: unknown;
  /** The contract suite's view of the same exchange. */
  exchange: Exchange;
}

const flat = (pairs: [string, string][]): string[] => pairs.flat();

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function urlOf(target: string, host: string | undefined): URL | undefined {
  try {
    return /^https?:\/\//i.test(target) ? new URL(target) : new URL(`http://${host ?? 'localhost'}${target}`);
  } catch {
    return undefined;
  }
}

function objectOf(bytes: Uint8Array | undefined): Record<string, unknown> | undefined {
  if (!bytes || bytes.byteLength === 0) return undefined;
  const value = parseJson(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/**
 * Reads a tapped exchange for the checks.
 *
 * @example
 * const observed = observe(tapped, new URL('http://127.0.0.1:9000'));
 * observed.route?.operation.name; // 'CreateFunction'
 */
export function observe(tapped: TappedExchange, upstream: URL): Observed {
  const { request, response } = tapped;
  const requestHeaders = headersFromRaw(flat(request.head.headers));
  const url = urlOf(request.head.target, requestHeaders.host);
  // The path as sent, as the emulator routes it (dot segments are names, not moves).
  const route = url ? findRoute(request.head.method, rawPath(request.head.target)) : undefined;
  const responseHeaders = response ? answerHeadersFromRaw(flat(response.head.headers)) : {};
  const bytes = response?.body.bytes;
  const responseText = bytes
    ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
    : '';
  return {
    tapped,
    url,
    requestHeaders,
    route,
    input: objectOf(request.body.bytes),
    responseHeaders,
    responseText,
    json: parseJson(responseText),
    exchange: {
      request: {
        method: request.head.method,
        // Where it went: a reproducer resends it to the upstream, with its own Host header.
        url: `${upstream.origin}${url ? `${url.pathname}${url.search}` : request.head.target}`,
        headers: requestHeaders,
        body: request.body.bytes ?? new Uint8Array(0),
      },
      response: { status: response?.head.status ?? 0, headers: responseHeaders, body: responseText },
      at: new Date(tapped.startedAt + tapped.durationMs),
    },
  };
}
