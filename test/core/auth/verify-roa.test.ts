/**
 * verifyRoa as a table: what must verify (§H.6 caveats: `k`/`k=`, trimmed values, unsigned
 * headers, STS) and every tampering that must fail, with ACS3's codes and statuses (§E.2).
 */
import { describe, expect, it } from 'vitest';
import { SIGNATURE_NOT_MATCH_MESSAGE, signRoa } from '../../../mocks/core/auth/index.ts';
import type { WireRequest } from '../../../mocks/core/types.ts';
import { listVector, putVector, type RoaCase, roaContext, roaWire, verifyCase } from './roa-fixtures.ts';

const set = (name: string, value: string) => (w: WireRequest) => {
  w.headers[name] = value;
};
const drop = (name: string) => (w: WireRequest) => {
  delete w.headers[name];
};
const url = (to: string) => (w: WireRequest) => {
  w.url = to;
};
const F = 'http://127.0.0.1:9000/2023-03-30/functions';

const accepted: RoaCase[] = [
  { name: 'untouched vector', given: roaWire(), want: 'ok' },
  { name: 'no body (GET vector)', given: roaWire(listVector.options), want: 'ok' },
  {
    name: 'body changed: ROA v1 does not sign it',
    given: roaWire({}, (w) => w.body.set([0x41], 3)),
    want: 'ok',
  },
  { name: 'host changed: not signed', given: roaWire({}, set('host', 'other:1')), want: 'ok' },
  { name: 'user-agent added: not signed', given: roaWire({}, set('user-agent', 'terraform')), want: 'ok' },
  { name: 'x-acs-action sent (JS doROARequest)', given: roaWire({ action: 'UpdateFunction' }), want: 'ok' },
  {
    name: 'empty query value signed as k= (JS utils)',
    given: roaWire({ url: `${F}?prefix=&limit=5`, method: 'GET', body: undefined }),
    want: 'ok',
  },
  {
    name: 'empty query value signed as k (Go tea-roa-utils)',
    given: roaWire({ url: `${F}?prefix=&limit=5`, method: 'GET', body: undefined, emptyValue: 'k' }),
    want: 'ok',
  },
  {
    name: 'empty value sent without = and signed as k',
    given: roaWire({ url: `${F}?prefix&limit=5`, method: 'GET', body: undefined, emptyValue: 'k' }),
    want: 'ok',
  },
  {
    name: 'space sent as + (Go url.Values.Encode)',
    given: roaWire(
      { url: `${F}?nextToken=a+b`, method: 'GET', body: undefined },
      url(`${F}?nextToken=a%20b`),
    ),
    want: 'ok',
  },
  {
    name: 'x-acs-* value signed trimmed, sent with whitespace',
    given: roaWire({}, set('x-acs-version', ' 2023-03-30\t')),
    want: 'ok',
  },
  { name: 'mixed-case header names', given: roaWire({}, (w) => upperCaseNames(w)), want: 'ok' },
  {
    name: 'STS: x-acs-accesskey-id and x-acs-security-token signed',
    given: roaWire({ accessKeyId: 'STS.tmp', accessKeySecret: 'stsSecret', securityToken: 'tok' }),
    ctx: { credentials: { 'STS.tmp': 'stsSecret' } },
    want: 'ok',
  },
  {
    name: 'request 15 min old (inclusive)',
    given: roaWire(),
    ctx: { now: new Date('2024-01-01T00:15:00Z') },
    want: 'ok',
  },
  {
    name: 'no x-acs-signature-method header',
    given: roaWire({ headers: { 'x-acs-signature-method': undefined } }),
    want: 'ok',
  },
];

function upperCaseNames(w: WireRequest): void {
  w.headers = Object.fromEntries(
    Object.entries(w.headers).map(([k, v]) => [k.replace(/(^|-)[a-z]/g, (c) => c.toUpperCase()), v]),
  );
}

/** Every signed header of the vector, with a different value that is still well-formed. */
const signedHeaders: Record<string, string> = {
  accept: 'application/xml',
  'content-type': 'text/plain',
  date: 'Mon, 01 Jan 2024 00:00:01 GMT',
  'x-acs-signature-nonce': `${putVector.options.nonce}0`,
  'x-acs-version': '2021-04-06',
  'x-acs-signature-method': 'hmac-sha1',
};

const rejected: RoaCase[] = [
  ...Object.entries(signedHeaders).map(([name, value]) => ({
    name: `signed header ${name} changed`,
    given: roaWire({}, set(name, value)),
    want: 'SignatureNotMatch',
  })),
  {
    name: 'signed x-acs-signature-method dropped',
    given: roaWire({}, drop('x-acs-signature-method')),
    want: 'SignatureNotMatch',
    says: 'mismatch',
  },
  {
    name: 'content-md5 added after signing',
    given: roaWire({}, set('content-md5', 'abc')),
    want: 'SignatureNotMatch',
    says: 'ROA v1 signature mismatch',
  },
  {
    name: 'x-acs-* header added after signing',
    given: roaWire({}, set('x-acs-extra', '1')),
    want: 'SignatureNotMatch',
  },
  { name: 'content-type dropped', given: roaWire({}, drop('content-type')), want: 'SignatureNotMatch' },
  { name: 'path changed', given: roaWire({}, url(`${F}/g`)), want: 'SignatureNotMatch' },
  {
    name: 'query added',
    given: roaWire({}, url(`${putVector.options.url}?qualifier=1`)),
    want: 'SignatureNotMatch',
  },
  {
    name: 'query value changed',
    given: roaWire(listVector.options, url(listVector.options.url.replace('limit=10', 'limit=11'))),
    want: 'SignatureNotMatch',
  },
  {
    name: 'method changed',
    given: roaWire({}, (w) => Object.assign(w, { method: 'POST' })),
    want: 'SignatureNotMatch',
  },
  { name: 'wrong secret', given: roaWire({ accessKeySecret: 'nope' }), want: 'SignatureNotMatch' },
  {
    name: 'signature of another request',
    given: roaWire({}, set('authorization', `acs testAK:${listVector.signature}`)),
    want: 'SignatureNotMatch',
  },
  {
    name: 'signature case changed',
    given: roaWire({}, (w) => {
      w.headers.authorization = (w.headers.authorization as string).replace('h1tc', 'H1TC');
    }),
    want: 'SignatureNotMatch',
  },
  {
    name: 'unknown AccessKey id',
    given: roaWire({ accessKeyId: 'ghost' }),
    want: 'InvalidAccessKeyID',
    says: "invalid access key ID 'ghost'",
  },
  {
    name: 'AccessKey id naming an Object.prototype member',
    given: roaWire({ accessKeyId: 'toString' }),
    want: 'InvalidAccessKeyID',
  },
  {
    name: 'no colon in Authorization',
    given: roaWire({}, set('authorization', 'acs testAK')),
    want: 'SignatureNotMatch',
    says: 'malformed Authorization header',
  },
  {
    name: 'empty signature',
    given: roaWire({}, set('authorization', 'acs testAK:')),
    want: 'SignatureNotMatch',
    says: 'malformed',
  },
  {
    name: 'no date',
    given: roaWire({}, drop('date')),
    want: 'MissingRequiredHeader',
    says: 'required HTTP header date was not specified',
  },
  {
    name: 'no nonce',
    given: roaWire({}, drop('x-acs-signature-nonce')),
    want: 'MissingRequiredHeader',
    says: 'x-acs-signature-nonce',
  },
  {
    name: 'empty nonce',
    given: roaWire({ nonce: '' }),
    want: 'MissingRequiredHeader',
    says: 'x-acs-signature-nonce',
  },
  {
    name: 'no Authorization',
    given: roaWire({}, drop('authorization')),
    want: 'MissingRequiredHeader',
    says: 'Authorization',
  },
  {
    name: 'request 16 min old',
    given: roaWire(),
    ctx: { now: new Date('2024-01-01T00:16:00Z') },
    want: 'RequestTimeTooSkewed',
    says: "the difference between the request time 'Mon, 01 Jan 2024 00:00:00 GMT' and the current time 'Mon, 01 Jan 2024 00:16:00 GMT' is too large",
  },
  {
    name: 'request 16 min ahead',
    given: roaWire(),
    ctx: { now: new Date('2023-12-31T23:44:00Z') },
    want: 'RequestTimeTooSkewed',
  },
  {
    name: 'custom skew window',
    given: roaWire(),
    ctx: { maxSkewMs: 4 * 60_000 },
    want: 'RequestTimeTooSkewed',
  },
  {
    name: 'ISO date instead of RFC 1123',
    given: roaWire({ date: '2024-01-01T00:00:00Z' }),
    want: 'InvalidArgument',
    says: "date '2024-01-01T00:00:00Z' is not a valid RFC 1123 time",
  },
  {
    name: 'weekday that does not match',
    given: roaWire({ date: 'Tue, 01 Jan 2024 00:00:00 GMT' }),
    want: 'InvalidArgument',
  },
  {
    name: 'impossible calendar date',
    given: roaWire({ date: 'Fri, 30 Feb 2024 00:00:00 GMT' }),
    want: 'InvalidArgument',
  },
  {
    name: 'non-GMT zone',
    given: roaWire({ date: 'Mon, 01 Jan 2024 08:00:00 +0800' }),
    want: 'InvalidArgument',
  },
  {
    name: 'STS x-acs-accesskey-id differs from the Authorization key',
    given: roaWire({ securityToken: 't', headers: { 'x-acs-accesskey-id': 'other' } }),
    want: 'SignatureNotMatch',
    says: "x-acs-accesskey-id 'other' differs from Authorization 'testAK'",
  },
  {
    name: 'HMAC-SHA256 signature method',
    given: roaWire({ headers: { 'x-acs-signature-method': 'HMAC-SHA256' } }),
    want: 'SignatureNotMatch',
    says: 'signature method HMAC-SHA256 is not supported',
  },
  {
    name: 'signature version 2.0',
    given: roaWire({ headers: { 'x-acs-signature-version': '2.0' } }),
    want: 'SignatureNotMatch',
    says: 'version 2.0 is not supported',
  },
];

const STATUS: Record<string, number> = {
  MissingRequiredHeader: 400,
  InvalidArgument: 400,
  SignatureNonceUsed: 400,
  InvalidAccessKeyID: 403,
  SignatureNotMatch: 403,
  RequestTimeTooSkewed: 403,
};

describe('verifyRoa accepts', () => {
  it.each(accepted)('$name', (c) => {
    expect(verifyCase(c)).toMatchObject({ ok: true });
  });
});

describe('verifyRoa rejects', () => {
  it.each(rejected)('$name → $want', (c) => {
    const result = verifyCase(c);
    expect(result).toMatchObject({ ok: false, code: c.want, status: STATUS[c.want] });
    if (result.ok) return;
    if (c.says) expect(result.message).toContain(c.says);
    if (c.want === 'SignatureNotMatch')
      expect(result.message.startsWith(`${SIGNATURE_NOT_MATCH_MESSAGE} [emulator: `)).toBe(true);
  });

  it('rejects a replayed nonce only after the first request verified', () => {
    const ctx = roaContext();
    const forged = roaWire({ accessKeySecret: 'nope' });
    expect(verifyCase({ name: '', given: forged, want: '' })).toMatchObject({ code: 'SignatureNotMatch' });
    const wire = roaWire();
    expect(verifyRoaWith(wire, ctx)).toEqual({ ok: true, accessKeyId: 'testAK' });
    expect(verifyRoaWith(roaWire(), ctx)).toMatchObject({
      ok: false,
      code: 'SignatureNonceUsed',
      status: 400,
      message: 'Specified signature nonce was used already.',
    });
    expect(verifyRoaWith(roaWire({ nonce: 'fresh' }), ctx)).toMatchObject({ ok: true });
  });

  it('attaches the string to sign it computed to a mismatch', () => {
    const result = verifyCase({ name: '', given: roaWire({ accessKeySecret: 'nope' }), want: '' });
    expect(result).toMatchObject({ ok: false, canonicalRequest: signRoa(putVector.options).stringToSign });
  });
});

function verifyRoaWith(wire: WireRequest, ctx: ReturnType<typeof roaContext>) {
  return verifyCase({ name: '', given: wire, ctx, want: '' });
}
