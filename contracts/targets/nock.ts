/**
 * A target that sends real node:http requests through the nock interceptors of
 * `fc3-testkit/nock`. nock is an optional peer dependency, loaded only here.
 */
import http from 'node:http';
import { checkOptionKeys } from '../../mocks/core/option-keys.ts';
import type { Emulator } from '../../mocks/core/types.ts';
import { checkNumericOptions } from '../run/numeric-options.ts';
import { ANSWER_LIMIT_KEYS, type AnswerLimits, answerLimits } from '../run/transport-error.ts';
import type { ContractTarget } from '../types.ts';
import { emulatorClock } from './clock.ts';
import { sendHttp } from './send-http.ts';

/** Options of {@link nockTarget}. */
export interface NockTargetOptions extends AnswerLimits {
  /** The emulator behind the interceptors; default a fresh one. */
  emulator?: Emulator;
  /** The origin the requests address (intercepted, never connected to). */
  baseUrl?: string;
  /** Declared body limit (enables the EntityTooLarge case). */
  maxBodyBytes?: number;
}

const NOCK_TARGET_OPTION_KEYS = [
  ...ANSWER_LIMIT_KEYS,
  ...Object.keys({
    emulator: true,
    baseUrl: true,
    maxBodyBytes: true,
  } satisfies Record<Exclude<keyof NockTargetOptions, keyof AnswerLimits>, true>),
];

/**
 * Installs the fc3 nock interceptors and returns a target whose requests they answer;
 * `close()` removes the interceptors again.
 *
 * @example
 * const target = await nockTarget({ emulator: createEmulator({ maxBodyBytes: 1 << 20 }) });
 * const report = await runContractSuite(target);
 * await target.close?.();
 */
export async function nockTarget(options: NockTargetOptions = {}): Promise<ContractTarget> {
  checkOptionKeys({ adapter: 'nockTarget', options, known: NOCK_TARGET_OPTION_KEYS });
  checkNumericOptions('nockTarget', options);
  const limits = answerLimits(options);
  const { fc3Nock } = await import('../../mocks/nock.ts');
  const baseUrl = options.baseUrl ?? 'http://127.0.0.1:9000';
  const handle = fc3Nock(options.emulator, { baseUrl });
  const agent = new http.Agent();
  const target: ContractTarget = {
    name: 'nock',
    baseUrl,
    // The interceptors answer every real FC host (mocks/fc-hosts.ts): address it in the URL.
    fcHosts: 'url',
    // No real socket to fall silent: the answer budget alone bounds the wait, as for mswTarget
    // (an emulator with injected latency answers late, never idle). Node's global agent would
    // add its own 5 s socket timeout, which nock's sockets honour: an agent without one.
    send: (request) => sendHttp(request, { agent, timeoutMs: limits.answerBudgetMs, ...limits }),
    close: async () => {
      handle.restore();
      agent.destroy();
    },
  };
  const limit = options.maxBodyBytes ?? options.emulator?.maxBodyBytes;
  if (limit !== undefined) target.maxBodyBytes = limit;
  // Lifecycle waits move the given emulator's clock (a default one is out of reach).
  if (options.emulator) target.clock = emulatorClock(options.emulator);
  return target;
}
