import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signAcs3, verifyAcs3 } from '../../../mocks/core/auth/index.ts';
import { vectorContext, vectorOptions } from './acs3-fixtures.ts';

const extraHeaders = fc.dictionary(
  fc.oneof(
    // Names the signer already sets are left alone: overriding them is covered by the table tests.
    fc.stringMatching(/^x-acs-[a-z0-9-]{1,10}$/).filter((name) => !(name in signAcs3(vectorOptions).headers)),
    fc.constantFrom('user-agent', 'accept', 'x-custom'),
  ),
  fc.stringMatching(/^[\x21-\x7e]([\x20-\x7e]{0,30}[\x21-\x7e])?$/),
  { maxKeys: 4 },
);

describe('signAcs3 → verifyAcs3 (property)', () => {
  it('round-trips for random bodies, headers and nonces', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 1000 }),
        extraHeaders,
        fc.stringMatching(/^[0-9a-f]{1,64}$/),
        (body, headers, nonce) => {
          const wire = signAcs3({ ...vectorOptions, body, headers, nonce });
          expect(verifyAcs3(wire, vectorContext())).toEqual({ ok: true, accessKeyId: 'testAK' });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('fails with SignatureNotMatch when any single body byte changes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 500 }),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (body, at, delta) => {
          const wire = signAcs3({ ...vectorOptions, body });
          const index = at % body.length;
          wire.body[index] = ((wire.body[index] as number) + delta) & 0xff;
          expect(verifyAcs3(wire, vectorContext())).toMatchObject({ ok: false, code: 'SignatureNotMatch' });
        },
      ),
      { numRuns: 300 },
    );
  });
});
