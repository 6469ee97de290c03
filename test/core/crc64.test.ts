import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../mocks/core/base64.ts';
import { crc64Xz, crc64XzDecimal } from '../../mocks/core/crc64.ts';

const text = (value: string) => new TextEncoder().encode(value);

/** Bit-at-a-time BigInt reference straight from the CRC-64/XZ definition. */
function referenceCrc64(bytes: Uint8Array): bigint {
  const poly = 0xc96c5795d7870f42n;
  const mask = 0xffffffffffffffffn;
  let crc = mask;
  for (const byte of bytes) {
    crc ^= BigInt(byte);
    for (let bit = 0; bit < 8; bit++) crc = crc & 1n ? (crc >> 1n) ^ poly : crc >> 1n;
  }
  return crc ^ mask;
}

describe('crc64Xz', () => {
  it.each([
    { name: 'check string 123456789', given: text('123456789'), want: '11051210869376104954' },
    { name: 'empty input', given: new Uint8Array(0), want: '0' },
    {
      name: 'empty ZIP (22 bytes)',
      given: decodeBase64('UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==') as Uint8Array,
      want: '2220831586920633690',
    },
    { name: "terraform's print('hello')", given: text("print('hello')"), want: '4270285996107335518' },
  ])('$name → $want', ({ given, want }) => {
    expect(crc64XzDecimal(given)).toBe(want);
  });

  it('returns an unsigned bigint', () => {
    expect(crc64Xz(text('123456789'))).toBe(0x995dc9bbdf1939fan);
  });

  it('agrees with the bitwise definition at every length around the 8-byte stride', () => {
    for (let n = 0; n <= 40; n++) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 97 + 13) & 0xff);
      expect(crc64Xz(bytes), `length ${n}`).toBe(referenceCrc64(bytes));
    }
  });

  it('agrees with the bitwise definition on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(crc64Xz(bytes)).toBe(referenceCrc64(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('works on a subarray view (non-zero byteOffset)', () => {
    const buffer = text('xx123456789');
    expect(crc64XzDecimal(buffer.subarray(2))).toBe('11051210869376104954');
  });
});

describe('crc64Xz on views at every alignment', () => {
  it('agrees with the bitwise definition for any offset and length (word reads start aligned)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 200 }), fc.nat(7), (bytes, offset) => {
        const buffer = new Uint8Array(bytes.length + 8);
        buffer.set(bytes, offset);
        const view = buffer.subarray(offset, offset + bytes.length);
        expect(crc64Xz(view)).toBe(referenceCrc64(bytes));
      }),
      { numRuns: 500 },
    );
  });
});
