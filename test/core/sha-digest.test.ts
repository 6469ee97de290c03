import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha1Digest, sha256Digest } from '../../mocks/core/sha-digest.ts';
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
