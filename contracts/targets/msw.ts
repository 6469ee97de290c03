/**
 * A target that sends real `fetch` calls through the MSW handlers of `fc3-testkit/msw`
 * (msw/node `setupServer`). msw is an optional peer dependency, loaded only here.
 */
import { checkOptionKeys } from '../../mocks/core/option-keys.ts';
import type { Emulator } from '../../mocks/core/types.ts';
import { checkNumericOptions } from '../run/numeric-options.ts';
import { ANSWER_LIMIT_KEYS, type AnswerLimits, answerLimits } from '../run/transport-error.ts';
import type { ContractTarget } from '../types.ts';
import { emulatorClock } from './clock.ts';
import { fetchAnswer, toRequestInit } from './fetch-helpers.ts';

/** Options of {@link mswTarget}. */
export interface MswTargetOptions extends AnswerLimits {
  /** The emulator behind the handlers; default a fresh one. */
  emulator?: Emulator;
  /** The origin the requests address (answered by the handlers, never the network). */
  baseUrl?: string;
  /** Declared body limit (enables the EntityTooLarge case). */
  maxBodyBytes?: number;
}

const MSW_TARGET_OPTION_KEYS = [
  ...ANSWER_LIMIT_KEYS,
  ...Object.keys({
    emulator: true,
    baseUrl: true,
    maxBodyBytes: true,
  } satisfies Record<Exclude<keyof MswTargetOptions, keyof AnswerLimits>, true>),
];

/**
 * Starts an msw/node server with the fc3 handlers and returns a target that fetches through it;
 * `close()` stops the server. Unhandled requests are errors, so nothing reaches the network.
 *
 * @example
 * const target = await mswTarget({ emulator: createEmulator({ maxBodyBytes: 1 << 20 }) });
 * const report = await runContractSuite(target);
 * await target.close?.();
 */
export async function mswTarget(options: MswTargetOptions = {}): Promise<ContractTarget> {
  checkOptionKeys({ adapter: 'mswTarget', options, known: MSW_TARGET_OPTION_KEYS });
  checkNumericOptions('mswTarget', options);
  const limits = answerLimits(options);
  const { fc3Handlers } = await import('../../mocks/msw.ts');
  const { setupServer } = await import('msw/node');
  const baseUrl = options.baseUrl ?? 'http://127.0.0.1:9000';
  const handlers = fc3Handlers(options.emulator, { baseUrl });
  const server = setupServer(...handlers);
  server.listen({ onUnhandledFrame: 'error' } as Parameters<typeof server.listen>[0]);
  const target: ContractTarget = {
    name: 'msw',
    baseUrl,
    // fetch cannot set Host; the handlers answer every real FC host, so it goes in the URL.
    fcHosts: 'url',
    send: (request) =>
      fetchAnswer((signal) => fetch(request.url, { ...toRequestInit(request), signal }), limits),
    close: async () => server.close(),
  };
  const limit = options.maxBodyBytes ?? (options.emulator ? options.emulator.maxBodyBytes : undefined);
  if (limit !== undefined) target.maxBodyBytes = limit;
  // Lifecycle waits move the given emulator's clock (a default one is out of reach).
  if (options.emulator) target.clock = emulatorClock(options.emulator);
  return target;
}
