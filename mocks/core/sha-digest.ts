/**
 * SHA-256 and SHA-1 (FIPS 180-4) for the core, synchronous and browser-safe: the padding and
 * block loop they share, and each one's compression function. Written here rather than taken from
 * `@noble/hashes`, whose hash classes carry streaming, cloning and argument checks that the core
 * never uses (~1.7 kB gzip of the browser bundle, ADR 040).
 * test/core/sha-digest.test.ts holds both against `node:crypto` and the FIPS vectors.
 */

/** Bytes per block for both hashes. */
const BLOCK = 64;

const rotr = (word: number, bits: number): number => (word >>> bits) | (word << (32 - bits));
const rotl = (word: number, bits: number): number => (word << bits) | (word >>> (32 - bits));

/** Adds a block's result to the state, word by word; an Int32Array keeps each sum modulo 2^32. */
function addTo(state: Int32Array, words: readonly number[]): void {
  for (let i = 0; i < words.length; i++) state[i] = (state[i] as number) + (words[i] as number);
}

/** Updates `state` with the 64-byte block at `offset`. */
type Compress = (view: DataView, offset: number, state: Int32Array) => void;

/**
 * Runs `compress` over the message and its padding (§5.1.1: `0x80`, zeros, the bit length as
 * 64 bits): whole blocks are read in place, only the last one or two are copied.
 */
function digest(bytes: Uint8Array, initial: ArrayLike<number>, compress: Compress): Uint8Array {
  const state = Int32Array.from(initial);
  const whole = bytes.length - (bytes.length % BLOCK);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let offset = 0; offset < whole; offset += BLOCK) compress(view, offset, state);
  const rest = bytes.length - whole;
  const tail = new Uint8Array(rest < BLOCK - 8 ? BLOCK : 2 * BLOCK);
  tail.set(bytes.subarray(whole));
  tail[rest] = 0x80;
  const tailView = new DataView(tail.buffer);
  tailView.setUint32(tail.length - 8, Math.floor(bytes.length / 2 ** 29));
  tailView.setUint32(tail.length - 4, (bytes.length * 8) >>> 0);
  for (let offset = 0; offset < tail.length; offset += BLOCK) compress(tailView, offset, state);
  const out = new Uint8Array(state.length * 4);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < state.length; i++) outView.setUint32(4 * i, state[i] as number);
  return out;
}

/**
 * The first 32 bits of the fractional parts of `root` of the first `count` primes, as FIPS 180-4
 * defines SHA-256's constants: computed here rather than written out as 72 hex words.
 *
 * @example
 * primeRootBits(1, Math.sqrt)[0] === 0x6a09e667; // √2 = 1.6a09e667…
 */
export function primeRootBits(count: number, root: (prime: number) => number): Int32Array {
  const primes: number[] = [];
  for (let n = 2; primes.length < count; n++) if (primes.every((p) => n % p !== 0)) primes.push(n);
  // Each of SHA-256's roots, times 2^32, lies 0.005 or more from an integer, while a double (and
  // a `Math.cbrt` a few ulps off) errs by ~1e-5 at most there: the truncated bits are exact.
  return Int32Array.from(primes, (prime) => ((root(prime) % 1) * 2 ** 32) | 0);
}

// §4.2.2 (cube roots of the first 64 primes) and §5.3.3 (square roots of the first 8).
const K256 = primeRootBits(64, Math.cbrt);
const H256 = primeRootBits(8, Math.sqrt);
/** The message schedule, reused by every block (§6.2.2). */
const W256 = new Int32Array(64);

function compress256(view: DataView, offset: number, state: Int32Array): void {
  const w = W256;
  for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + 4 * i);
  for (let i = 16; i < 64; i++) {
    const a = w[i - 15] as number;
    const b = w[i - 2] as number;
    const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
    const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
    w[i] = s1 + (w[i - 7] as number) + s0 + (w[i - 16] as number);
  }
  // Read into locals, not destructured: a typed array's iterator made the loop three times slower.
  let a = state[0] as number,
    b = state[1] as number,
    c = state[2] as number,
    d = state[3] as number,
    e = state[4] as number,
    f = state[5] as number,
    g = state[6] as number,
    h = state[7] as number;
  for (let i = 0; i < 64; i++) {
    const t1 =
      (h +
        (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) +
        ((e & f) ^ (~e & g)) +
        (K256[i] as number) +
        (w[i] as number)) |
      0;
    const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  addTo(state, [a, b, c, d, e, f, g, h]);
}

// §5.3.1 and §4.2.1.
const H1 = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
const K1 = Int32Array.from([0x5a827999, 0x6ed9eba1, 0x8f1bbcdc, 0xca62c1d6]);
const W1 = new Int32Array(80);

function compress1(view: DataView, offset: number, state: Int32Array): void {
  const w = W1;
  for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + 4 * i);
  for (let i = 16; i < 80; i++) {
    w[i] = rotl(
      (w[i - 3] as number) ^ (w[i - 8] as number) ^ (w[i - 14] as number) ^ (w[i - 16] as number),
      1,
    );
  }
  let a = state[0] as number,
    b = state[1] as number,
    c = state[2] as number,
    d = state[3] as number,
    e = state[4] as number;
  for (let i = 0; i < 80; i++) {
    // §4.1.1: Ch, Parity, Maj, Parity by rounds of 20.
    const round = (i / 20) | 0;
    const f = round === 0 ? (b & c) ^ (~b & d) : round === 2 ? (b & c) ^ (b & d) ^ (c & d) : b ^ c ^ d;
    const t = (rotl(a, 5) + f + e + (K1[round] as number) + (w[i] as number)) | 0;
    e = d;
    d = c;
    c = rotl(b, 30);
    b = a;
    a = t;
  }
  addTo(state, [a, b, c, d, e]);
}

/**
 * The SHA-256 digest of `bytes` (32 bytes).
 *
 * @example
 * sha256Digest(new Uint8Array()).length; // 32
 */
export function sha256Digest(bytes: Uint8Array): Uint8Array {
  return digest(bytes, H256, compress256);
}

/**
 * The SHA-1 digest of `bytes` (20 bytes); the core uses it only inside HMAC-SHA1 (ROA v1, OSS).
 *
 * @example
 * sha1Digest(new Uint8Array()).length; // 20
 */
export function sha1Digest(bytes: Uint8Array): Uint8Array {
  return digest(bytes, H1, compress1);
}
