/**
 * The control API of the standalone server, under the reserved prefix `/__fc3/` (the real service
 * never uses it): health, reset, journal, stored functions, fault injection and the emulator's
 * clock. Answers are
 * toolkit JSON (`{ "error": "…" }` on misuse), never FC envelopes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Fc3TestkitError } from '../core/errors.ts';
import type { Emulator } from '../core/types.ts';
import {
  CALLS_QUERY,
  parseCallsQuery,
  parseClockBody,
  parseFaultsBody,
  unexpectedBody,
  unknownQueryParameter,
} from './control-input.ts';
import { checkControlTrust, hasBody } from './control-trust.ts';
import { safeValue } from './debug-line.ts';
import type { ServerLogger } from './log.ts';
import { chargeDump, endInPieces, type UnsentDumps } from './unsent-dumps.ts';
import { discardRest, type ReadBody, readBody } from './wire.ts';

/** Every control path starts with this prefix. */
export const CONTROL_PREFIX = '/__fc3/';

const CONTROL_BODY_LIMIT = 1024 * 1024;
const DUMPS = new Set([`${CONTROL_PREFIX}calls`, `${CONTROL_PREFIX}functions`]);
/**
 * Journal and function dumps written but not yet taken by their clients, over all connections.
 * Each answer is a fresh string of up to ~20 MiB: clients that pipeline reads and never take the
 * answers made memory grow by that much per request (one socket, 20 reads: +340 MB).
 */
const UNSENT_DUMPS_BUDGET = 128 * 1024 * 1024;

/** What the control API acts on. */
export interface ControlContext {
  emulator: Emulator;
  /** `Date.now()` when the server started, for `uptimeMs`. */
  startedAt: number;
  /** Where internal errors are reported. */
  log: Pick<ServerLogger, 'error' | 'debug'>;
  /** Host names accepted besides loopback (see {@link controlHostNames}). */
  controlHosts: ReadonlySet<string>;
  /** Dump answers not yet flushed to their sockets (bounded by a budget, stalls closed). */
  unsentDumps: UnsentDumps;
}

type ControlResult = { status: number; body: unknown };
type Handler = (context: ControlContext, query: URLSearchParams, body: unknown) => ControlResult;

const ok = (body: unknown): ControlResult => ({ status: 200, body });
const misuse = (message: string): ControlResult => ({ status: 400, body: { error: message } });

function health({ emulator, startedAt }: ControlContext): ControlResult {
  const cpu = process.cpuUsage();
  return ok({
    status: 'ok',
    accountId: emulator.accountId,
    regionId: emulator.regionId,
    seed: emulator.seed,
    uptimeMs: Date.now() - startedAt,
    process: {
      pid: process.pid,
      node: process.version,
      rssBytes: process.memoryUsage.rss(),
      cpuMicros: cpu.user + cpu.system,
    },
  });
}

function calls({ emulator }: ControlContext, query: URLSearchParams): ControlResult {
  const parsed = parseCallsQuery(query);
  if (!parsed.ok) return misuse(parsed.error);
  const { filter, since, limit } = parsed.value;
  // One page, oldest first; one more than asked tells whether another page follows.
  const entries = emulator.calls({ ...filter, since, limit: limit + 1 });
  const page = entries.slice(0, limit);
  const nextSince = entries.length > limit ? page.at(-1)?.seq : undefined;
  return ok(nextSince === undefined ? { calls: page } : { calls: page, nextSince });
}

function functions({ emulator }: ControlContext, query: URLSearchParams): ControlResult {
  // Only named keys: an explicit `undefined` would override the emulator's default scope.
  const scope: { accountId?: string; regionId?: string } = {};
  const accountId = query.get('accountId');
  const regionId = query.get('regionId');
  if (accountId !== null) scope.accountId = accountId;
  if (regionId !== null) scope.regionId = regionId;
  // Each function with its triggers (tags are part of the function body).
  const functions = emulator.functions(scope).map((fn) => ({
    ...fn,
    triggers: emulator.triggers(fn.functionName as string, scope),
  }));
  return ok({ functions });
}

function faults({ emulator }: ControlContext, _query: URLSearchParams, body: unknown): ControlResult {
  const parsed = parseFaultsBody(body);
  if (!parsed.ok) return misuse(parsed.error);
  const { failNext, faults: policy, latency, failPreparation } = parsed.value;
  if (failNext) {
    const { code, ...options } = failNext;
    emulator.failNext(code, options);
  }
  if (policy !== undefined) emulator.setFaults(policy ?? undefined);
  if (latency !== undefined) emulator.setLatency(latency ?? undefined);
  if (failPreparation) {
    const { functionName, ...options } = failPreparation;
    emulator.failPreparation(functionName, options);
  }
  return ok({ ok: true });
}

const now = ({ emulator }: ControlContext): ControlResult => ok({ now: emulator.now().toISOString() });

function advanceClock(context: ControlContext, _query: URLSearchParams, body: unknown): ControlResult {
  const parsed = parseClockBody(body);
  if (!parsed.ok) return misuse(parsed.error);
  context.emulator.advanceClock(parsed.value.advanceMs);
  return now(context);
}

type Method = 'GET' | 'POST';

/** An endpoint's handler and what it reads: any other query parameter, or a body, is refused. */
interface Endpoint {
  run: Handler;
  query?: readonly string[];
  readsBody?: true;
}

function reset({ emulator }: ControlContext): ControlResult {
  emulator.reset();
  return ok({ ok: true });
}

const routes: Record<string, Partial<Record<Method, Endpoint>>> = {
  health: { GET: { run: health } },
  reset: { POST: { run: reset } },
  calls: { GET: { run: calls, query: CALLS_QUERY } },
  functions: { GET: { run: functions, query: ['accountId', 'regionId'] } },
  faults: { POST: { run: faults, readsBody: true } },
  clock: { GET: { run: now }, POST: { run: advanceClock, readsBody: true } },
};

function serialize(
  context: ControlContext,
  path: string,
  result: ControlResult,
): ControlResult & { text: string } {
  try {
    return { ...result, text: JSON.stringify(result.body) };
  } catch (error) {
    // A journal too large for one string, a BigInt from a foreign emulator, …
    const failed = internalError(context, path, error);
    return { ...failed, text: JSON.stringify(failed.body) };
  }
}

interface Answer {
  context: ControlContext;
  res: ServerResponse;
  path: string;
  /** The body is not read (too large, or refused): answer, discard the rest (bounded), then close. */
  close?: boolean;
}

// A dump over the budget gets 503 instead (unless none is held: one answer of any size is sent);
// what it holds is given back when its last byte is flushed or its connection closes, which a
// connection that flushes nothing for the stall time is made to do (unsent-dumps.ts).
type Sent = ControlResult & { text: string; bytes: number; progress?: () => void };

function heldDump(context: ControlContext, res: ServerResponse, serialized: Sent): Sent {
  const unsent = context.unsentDumps;
  const { bytes } = serialized;
  if (unsent.bytes > 0 && unsent.bytes + bytes > UNSENT_DUMPS_BUDGET) {
    res.setHeader('retry-after', '1');
    const error = `journal and function answers not yet read by their clients hold ${unsent.bytes} bytes (at most ${UNSENT_DUMPS_BUDGET}); read those answers, then retry`;
    const text = JSON.stringify({ error });
    return { status: 503, body: { error }, text, bytes: Buffer.byteLength(text) };
  }
  return { ...serialized, progress: chargeDump(unsent, res, { bytes, log: context.log }) };
}

function send({ context, res, path, close = false }: Answer, result: ControlResult): void {
  const serialized = serialize(context, path, result);
  // Measured once: a dump's size is both what it is charged and its content-length.
  const measured: Sent = { ...serialized, bytes: Buffer.byteLength(serialized.text) };
  const dump = serialized.status < 400 && DUMPS.has(path.replace(/\/$/, ''));
  const { status, text, bytes, progress } = dump ? heldDump(context, res, measured) : measured;
  const headers: Record<string, string | number> = {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': bytes,
  };
  if (close) headers.connection = 'close';
  res.writeHead(status, headers);
  const { method = '?', headers: sent } = res.req;
  const origin = sent.origin === undefined ? '' : ` origin="${safeValue(sent.origin)}"`;
  // The journal and function dumps repeat what clients sent (security tokens, environment
  // variables): their size only. Errors and the small answers of the other endpoints as text.
  const shown = dump && status < 400 ? `(${headers['content-length']} bytes)` : safeValue(text, 200);
  context.log.debug(
    `debug control ${safeValue(method, 16)} ${safeValue(res.req.url ?? path)} host="${safeValue(sent.host ?? '')}"${origin} -> ${status} ${shown}`,
  );
  // Written whole: only refusals and a body past the limit close, all errors, never a dump (its
  // pieces and stall watch are for answers of megabytes; ADR 045).
  if (close) {
    res.write(text);
    discardRest(res.req, { done: () => res.destroyed || res.end() });
  } else if (progress) endInPieces(res, text, progress);
  else res.end(text);
}

function parseJson(bytes: Uint8Array): unknown {
  if (bytes.byteLength === 0) return {};
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw new Fc3TestkitError('control request body is not valid JSON');
  }
}

function internalError(context: ControlContext, path: string, error: unknown): ControlResult {
  const detail = error instanceof Error ? (error.stack ?? String(error)) : String(error);
  context.log.error(`${path} failed inside the control API: ${detail}`);
  return { status: 500, body: { error: `internal error in ${path}: ${String(error)}` } };
}

// Toolkit errors are the caller's mistake (400); anything else is a bug in the toolkit or in a
// foreign emulator: answered 500 and logged, never allowed to end the process.
function run(
  context: ControlContext,
  { url, method }: { url: URL; method: Method },
  bytes: Uint8Array,
): ControlResult {
  try {
    const name = routeName(url);
    const endpoint = routes[name]?.[method] as Endpoint;
    const body = parseJson(bytes);
    const refused =
      unknownQueryParameter(endpoint.query ?? [], url) ??
      (endpoint.readsBody ? undefined : unexpectedBody(`${method} ${CONTROL_PREFIX}${name}`, body));
    if (refused) return misuse(refused);
    return endpoint.run(context, url.searchParams, body);
  } catch (error) {
    if (error instanceof Fc3TestkitError) return misuse(error.message);
    return internalError(context, url.pathname, error);
  }
}

// Untrusted senders first (403/415), so they learn nothing about endpoints; then 404 and 405.
function refusalOf(
  context: ControlContext,
  req: IncomingMessage,
  url: URL,
): (ControlResult & { allow?: string }) | undefined {
  const trust = checkControlTrust(req, context.controlHosts);
  if (!trust.ok) return { status: trust.status, body: { error: trust.error } };
  const route = Object.hasOwn(routes, routeName(url)) ? routes[routeName(url)] : undefined;
  if (!route)
    return {
      status: 404,
      body: { error: `unknown control endpoint ${url.pathname}`, endpoints: Object.keys(routes) },
    };
  if (!route[req.method as Method]) {
    const allow = Object.keys(route).join(', ');
    return { status: 405, body: { error: `${url.pathname} expects ${allow}` }, allow };
  }
  return undefined;
}

const routeName = (url: URL): string => url.pathname.slice(CONTROL_PREFIX.length).replace(/\/$/, '');

/**
 * Answers one control request (`/__fc3/…`): an untrusted sender gets 403 or 415
 * (`control-trust.ts`), unknown names 404, wrong methods 405.
 *
 * @example
 * if (req.url?.startsWith(CONTROL_PREFIX)) handleControl({ emulator, startedAt, log, controlHosts }, req, res);
 */
export function handleControl(context: ControlContext, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://control.invalid');
  const answer: Answer = { context, res, path: url.pathname };
  const refusal = refusalOf(context, req, url);
  if (refusal) {
    if (refusal.allow) res.setHeader('allow', refusal.allow);
    // A body that will not be read is discarded (bounded) before the connection closes.
    const unread = hasBody(req);
    if (!unread) req.resume();
    send({ ...answer, close: unread }, refusal);
    return;
  }
  const done = ({ body, truncated }: ReadBody): void => {
    if (truncated)
      send({ ...answer, close: true }, misuse(`control request body exceeds ${CONTROL_BODY_LIMIT} bytes`));
    else send(answer, run(context, { url, method: req.method as Method }, body));
  };
  readBody(req, { maxBytes: CONTROL_BODY_LIMIT, declared: req.headers['content-length'], done });
}
