/**
 * Strict standard Base64 (RFC 4648 §4) decoding without `Buffer` or `atob`, both of which are
 * lenient (whitespace, missing padding, URL-safe alphabet) or unavailable in browsers. This is the
 * core's browser-safe default; Node adapters decode with `Buffer` after a strict check built on
 * {@link base64DecodedLength} (`mocks/node-codecs.ts`, ADR 016). Both accept exactly the same texts.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Character code → 6-bit value; 255 marks characters outside the alphabet. */
const DECODE = (() => {
  const table = new Uint8Array(256).fill(255);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

const PAD = 61; // '='

/** Value of the character at `i`, or 255 when it is not in the alphabet (incl. non-ASCII). */
function sextet(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code < 256 ? (DECODE[code] as number) : 255;
}

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
  const out = new Uint8Array(length);
  const end = text.length - (text.length === 0 ? 0 : paddingLength(text));
  let o = 0;
  let i = 0;
  for (; i + 4 <= end; i += 4) {
    const a = sextet(text, i);
    const b = sextet(text, i + 1);
    const c = sextet(text, i + 2);
    const d = sextet(text, i + 3);
    // Valid sextets fit in 6 bits; the 255 marker does not.
    if ((a | b | c | d) > 63) return undefined;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = n >>> 16;
    out[o++] = (n >>> 8) & 0xff;
    out[o++] = n & 0xff;
  }
  return decodeTail(text, i, end, out, o);
}

/** Decodes the 2 or 3 characters before the padding (if any) into the last 1 or 2 bytes. */
function decodeTail(
  text: string,
  i: number,
  end: number,
  out: Uint8Array,
  o: number,
): Uint8Array | undefined {
  const count = end - i;
  if (count === 0) return out;
  const a = sextet(text, i);
  const b = sextet(text, i + 1);
  const c = count === 3 ? sextet(text, i + 2) : 0;
  if (a === 255 || b === 255 || c === 255) return undefined;
  const n = (a << 18) | (b << 12) | (c << 6);
  out[o] = n >>> 16;
  if (count === 3) out[o + 1] = (n >>> 8) & 0xff;
  return out;
}

/**
 * Encodes bytes as standard, padded Base64 (used by fixtures and tests).
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
