/**
 * FC 3.0 request ids: `1-` + 8 hex digits of Unix seconds + `-` + 24 hex digits (reference D.1).
 */
import type { Prng } from './prng.ts';

// Many requests share a second: its prefix is remembered (module-wide; pure).
let lastSeconds = Number.NaN;
let lastPrefix = '';

/**
 * Makes a request id for a moment, with random digits from the emulator's generator.
 *
 * @example
 * requestId(new Date('2023-08-24T00:00:00Z'), prng); // '1-64e69e80-…'
 */
export function requestId(at: Date, prng: Prng): string {
  const seconds = Math.floor(at.getTime() / 1000);
  if (seconds !== lastSeconds) {
    lastPrefix = `1-${seconds.toString(16).padStart(8, '0')}-`;
    lastSeconds = seconds;
  }
  return lastPrefix + prng.hex(24);
}
