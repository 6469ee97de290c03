import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../mocks/core/base64.ts';
import { decodeBase64Strict } from '../../mocks/node-codecs.ts';

const STRICT = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

// The core's browser-safe decoder and the Node adapters' Buffer-based one must accept exactly the
// same texts (ADR 016): every case runs against both.
const decoders = [
  { decoder: 'core (hand-written)', decode: decodeBase64 },
  { decoder: 'node (Buffer)', decode: decodeBase64Strict },
];

describe.each(decoders)('decodeBase64: $decoder', ({ decode }) => {
  it.each([
    { given: '', want: [] },
    { given: 'UA==', want: [0x50] },
    { given: 'UEs=', want: [0x50, 0x4b] },
    { given: 'UEsD', want: [0x50, 0x4b, 0x03] },
    { given: '+/+/', want: [0xfb, 0xff, 0xbf] },
    { given: 'UB==', want: [0x50] }, // non-zero pad bits: accepted like Go's StdEncoding
  ])('decodes $given', ({ given, want }) => {
    expect([...(decode(given) ?? [0xdead])]).toEqual(want);
  });

  it.each([
    { name: 'missing padding', given: 'UEs' },
    { name: 'one char', given: 'U' },
    { name: 'three pads', given: 'U===' },
    { name: 'only pads', given: '====' },
    { name: 'pad in the middle', given: 'UA==UEsD' },
    { name: 'pads in the middle and at the end', given: 'UA==UA==' },
    { name: 'pad then data', given: 'U=s=' },
    { name: 'space', given: 'UEsD UEsD' },
    { name: 'newline', given: 'UEsD\nUEsD' },
    { name: 'trailing newline', given: 'UEsD\n' },
    { name: 'URL-safe alphabet', given: '-_-_' },
    { name: 'one URL-safe character among valid ones', given: 'UEsDUE-D' },
    { name: 'non-ASCII', given: 'UEs\u00e9' },
    { name: 'wide char that aliases a valid code in the low byte', given: 'UEs\u0141' },
    { name: 'aliasing wide char in the middle (length unchanged)', given: 'UEsD\u0141UEs' },
    { name: 'data URL prefix', given: 'data:application/zip;base64,UEsD' },
  ])('rejects $name', ({ given }) => {
    expect(decode(given)).toBeUndefined();
  });

  it('round-trips with Buffer on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), (bytes) => {
        const text = Buffer.from(bytes).toString('base64');
        expect(encodeBase64(bytes)).toBe(text);
        expect(decode(text)).toEqual(new Uint8Array(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('accepts exactly the strict grammar and then agrees with Buffer', () => {
    const alphabet = fc.constantFrom(...'ABCZabcz0189+/=-_ \n\u0141\u00e9'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 16 }), (text) => {
        const decoded = decode(text);
        expect(decoded !== undefined).toBe(STRICT.test(text));
        if (decoded) expect(decoded).toEqual(new Uint8Array(Buffer.from(text, 'base64')));
      }),
      { numRuns: 2000 },
    );
  });
});
