/**
 * `masking`: a registry password sent on create comes back masked — the documented sample shows
 * `abc***`, its first characters then `***` (reference D.2; that the service masks is inferred).
 */
import type { ContractCheck } from './check.ts';
import { asObject, failure, quoted } from './check.ts';

function password(config: unknown): unknown {
  const registry = asObject(asObject(config)?.registryConfig);
  const auth = asObject(registry?.authConfig);
  return auth && 'password' in auth ? auth.password : undefined;
}

/**
 * Whether `shown` is `secret` masked: a prefix shorter than the secret, then `***`.
 *
 * @example
 * isMasked('abc***', 'abcdef'); // true
 */
export function isMasked(shown: unknown, secret: string): boolean {
  if (typeof shown !== 'string' || !shown.endsWith('***')) return false;
  const prefix = shown.slice(0, -3);
  return prefix.length < secret.length && secret.startsWith(prefix);
}

/**
 * Fails when a returned registry password is the one sent, or not `<first characters>***`.
 *
 * @example
 * maskingCheck.run(input);
 */
export const maskingCheck: ContractCheck = {
  name: 'masking',
  applies: (c) => typeof password(c.expect.success?.echo.customContainerConfig) === 'string',
  run({ contractCase, json, exchange }) {
    const sent = password(contractCase.expect.success?.echo.customContainerConfig);
    const body = asObject(json);
    if (exchange.response.status !== 200 || typeof sent !== 'string' || sent === '' || !body) return [];
    const shown = password(body.customContainerConfig);
    if (shown === undefined || isMasked(shown, sent)) return [];
    const clear = shown === sent ? ' (the password is returned in clear)' : '';
    return [
      failure('masking', {
        message: `registryConfig.authConfig.password comes back as ${quoted(shown)}, not masked${clear}`,
        received: shown,
        documented: `${sent.slice(0, 3)}*** (sample: abc***)`,
        reference: 'D.2',
        grade: 'inferred',
      }),
    ];
  },
};
