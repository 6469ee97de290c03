/**
 * `cassetteEmulator`: an {@link Emulator} that answers from a recorded cassette instead of a
 * store, so `serve`'s node:http adapter (`fc3-testkit replay`), `fc3Handlers` and `fc3Nock` replay
 * a recorded run unchanged (ADR 024), text answers as text and Base64 ones as their bytes. A request no recorded exchange matches gets FC's
 * `PathNotSupported` envelope (400) and is listed by `unmatched()`. Browser-safe.
 */
import { decodeBase64 } from '../core/base64.ts';
import { framed } from '../core/dispatch.ts';
import { EMULATOR_BRAND } from '../core/emulator.ts';
import { fcErrorResponse } from '../core/envelopes.ts';
import { Fc3TestkitError } from '../core/errors.ts';
import { toFetchResponse, toWireRequest } from '../core/fetch.ts';
import { createJournal } from '../core/journal.ts';
import { findForeignRoute, foreignTarget } from '../core/operations/foreign-routes.ts';
import { findRoute } from '../core/operations/index.ts';
import { createPrng } from '../core/prng.ts';
import { requestId } from '../core/request-id.ts';
import { sha256Hex } from '../core/sha256.ts';
import { DEFAULT_MAX_BODY_BYTES } from '../core/state.ts';
import type { Emulator, WireRequest, WireResponse } from '../core/types.ts';
import type { Cassette, CassetteEntry } from './cassette.ts';
import { createMatcher } from './match.ts';

/** A request no recorded exchange matched. */
export interface UnmatchedRequest {
  method: string;
  /** Path and query as received. */
  target: string;
  /** Why: no recorded exchange on this method, path and query, or none with this body. */
  reason: string;
}

/**
 * An emulator replaying a cassette; see {@link cassetteEmulator}.
 *
 * @example
 * const replay = cassetteEmulator(cassette);
 * replay.unmatched(); // [] when every request was recorded
 */
export interface CassetteEmulator extends Emulator {
  readonly cassette: Cassette;
  /** Requests that got the `PathNotSupported` answer because nothing recorded matched. */
  unmatched(): UnmatchedRequest[];
}

/** Framing and connection fields are the adapter's business, not the recording's. */
const NOT_REPLAYED = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive']);
const MAX_UNMATCHED = 1000;

function headersOf(entry: CassetteEntry): Record<string, string> {
  // Text may be redacted to another length, so the adapter frames it; a HEAD's answer has no
  // body, so its recorded length is the answer's (ADR 038: as live). Bytes: see `recorded`.
  const head = entry.request.method.toUpperCase() === 'HEAD';
  const headers: Record<string, string> = {};
  for (const [name, value] of entry.response?.headers ?? []) {
    const lower = name.toLowerCase();
    if (NOT_REPLAYED.has(lower) && !(head && lower === 'content-length')) continue;
    // parseCassette let a HEAD's lengths through only when they agree: one is the answer's.
    if (lower === 'content-length' && headers[lower] !== undefined) continue;
    headers[lower] = headers[lower] === undefined ? value : `${headers[lower]}, ${value}`;
  }
  return headers;
}

function recorded(entry: CassetteEntry): WireResponse {
  const body = entry.response?.body;
  const response: WireResponse = {
    status: entry.response?.status ?? 500,
    headers: headersOf(entry),
    body: body?.encoding === 'utf8' ? body.text : '',
  };
  // parseCassette refused a replayable line whose Base64 does not decode. The length is the
  // bytes', not a recorded one: a line stating more would hang nock's and MSW's client.
  if (body?.encoding === 'base64') {
    response.bytes = decodeBase64(body.data) as Uint8Array;
    response.headers['content-length'] = String(response.bytes.byteLength);
  }
  return response;
}

function targetOf(url: string): { target: string; path: string } {
  try {
    const parsed = new URL(url);
    return { target: `${parsed.pathname}${parsed.search}`, path: parsed.pathname };
  } catch {
    return { target: url, path: url };
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return text !== '';
  } catch {
    return false;
  }
}

function unsupported(method: string): never {
  throw new Fc3TestkitError(
    `cassetteEmulator: ${method}() is not available when replaying a cassette; record a run that shows the behaviour instead`,
  );
}

/**
 * Creates an emulator that answers every request from the cassette (matching on method, path,
 * query and body after redaction). Faults, latency and the clock belong to live emulators: those
 * methods throw {@link Fc3TestkitError}.
 *
 * @example
 * import { cassetteEmulator, parseCassette } from 'fc3-testkit';
 * const handlers = fc3Handlers(cassetteEmulator(parseCassette(text)), { baseUrl: 'http://127.0.0.1:9000' });
 */
export function cassetteEmulator(cassette: Cassette): CassetteEmulator {
  const matcher = createMatcher(cassette.entries);
  const prng = createPrng(1);
  const journal = () => createJournal({ limit: 1000, maxBytes: 16 * 1024 * 1024, sha256Hex });
  let calls = journal();
  let unmatched: UnmatchedRequest[] = [];
  const miss = (wire: WireRequest, target: string, near: number): WireResponse => {
    const reason =
      near > 0
        ? `${near} recorded exchange(s) on this route, none with this body`
        : 'nothing recorded on this method, path and query';
    if (unmatched.length < MAX_UNMATCHED) unmatched.push({ method: wire.method, target, reason });
    const id = requestId(new Date(), prng);
    const message = `fc3-testkit replay: no recorded exchange matches '${wire.method.slice(0, 20)}' against '${target.slice(0, 200)}' (${reason})`;
    return fcErrorResponse(400, 'PathNotSupported', message, id);
  };
  const dispatch = async (wire: WireRequest): Promise<WireResponse> => {
    const { target, path } = targetOf(wire.url);
    const asked = { method: wire.method, target, body: wire.body };
    const { entry, near } = matcher.match(asked);
    // The routes that are not FC 3.0's (the emulator's own download, ADR 038; FC 2.0's token
    // path), as dispatch finds them before the operation table; the host is not needed for these.
    const foreign = findForeignRoute(foreignTarget(wire, ''))?.operation;
    // A HEAD of the download when only its GET was recorded is answered as serve answers a live
    // one: the GET framed without its body (ADR 038 addendum); other routes answer no HEAD live.
    // It does not use up the GET it borrows: the next GET still gets that answer.
    const get =
      !entry && near === 0 && wire.method.toUpperCase() === 'HEAD' && foreign?.protocol === 'code'
        ? matcher.peek({ ...asked, method: 'GET' })
        : undefined;
    const response = entry ? recorded(entry) : get ? framed(recorded(get), true) : miss(wire, target, near);
    const code =
      response.status >= 400 ? (/"Code"\s*:\s*"([^"]*)"/.exec(response.body)?.[1] ?? undefined) : undefined;
    calls.record({
      at: new Date(),
      operation: (foreign ?? findRoute(wire.method, path)?.operation)?.name,
      method: wire.method,
      url: wire.url,
      headers: wire.headers,
      body: wire.body,
      input: undefined,
      bodyText: undefined,
      status: response.status,
      code,
      functionName: undefined,
      outcome: entry || get ? (response.status < 400 ? 'succeeded' : 'rejected') : 'unrouted',
      ruleId: undefined,
      requestId: response.headers['x-fc-request-id'] ?? response.headers['x-acs-request-id'] ?? '',
      responseText: isJson(response.body) ? response.body : '',
    });
    return response;
  };
  const emulator: CassetteEmulator & { [EMULATOR_BRAND]: true } = {
    [EMULATOR_BRAND]: true,
    cassette,
    dispatch,
    handle: async (request) =>
      toFetchResponse(await dispatch(await toWireRequest(request, DEFAULT_MAX_BODY_BYTES)), request.method),
    reset() {
      matcher.rewind();
      calls = journal();
      unmatched = [];
    },
    unmatched: () => unmatched.map((entry) => ({ ...entry })),
    calls: (filter) => calls.query(filter),
    failNext: () => unsupported('failNext'),
    setFaults: () => unsupported('setFaults'),
    setLatency: () => unsupported('setLatency'),
    failPreparation: () => unsupported('failPreparation'),
    advanceClock: () => unsupported('advanceClock'),
    functions: () => unsupported('functions'),
    triggers: () => unsupported('triggers'),
    now: () => new Date(),
    accountId: '1234567890123456',
    regionId: 'cn-hangzhou',
    seed: 1,
    maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
  };
  return emulator;
}
