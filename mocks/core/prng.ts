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

// 32 hex digits as an RFC 4122 version-4 UUID (version and variant bits forced).
function formatUuid(h: string): string {
  const variant = ((Number.parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

// The k-th output (k ≥ 1) of splitmix32 seeded with `seed >>> 0`: its state only ever advances by
// the constant. (Reduce first: `seed + …` would lose low bits for seeds above 2^53.)
function splitmixOutput(seed: number, k: number): number {
  let z = ((seed >>> 0) + Math.imul(k, 0x9e3779b9)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

// sfc32's state (a, b, c, d) as seeded from splitmix32(seed).
function seedState(state: Uint32Array, seed: number): Uint32Array {
  for (let k = 0; k < 4; k++) state[k] = splitmixOutput(seed, k + 1);
  return state;
}

// One sfc32 step: advances `state` and returns the output (a Uint32Array wraps every store).
function sfc32(state: Uint32Array): number {
  const a = state[0] as number;
  const b = state[1] as number;
  const c = state[2] as number;
  const d = state[3] as number;
  const t = (a + b + d) >>> 0;
  state[0] = b ^ (b >>> 9);
  state[1] = c + (c << 3);
  state[2] = ((c << 21) | (c >>> 11)) + t;
  state[3] = d + 1;
  return t;
}

/**
 * The largest seed anything takes (`createEmulator`, the fixture builders, every `--seed`): this
 * generator and faker keep 32 bits, so 2 ** 32 repeated seed 0.
 *
 * @example
 * createPrng(MAX_SEED).uuid();
 */
export const MAX_SEED = 4_294_967_295;

/**
 * What is wrong with a seed (no integer from 0 to {@link MAX_SEED}), or undefined.
 *
 * @example
 * seedFault(2 ** 32); // 'seed must be an integer from 0 to 4294967295, got 4294967296'
 */
export function seedFault(seed: unknown): string | undefined {
  return Number.isSafeInteger(seed) && (seed as number) >= 0 && (seed as number) <= MAX_SEED
    ? undefined
    : `seed must be an integer from 0 to ${MAX_SEED}, got ${String(seed)}`;
}

/**
 * Creates a generator for a seed; equal seeds give equal sequences.
 *
 * @example
 * createPrng(1).uuid(); // always the same UUID for seed 1
 */
export function createPrng(seed: number): Prng {
  const state = seedState(new Uint32Array(4), seed);
  const nextUint32 = (): number => sfc32(state);
  const hex = (length: number): string => {
    let out = '';
    while (out.length < length) out += uint32Hex(nextUint32());
    return out.slice(0, length);
  };
  return { next: () => nextUint32() / 0x100000000, nextUint32, hex, uuid: () => formatUuid(hex(32)) };
}
