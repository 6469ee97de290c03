/**
 * Injected faults and latency: `failNext`, seeded probabilistic faults and added delay.
 */
import { Fc3TestkitError, type FcError, type FcErrorCode, fcError, isFcErrorCode } from './errors.ts';
import type { Prng } from './prng.ts';
import type { FailNextOptions, FaultPolicy, Latency } from './types.ts';

/** The fault state of one emulator. */
export interface Faults {
  failNext(code: string, options?: FailNextOptions): void;
  setFaults(policy: FaultPolicy | undefined): void;
  setLatency(latency: Latency | undefined): void;
  /** The injected error for the current request, if any (consumes one `failNext`). */
  take(): FcError | undefined;
  delayMs(): number;
  clear(): void;
}

const INJECTED = 'injected by fc3-testkit';

function checkCode(code: string): FcErrorCode {
  if (!isFcErrorCode(code)) throw new Fc3TestkitError(`unknown FC error code "${code}"; see errorCatalogue`);
  return code;
}

function injected(code: FcErrorCode, message: string | undefined): FcError {
  const error = fcError(code, INJECTED, INJECTED);
  return message === undefined ? error : { ...error, message };
}

/**
 * Creates the fault state, drawing probabilistic faults from the emulator's seeded generator.
 *
 * @example
 * const faults = createFaults(prng);
 * faults.failNext('InternalServerError', { times: 2 });
 */
export function createFaults(prng: Prng): Faults {
  let queue: FcError[] = [];
  let policy: { rate: number; codes: FcErrorCode[] } | undefined;
  let latency: Latency | undefined;
  return {
    failNext(code, options = {}) {
      const error = injected(checkCode(code), options.message);
      const times = options.times ?? 1;
      if (!Number.isInteger(times) || times < 1)
        throw new Fc3TestkitError('failNext times must be a positive integer');
      queue.push(...Array.from({ length: times }, () => error));
    },
    setFaults(next) {
      if (next && (next.rate < 0 || next.rate > 1 || next.codes.length === 0)) {
        throw new Fc3TestkitError('setFaults needs a rate in [0, 1] and at least one code');
      }
      policy = next && { rate: next.rate, codes: next.codes.map(checkCode) };
    },
    setLatency(next) {
      latency = next;
    },
    take() {
      const queued = queue.shift();
      if (queued) return queued;
      if (!policy || prng.next() >= policy.rate) return undefined;
      const code = policy.codes[Math.floor(prng.next() * policy.codes.length)] as FcErrorCode;
      return injected(code, undefined);
    },
    delayMs() {
      if (latency === undefined) return 0;
      if (typeof latency === 'number') return latency;
      return latency.min + prng.next() * (latency.max - latency.min);
    },
    clear() {
      queue = [];
      policy = undefined;
      latency = undefined;
    },
  };
}
