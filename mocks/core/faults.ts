/**
 * Injected faults and latency: `failNext`, seeded probabilistic faults and added delay, each
 * optionally scoped to operations and a function name. Every option is checked when it is set,
 * so a bad value throws {@link Fc3TestkitError} instead of misbehaving on a later request.
 */
import { Fc3TestkitError, type FcErrorCode, isFcErrorCode } from './errors.ts';
import type { FaultTarget } from './fault-message.ts';
import { OPERATION_NAMES } from './operation-names.ts';
import type { Prng } from './prng.ts';
import type { FailNextOptions, FaultPolicy, FaultScope, Latency, OperationName } from './types.ts';

export type { FaultTarget } from './fault-message.ts';

/** The fault state of one emulator. */
export interface Faults {
  failNext(code: FcErrorCode, options?: FailNextOptions): void;
  setFaults(policy: FaultPolicy | undefined): void;
  setLatency(latency: Latency | undefined): void;
  /**
   * The fault this request draws, if any (consumes one matching `failNext`): its code and the
   * message `failNext` was given. The caller words it (`injectedError`) only when one fires; the
   * request's own objects never reach the fault state (docs/performance.md).
   */
  take(target: FaultTarget): FiredFault | undefined;
  delayMs(): number;
}

/** A fault that fired: its code, and the message `failNext` was given (else the catalogue's). */
export interface FiredFault {
  code: FcErrorCode;
  message: string | undefined;
}

/** Distinct pending `failNext` calls kept at once (each may repeat any number of `times`). */
const MAX_PENDING = 1000;

interface Matcher {
  operations: ReadonlySet<OperationName> | undefined;
  functionName: string | undefined;
}

function checkCode(code: unknown): FcErrorCode {
  if (typeof code !== 'string' || !isFcErrorCode(code)) {
    throw new Fc3TestkitError(`unknown FC error code ${JSON.stringify(code)}; see errorCatalogue`);
  }
  return code;
}

function matcherOf(scope: FaultScope, option: string): Matcher {
  const given = scope.operation === undefined ? undefined : [scope.operation].flat();
  for (const operation of given ?? []) {
    if (!OPERATION_NAMES.includes(operation)) {
      throw new Fc3TestkitError(
        `${option}.operation must be one of ${OPERATION_NAMES.join(', ')}, got ${JSON.stringify(operation)}`,
      );
    }
  }
  const functionName = scope.match?.functionName;
  if (functionName !== undefined && typeof functionName !== 'string') {
    throw new Fc3TestkitError(`${option}.match.functionName must be a string`);
  }
  return { operations: given && new Set(given), functionName };
}

function matches(matcher: Matcher, target: FaultTarget): boolean {
  return (
    (matcher.operations === undefined || matcher.operations.has(target.operation)) &&
    (matcher.functionName === undefined || matcher.functionName === target.functionName)
  );
}

/** setTimeout's largest delay (about 24.8 days); a longer one fires at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

function checkLatency(latency: Latency | undefined): Latency | undefined {
  if (latency === undefined) return undefined;
  // Beyond setTimeout's largest delay Node waits 1 ms instead (TimeoutOverflowWarning).
  const valid = (ms: unknown): ms is number =>
    typeof ms === 'number' && Number.isFinite(ms) && ms >= 0 && ms <= MAX_TIMER_MS;
  if (
    typeof latency === 'number'
      ? valid(latency)
      : valid(latency?.min) && valid(latency.max) && latency.min <= latency.max
  ) {
    return latency;
  }
  throw new Fc3TestkitError(
    `setLatency needs undefined, a number of ms from 0 to ${MAX_TIMER_MS}, or { min, max } with 0 <= min <= max`,
  );
}

/**
 * Creates the fault state, drawing probabilistic faults from the emulator's seeded generator.
 *
 * @example
 * const faults = createFaults(prng);
 * faults.failNext('InternalServerError', { times: 2, operation: 'GetFunction' });
 */
export function createFaults(prng: Prng): Faults {
  // Each entry counts down instead of being repeated, so `times` can be large.
  // The message is written when the fault fires: its blanks name what that request names.
  const queue: Array<{ code: FcErrorCode; message?: string; remaining: number; matcher: Matcher }> = [];
  let policy: { rate: number; codes: FcErrorCode[]; matcher: Matcher } | undefined;
  let latency: Latency | undefined;
  return {
    failNext(code, options = {}) {
      const checked = checkCode(code);
      const times = options.times ?? 1;
      if (!Number.isSafeInteger(times) || times < 1) {
        throw new Fc3TestkitError(`failNext times must be a positive integer, got ${String(times)}`);
      }
      if (queue.length >= MAX_PENDING) {
        throw new Fc3TestkitError(
          `failNext already holds ${MAX_PENDING} pending faults; reset() or let them fire first`,
        );
      }
      const { message } = options;
      queue.push({ code: checked, message, remaining: times, matcher: matcherOf(options, 'failNext') });
    },
    setFaults(next) {
      if (next === undefined) {
        policy = undefined;
        return;
      }
      const { rate, codes } = next;
      if (
        typeof rate !== 'number' ||
        !(rate >= 0 && rate <= 1) ||
        !Array.isArray(codes) ||
        codes.length === 0
      ) {
        throw new Fc3TestkitError('setFaults needs a rate in [0, 1] and at least one code');
      }
      policy = { rate, codes: codes.map(checkCode), matcher: matcherOf(next, 'setFaults') };
    },
    setLatency(next) {
      latency = checkLatency(next);
    },
    take(target) {
      const index = queue.findIndex((entry) => matches(entry.matcher, target));
      const queued = queue[index];
      if (queued) {
        queued.remaining -= 1;
        if (queued.remaining === 0) queue.splice(index, 1);
        return { code: queued.code, message: queued.message };
      }
      if (!policy || !matches(policy.matcher, target) || prng.next() >= policy.rate) return undefined;
      const code = policy.codes[Math.floor(prng.next() * policy.codes.length)] as FcErrorCode;
      return { code, message: undefined };
    },
    delayMs() {
      if (latency === undefined) return 0;
      if (typeof latency === 'number') return latency;
      return latency.min + prng.next() * (latency.max - latency.min);
    },
  };
}
