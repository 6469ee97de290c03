/**
 * The seam for the two codecs whose speed matters on large bodies (ADR 016): SHA-256 of the body
 * (ACS3 `x-acs-content-sha256`) and Base64 decoding of `code.zipFile` (up to ~133 MB of text).
 * The core's defaults are browser-safe (`sha-digest.ts`, a strict decoder on `atob`); Node
 * adapters pass `nodeCodecs` (`mocks/node-codecs.ts`: `node:crypto`, `Buffer`), which run several
 * times faster. HMACs stay in the core: they sign a few hundred bytes per request.
 */
import { decodeBase64 } from './base64.ts';
import { Fc3TestkitError } from './errors.ts';
import { sha256 } from './sha256.ts';

/**
 * Implementations of the large-input codecs. Both functions must be pure and synchronous.
 *
 * @example
 * const codecs: Codecs = { sha256: (bytes) => mySha256(bytes), decodeBase64: (text) => myStrictDecode(text) };
 */
export interface Codecs {
  /** SHA-256 digest (32 bytes). */
  sha256(bytes: Uint8Array): Uint8Array;
  /**
   * Decodes STRICT standard Base64 (padded, `A–Z a–z 0–9 + /` only, no whitespace); undefined for
   * anything else, exactly like the core's `decodeBase64` (test/core/base64.test.ts pins both).
   */
  decodeBase64(text: string): Uint8Array | undefined;
}

/**
 * The browser-safe codecs every emulator uses unless given others.
 *
 * @example
 * defaultCodecs.decodeBase64('UEs=')?.length; // 2
 */
export const defaultCodecs: Codecs = Object.freeze({ sha256, decodeBase64 });

/**
 * Checks a `codecs` option and fills in the defaults; throws {@link Fc3TestkitError} on misuse.
 *
 * @example
 * resolveCodecs(undefined) === defaultCodecs; // true
 */
export function resolveCodecs(codecs: Partial<Codecs> | undefined): Codecs {
  if (codecs === undefined) return defaultCodecs;
  for (const name of ['sha256', 'decodeBase64'] as const) {
    if (codecs[name] !== undefined && typeof codecs[name] !== 'function') {
      throw new Fc3TestkitError(`codecs.${name} must be a function`);
    }
  }
  return {
    sha256: codecs.sha256 ?? defaultCodecs.sha256,
    decodeBase64: codecs.decodeBase64 ?? defaultCodecs.decodeBase64,
  };
}
