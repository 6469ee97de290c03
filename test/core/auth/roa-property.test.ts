import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signRoa, verifyRoa } from '../../../mocks/core/auth/index.ts';
import { putVector, roaContext } from './roa-fixtures.ts';

const headerValue = fc.stringMatching(/^[\x21-\x7e]([\x20-\x7e]{0,30}[\x21-\x7e])?$/);
const extraHeaders = fc.dictionary(
  fc.oneof(
    // Names the signer already sets are left alone: overriding them is covered by the table tests.
    fc
      .stringMatching(/^x-acs-[a-z0-9-]{1,10}$/)
      .filter((name) => !(name in signRoa(putVector.options).headers)),
    fc.constantFrom('user-agent', 'x-custom', 'content-md5'),
  ),
  headerValue,
  { maxKeys: 4 },
);
const queryText = fc.array(
  fc.tuple(fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,8}$/), fc.string({ unit: 'grapheme', maxLength: 8 })),
  { maxLength: 4 },
);

/** The query as the JS SDK's `querystring.stringify` puts it on the wire (unique keys). */
function wireQuery(pairs: [string, string][]): string {
  const unique = new Map(pairs);
  return [...unique].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

describe('signRoa → verifyRoa (property)', () => {
  it('round-trips for random methods, queries, headers, nonces and both empty-value forms', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'),
        queryText,
        extraHeaders,
        fc.stringMatching(/^[0-9a-f]{1,64}$/),
        fc.constantFrom<'k=' | 'k'>('k=', 'k'),
        (method, query, headers, nonce, emptyValue) => {
          const q = wireQuery(query);
          const url = `${putVector.options.url}${q ? `?${q}` : ''}`;
          const wire = signRoa({ ...putVector.options, method, url, headers, nonce, emptyValue });
          expect(verifyRoa(wire, roaContext())).toEqual({ ok: true, accessKeyId: 'testAK' });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('fails with SignatureNotMatch when any character of the path or a signed header changes', () => {
    const signed = signRoa(putVector.options);
    const targets = ['url', 'accept', 'content-type', 'x-acs-signature-nonce', 'x-acs-version'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...targets),
        fc.nat(),
        fc.integer({ min: 1, max: 25 }),
        (target, at, delta) => {
          const wire = { ...signed, headers: { ...signed.headers } };
          const text = target === 'url' ? wire.url : (wire.headers[target] as string);
          // Only the path part of the URL is signed; keep the change there.
          const from = target === 'url' ? wire.url.indexOf('/2023-03-30') + 1 : 0;
          const index = from + (at % (text.length - from));
          const changed = String.fromCharCode(((text.charCodeAt(index) - 33 + delta) % 94) + 33);
          const next = text.slice(0, index) + changed + text.slice(index + 1);
          if (target === 'url') wire.url = next;
          else wire.headers[target] = next;
          const result = verifyRoa(wire, roaContext());
          expect(result).toMatchObject({ ok: false, code: 'SignatureNotMatch' });
        },
      ),
      { numRuns: 300 },
    );
  });
});
