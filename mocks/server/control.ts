/**
 * The control API of the standalone server, under the reserved prefix `/__fc3/` (the real service
 * never uses it): health, reset, journal, stored functions and fault injection. Answers are
 * toolkit JSON (`{ "error": "…" }` on misuse), never FC envelopes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Fc3TestkitError } from '../core/errors.ts';
import type { CallFilter, CallOutcome, Emulator, Latency } from '../core/types.ts';
import { discardRest, type ReadBody, readBody } from './wire.ts';

/** Every control path starts with this prefix. */
export const CONTROL_PREFIX = '/__fc3/';

const CONTROL_BODY_LIMIT = 1024 * 1024;
const OUTCOMES: readonly CallOutcome[] = ['created', 'rejected', 'faulted', 'unrouted'];

/** What the control API acts on. */
export interface ControlContext {
  emulator: Emulator;
  /** `Date.now()` when the server started, for `uptimeMs`. */
  startedAt: number;
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
    process: { pid: process.pid, rssBytes: process.memoryUsage.rss(), cpuMicros: cpu.user + cpu.system },
  });
}

function calls({ emulator }: ControlContext, query: URLSearchParams): ControlResult {
  const filter: CallFilter = {};
  const outcome = query.get('outcome');
  if (outcome !== null) {
    if (!(OUTCOMES as readonly string[]).includes(outcome))
      return misuse(`outcome must be one of ${OUTCOMES.join(', ')}`);
    filter.outcome = outcome as CallOutcome;
  }
  const functionName = query.get('functionName');
  if (functionName !== null) filter.functionName = functionName;
  const code = query.get('code');
  if (code !== null) filter.code = code;
  const since = Number(query.get('since') ?? 0);
  const limit = Number(query.get('limit') ?? Number.POSITIVE_INFINITY);
  if (!(since >= 0) || !(limit >= 0)) return misuse('since and limit must be non-negative numbers');
  const entries = emulator.calls(filter).filter((entry) => entry.seq > since);
  return ok({ calls: limit >= entries.length ? entries : entries.slice(entries.length - limit) });
}

function functions({ emulator }: ControlContext, query: URLSearchParams): ControlResult {
  // Only named keys: an explicit `undefined` would override the emulator's default scope.
  const scope: { accountId?: string; regionId?: string } = {};
  const accountId = query.get('accountId');
  const regionId = query.get('regionId');
  if (accountId !== null) scope.accountId = accountId;
  if (regionId !== null) scope.regionId = regionId;
  return ok({ functions: emulator.functions(scope) });
}

function parseLatency(value: unknown): Latency | undefined {
  if (value === null || value === 0) return undefined;
  if (typeof value === 'number' && value > 0) return value;
  const range = value as { min?: unknown; max?: unknown } | undefined;
  if (
    typeof range?.min === 'number' &&
    typeof range.max === 'number' &&
    range.min >= 0 &&
    range.max >= range.min
  ) {
    return { min: range.min, max: range.max };
  }
  throw new Fc3TestkitError('latency must be null, a number of ms >= 0 or { "min": ms, "max": ms }');
}

function faults({ emulator }: ControlContext, _query: URLSearchParams, body: unknown): ControlResult {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return misuse('expected a JSON object with failNext, faults and/or latency');
  }
  const { failNext, faults: policy, latency } = body as Record<string, unknown>;
  if (failNext !== undefined) {
    const next = failNext as { code?: unknown; times?: unknown; message?: unknown };
    if (typeof next?.code !== 'string') return misuse('failNext.code must be an FC error code');
    const options = { times: next.times as number | undefined, message: next.message as string | undefined };
    emulator.failNext(next.code, options);
  }
  if (policy !== undefined) {
    const p = policy as { rate?: unknown; codes?: unknown } | null;
    if (p !== null && (typeof p.rate !== 'number' || !Array.isArray(p.codes))) {
      return misuse('faults must be null or { "rate": 0..1, "codes": ["InternalServerError", …] }');
    }
    emulator.setFaults(
      p === null ? undefined : { rate: p.rate as number, codes: (p.codes as unknown[]).map(String) },
    );
  }
  if (latency !== undefined) emulator.setLatency(parseLatency(latency));
  return ok({ ok: true });
}

const routes: Record<string, { method: string; run: Handler }> = {
  health: { method: 'GET', run: health },
  reset: {
    method: 'POST',
    run: ({ emulator }) => {
      emulator.reset();
      return ok({ ok: true });
    },
  },
  calls: { method: 'GET', run: calls },
  functions: { method: 'GET', run: functions },
  faults: { method: 'POST', run: faults },
};

function send(res: ServerResponse, result: ControlResult, truncated = false): void {
  const text = JSON.stringify(result.body);
  const headers: Record<string, string | number> = {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
  };
  if (truncated) headers.connection = 'close';
  res.writeHead(result.status, headers);
  if (!truncated) {
    res.end(text);
    return;
  }
  res.write(text);
  discardRest(res.req, { done: () => res.destroyed || res.end() });
}

function parseJson(bytes: Uint8Array): unknown {
  if (bytes.byteLength === 0) return {};
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw new Fc3TestkitError('control request body is not valid JSON');
  }
}

function run(
  name: string,
  context: ControlContext,
  query: URLSearchParams,
  bytes: Uint8Array,
): ControlResult {
  try {
    return (routes[name] as { run: Handler }).run(context, query, parseJson(bytes));
  } catch (error) {
    if (error instanceof Fc3TestkitError) return misuse(error.message);
    throw error;
  }
}

/**
 * Answers one control request (`/__fc3/…`); unknown names get 404, wrong methods 405.
 *
 * @example
 * if (req.url?.startsWith(CONTROL_PREFIX)) handleControl({ emulator, startedAt }, req, res);
 */
export function handleControl(context: ControlContext, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://control.invalid');
  const name = url.pathname.slice(CONTROL_PREFIX.length).replace(/\/$/, '');
  const route = Object.hasOwn(routes, name) ? routes[name] : undefined;
  if (!route) {
    send(res, {
      status: 404,
      body: { error: `unknown control endpoint ${url.pathname}`, endpoints: Object.keys(routes) },
    });
    req.resume();
    return;
  }
  if (req.method !== route.method) {
    res.setHeader('allow', route.method);
    send(res, { status: 405, body: { error: `${url.pathname} expects ${route.method}` } });
    req.resume();
    return;
  }
  const done = ({ body, truncated }: ReadBody): void => {
    if (truncated) send(res, misuse(`control request body exceeds ${CONTROL_BODY_LIMIT} bytes`), true);
    else send(res, run(name, context, url.searchParams, body));
  };
  readBody(req, { maxBytes: CONTROL_BODY_LIMIT, declared: req.headers['content-length'], done });
}
