/**
 * The suite's own Base64 decoding and CRC-64/XZ, written independently of the emulator's
 * (`mocks/core/base64.ts`, `mocks/core/crc64.ts`): the checks grade emulators, ours included, so
 * a bug in the emulator's codecs must not be able to grade itself as correct. Slow and simple on
 * purpose (platform `atob`; BigInt, one bit at a time); contract bodies are small.
 */

// Reflected ECMA-182 polynomial (reference §F: the checksum is CRC-64/XZ).
const POLY = 0xc96c5795d7870f42n;
const MASK = 0xffffffffffffffffn;

/**
 * CRC-64/XZ of `bytes` as the unsigned decimal text FC returns in `codeChecksum`.
 *
 * @example
 * referenceCrc64Xz(new TextEncoder().encode('123456789')); // '11051210869376104954' (0x995DC9BBDF1939FA)
 */
export function referenceCrc64Xz(bytes: Uint8Array): string {
  let crc = MASK;
  for (const byte of bytes) {
    crc ^= BigInt(byte);
    for (let bit = 0; bit < 8; bit++) crc = crc & 1n ? (crc >> 1n) ^ POLY : crc >> 1n;
  }
  return (crc ^ MASK).toString();
}

/**
 * Decodes standard Base64 with the platform's `atob`; `undefined` when it is not Base64.
 *
 * @example
 * referenceBase64('UEsFBg=='); // Uint8Array [0x50, 0x4b, 0x05, 0x06]
 */
export function referenceBase64(text: string): Uint8Array | undefined {
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}
