/**
 * verifySignature picks the scheme from the Authorization header; through the emulator, both
 * schemes answer with the same FC codes and statuses (ADR 015).
 */
import { describe, expect, it } from 'vitest';
import { signAcs3, signatureScheme, signRoa, verifySignature } from '../../../mocks/core/auth/index.ts';
import { createEmulator } from '../../../mocks/core/emulator.ts';
import type { WireRequest } from '../../../mocks/core/types.ts';
import { vectorContext, vectorOptions } from './acs3-fixtures.ts';

const URL_CREATE = 'http://127.0.0.1:9000/2023-03-30/functions';
const body = JSON.stringify({
  functionName: 'f',
  runtime: 'python3.10',
  handler: 'index.handler',
  code: { zipFile: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==' },
});
const keys = { accessKeyId: 'testAK', accessKeySecret: 'testSecret' };

describe('signatureScheme', () => {
  it.each([
    { given: undefined, want: 'none' },
    { given: '', want: 'none' },
    { given: 'ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=host,Signature=ab', want: 'ACS3' },
    { given: 'ACS3-HMAC-SM3 Credential=AK', want: 'ACS3' },
    { given: 'acs AK:sig=', want: 'ROA' },
    { given: 'Bearer token', want: 'unknown' },
    { given: 'FC AK:sig', want: 'unknown' },
    { given: 'ACS AK:sig', want: 'unknown' },
  ])('$given → $want', ({ given, want }) => {
    expect(signatureScheme(given)).toBe(want);
  });
});

describe('verifySignature', () => {
  const withAuth = (value: string | undefined): WireRequest => {
    const roa = value?.startsWith('acs ');
    const wire = roa
      ? signRoa({ ...keys, url: URL_CREATE, date: new Date('2024-01-01T00:00:00Z') })
      : signAcs3(vectorOptions);
    const headers = { ...wire.headers };
    if (value === undefined) delete headers.authorization;
    else headers.authorization = value;
    return { ...wire, headers };
  };

  it('verifies ACS3 as verifyAcs3 does', () => {
    expect(verifySignature(signAcs3(vectorOptions), vectorContext())).toEqual({
      ok: true,
      accessKeyId: 'testAK',
    });
  });

  it('verifies ROA v1', () => {
    const wire = signRoa({ ...keys, url: URL_CREATE, body: '{}', date: new Date('2024-01-01T00:00:00Z') });
    expect(verifySignature(wire, vectorContext())).toEqual({ ok: true, accessKeyId: 'testAK' });
  });

  it.each([
    { name: 'no Authorization', value: undefined, code: 'MissingRequiredHeader', says: 'Authorization' },
    {
      name: 'unknown scheme',
      value: 'Bearer abc',
      code: 'SignatureNotMatch',
      says: "scheme 'Bearer' is not supported",
    },
    { name: 'FC 2.0 scheme', value: 'FC testAK:abc', code: 'SignatureNotMatch', says: "scheme 'FC'" },
    { name: 'malformed ROA', value: 'acs testAK', code: 'SignatureNotMatch', says: 'ROA v1 expects' },
    {
      name: 'malformed ACS3',
      value: 'ACS3-HMAC-SHA256 nonsense',
      code: 'SignatureNotMatch',
      says: 'malformed',
    },
  ])('$name → $code', ({ value, code, says }) => {
    const result = verifySignature(withAuth(value), vectorContext());
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(result.message).toContain(says);
  });
});

describe('emulator with credentials', () => {
  const emulator = () => createEmulator({ credentials: { testAK: 'testSecret' } });
  const answer = async (wire: WireRequest) => {
    const response = await emulator().dispatch(wire);
    return { status: response.status, code: (JSON.parse(response.body) as { Code?: string }).Code };
  };
  const signers = {
    ACS3: (extra: { accessKeySecret?: string; date?: Date } = {}) =>
      signAcs3({ ...keys, url: URL_CREATE, body, ...extra }),
    ROA: (extra: { accessKeySecret?: string; date?: Date } = {}) =>
      signRoa({ ...keys, url: URL_CREATE, body, ...extra }),
  };

  it.each(Object.entries(signers))('%s: a signed create is answered 200', async (_scheme, sign) => {
    await expect(answer(sign())).resolves.toEqual({ status: 200, code: undefined });
  });

  it.each(Object.entries(signers))(
    '%s: failures answer the same codes and statuses',
    async (_scheme, sign) => {
      await expect(answer(sign({ accessKeySecret: 'wrong' }))).resolves.toEqual({
        status: 403,
        code: 'SignatureNotMatch',
      });
      const old = new Date(Date.now() - 3_600_000);
      await expect(answer(sign({ date: old }))).resolves.toEqual({
        status: 403,
        code: 'RequestTimeTooSkewed',
      });
      const unknown = { ...sign(), headers: { ...sign().headers } };
      unknown.headers.authorization = (unknown.headers.authorization as string).replace('testAK', 'ghost');
      await expect(answer(unknown)).resolves.toEqual({ status: 403, code: 'InvalidAccessKeyID' });
    },
  );
});
