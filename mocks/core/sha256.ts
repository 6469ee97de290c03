/**
 * The digests the core needs (SHA-256, HMAC-SHA256 for ACS3, HMAC-SHA1 for ROA v1), from
 * `@noble/hashes`: audited, synchronous and browser-safe. The core must run in a service worker
 * (MSW), where `node:crypto` is absent and WebCrypto is async only; the emulator verifies a
 * signature per request, so a synchronous implementation keeps `dispatch` simple. Node adapters
 * hash bodies with `node:crypto` instead (see `codecs.ts`, ADR 016).
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/**
 * SHA-256 digest of `bytes` (32 bytes).
 *
 * @example
 * toHex(sha256(new Uint8Array())); // 'e3b0c442…b855'
 */
export function sha256(bytes: Uint8Array): Uint8Array {
  return nobleSha256(bytes);
}

/**
 * UTF-8 bytes of a string (a Uint8Array is returned unchanged).
 *
 * @example
 * utf8('é'); // Uint8Array [0xc3, 0xa9]
 */
export function utf8(value: Uint8Array | string): Uint8Array {
  return typeof value === 'string' ? new TextEncoder().encode(value) : value;
}

/**
 * Lowercase hex rendering of bytes.
 *
 * @example
 * toHex(new Uint8Array([0, 255])); // '00ff'
 */
export function toHex(bytes: Uint8Array): string {
  return bytesToHex(bytes);
}

/**
 * Lowercase hex SHA-256 of bytes or of a string's UTF-8 encoding.
 *
 * @example
 * sha256Hex('abc'); // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function sha256Hex(value: Uint8Array | string): string {
  return toHex(sha256(utf8(value)));
}

/**
 * HMAC-SHA256 (RFC 2104) of `data` under `key`; strings are UTF-8 encoded.
 *
 * @example
 * toHex(hmacSha256('testSecret', 'ACS3-HMAC-SHA256\n…'));
 */
export function hmacSha256(key: Uint8Array | string, data: Uint8Array | string): Uint8Array {
  return hmac(nobleSha256, utf8(key), utf8(data));
}

/**
 * HMAC-SHA1 (RFC 2104) of `data` under `key`, as the ROA v1 signature uses it (lifecycle §H.6);
 * strings are UTF-8 encoded.
 *
 * @example
 * hmacSha1('key', 'The quick brown fox jumps over the lazy dog').length; // 20
 */
export function hmacSha1(key: Uint8Array | string, data: Uint8Array | string): Uint8Array {
  return hmac(sha1, utf8(key), utf8(data));
}
