/**
 * nock 14 support: its reply functions get `(path, body)` and the request object on `this.req`
 * (nock 15 passes a Fetch `Request` instead). This module rebuilds the wire request from those.
 */
import type { WireRequest } from './core/types.ts';

/** The request object nock 14 hands out: a `ClientRequest` look-alike. */
export interface LegacyRequest {
  headers: Record<string, unknown>;
  method: string;
  getHeaders(): Record<string, unknown>;
}

/** `this` inside a nock 14 reply function. */
export interface LegacyContext {
  req: LegacyRequest;
}

/**
 * Tells whether a value is nock 14's request object (not a Fetch `Request`).
 *
 * @example
 * isLegacyRequest(this.req); // true inside a nock 14 reply function
 */
export function isLegacyRequest(value: unknown): value is LegacyRequest {
  return (
    typeof value === 'object' && value !== null && typeof (value as LegacyRequest).getHeaders === 'function'
  );
}

/**
 * A scope `request` listener for nock 14, which `JSON.parse`s JSON bodies before calling reply
 * functions and crashes the process on malformed JSON (a case the emulator must answer with
 * 400 InvalidArgument). Hiding `content-type` from that step keeps the raw text; the real headers
 * are read again through `getHeaders()`. nock 15 passes a Fetch `Request`, which is left alone.
 *
 * @example
 * scope.on('request', shieldLegacyJsonParse);
 */
export function shieldLegacyJsonParse(req: unknown): void {
  if (!isLegacyRequest(req)) return;
  const { 'content-type': _hidden, ...rest } = req.headers;
  req.headers = rest;
}

function headerMap(raw: Record<string, unknown>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : String(value);
  }
  return headers;
}

const HEX = /^(?:[0-9a-f]{2})+$/;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8Representable(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * nock 14 gives the body as UTF-8 text, or as hex when the bytes are not valid UTF-8; this undoes
 * the hex step. A body that is itself hex text decoding to invalid UTF-8 is ambiguous — JSON
 * bodies never are.
 *
 * @example
 * legacyBodyBytes('fffe'); // Uint8Array [0xff, 0xfe]
 */
export function legacyBodyBytes(body: unknown): Uint8Array {
  if (body === undefined || body === null || body === '') return new Uint8Array(0);
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  if (HEX.test(text)) {
    const bytes = Uint8Array.from(text.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
    if (!isUtf8Representable(bytes)) return bytes;
  }
  return new TextEncoder().encode(text);
}

/** What a nock 14 reply function knows about the request. */
export interface LegacyReplyInput {
  protocol: 'http' | 'https';
  /** Path and query as sent. */
  path: string;
  body: unknown;
  req: LegacyRequest;
}

/**
 * Rebuilds the wire request inside a nock 14 reply function. nock sets `host` (with the port
 * unless it is 80/443), which is what the client signed.
 *
 * @example
 * const wire = legacyWireRequest({ protocol: 'http', path: uri, body, req: this.req });
 */
export function legacyWireRequest(input: LegacyReplyInput): WireRequest {
  const headers = headerMap(input.req.getHeaders());
  const body = legacyBodyBytes(input.body);
  const url = `${input.protocol}://${headers.host ?? 'localhost'}${input.path}`;
  return { method: input.req.method.toUpperCase(), url, headers, body };
}
