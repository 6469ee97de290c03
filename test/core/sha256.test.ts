import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hmacSha1, hmacSha256, sha256, sha256Hex, toHex, utf8 } from '../../mocks/core/sha256.ts';
import { nodeCodecs } from '../../mocks/node-codecs.ts';

const nodeSha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('sha256', () => {
  it.each([
    { given: '', want: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
    { given: 'abc', want: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' },
    {
      given: 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      want: '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    },
  ])('FIPS 180 vector $given', ({ given, want }) => {
    expect(sha256Hex(given)).toBe(want);
  });

  it('matches node:crypto at every length around the block and padding boundaries', () => {
    for (let n = 0; n <= 200; n++) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 31 + n) & 0xff);
      expect(toHex(sha256(bytes)), `length ${n}`).toBe(nodeSha(bytes));
    }
  });

  it('matches node:crypto on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(toHex(sha256(bytes))).toBe(nodeSha(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('hashes strings as UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
    );
  });

  it('hashes a 1 MB input like node:crypto', () => {
    const bytes = new Uint8Array(1 << 20).map((_, i) => i * 7);
    expect(sha256Hex(bytes)).toBe(nodeSha(bytes));
  });
});

describe('hmacSha256', () => {
  it('matches RFC 4231 test case 2', () => {
    expect(toHex(hmacSha256('Jefe', 'what do ya want for nothing?'))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('matches node:crypto for random keys (shorter and longer than a block) and data', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 150 }), fc.uint8Array({ maxLength: 500 }), (key, data) => {
        expect(toHex(hmacSha256(key, data))).toBe(createHmac('sha256', key).update(data).digest('hex'));
      }),
      { numRuns: 300 },
    );
  });

  it('accepts string key and data', () => {
    expect(toHex(hmacSha256('k', 'd'))).toBe(createHmac('sha256', 'k').update('d').digest('hex'));
  });
});

describe('HMAC keys at the block size', () => {
  it.each([0, 1, 63, 64, 65, 128, 129])('a %i-byte key signs as node:crypto', (length) => {
    const key = new Uint8Array(length).map((_, i) => (i * 13 + 7) & 0xff);
    const data = utf8('ACS3-HMAC-SHA256\n0123456789abcdef');
    expect(toHex(hmacSha256(key, data))).toBe(createHmac('sha256', key).update(data).digest('hex'));
    expect(toHex(hmacSha1(key, data))).toBe(createHmac('sha1', key).update(data).digest('hex'));
  });
});

describe('toHex', () => {
  it('writes every byte value as two lowercase digits', () => {
    const bytes = new Uint8Array(256).map((_, i) => i);
    expect(toHex(bytes)).toBe(Buffer.from(bytes).toString('hex'));
    expect(toHex(new Uint8Array())).toBe('');
  });
});

describe('utf8', () => {
  it('encodes strings and passes bytes through', () => {
    const bytes = new Uint8Array([1, 2]);
    expect(utf8(bytes)).toBe(bytes);
    expect([...utf8('é')]).toEqual([0xc3, 0xa9]);
  });
});

describe('nodeCodecs.sha256', () => {
  it('matches the core on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(toHex(nodeCodecs.sha256(bytes))).toBe(toHex(sha256(bytes)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('hmacSha1', () => {
  it('matches RFC 2202 test case 2 and node:crypto', () => {
    expect(toHex(hmacSha1('Jefe', 'what do ya want for nothing?'))).toBe(
      'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79',
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 150 }), fc.uint8Array({ maxLength: 300 }), (key, data) => {
        expect(toHex(hmacSha1(key, data))).toBe(createHmac('sha1', key).update(data).digest('hex'));
      }),
    );
  });
});
