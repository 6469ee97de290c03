/**
 * The control API of the standalone server, under the reserved prefix `/__fc3/` (the real service
 * never uses it): health, reset, journal, stored functions and fault injection. Answers are
 * toolkit JSON (`{ "error": "…" }` on misuse), never FC envelopes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Fc3TestkitError } from '../core/errors.ts';
import { OPERATION_NAMES } from '../core/operation-names.ts';
import type { CallFilter, CallOutcome, Emulator, FaultScope, Latency, OperationName } from '../core/types.ts';
import { type ReadBody, readBody } from './wire.ts';

/** Every control path starts with this prefix. */
export const CONTROL_PREFIX = '/__fc3/';

const CONTROL_BODY_LIMIT = 1024 * 1024;
const OUTCOMES: readonly (CallOutcome | 'created')[] = [
  'succeeded',
  'rejected',
  'faulted',
  'unrouted',
  'created',
];

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

/** Entries per page of `GET /__fc3/calls` when `limit` is not given, and the most a page holds. */
const CALLS_PAGE = 100;
const MAX_CALLS_PAGE = 1000;

function calls({ emulator }: ControlContext, query: URLSearchParams): ControlResult {
  const filter: CallFilter = {};
  const outcome = query.get('outcome');
  if (outcome !== null) {
    if (!(OUTCOMES as readonly string[]).includes(outcome))
      return misuse(`outcome must be one of ${OUTCOMES.join(', ')}`);
    filter.outcome = outcome as CallOutcome;
  }
  const operation = query.get('operation');
  if (operation !== null) {
    if (!(OPERATION_NAMES as readonly string[]).includes(operation))
      return misuse(`operation must be one of ${OPERATION_NAMES.join(', ')}`);
    filter.operation = operation as OperationName;
  }
  const functionName = query.get('functionName');
  if (functionName !== null) filter.functionName = functionName;
  const code = query.get('code');
  if (code !== null) filter.code = code;
  const since = Number(query.get('since') ?? 0);
  const limit = Number(query.get('limit') ?? CALLS_PAGE);
  if (
    !Number.isSafeInteger(since) ||
    since < 0 ||
    !Number.isInteger(limit) ||
    limit < 1 ||
    limit > MAX_CALLS_PAGE
  ) {
    return misuse(`since must be a non-negative integer and limit an integer from 1 to ${MAX_CALLS_PAGE}`);
  }
  // One more than asked tells whether another page follows.
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

/** The optional scope of a fault: `operation` and `match.functionName`, checked by the core. */
function scopeOf(value: Record<string, unknown>): FaultScope {
  const scope: FaultScope = {};
  if (value.operation !== undefined) scope.operation = value.operation as FaultScope['operation'];
  if (value.match !== undefined) scope.match = value.match as FaultScope['match'];
  return scope;
}

function faults({ emulator }: ControlContext, _query: URLSearchParams, body: unknown): ControlResult {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return misuse('expected a JSON object with failNext, faults, latency and/or failPreparation');
  }
  const { failNext, faults: policy, latency, failPreparation } = body as Record<string, unknown>;
  if (failNext !== undefined) {
    const next = (failNext ?? {}) as Record<string, unknown>;
    if (typeof next.code !== 'string') return misuse('failNext.code must be an FC error code');
    const options = {
      ...scopeOf(next),
      times: next.times as number | undefined,
      message: next.message as string | undefined,
    };
    emulator.failNext(next.code, options);
  }
  if (policy !== undefined) {
    const p = policy as Record<string, unknown> | null;
    if (p !== null && (typeof p.rate !== 'number' || !Array.isArray(p.codes))) {
      return misuse('faults must be null or { "rate": 0..1, "codes": ["InternalServerError", …] }');
    }
    emulator.setFaults(
      p === null
        ? undefined
        : { ...scopeOf(p), rate: p.rate as number, codes: (p.codes as unknown[]).map(String) },
    );
  }
  if (latency !== undefined) emulator.setLatency(parseLatency(latency));
  if (failPreparation !== undefined) {
    const prepare = (failPreparation ?? {}) as Record<string, unknown>;
    if (typeof prepare.functionName !== 'string')
      return misuse('failPreparation.functionName must be a string');
    const options = {
      reasonCode: prepare.reasonCode as string | undefined,
      reason: prepare.reason as string | undefined,
    };
    emulator.failPreparation(prepare.functionName, options);
  }
  return ok({ ok: true });
}

function clock({ emulator }: ControlContext, _query: URLSearchParams, body: unknown): ControlResult {
  const advanceMs = (body as { advanceMs?: unknown } | null)?.advanceMs;
  if (advanceMs !== undefined) emulator.advanceClock(advanceMs as number);
  return ok({ now: emulator.now().toISOString() });
}

type Method = 'GET' | 'POST';

const routes: Record<string, Partial<Record<Method, Handler>>> = {
  health: { GET: health },
  reset: {
    POST: ({ emulator }) => {
      emulator.reset();
      return ok({ ok: true });
    },
  },
  calls: { GET: calls },
  functions: { GET: functions },
  faults: { POST: faults },
  clock: { GET: clock, POST: clock },
};

function send(res: ServerResponse, result: ControlResult, close = false): void {
  const text = JSON.stringify(result.body);
  const headers: Record<string, string | number> = {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
  };
  if (close) headers.connection = 'close';
  res.writeHead(result.status, headers);
  res.end(text);
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
  handler: Handler,
  context: ControlContext,
  query: URLSearchParams,
  bytes: Uint8Array,
): ControlResult {
  try {
    return handler(context, query, parseJson(bytes));
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
  const handler = route[req.method as Method];
  if (!handler) {
    const allowed = Object.keys(route).join(', ');
    res.setHeader('allow', allowed);
    send(res, { status: 405, body: { error: `${url.pathname} expects ${allowed}` } });
    req.resume();
    return;
  }
  const done = ({ body, truncated }: ReadBody): void => {
    if (truncated) send(res, misuse(`control request body exceeds ${CONTROL_BODY_LIMIT} bytes`), true);
    else send(res, run(handler, context, url.searchParams, body));
  };
  readBody(req, { maxBytes: CONTROL_BODY_LIMIT, declared: req.headers['content-length'], done });
}
