/**
 * The FC 2.0 and OSS V1 verifiers (reference "Triggers and tags" T.7, T.8) against the signers
 * of the clients deploy tools use: `@alicloud/fc2`'s `Client.getSignature` and `ali-oss`'s
 * `signUtils` are the oracles, so a string-to-sign the emulator gets wrong cannot pass; then every
 * failure the verifiers name.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createNonceStore } from '../../../mocks/core/auth/index.ts';
import { roaSignature } from '../../../mocks/core/auth/signature.ts';
import { fc2Signature, fc2StringToSign, verifyFc2 } from '../../../mocks/core/auth/verify-fc2.ts';
import { ossStringToSign, verifyOss } from '../../../mocks/core/auth/verify-oss.ts';
import { createUploads } from '../../../mocks/core/uploads.ts';

const require = createRequire(import.meta.url);
const FC2 = require('@alicloud/fc2') as {
  getSignature(ak: string, sk: string, method: string, path: string, headers: Record<string, string>): string;
};
const signUtils = require('ali-oss/lib/common/signUtils.js') as {
  buildCanonicalString(
    method: string,
    resource: string,
    request: { headers: Record<string, string> },
  ): string;
  computeSignature(secret: string, canonical: string): string;
};

const DATE = 'Mon, 01 Jan 2024 00:00:00 GMT';
const NOW = new Date('2024-01-01T00:00:00Z');
const URL = 'http://127.0.0.1/2016-08-15/tempBucketToken';

function fc2Request(headers: Record<string, string>, secret = 'testSecret') {
  const all = {
    accept: 'application/json',
    date: DATE,
    host: '127.0.0.1',
    'x-fc-account-id': '1234',
    ...headers,
  };
  const authorization = FC2.getSignature('testAK', secret, 'GET', '/2016-08-15/tempBucketToken', all);
  return { method: 'GET', url: URL, headers: { ...all, authorization }, body: new Uint8Array() };
}

const fc2Context = {
  credentials: { testAK: 'testSecret' },
  now: NOW,
  maxSkewMs: 900_000,
  nonces: createNonceStore(),
};

describe('FC 2.0 signature (tempBucketToken)', () => {
  it.each([
    [{}],
    [{ 'x-fc-security-token': 'tok', 'x-fc-trace-id': 'abc' }],
    [{ 'content-type': 'application/json', 'content-md5': 'bWQ1' }],
  ])('signs like @alicloud/fc2 (%j)', (extra) => {
    const request = fc2Request(extra as Record<string, string>);
    const { authorization, ...headers } = request.headers;
    const mine = fc2Signature(
      fc2StringToSign({ method: 'GET', path: '/2016-08-15/tempBucketToken', headers }),
      'testSecret',
    );
    expect(authorization).toBe(`FC testAK:${mine}`);
    expect(verifyFc2(request, fc2Context)).toEqual({ ok: true, accessKeyId: 'testAK' });
  });

  it.each([
    ['no Authorization', () => ({ ...fc2Request({}), headers: { date: DATE } }), 'MissingRequiredHeader'],
    ['the wrong secret', () => fc2Request({}, 'nope'), 'SignatureNotMatch'],
    [
      'an unknown key',
      () => ({ ...fc2Request({}), headers: { ...fc2Request({}).headers, authorization: 'FC other:x' } }),
      'InvalidAccessKeyID',
    ],
    [
      'the ACS3 scheme',
      () => ({
        ...fc2Request({}),
        headers: { ...fc2Request({}).headers, authorization: 'ACS3-HMAC-SHA256 x' },
      }),
      'SignatureNotMatch',
    ],
    [
      'a date 20 minutes off',
      () => fc2Request({ date: 'Mon, 01 Jan 2024 00:20:00 GMT' }),
      'RequestTimeTooSkewed',
    ],
    [
      'a signed header changed',
      () => ({ ...fc2Request({}), headers: { ...fc2Request({}).headers, 'x-fc-account-id': '999' } }),
      'SignatureNotMatch',
    ],
  ])('refuses %s', (_label, build, code) => {
    expect(verifyFc2(build(), fc2Context)).toMatchObject({ ok: false, code });
  });
});

const RESOURCE = '/fc-temp-code-cn-hangzhou/1234/a b.zip';
const TOKEN = {
  accessKeyId: 'STS.abc',
  accessKeySecret: 'tempSecret',
  securityToken: 'sts-token',
  expiresAt: NOW.getTime() + 3_600_000,
};

function ossRequest(extra: Record<string, string> = {}, secret = TOKEN.accessKeySecret) {
  const headers: Record<string, string> = {
    'x-oss-date': DATE,
    'x-oss-security-token': TOKEN.securityToken,
    'content-type': 'application/zip',
    'content-length': '22',
    ...extra,
  };
  const canonical = signUtils.buildCanonicalString('PUT', RESOURCE, { headers });
  const authorization = `OSS ${TOKEN.accessKeyId}:${signUtils.computeSignature(secret, canonical)}`;
  return {
    method: 'PUT',
    url: 'http://fc-temp-code-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com/1234/a%20b.zip',
    headers: { ...headers, authorization },
    body: new Uint8Array(22),
  };
}

function ossContext(now = NOW) {
  const uploads = createUploads();
  uploads.issue(TOKEN);
  return { credentials: { testAK: 'testSecret' }, uploads, now, maxSkewMs: 900_000 };
}

describe('OSS V1 signature (the receiver)', () => {
  it.each([[{}], [{ 'x-oss-meta-a': ' v ', 'content-md5': 'bWQ1' }]])('signs like ali-oss (%j)', (extra) => {
    const request = ossRequest(extra as Record<string, string>);
    const { authorization, ...headers } = request.headers;
    expect(authorization).toBe(
      `OSS ${TOKEN.accessKeyId}:${roaSignature(ossStringToSign({ method: 'PUT', headers, resource: RESOURCE }), TOKEN.accessKeySecret)}`,
    );
    expect(verifyOss(request, RESOURCE, ossContext())).toEqual({ ok: true });
  });

  it.each([
    ['an unsigned request', () => ({ ...ossRequest(), headers: { 'x-oss-date': DATE } }), 'AccessDenied'],
    ['the wrong secret', () => ossRequest({}, 'nope'), 'SignatureDoesNotMatch'],
    ['another security token', () => ossRequest({ 'x-oss-security-token': 'other' }), 'InvalidSecurityToken'],
    [
      'a key never issued',
      () => ({ ...ossRequest(), headers: { ...ossRequest().headers, authorization: 'OSS STS.zzz:x' } }),
      'InvalidAccessKeyId',
    ],
    [
      'a V4 signature',
      () => ({
        ...ossRequest(),
        headers: { ...ossRequest().headers, authorization: 'OSS4-HMAC-SHA256 Credential=x' },
      }),
      'SignatureDoesNotMatch',
    ],
  ])('refuses %s', (_label, build, code) => {
    expect(verifyOss(build(), RESOURCE, ossContext())).toMatchObject({ ok: false, code, status: 403 });
  });

  it('refuses an issued token after it expired, and a date outside the skew window', () => {
    const later = new Date(TOKEN.expiresAt + 1000);
    expect(
      verifyOss(ossRequest({ 'x-oss-date': later.toUTCString() }), RESOURCE, ossContext(later)),
    ).toMatchObject({
      code: 'SecurityTokenExpired',
    });
    expect(
      verifyOss(ossRequest({ 'x-oss-date': 'Mon, 01 Jan 2024 00:20:00 GMT' }), RESOURCE, ossContext()),
    ).toMatchObject({
      code: 'RequestTimeTooSkewed',
    });
  });

  it('signs the resource, so the same request for another key fails', () => {
    expect(verifyOss(ossRequest(), '/fc-temp-code-cn-hangzhou/1234/other.zip', ossContext())).toMatchObject({
      code: 'SignatureDoesNotMatch',
    });
  });
});
