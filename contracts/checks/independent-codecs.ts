/**
 * The suite's own Base64 decoding and CRC-64/XZ, written independently of the emulator's
 * (`mocks/core/base64.ts`, `mocks/core/crc64.ts`): the checks grade emulators, ours included, so
 * a bug in the emulator's codecs must not be able to grade itself as correct. Different on
 * purpose: the platform's `atob` behind a format check, and a one-table CRC whose table is derived
 * with BigInt arithmetic (the emulator derives slicing-by-8 tables from 32-bit halves).
 */

// Reflected ECMA-182 polynomial (reference §F: the checksum is CRC-64/XZ).
const POLY = 0xc96c5795d7870f42n;

let table: { hi: Uint32Array; lo: Uint32Array } | undefined;

function crcTable(): { hi: Uint32Array; lo: Uint32Array } {
  if (table) return table;
  const hi = new Uint32Array(256);
  const lo = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let crc = BigInt(n);
    for (let bit = 0; bit < 8; bit++) crc = crc & 1n ? (crc >> 1n) ^ POLY : crc >> 1n;
    hi[n] = Number(crc >> 32n);
    lo[n] = Number(crc & 0xffffffffn);
  }
  table = { hi, lo };
  return table;
}

/**
 * CRC-64/XZ of `bytes` as the unsigned decimal text FC returns in `codeChecksum`.
 *
 * @example
 * referenceCrc64Xz(new TextEncoder().encode('123456789')); // '11051210869376104954' (0x995DC9BBDF1939FA)
 */
export function referenceCrc64Xz(bytes: Uint8Array): string {
  const { hi, lo } = crcTable();
  let h = 0xffffffff;
  let l = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) {
    const index = (l ^ (bytes[i] as number)) & 0xff;
    // crc = table[index] ^ (crc >> 8), with the 64-bit register as two 32-bit halves.
    l = ((lo[index] as number) ^ ((l >>> 8) | (h << 24))) >>> 0;
    h = ((hi[index] as number) ^ (h >>> 8)) >>> 0;
  }
  // Final XOR with all ones, then the 64-bit value as unsigned decimal.
  const half = (value: number): bigint => BigInt((value ^ 0xffffffff) >>> 0);
  return ((half(h) << 32n) | half(l)).toString();
}

// Standard, padded Base64 (RFC 4648 §4), as FC accepts it; `atob` alone would also take
// whitespace and missing padding. Checked by one linear scan: a regular expression with a
// repeated group backtracks per quantum and overflows the stack on the megabytes of a real ZIP.
const PAD = 0x3d; // '='

function isAlphabet(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) || // A-Z
    (code >= 0x61 && code <= 0x7a) || // a-z
    (code >= 0x30 && code <= 0x39) || // 0-9
    code === 0x2b || // +
    code === 0x2f // /
  );
}

/** Whether `text` is standard, padded Base64: length a multiple of 4, at most two `=` at the end. */
function isStrictBase64(text: string): boolean {
  const length = text.length;
  if (length % 4 !== 0) return false;
  let end = length;
  if (length > 0 && text.charCodeAt(length - 1) === PAD) {
    end -= 1;
    if (text.charCodeAt(length - 2) === PAD) end -= 1;
  }
  for (let i = 0; i < end; i++) if (!isAlphabet(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Decodes standard, padded Base64 with the platform's `atob`; `undefined` for anything else.
 * Linear in the length of `text` (a 100 MB ZIP is ~134 MB of Base64).
 *
 * @example
 * referenceBase64('UEsFBg=='); // Uint8Array [0x50, 0x4b, 0x05, 0x06]
 */
export function referenceBase64(text: string): Uint8Array | undefined {
  if (!isStrictBase64(text)) return undefined;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
