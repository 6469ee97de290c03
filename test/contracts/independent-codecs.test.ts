import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referenceBase64, referenceCrc64Xz } from '../../contracts/checks/independent-codecs.ts';
import { decodeBase64 } from '../../mocks/core/base64.ts';
import { crc64XzDecimal } from '../../mocks/core/crc64.ts';

describe("the contract suite's own codecs", () => {
  it('give the CRC-64/XZ check values', () => {
    expect(referenceCrc64Xz(new TextEncoder().encode('123456789'))).toBe(
      BigInt('0x995DC9BBDF1939FA').toString(),
    );
    expect(referenceCrc64Xz(new Uint8Array(0))).toBe('0');
  });

  it("agree with the emulator's table-driven CRC-64 and Base64 on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(referenceCrc64Xz(bytes)).toBe(crc64XzDecimal(bytes));
        const text = btoa(String.fromCharCode(...bytes));
        expect(referenceBase64(text)).toEqual(decodeBase64(text));
      }),
      { seed: 9, numRuns: 300 },
    );
  });

  it('refuse what FC refuses: not Base64, whitespace, missing padding (as the emulator does)', () => {
    for (const text of ['not base64!', 'UEsFBg', 'UEs FBg==', 'UEsFBg==\n', '====', 'A===']) {
      expect(referenceBase64(text)).toBeUndefined();
      expect(decodeBase64(text)).toBeUndefined();
    }
    expect(referenceBase64('UEsFBh==')).toEqual(decodeBase64('UEsFBh=='));
  });
});
