import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseInput, createRequest } from '../../contracts/cases/context.ts';
import { referenceBase64, referenceCrc64Xz } from '../../contracts/checks/independent-codecs.ts';
import { emulatorTarget, runContractSuite } from '../../contracts/index.ts';
import { decodeBase64 } from '../../mocks/core/base64.ts';
import { crc64XzDecimal } from '../../mocks/core/crc64.ts';
import { makeZip } from '../../mocks/fixtures/index.ts';
import { createEmulator } from '../../mocks/index.ts';

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

/** `size` pseudo-random bytes (xorshift), so the Base64 text has no repeating pattern. */
function noise(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let x = 0x9e3779b9;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

describe('referenceBase64 on large code packages', () => {
  it('decodes the Base64 of 100 MB in linear time (no stack overflow)', () => {
    const bytes = noise(100 * 1024 * 1024);
    const text = Buffer.from(bytes).toString('base64');
    const started = performance.now();
    const decoded = referenceBase64(text);
    const elapsed = performance.now() - started;
    expect(decoded?.byteLength).toBe(bytes.byteLength);
    expect(Buffer.from(decoded ?? []).equals(Buffer.from(bytes))).toBe(true);
    // A generous ceiling for a shared 2-core VM; the backtracking regex never finished at all.
    expect(elapsed).toBeLessThan(30_000);
    // One bad character at the very end is still found.
    expect(referenceBase64(`${text.slice(0, -4)}AA!=`)).toBeUndefined();
  }, 120_000);

  it('lets the suite grade a create with a 4 MiB ZIP instead of reporting a transport failure', async () => {
    const zipFile = Buffer.from(makeZip({ 'index.py': noise(4 * 1024 * 1024) })).toString('base64');
    const input = { ...baseInput('builtin', 'ct-big-zip-1'), code: { zipFile } };
    const report = await runContractSuite(emulatorTarget(createEmulator()), {
      cases: [
        {
          id: 'big-zip',
          title: 'a 4 MiB ZIP',
          fact: { reference: 'F', statement: 'checksum of a large ZIP', grade: 'documented' },
          request: createRequest(input),
          expect: { status: 200, success: { echo: input } },
        },
      ],
    });
    const result = report.results[0];
    expect(result?.failures).toEqual([]);
    expect(result?.status).toBe('passed');
  }, 60_000);
});
