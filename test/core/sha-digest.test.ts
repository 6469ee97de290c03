import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { primeRootBits, sha1Digest, sha256Digest } from '../../mocks/core/sha-digest.ts';
import { toHex } from '../../mocks/core/sha256.ts';

const node = (algorithm: string, bytes: Uint8Array) => createHash(algorithm).update(bytes).digest('hex');
const ascii = (text: string) => new TextEncoder().encode(text);

describe.each([
  { name: 'sha256', digest: sha256Digest, length: 32 },
  { name: 'sha1', digest: sha1Digest, length: 20 },
])('$name', ({ name, digest, length }) => {
  it('matches node:crypto at every length around the block and padding boundaries', () => {
    for (let n = 0; n <= 200; n++) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 31 + n) & 0xff);
      expect(toHex(digest(bytes)), `length ${n}`).toBe(node(name, bytes));
    }
  });

  it('matches node:crypto on random bytes, also from a view into a larger buffer', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.nat({ max: 7 }), (bytes, start) => {
        const buffer = new Uint8Array(start + bytes.length + 3).fill(0xa5);
        buffer.set(bytes, start);
        const view = buffer.subarray(start, start + bytes.length);
        expect(toHex(digest(view))).toBe(node(name, bytes));
        expect(digest(view)).toHaveLength(length);
      }),
      { numRuns: 300 },
    );
  });

  it('matches node:crypto on 1 MiB and a few bytes more (many blocks, a length past 2^23 bits)', () => {
    const bytes = new Uint8Array(1024 * 1024 + 5).map((_, i) => (i * 7) & 0xff);
    expect(toHex(digest(bytes))).toBe(node(name, bytes));
  });
});

describe('FIPS 180 vectors', () => {
  it.each([
    { given: '', sha1: 'da39a3ee5e6b4b0d3255bfef95601890afd80709' },
    { given: 'abc', sha1: 'a9993e364706816aba3e25717850c26c9cd0d89d' },
    {
      given: 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      sha1: '84983e441c3bd26ebaae4aa1f95129e5e54670f1',
    },
  ])('sha1 $given', ({ given, sha1 }) => {
    expect(toHex(sha1Digest(ascii(given)))).toBe(sha1);
  });
});

describe('primeRootBits', () => {
  // FIPS 180-4 §4.2.2 and §5.3.3, as the standard writes them.
  const K = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
  ];
  const H = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
  const unsigned = (words: Int32Array) => [...words].map((word) => word >>> 0);

  it("gives SHA-256's 64 round constants from the cube roots of the first 64 primes", () => {
    expect(unsigned(primeRootBits(64, Math.cbrt))).toEqual(K);
  });

  it("gives SHA-256's initial state from the square roots of the first 8 primes", () => {
    expect(unsigned(primeRootBits(8, Math.sqrt))).toEqual(H);
  });
});
