import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../mocks/core/base64.ts';

const STRICT = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

describe('decodeBase64', () => {
  it.each([
    { given: '', want: [] },
    { given: 'UA==', want: [0x50] },
    { given: 'UEs=', want: [0x50, 0x4b] },
    { given: 'UEsD', want: [0x50, 0x4b, 0x03] },
    { given: '+/+/', want: [0xfb, 0xff, 0xbf] },
    { given: 'UB==', want: [0x50] }, // non-zero pad bits: accepted like Go's StdEncoding
  ])('decodes $given', ({ given, want }) => {
    expect([...(decodeBase64(given) ?? [0xdead])]).toEqual(want);
  });

  it.each([
    { name: 'missing padding', given: 'UEs' },
    { name: 'one char', given: 'U' },
    { name: 'three pads', given: 'U===' },
    { name: 'only pads', given: '====' },
    { name: 'pad in the middle', given: 'UA==UEsD' },
    { name: 'pad then data', given: 'U=s=' },
    { name: 'space', given: 'UEsD UEsD' },
    { name: 'newline', given: 'UEsD\nUEsD' },
    { name: 'trailing newline', given: 'UEsD\n' },
    { name: 'URL-safe alphabet', given: '-_-_' },
    { name: 'non-ASCII', given: 'UEs\u00e9' },
    { name: 'wide char that aliases a valid code in the low byte', given: 'UEs\u0141' },
    { name: 'data URL prefix', given: 'data:application/zip;base64,UEsD' },
  ])('rejects $name', ({ given }) => {
    expect(decodeBase64(given)).toBeUndefined();
  });

  it('round-trips with Buffer on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), (bytes) => {
        const text = Buffer.from(bytes).toString('base64');
        expect(encodeBase64(bytes)).toBe(text);
        expect(decodeBase64(text)).toEqual(new Uint8Array(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('accepts exactly the strict grammar and then agrees with Buffer', () => {
    const alphabet = fc.constantFrom(...'ABCZabcz0189+/=-_ \n'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 16 }), (text) => {
        const decoded = decodeBase64(text);
        expect(decoded !== undefined).toBe(STRICT.test(text));
        if (decoded) expect(decoded).toEqual(new Uint8Array(Buffer.from(text, 'base64')));
      }),
      { numRuns: 2000 },
    );
  });
});
