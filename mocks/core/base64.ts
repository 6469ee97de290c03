/**
 * Strict standard Base64 (RFC 4648 §4) without `Buffer`, which browsers lack. `atob` alone is
 * lenient (it skips whitespace and takes a text without its padding), so the decoder checks the
 * length and padding first and the decoded length after: a skipped character makes the result
 * shorter. This is the core's browser-safe default; Node adapters decode with `Buffer` after a
 * strict check built on {@link base64DecodedLength} (`mocks/node-codecs.ts`, ADR 016). Both
 * accept exactly the same texts.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

const PAD = 61; // '='

/** Number of `=` at the end (0–2), or -1 when padding is malformed. */
function paddingLength(text: string): number {
  const last = text.charCodeAt(text.length - 1) === PAD;
  const secondLast = text.charCodeAt(text.length - 2) === PAD;
  if (secondLast && !last) return -1;
  return (last ? 1 : 0) + (secondLast ? 1 : 0);
}

/**
 * The byte length a strict Base64 text decodes to, from its length and padding alone (O(1)); -1
 * when the length is not a multiple of 4, the padding is malformed, or a third `=` precedes it.
 * The alphabet of the other characters is not checked here.
 *
 * @example
 * base64DecodedLength('UEs='); // 2
 * base64DecodedLength('UEs'); // -1
 */
export function base64DecodedLength(text: string): number {
  if (text.length % 4 !== 0) return -1;
  if (text.length === 0) return 0;
  const pad = paddingLength(text);
  if (pad < 0 || (pad === 2 && text.charCodeAt(text.length - 3) === PAD)) return -1;
  return (text.length / 4) * 3 - pad;
}

/**
 * Decodes standard, padded Base64; returns undefined for anything else (wrong length, characters
 * outside `A–Z a–z 0–9 + /`, misplaced `=`, whitespace, URL-safe alphabet). Non-zero bits in the
 * last sextet before padding are accepted, as Go's `base64.StdEncoding` (FC's server side) does.
 *
 * @example
 * decodeBase64('UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==')?.length; // 22
 * decodeBase64('UEsF BgAA'); // undefined
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  const length = base64DecodedLength(text);
  if (length < 0) return undefined;
  let binary: string;
  try {
    // Throws on a character outside the alphabet (URL-safe, non-ASCII) or a misplaced `=`.
    binary = atob(text);
  } catch {
    return undefined;
  }
  // atob skips ASCII whitespace: a text that had any decodes to fewer bytes.
  if (binary.length !== length) return undefined;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/**
 * Encodes bytes as standard, padded Base64 (signatures, fixtures and tests).
 *
 * @example
 * encodeBase64(new Uint8Array([80, 75])); // 'UEs='
 */
export function encodeBase64(bytes: Uint8Array): string {
  const ascii = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, bytes.length - i + 1);
    for (let k = 0; k < 4; k++) {
      ascii[o++] = k < chars ? ALPHABET.charCodeAt((n >>> (18 - 6 * k)) & 63) : PAD;
    }
  }
  return new TextDecoder('latin1').decode(ascii);
}
