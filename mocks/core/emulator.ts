/**
 * `createEmulator`: the public face of the core. It owns one state and runs every request
 * through the pipeline, then records it in the journal.
 */
import { Fc3TestkitError } from './errors.ts';
import { toFetchResponse, toWireRequest } from './fetch.ts';
import { type Outcome, type RequestTarget, runPipeline } from './pipeline.ts';
import { requestId } from './request-id.ts';
import { createState, type EmulatorState, functionBodyFor } from './state.ts';
import type { Emulator, EmulatorOptions, WireRequest, WireResponse } from './types.ts';

/** Marks objects made by this copy of the toolkit, so adapters can refuse look-alikes. */
export const EMULATOR_BRAND: unique symbol = Symbol.for('fc3-testkit.emulator@1');

// Each emulator's own `dispatch`, mapped to the same answer without the promise. Keyed by the
// function, so an object that replaces `dispatch` (a spread with a wrapper) is not bypassed.
const synchronousDispatch = new WeakMap<
  Emulator['dispatch'],
  (wire: WireRequest) => WireResponse | Promise<WireResponse>
>();

/**
 * Internal (servers): answers through `emulator.dispatch`, but synchronously when that is the
 * emulator's own, unreplaced dispatch and no latency is injected. Otherwise returns whatever
 * `dispatch` returns: a promise from any realm, a thenable, or a value.
 *
 * @example
 * const answer = dispatchNow(emulator, wire); // WireResponse, or something to await
 */
export function dispatchNow(emulator: Emulator, wire: WireRequest): WireResponse | PromiseLike<WireResponse> {
  const own = synchronousDispatch.get(emulator.dispatch);
  return own ? own(wire) : emulator.dispatch(wire);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

function respond(state: EmulatorState, wire: WireRequest, outcome: Outcome, now: Date): WireResponse {
  const id = requestId(now, state.prng);
  const { body } = outcome;
  const text =
    typeof body === 'string'
      ? body
      : JSON.stringify(outcome.status === 200 ? body : { ...body, RequestId: id });
  const input = outcome.input;
  state.journal.record({
    at: now,
    method: wire.method,
    url: wire.url,
    headers: wire.headers,
    input,
    body: wire.body,
    status: outcome.status,
    code: outcome.code,
    functionName: typeof input?.functionName === 'string' ? input.functionName : undefined,
    outcome: outcome.outcome,
    ruleId: outcome.ruleId,
    requestId: id,
    // A created function's body is rebuilt from the store on query instead of being retained.
    responseText: outcome.stored ? undefined : text,
    created: outcome.stored?.scope,
    bodyText: outcome.bodyText,
  });
  const headers = { 'content-type': JSON_CONTENT_TYPE, 'x-acs-request-id': id, 'x-fc-request-id': id };
  return { status: outcome.status, headers, body: text };
}

const INVALID: RequestTarget = { pathname: '/', hostname: 'invalid' };

function parseTarget(url: string): RequestTarget {
  try {
    const parsed = new URL(url);
    return { pathname: parsed.pathname, hostname: parsed.hostname };
  } catch {
    return INVALID; // not a URL: routed as `/` on an unknown host, i.e. PathNotSupported
  }
}

/** Per emulator, remembers the last URL parsed: clients send the same one over and over. */
function createTargetParser(): (url: string) => RequestTarget {
  let lastUrl = '';
  let lastTarget = INVALID;
  return (url) => {
    if (url !== lastUrl) {
      lastTarget = parseTarget(url);
      lastUrl = url;
    }
    return lastTarget;
  };
}

function answer(
  state: EmulatorState,
  wire: WireRequest,
  targetOf: (url: string) => RequestTarget,
): WireResponse {
  const now = state.clock();
  return respond(state, wire, runPipeline(state, wire, targetOf(wire.url), now), now);
}

// Synchronous unless latency is injected: no await between the store's check and insert either way.
function dispatch(
  state: EmulatorState,
  wire: WireRequest,
  targetOf: (url: string) => RequestTarget,
): WireResponse | Promise<WireResponse> {
  const delay = state.faults.delayMs();
  if (delay > 0) return sleep(delay).then(() => answer(state, wire, targetOf));
  return answer(state, wire, targetOf);
}

/**
 * Creates a stateful in-memory CreateFunction emulator; each instance owns its data.
 *
 * @example
 * const emulator = createEmulator({ seed: 1 });
 * const response = await emulator.handle(new Request('http://127.0.0.1/2023-03-30/functions', { method: 'POST', body }));
 */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  let state = createState(options);
  const targetOf = createTargetParser();
  const ownDispatch = async (wire: WireRequest): Promise<WireResponse> => dispatch(state, wire, targetOf);
  synchronousDispatch.set(ownDispatch, (wire) => dispatch(state, wire, targetOf));
  const emulator: Emulator & { [EMULATOR_BRAND]: true } = {
    [EMULATOR_BRAND]: true,
    dispatch: ownDispatch,
    handle: async (request) =>
      toFetchResponse(await dispatch(state, await toWireRequest(request, state.maxBodyBytes), targetOf)),
    reset() {
      state = createState(options);
    },
    failNext: (code, failOptions) => state.faults.failNext(code, failOptions),
    setFaults: (policy) => state.faults.setFaults(policy),
    setLatency: (latency) => state.faults.setLatency(latency),
    calls: (filter) => state.journal.query(filter),
    functions(scope = {}) {
      const resolved = {
        accountId: scope.accountId ?? state.defaultScope.accountId,
        regionId: scope.regionId ?? state.defaultScope.regionId,
      };
      return state.store.list(resolved).map(({ record, input }) => functionBodyFor(resolved, record, input));
    },
    get accountId() {
      return state.defaultScope.accountId;
    },
    get regionId() {
      return state.defaultScope.regionId;
    },
    get seed() {
      return state.seed;
    },
    get maxBodyBytes() {
      return state.maxBodyBytes;
    },
  };
  return emulator;
}

/**
 * Tells whether a value is an emulator made by this toolkit version.
 *
 * @example
 * assertEmulator(emulator); // throws Fc3TestkitError for anything else
 */
export function assertEmulator(value: unknown): asserts value is Emulator {
  if (typeof value !== 'object' || value === null || !(EMULATOR_BRAND in value)) {
    throw new Fc3TestkitError(
      'expected an emulator from createEmulator() of this fc3-testkit version (is a second copy of fc3-testkit installed?)',
    );
  }
}
