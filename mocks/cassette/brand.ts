/**
 * The mark of a parsed cassette, in a module of its own: the drop-in adapters recognise a
 * cassette by it without bundling the replay code, which comes with `parseCassette` (ADR 024).
 */
import type { Emulator } from '../core/types.ts';

/**
 * The key under which a parsed cassette carries its replay factory.
 *
 * @example
 * const replay = (cassette as CassetteBrand)[CASSETTE_BRAND](); // an Emulator answering from it
 */
export const CASSETTE_BRAND: unique symbol = Symbol.for('fc3-testkit.cassette@1');

/** What the brand promises: a factory of an emulator that replays the cassette. */
export interface CassetteBrand {
  readonly [CASSETTE_BRAND]: () => Emulator;
}

/**
 * The replaying emulator of a cassette, or undefined when `value` is no cassette.
 *
 * @example
 * const emulator = replayOf(value) ?? createEmulator();
 */
export function replayOf(value: unknown): Emulator | undefined {
  if (typeof value !== 'object' || value === null || !(CASSETTE_BRAND in value)) return undefined;
  const factory = (value as CassetteBrand)[CASSETTE_BRAND];
  return typeof factory === 'function' ? factory() : undefined;
}
