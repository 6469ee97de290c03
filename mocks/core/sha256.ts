/**
 * The digests the core needs (SHA-256, HMAC-SHA256 for ACS3, HMAC-SHA1 for ROA v1): the hash
 * functions from sha-digest.ts (synchronous and browser-safe), the HMAC construction and hex
 * here. The core must run in a service worker (MSW), where `node:crypto` is absent and
 * WebCrypto is async only; the emulator verifies a signature per request, so a synchronous
 * implementation keeps `dispatch` simple. Node adapters hash bodies with `node:crypto` instead
 * (see `codecs.ts`, ADR 016).
 */
import { sha1Digest as sha1, sha256Digest } from './sha-digest.ts';

/**
 * SHA-256 digest of `bytes` (32 bytes).
 *
 * @example
 * toHex(sha256(new Uint8Array())); // 'e3b0c442…b855'
 */
export function sha256(bytes: Uint8Array): Uint8Array {
  return sha256Digest(bytes);
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

const HEX_PAIRS = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/**
 * Lowercase hex rendering of bytes, as one flat string: built with `+=`, a digest's hex was a
 * tree of 64 pieces (~1.6 kB of heap), and digests are kept (nonces, summaries, package keys).
 *
 * @example
 * toHex(new Uint8Array([0, 255])); // '00ff'
 */
export function toHex(bytes: Uint8Array): string {
  const pairs = new Array<string>(bytes.length);
  for (let i = 0; i < bytes.length; i++) pairs[i] = HEX_PAIRS[bytes[i] as number] as string;
  return pairs.join('');
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

/** SHA-256 and SHA-1 both work on 64-byte blocks. */
const BLOCK = 64;

/**
 * HMAC (RFC 2104) over a one-shot hash with 64-byte blocks: H((K ^ opad) || H((K ^ ipad) || m)).
 * Written here rather than taken from `@noble/hashes/hmac` (a streaming class with its own
 * checks, ~0.4 kB gzip of a browser bundle, ADR 016 addendum): signatures hash a few hundred
 * bytes, so building the two padded inputs in full costs nothing measurable.
 */
function hmac(hash: (bytes: Uint8Array) => Uint8Array, key: Uint8Array, data: Uint8Array): Uint8Array {
  const block = new Uint8Array(BLOCK);
  block.set(key.length > BLOCK ? hash(key) : key);
  const inner = new Uint8Array(BLOCK + data.length);
  for (let i = 0; i < BLOCK; i++) inner[i] = (block[i] as number) ^ 0x36;
  inner.set(data, BLOCK);
  const innerHash = hash(inner);
  const outer = new Uint8Array(BLOCK + innerHash.length);
  for (let i = 0; i < BLOCK; i++) outer[i] = (block[i] as number) ^ 0x5c;
  outer.set(innerHash, BLOCK);
  return hash(outer);
}

/**
 * HMAC-SHA256 (RFC 2104) of `data` under `key`; strings are UTF-8 encoded.
 *
 * @example
 * toHex(hmacSha256('testSecret', 'ACS3-HMAC-SHA256\n…'));
 */
export function hmacSha256(key: Uint8Array | string, data: Uint8Array | string): Uint8Array {
  return hmac(sha256Digest, utf8(key), utf8(data));
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
