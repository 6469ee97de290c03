/**
 * fc3-testkit in Node (the package's `node` export condition): everything of `./index.ts`, with
 * `createEmulator` hashing and decoding large bodies through `node:crypto` and `Buffer`
 * (ADR 016). Browsers and bundlers without the `node` condition get `./index.ts` itself.
 *
 * @example
 * import { createEmulator } from 'fc3-testkit'; // resolves here under Node
 * const emulator = createEmulator({ seed: 1 });
 */
import { createEmulator as createCoreEmulator } from './core/emulator.ts';
import type { Emulator, EmulatorOptions } from './core/types.ts';
import { withNodeCodecs } from './node-codecs.ts';

export * from './index.ts';

/**
 * Creates a stateful in-memory emulator whose SHA-256 and Base64 run on `node:crypto`/`Buffer`;
 * codecs given in `options.codecs` still win.
 *
 * @example
 * const emulator = createEmulator({ seed: 1, credentials: { testAK: 'testSecret' } });
 */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  return createCoreEmulator(withNodeCodecs(options));
}
