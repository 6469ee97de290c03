/**
 * A target for an in-process emulator (or anything with a Fetch-style `handle`): no sockets, the
 * request goes straight to `handle(Request)`.
 */
import { checkOptionKeys } from '../../mocks/core/option-keys.ts';
import { checkNumericOptions } from '../run/numeric-options.ts';
import { ANSWER_LIMIT_KEYS, type AnswerLimits, answerLimits } from '../run/transport-error.ts';
import type { ContractTarget } from '../types.ts';
import { emulatorClock, hasClock } from './clock.ts';
import { fetchAnswer, toRequestInit } from './fetch-helpers.ts';

/**
 * Anything that answers Fetch requests, e.g. `createEmulator()`. With the emulator's `now` and
 * `advanceClock`, the suite waits on the lifecycle by moving that clock.
 */
export interface FetchHandler {
  handle(request: Request): Promise<Response>;
  readonly maxBodyBytes?: number;
  now?(): Date;
  advanceClock?(ms: number): void;
}

/** Options of {@link emulatorTarget}. */
export interface EmulatorTargetOptions extends AnswerLimits {
  name?: string;
  /** The URL requests are addressed to (the emulator reads account and region from its host). */
  baseUrl?: string;
  /** Declared body limit; default: the handler's `maxBodyBytes` when it has one. */
  maxBodyBytes?: number;
  /** Move the handler's clock for lifecycle waits when it has one (default true). */
  moveClock?: boolean;
}

const EMULATOR_TARGET_OPTION_KEYS = [
  ...ANSWER_LIMIT_KEYS,
  ...Object.keys({
    name: true,
    baseUrl: true,
    maxBodyBytes: true,
    moveClock: true,
  } satisfies Record<Exclude<keyof EmulatorTargetOptions, keyof AnswerLimits>, true>),
];

/**
 * A target that calls `handler.handle` in process.
 *
 * @example
 * const report = await runContractSuite(emulatorTarget(createEmulator({ maxBodyBytes: 256 * 1024 })));
 */
export function emulatorTarget(handler: FetchHandler, options: EmulatorTargetOptions = {}): ContractTarget {
  checkOptionKeys({ adapter: 'emulatorTarget', options, known: EMULATOR_TARGET_OPTION_KEYS });
  checkNumericOptions('emulatorTarget', options);
  const limits = answerLimits(options);
  const target: ContractTarget = {
    name: options.name ?? 'emulator (in-process)',
    baseUrl: options.baseUrl ?? 'http://127.0.0.1:9000',
    // A Fetch Request cannot carry Host; the emulator reads account and region from the URL.
    fcHosts: 'url',
    send: (request) =>
      fetchAnswer(
        (signal) => handler.handle(new Request(request.url, { ...toRequestInit(request), signal })),
        limits,
      ),
  };
  const limit = options.maxBodyBytes ?? handler.maxBodyBytes;
  if (limit !== undefined) target.maxBodyBytes = limit;
  if (options.moveClock !== false && hasClock(handler)) target.clock = emulatorClock(handler);
  return target;
}
