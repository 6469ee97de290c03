/**
 * A header sent more than once (reference A.4 step 3.4): the canonical headers block holds its
 * values trimmed, sorted and joined with `,`, as `getAuthorizationHeaders` in
 * `@alicloud/openapi-core` computes for a header object naming it in two cases. Before, the
 * emulator joined them in the order received, so such a signature never verified.
 */
import { OpenApiUtil } from '@alicloud/openapi-core';
import { describe, expect, it } from 'vitest';
import { verifyAcs3 } from '../../../mocks/core/auth/index.ts';
import { answerHeadersFromRaw, headersFromRaw } from '../../../mocks/core/auth/wire-headers.ts';
import { sha256, toHex } from '../../../mocks/core/sha256.ts';
import { VECTOR_DATE, vectorContext } from './acs3-fixtures.ts';

describe('headersFromRaw', () => {
  it.each([
    { given: ['X-Acs-Meta', 'b', 'x-acs-meta', ' a'], want: { 'x-acs-meta': 'a,b' } },
    {
      given: ['Content-Type', 'text/plain', 'content-type', 'application/json'],
      want: { 'content-type': 'application/json,text/plain' },
    },
    { given: ['X-Acs-M', 'c', 'x-acs-m', 'a', 'X-ACS-M', 'b'], want: { 'x-acs-m': 'a,b,c' } },
    // Not signed: the order received, untrimmed (a Prefer list reads left to right).
    { given: ['Prefer', 'code=409', 'prefer', ' example=x'], want: { prefer: 'code=409, example=x' } },
    {
      given: ['__proto__', 'a', 'Cookie', 'x=1'],
      want: Object.fromEntries([
        ['__proto__', 'a'],
        ['cookie', 'x=1'],
      ]),
    },
  ])('$given', ({ given, want }) => {
    const headers = headersFromRaw(given);
    expect(Object.getPrototypeOf(headers)).toBe(null);
    expect(Object.entries(headers)).toEqual(Object.entries(want));
  });
});

describe('answerHeadersFromRaw', () => {
  it('joins every repeated name in the order received, signed names too', () => {
    const given = [
      'Content-Type',
      'text/plain',
      'content-type',
      'application/json',
      'X-Acs-A',
      'b',
      'x-acs-a',
      'a',
    ];
    expect({ ...answerHeadersFromRaw(given) }).toEqual({
      'content-type': 'text/plain,application/json',
      'x-acs-a': 'b,a',
    });
  });
});

describe('a signed header named twice', () => {
  it("verifies with the SDK's own signature over a header object holding it in two cases", () => {
    const headers: Record<string, string> = {
      host: '127.0.0.1:9000',
      'x-acs-action': 'ListFunctions',
      'x-acs-version': '2023-03-30',
      'x-acs-date': VECTOR_DATE,
      'x-acs-signature-nonce': 'f'.repeat(64),
      'x-acs-content-sha256': toHex(sha256(new Uint8Array())),
      'X-Acs-Meta': 'b',
      'x-acs-meta': ' a',
    };
    const pathname = '/2023-03-30/functions';
    const authorization = OpenApiUtil.getAuthorization(
      { pathname, method: 'GET', query: {}, headers } as never,
      'ACS3-HMAC-SHA256',
      headers['x-acs-content-sha256'] as string,
      'testAK',
      'testSecret',
    );
    const wire = {
      method: 'GET',
      url: `http://127.0.0.1:9000${pathname}`,
      headers: { ...headers, authorization },
      body: new Uint8Array(),
    };
    expect(verifyAcs3(wire, vectorContext())).toEqual({ ok: true, accessKeyId: 'testAK' });
  });
});
