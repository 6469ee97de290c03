/**
 * `createEmulator`: the public face of the core. It owns one state and runs every request
 * through the pipeline, then records it in the journal.
 */
import { Fc3TestkitError } from './errors.ts';
import { toFetchResponse, toWireRequest } from './fetch.ts';
import { type Outcome, runPipeline } from './pipeline.ts';
import { requestId } from './request-id.ts';
import { createState, type EmulatorState, functionBodyFor } from './state.ts';
import type { CreateFunctionInput, Emulator, EmulatorOptions, WireRequest, WireResponse } from './types.ts';
import { warmUpValidation } from './validation.ts';

/** Marks objects made by this copy of the toolkit, so adapters can refuse look-alikes. */
export const EMULATOR_BRAND: unique symbol = Symbol.for('fc3-testkit.emulator@1');

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function respond(state: EmulatorState, wire: WireRequest, outcome: Outcome, now: Date): WireResponse {
  const id = requestId(now, state.prng);
  const body = outcome.status === 200 ? outcome.body : { ...outcome.body, RequestId: id };
  const text = JSON.stringify(body);
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
    responseText: text,
  });
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    'x-acs-request-id': id,
    'x-fc-request-id': id,
  };
  return { status: outcome.status, headers, body: text };
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

async function dispatch(state: EmulatorState, wire: WireRequest): Promise<WireResponse> {
  const delay = state.faults.delayMs();
  if (delay > 0) await sleep(delay);
  const url = parseUrl(wire.url) ?? new URL('http://invalid/');
  const now = state.clock();
  return respond(state, wire, runPipeline(state, wire, url, now), now);
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
  warmUpValidation();
  const emulator: Emulator & { [EMULATOR_BRAND]: true } = {
    [EMULATOR_BRAND]: true,
    dispatch: (wire) => dispatch(state, wire),
    handle: async (request) =>
      toFetchResponse(await dispatch(state, await toWireRequest(request, state.maxBodyBytes))),
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
      return state.store.list(resolved).map((record) => {
        const input = JSON.parse(record.config) as CreateFunctionInput;
        return functionBodyFor(resolved, record, input);
      });
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
