/**
 * `createEmulator`: the public face of the core. It owns one state and answers every request
 * through the dispatcher (`dispatch.ts`), which records it in the journal.
 */
import { checkWireRequest, dispatchRequest } from './dispatch.ts';
import { Fc3TestkitError } from './errors.ts';
import { toFetchResponse, toWireRequest } from './fetch.ts';
import type { FunctionRecord } from './function-record.ts';
import { createState, type Decision, type EmulatorState } from './state.ts';
import { triggerBody } from './trigger-body.ts';
import type { Emulator, EmulatorOptions, FcTrigger, WireRequest, WireResponse } from './types.ts';

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

const decisions = new WeakMap<Emulator['dispatch'], () => Decision | undefined>();

/**
 * Internal (servers' debug log): what decided the emulator's last answer, read right after a
 * synchronous {@link dispatchNow}; undefined for an emulator whose dispatch is not its own.
 *
 * @example
 * lastDecision(emulator)?.ruleId; // 'timeout-range' after a refused create
 */
export function lastDecision(emulator: Emulator): Decision | undefined {
  return decisions.get(emulator.dispatch)?.();
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// Synchronous unless latency is injected: no await between a handler's check and its write.
function dispatch(state: EmulatorState, wire: WireRequest): WireResponse | Promise<WireResponse> {
  checkWireRequest(wire);
  const delay = state.faults.delayMs();
  if (delay > 0) return sleep(delay).then(() => dispatchRequest(state, wire));
  return dispatchRequest(state, wire);
}

type ScopeOption = { accountId?: string; regionId?: string };

function resolveScope(state: EmulatorState, scope: ScopeOption) {
  return {
    accountId: scope.accountId ?? state.defaultScope.accountId,
    regionId: scope.regionId ?? state.defaultScope.regionId,
  };
}

function functionsOf(state: EmulatorState, scope: ScopeOption) {
  const now = state.now().getTime();
  return state.store.all(resolveScope(state, scope)).map((record) => JSON.parse(state.bodyText(record, now)));
}

function triggersOf(state: EmulatorState, functionName: string, scope: ScopeOption): FcTrigger[] {
  const record = state.store.get(resolveScope(state, scope), functionName);
  return (record?.triggers ?? []).map((trigger) =>
    JSON.parse(JSON.stringify(triggerBody(record as FunctionRecord, trigger))),
  );
}

/**
 * Creates a stateful in-memory emulator of the FC 3.0 function resource; each instance owns its
 * data. Throws {@link Fc3TestkitError} for a bad or unknown option.
 *
 * @example
 * const emulator = createEmulator({ seed: 1 });
 * const response = await emulator.handle(new Request('http://127.0.0.1/2023-03-30/functions', { method: 'POST', body }));
 */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  let generation = 0;
  let state = createState(options, generation);
  const ownDispatch = async (wire: WireRequest): Promise<WireResponse> => dispatch(state, wire);
  synchronousDispatch.set(ownDispatch, (wire) => dispatch(state, wire));
  decisions.set(ownDispatch, () => state.decided);
  const emulator: Emulator & { [EMULATOR_BRAND]: true } = {
    [EMULATOR_BRAND]: true,
    dispatch: ownDispatch,
    handle: async (request) =>
      toFetchResponse(
        await dispatch(state, await toWireRequest(request, state.maxBodyBytes)),
        request.method,
      ),
    reset() {
      generation += 1;
      state = createState(options, generation);
    },
    failNext: (code, failOptions) => state.faults.failNext(code, failOptions),
    setFaults: (policy) => state.faults.setFaults(policy),
    setLatency: (latency) => state.faults.setLatency(latency),
    failPreparation: (functionName, failOptions = {}) => state.failPreparation(functionName, failOptions),
    now: () => state.now(),
    advanceClock: (ms) => state.advanceClock(ms),
    calls: (filter) => state.journal.query(filter),
    functions: (scope = {}) => functionsOf(state, scope),
    triggers: (functionName, scope = {}) => triggersOf(state, functionName, scope),
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
