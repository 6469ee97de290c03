/**
 * The Node implementation of the core's large-input codecs (ADR 016): SHA-256 from `node:crypto`
 * and Base64 from `Buffer`, several times faster than the browser-safe defaults on a 100 MB code
 * package. Lives outside `mocks/core`, which must not import `node:*`.
 */
import { createHash } from 'node:crypto';
import { base64DecodedLength } from './core/base64.ts';
import type { Codecs } from './core/codecs.ts';
import type { EmulatorOptions } from './core/types.ts';

/**
 * Strict Base64 with `Buffer`'s decoder, which is lenient in known ways, each ruled out by a
 * native-speed check: it reads a wide character by its low byte (`Ł` U+0141 as `A`), so the text
 * must be ASCII (its UTF-8 length equals its length); it accepts the URL-safe `-` and `_`, looked
 * for explicitly; it skips whitespace and anything else outside the alphabet, so such text decodes
 * shorter than its length and padding imply. What remains accepted is exactly the strict grammar;
 * test/core/base64.test.ts runs the same cases and properties against this decoder and the core's.
 *
 * @example
 * decodeBase64Strict('UEs='); // Uint8Array [0x50, 0x4b]
 * decodeBase64Strict('UE s='); // undefined
 */
export function decodeBase64Strict(text: string): Uint8Array | undefined {
  const length = base64DecodedLength(text);
  if (length < 0 || Buffer.byteLength(text, 'utf8') !== text.length) return undefined;
  if (text.includes('-') || text.includes('_')) return undefined;
  const bytes = Buffer.from(text, 'base64');
  return bytes.byteLength === length ? new Uint8Array(bytes.buffer, bytes.byteOffset, length) : undefined;
}

/**
 * `node:crypto` and `Buffer` codecs, for emulators created in Node.
 *
 * @example
 * const emulator = createEmulator({ codecs: nodeCodecs });
 */
export const nodeCodecs: Codecs = Object.freeze({
  sha256: (bytes: Uint8Array): Uint8Array => {
    const digest = createHash('sha256').update(bytes).digest();
    return new Uint8Array(digest.buffer, digest.byteOffset, digest.byteLength);
  },
  decodeBase64: decodeBase64Strict,
});

/**
 * Emulator options with the Node codecs filling whatever `options.codecs` leaves unset.
 *
 * @example
 * createEmulator(withNodeCodecs({ seed: 1 }));
 */
export function withNodeCodecs<T extends EmulatorOptions>(options: T): T {
  const given = options.codecs;
  const codecs = {
    sha256: given?.sha256 ?? nodeCodecs.sha256,
    decodeBase64: given?.decodeBase64 ?? nodeCodecs.decodeBase64,
  };
  return { ...options, codecs };
}
