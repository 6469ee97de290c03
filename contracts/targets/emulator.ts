/**
 * A target for an in-process emulator (or anything with a Fetch-style `handle`): no sockets, the
 * request goes straight to `handle(Request)`.
 */
import { TransportError } from '../run/run-case.ts';
import type { ContractTarget } from '../types.ts';
import { emulatorClock, hasClock } from './clock.ts';
import { fromResponse, toRequestInit } from './fetch-helpers.ts';

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
export interface EmulatorTargetOptions {
  name?: string;
  /** The URL requests are addressed to (the emulator reads account and region from its host). */
  baseUrl?: string;
  /** Declared body limit; default: the handler's `maxBodyBytes` when it has one. */
  maxBodyBytes?: number;
  /** Move the handler's clock for lifecycle waits when it has one (default true). */
  moveClock?: boolean;
}

/**
 * A target that calls `handler.handle` in process.
 *
 * @example
 * const report = await runContractSuite(emulatorTarget(createEmulator({ maxBodyBytes: 256 * 1024 })));
 */
export function emulatorTarget(handler: FetchHandler, options: EmulatorTargetOptions = {}): ContractTarget {
  const target: ContractTarget = {
    name: options.name ?? 'emulator (in-process)',
    baseUrl: options.baseUrl ?? 'http://127.0.0.1:9000',
    // A Fetch Request cannot carry Host; the emulator reads account and region from the URL.
    fcHosts: 'url',
    async send(request) {
      try {
        return await fromResponse(await handler.handle(new Request(request.url, toRequestInit(request))));
      } catch (error) {
        throw new TransportError(error instanceof Error ? error.message : String(error));
      }
    },
  };
  const limit = options.maxBodyBytes ?? handler.maxBodyBytes;
  if (limit !== undefined) target.maxBodyBytes = limit;
  if (options.moveClock !== false && hasClock(handler)) target.clock = emulatorClock(handler);
  return target;
}
