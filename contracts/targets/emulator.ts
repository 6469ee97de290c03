/**
 * A target for an in-process emulator (or anything with a Fetch-style `handle`): no sockets, the
 * request goes straight to `handle(Request)`.
 */
import { TransportError } from '../run/run-case.ts';
import type { ContractTarget } from '../types.ts';
import { fromResponse, toRequestInit } from './fetch-helpers.ts';

/** Anything that answers Fetch requests, e.g. `createEmulator()`. */
export interface FetchHandler {
  handle(request: Request): Promise<Response>;
  readonly maxBodyBytes?: number;
}

/** Options of {@link emulatorTarget}. */
export interface EmulatorTargetOptions {
  name?: string;
  /** The URL requests are addressed to (the emulator reads account and region from its host). */
  baseUrl?: string;
  /** Declared body limit; default: the handler's `maxBodyBytes` when it has one. */
  maxBodyBytes?: number;
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
  return target;
}
