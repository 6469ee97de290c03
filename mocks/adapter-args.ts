/**
 * Argument checks shared by the drop-in adapters: which emulator to drive and which options are
 * known. Misuse throws {@link Fc3TestkitError} with a message that says how to fix the call.
 */
import { replayOf } from './cassette/brand.ts';
import { assertEmulator, createEmulator } from './core/emulator.ts';
import { Fc3TestkitError } from './core/errors.ts';
import { checkOptionKeys, type OptionCheck } from './core/option-keys.ts';
import type { Emulator } from './core/types.ts';

/**
 * The emulator an adapter drives: a fresh one when none is given, a replaying one for a cassette
 * (ADR 021), else a checked one.
 *
 * @example
 * const emulator = resolveEmulator('fc3Handlers', undefined); // a new emulator
 */
export function resolveEmulator(adapter: string, value: unknown): Emulator {
  if (value === undefined) return createEmulator();
  const replay = replayOf(value);
  if (replay) return replay;
  if (typeof value === 'object' && value !== null && ('baseUrl' in value || 'nock' in value)) {
    throw new Fc3TestkitError(
      `${adapter}(emulator?, options?): options go second, e.g. ${adapter}(undefined, { baseUrl: 'http://127.0.0.1:9000' })`,
    );
  }
  assertEmulator(value);
  return value;
}

/**
 * Rejects option keys an adapter does not know (a typo such as `baseURL` would otherwise be ignored).
 *
 * @example
 * checkAdapterOptionKeys({ adapter: 'fc3Handlers', options: { baseUrl: 'http://127.0.0.1:9000' }, known: ['baseUrl'] });
 */
export function checkAdapterOptionKeys(check: OptionCheck): void {
  checkOptionKeys({ example: "{ baseUrl: 'http://127.0.0.1:9000' }", ...check });
}
