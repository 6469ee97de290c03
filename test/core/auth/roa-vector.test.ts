/**
 * The two ROA v1 test vectors of lifecycle §H.6, exactly: our string to sign and signature, the
 * SDK utilities' own, and the verifier's verdict on a request carrying the documented signature.
 */
import { $OpenApiUtil } from '@alicloud/openapi-core';
import OpenApiUtil from '@alicloud/openapi-util';
import { describe, expect, it } from 'vitest';
import { signRoa, verifyRoa } from '../../../mocks/core/auth/index.ts';
import { listVector, putVector, roaContext } from './roa-fixtures.ts';

type Util = { getStringToSign(r: unknown): string; getROASignature(s: string, k: string): string };
// openapi-util 0.3.3 is CommonJS with `exports.default`; vitest may hand either shape.
const legacyUtil = ((OpenApiUtil as unknown as { default?: Util }).default ?? OpenApiUtil) as unknown as Util;
const coreUtil = $OpenApiUtil as unknown as { default?: Util } & Util;
const sdkUtils: [string, Util][] = [
  ['@alicloud/openapi-core 1.0.8', coreUtil.default ?? coreUtil],
  ['@alicloud/openapi-util 0.3.3', legacyUtil],
];

const vectors = [
  { name: 'PUT with a body', vector: putVector, query: {} },
  { name: 'GET with a query', vector: listVector, query: { limit: '10', nextToken: 'a b', prefix: 'my-' } },
];

describe('ROA v1 test vectors (lifecycle §H.6)', () => {
  it.each(vectors)('$name: string to sign and signature', ({ vector }) => {
    const signed = signRoa(vector.options);
    expect(signed.stringToSign).toBe(vector.stringToSign);
    expect(signed.signature).toBe(vector.signature);
    expect(signed.headers.authorization).toBe(`acs testAK:${vector.signature}`);
  });

  it.each(vectors)('$name: the documented signature verifies', ({ vector }) => {
    const signed = signRoa(vector.options);
    const wire = {
      ...signed,
      headers: { ...signed.headers, authorization: `acs testAK:${vector.signature}` },
    };
    expect(verifyRoa(wire, roaContext())).toEqual({ ok: true, accessKeyId: 'testAK' });
  });

  describe.each(sdkUtils)('%s', (_name, util) => {
    it.each(vectors)('$name: the SDK computes the same', ({ vector, query }) => {
      const signed = signRoa(vector.options);
      const { authorization: _, ...headers } = signed.headers;
      const pathname = new URL(vector.options.url).pathname;
      const stringToSign = util.getStringToSign({ method: signed.method, pathname, headers, query });
      expect(stringToSign).toBe(vector.stringToSign);
      expect(util.getROASignature(stringToSign, 'testSecret')).toBe(vector.signature);
    });
  });
});
