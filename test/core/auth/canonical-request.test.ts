import { OpenApiUtil } from '@alicloud/openapi-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalQuery, canonicalUri, splitUrl } from '../../../mocks/core/auth/canonical-request.ts';
import { buildCanonicalRequest, signCanonicalRequest } from '../../../mocks/core/auth/index.ts';

describe('splitUrl', () => {
  it.each([
    { given: 'http://h:9/a/b?x=1#f', want: { authority: 'h:9', path: '/a/b', query: 'x=1' } },
    { given: 'https://h', want: { authority: 'h', path: '/', query: '' } },
    { given: 'http://h/a/../b', want: { authority: 'h', path: '/a/../b', query: '' } },
    { given: '/only/path?q', want: { authority: '', path: '/only/path', query: 'q' } },
  ])('$given', ({ given, want }) => {
    expect(splitUrl(given)).toEqual(want);
  });
});

describe('canonicalUri / canonicalQuery', () => {
  it('applies only the SDK rewrites to the path', () => {
    expect(canonicalUri('/a+b*c%7Ed%2F~')).toBe('/a%20b%2Ac~d%2F~');
  });

  it.each([
    { given: '', want: '' },
    { given: 'b=2&a=1', want: 'a=1&b=2' },
    { given: 'k', want: 'k=' },
    { given: 'v=a%20b%21', want: 'v=a%20b%21' },
    { given: "v=it's(*)", want: 'v=it%27s%28%2A%29' },
    { given: 'v=%ZZ', want: 'v=%25ZZ' },
  ])('query $given → $want', ({ given, want }) => {
    expect(canonicalQuery(given)).toBe(want);
  });
});

const headerName = fc.oneof(
  fc.constantFrom(
    'host',
    'content-type',
    'accept',
    'user-agent',
    'x-acs-action',
    'x-acs-date',
    'X-Acs-Version',
  ),
  fc.stringMatching(/^x-acs-[a-z0-9-]{1,8}$/),
);
const headerValue = fc.stringMatching(/^[ \t]?[\x21-\x7e]([\x20-\x7e]{0,20}[\x21-\x7e])?[ \t]?$/);
const segment = fc.stringMatching(/^[A-Za-z0-9+*~._-]{1,8}$/).map((s) => s.replace(/~/g, '%7E'));

describe('buildCanonicalRequest agrees with the SDK', () => {
  it('yields the Authorization value of OpenApiUtil.getAuthorization for random requests', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(headerName, headerValue), {
          selector: ([n]) => n.toLowerCase(),
          maxLength: 8,
        }),
        fc.array(segment, { maxLength: 3 }),
        fc.dictionary(fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,5}$/), fc.string({ maxLength: 10 }), {
          maxKeys: 3,
        }),
        (pairs, segments, query) => {
          const headers: Record<string, string> = { host: 'h:1', ...Object.fromEntries(pairs) };
          const pathname = `/${segments.join('/')}`;
          const sdk = OpenApiUtil.getAuthorization(
            { pathname, method: 'POST', query, headers } as never,
            'ACS3-HMAC-SHA256',
            'e3b0',
            'AK',
            'SK',
          );
          const signedHeaders = (/SignedHeaders=([^,]*)/.exec(sdk)?.[1] ?? '').split(';');
          const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
          const rawQuery = Object.entries(query)
            .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
            .join('&');
          const ours = buildCanonicalRequest({
            method: 'POST',
            url: `http://h:1${pathname}${rawQuery ? `?${rawQuery}` : ''}`,
            headers: lower,
            signedHeaders,
            payloadHash: 'e3b0',
          });
          expect(sdk.endsWith(`Signature=${signCanonicalRequest(ours, 'SK').signature}`)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
