/**
 * Synchronous SHA-256 and HMAC-SHA256 in plain TypeScript. The core must run in browsers (MSW
 * service worker) where `node:crypto` is absent and WebCrypto is async only; the emulator verifies
 * a signature per request, so a small synchronous implementation keeps `dispatch` simple.
 */

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

const INITIAL_STATE = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

const BLOCK_BYTES = 64;

/** Loads the 64-byte block of `data` at `offset` big-endian and expands the message schedule. */
function schedule(w: Int32Array, data: Uint8Array, offset: number): void {
  for (let i = 0; i < 16; i++) {
    const j = offset + i * 4;
    w[i] =
      ((data[j] as number) << 24) |
      ((data[j + 1] as number) << 16) |
      ((data[j + 2] as number) << 8) |
      (data[j + 3] as number);
  }
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15] as number;
    const y = w[i - 2] as number;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[i] = ((w[i - 16] as number) + s0 + (w[i - 7] as number) + s1) | 0;
  }
}

/** Compresses the 64-byte block of `data` starting at `offset` into `state` (w is scratch space). */
function compress(state: Int32Array, w: Int32Array, data: Uint8Array, offset: number): void {
  schedule(w, data, offset);
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  let e = state[4] as number;
  let f = state[5] as number;
  let g = state[6] as number;
  let h = state[7] as number;
  for (let i = 0; i < 64; i++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + s1 + ((e & f) ^ (~e & g)) + (K[i] as number) + (w[i] as number)) | 0;
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = (state[0] as number) + a;
  state[1] = (state[1] as number) + b;
  state[2] = (state[2] as number) + c;
  state[3] = (state[3] as number) + d;
  state[4] = (state[4] as number) + e;
  state[5] = (state[5] as number) + f;
  state[6] = (state[6] as number) + g;
  state[7] = (state[7] as number) + h;
}

/** Builds the final one or two padded blocks from the bytes that did not fill a whole block. */
function finalBlocks(data: Uint8Array, fullBytes: number): Uint8Array {
  const rest = data.length - fullBytes;
  const tail = new Uint8Array(rest < 56 ? BLOCK_BYTES : BLOCK_BYTES * 2);
  tail.set(data.subarray(fullBytes));
  tail[rest] = 0x80;
  // Bit length as a 64-bit big-endian integer; lengths beyond 2^53 bits cannot occur in JS arrays.
  const bits = data.length * 8;
  const view = new DataView(tail.buffer);
  view.setUint32(tail.length - 8, Math.floor(bits / 0x100000000));
  view.setUint32(tail.length - 4, bits >>> 0);
  return tail;
}

/**
 * SHA-256 digest of `bytes` (32 bytes).
 *
 * @example
 * toHex(sha256(new Uint8Array())); // 'e3b0c442…b855'
 */
export function sha256(bytes: Uint8Array): Uint8Array {
  const state = new Int32Array(INITIAL_STATE);
  const w = new Int32Array(64);
  const fullBytes = bytes.length - (bytes.length % BLOCK_BYTES);
  for (let offset = 0; offset < fullBytes; offset += BLOCK_BYTES) compress(state, w, bytes, offset);
  const tail = finalBlocks(bytes, fullBytes);
  for (let offset = 0; offset < tail.length; offset += BLOCK_BYTES) compress(state, w, tail, offset);
  const out = new Uint8Array(32);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) view.setInt32(i * 4, state[i] as number);
  return out;
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
  let out = '';
  for (const byte of bytes) out += (byte < 16 ? '0' : '') + byte.toString(16);
  return out;
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
  let keyBytes = utf8(key);
  if (keyBytes.length > BLOCK_BYTES) keyBytes = sha256(keyBytes);
  const message = utf8(data);
  const inner = new Uint8Array(BLOCK_BYTES + message.length);
  const outer = new Uint8Array(BLOCK_BYTES + 32);
  for (let i = 0; i < BLOCK_BYTES; i++) {
    const k = keyBytes[i] ?? 0;
    inner[i] = k ^ 0x36;
    outer[i] = k ^ 0x5c;
  }
  inner.set(message, BLOCK_BYTES);
  outer.set(sha256(inner), BLOCK_BYTES);
  return sha256(outer);
}
