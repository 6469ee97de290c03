/**
 * A small seeded pseudo-random generator (sfc32 seeded through splitmix32), so that ids, request
 * ids and fault sampling repeat exactly for a seed without any global state.
 */

/** A seeded random source owned by one emulator. */
export interface Prng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Unsigned 32-bit integer. */
  nextUint32(): number;
  /** `length` lowercase hex digits. */
  hex(length: number): string;
  /** An RFC 4122 version-4 UUID. */
  uuid(): string;
}

const BYTE_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function uint32Hex(n: number): string {
  return (
    (BYTE_HEX[n >>> 24] as string) +
    BYTE_HEX[(n >>> 16) & 0xff] +
    BYTE_HEX[(n >>> 8) & 0xff] +
    BYTE_HEX[n & 0xff]
  );
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * Creates a generator for a seed; equal seeds give equal sequences.
 *
 * @example
 * createPrng(1).uuid(); // always the same UUID for seed 1
 */
export function createPrng(seed: number): Prng {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const nextUint32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  const hex = (length: number): string => {
    let out = '';
    while (out.length < length) out += uint32Hex(nextUint32());
    return out.slice(0, length);
  };
  const uuid = (): string => {
    const h = hex(32);
    const variant = ((Number.parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
  return { next: () => nextUint32() / 0x100000000, nextUint32, hex, uuid };
}

/** Ids that are a pure function of (seed, creation number), so a store need not keep them. */
export interface DerivedIds {
  functionId(n: number): string;
  /** 64 hex digits: the digest of a container image's resolved URI. */
  imageDigest(n: number): string;
}

/**
 * Derives the `n`-th created function's ids from the emulator's seed; equal inputs, equal ids.
 *
 * @example
 * derivedIds(1).functionId(0) === derivedIds(1).functionId(0); // true
 */
export function derivedIds(seed: number): DerivedIds {
  // n ↦ (n + 1) · odd constant is a bijection on 32 bits, so distinct n seed distinct generators.
  const at = (n: number): Prng => createPrng((seed ^ Math.imul(n + 1, 0x9e3779b1)) >>> 0);
  return { functionId: (n) => at(n).uuid(), imageDigest: (n) => at(n).hex(64) };
}
