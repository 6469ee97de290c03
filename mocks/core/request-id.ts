/**
 * FC 3.0 request ids: `1-` + 8 hex digits of Unix seconds + `-` + 24 hex digits (reference D.1).
 */
import type { Prng } from './prng.ts';

/**
 * Makes a request id for a moment, with random digits from the emulator's generator.
 *
 * @example
 * requestId(new Date('2023-08-24T00:00:00Z'), prng); // '1-64e69e80-…'
 */
export function requestId(at: Date, prng: Prng): string {
  const seconds = Math.floor(at.getTime() / 1000);
  return `1-${seconds.toString(16).padStart(8, '0')}-${prng.hex(24)}`;
}
