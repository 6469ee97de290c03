/**
 * Argument checks shared by the drop-in adapters: which emulator to drive and which options are
 * known. Misuse throws {@link Fc3TestkitError} with a message that says how to fix the call.
 */
import { replayOf } from './cassette/brand.ts';
import { assertEmulator, createEmulator } from './core/emulator.ts';
import { Fc3TestkitError } from './core/errors.ts';
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

/** What {@link checkOptionKeys} checks: the adapter's name, the options given and the known keys. */
export interface OptionCheck {
  adapter: string;
  options: unknown;
  known: readonly string[];
}

/**
 * Rejects option keys an adapter does not know (a typo such as `baseURL` would otherwise be ignored).
 *
 * @example
 * checkOptionKeys({ adapter: 'fc3Handlers', options: { baseUrl: 'http://127.0.0.1:9000' }, known: ['baseUrl'] });
 */
export function checkOptionKeys({ adapter, options, known }: OptionCheck): void {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new Fc3TestkitError(
      `${adapter}: options must be an object such as { baseUrl: 'http://127.0.0.1:9000' }`,
    );
  }
  const unknown = Object.keys(options).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    throw new Fc3TestkitError(
      `${adapter}: unknown option ${unknown.join(', ')}; known options: ${known.join(', ')}`,
    );
  }
}
