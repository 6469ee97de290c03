import { describe, expect, it } from 'vitest';
import { signAcs3, verifyAcs3 } from '../../../mocks/core/auth/index.ts';
import type { VerifyAcs3Context } from '../../../mocks/core/auth/verify-acs3.ts';
import type { WireRequest } from '../../../mocks/core/types.ts';
import { vectorContext, vectorOptions } from './acs3-fixtures.ts';
import type { Case } from './tamper.ts';
import { checkCase, MIN, patch, setAuth, setHeader, signedWithout, wire, without } from './tamper.ts';

const rejected: Case[] = [
  {
    name: 'body byte changed',
    given: wire(
      {},
      patch((w) => w.body.set([0x41], 5)),
    ),
    want: 'SignatureNotMatch',
    says: 'x-acs-content-sha256',
  },
  {
    name: 'body changed with a matching content hash',
    given: wire({}, (w) => {
      const other = signAcs3({ ...vectorOptions, body: '{}' });
      w.body = other.body;
      w.headers['x-acs-content-sha256'] = other.headers['x-acs-content-sha256'] as string;
    }),
    want: 'SignatureNotMatch',
    says: 'signature mismatch',
  },
  {
    name: 'signed header value changed',
    given: wire({}, setHeader('x-acs-action', 'DeleteFunction')),
    want: 'SignatureNotMatch',
  },
  {
    name: 'inner whitespace changed',
    given: wire({}, setHeader('content-type', 'application/json;  charset=utf-8')),
    want: 'SignatureNotMatch',
  },
  {
    name: 'host changed',
    given: wire({}, setHeader('host', '127.0.0.1:9001')),
    want: 'SignatureNotMatch',
  },
  {
    name: 'path changed',
    given: wire(
      {},
      patch((w) => Object.assign(w, { url: 'http://127.0.0.1:9000/2023-03-30/functionz' })),
    ),
    want: 'SignatureNotMatch',
  },
  {
    name: 'query added',
    given: wire(
      {},
      patch((w) => Object.assign(w, { url: `${w.url}?x=1` })),
    ),
    want: 'SignatureNotMatch',
  },
  {
    name: 'method changed',
    given: wire(
      {},
      patch((w) => Object.assign(w, { method: 'PUT' })),
    ),
    want: 'SignatureNotMatch',
  },
  { name: 'wrong secret', given: wire({ accessKeySecret: 'nope' }), want: 'SignatureNotMatch' },
  {
    name: 'x-acs-date dropped from SignedHeaders',
    given: wire({ signedHeaders: signedWithout('x-acs-date') }),
    want: 'SignatureNotMatch',
    says: "header 'x-acs-date' is not in SignedHeaders",
  },
  {
    name: 'host not signed',
    given: wire({ signedHeaders: signedWithout('host') }),
    want: 'SignatureNotMatch',
    says: "'host'",
  },
  {
    name: 'unsigned x-acs-* header added after signing',
    given: wire({}, setHeader('x-acs-extra', '1')),
    want: 'SignatureNotMatch',
    says: "'x-acs-extra'",
  },
  {
    name: 'signed header missing from the request',
    given: wire({}, without('content-type')),
    want: 'SignatureNotMatch',
    says: "signed header 'content-type' is not in the request",
  },
  {
    name: 'unsorted SignedHeaders',
    given: wire(
      {},
      setAuth((a) => a.replace('content-type;host', 'host;content-type')),
    ),
    want: 'SignatureNotMatch',
    says: 'malformed',
  },
  {
    name: 'Authorization not ACS3',
    given: wire(
      {},
      setAuth(() => 'Bearer abc'),
    ),
    want: 'SignatureNotMatch',
    says: 'malformed',
  },
  {
    name: 'Authorization without Signature',
    given: wire(
      {},
      setAuth((a) => a.replace(/,Signature=\w+/, '')),
    ),
    want: 'SignatureNotMatch',
    says: 'malformed',
  },
  {
    name: 'ACS3-HMAC-SM3',
    given: wire(
      {},
      setAuth((a) => a.replace('ACS3-HMAC-SHA256', 'ACS3-HMAC-SM3')),
    ),
    want: 'SignatureNotMatch',
    says: 'algorithm ACS3-HMAC-SM3 is not supported by the emulator',
  },
  {
    name: 'ACS3-RSA-SHA256',
    given: wire(
      {},
      setAuth((a) => a.replace('ACS3-HMAC-SHA256', 'ACS3-RSA-SHA256')),
    ),
    want: 'SignatureNotMatch',
    says: 'not supported',
  },
  {
    name: 'bearer token instead of Authorization',
    given: wire(
      { headers: { 'x-acs-bearer-token': 't', 'x-acs-signature-type': 'BEARERTOKEN' } },
      without('authorization'),
    ),
    want: 'SignatureNotMatch',
    says: 'bearer-token',
  },
  {
    name: 'STS x-acs-accesskey-id differs from Credential',
    given: wire({ securityToken: 't', headers: { 'x-acs-accesskey-id': 'other' } }),
    want: 'SignatureNotMatch',
    says: 'x-acs-accesskey-id',
  },
  {
    name: 'unknown AccessKey id',
    given: wire({ accessKeyId: 'ghost' }),
    want: 'InvalidAccessKeyID',
    says: "invalid access key ID 'ghost'",
  },
  {
    name: 'AccessKey id naming an Object.prototype member',
    given: wire({ accessKeyId: 'toString' }),
    want: 'InvalidAccessKeyID',
  },
  {
    name: 'no Authorization',
    given: wire({}, without('authorization')),
    want: 'MissingRequiredHeader',
    says: 'required HTTP header Authorization was not specified',
  },
  {
    name: 'no x-acs-date',
    given: wire({}, without('x-acs-date')),
    want: 'MissingRequiredHeader',
    says: 'required HTTP header x-acs-date was not specified',
  },
  {
    name: 'no nonce',
    given: wire({}, without('x-acs-signature-nonce')),
    want: 'MissingRequiredHeader',
    says: 'x-acs-signature-nonce',
  },
  {
    name: 'empty nonce',
    given: wire({ nonce: '' }),
    want: 'MissingRequiredHeader',
    says: 'x-acs-signature-nonce',
  },
  {
    name: 'no content hash',
    given: wire({}, without('x-acs-content-sha256')),
    want: 'MissingRequiredHeader',
    says: 'x-acs-content-sha256',
  },
  {
    name: 'request 16 min in the past',
    given: wire(),
    ctx: { now: new Date('2024-01-01T00:16:00Z') },
    want: 'RequestTimeTooSkewed',
    says: "the difference between the request time '2024-01-01T00:00:00Z' and the current time '2024-01-01T00:16:00Z' is too large",
  },
  {
    name: 'request 16 min in the future',
    given: wire(),
    ctx: { now: new Date('2023-12-31T23:44:00Z') },
    want: 'RequestTimeTooSkewed',
  },
  {
    name: 'skew 15 min 1 s',
    given: wire(),
    ctx: { now: new Date('2024-01-01T00:15:01Z') },
    want: 'RequestTimeTooSkewed',
  },
  { name: 'custom window', given: wire(), ctx: { maxSkewMs: 4 * MIN }, want: 'RequestTimeTooSkewed' },
  {
    name: 'date with milliseconds',
    given: wire({ date: '2024-01-01T00:00:00.000Z' }),
    want: 'InvalidArgument',
    says: 'x-acs-date',
  },
  { name: 'RFC 1123 date', given: wire({ date: 'Mon, 01 Jan 2024 00:00:00 GMT' }), want: 'InvalidArgument' },
  {
    name: 'impossible calendar date',
    given: wire({ date: '2024-02-30T00:00:00Z' }),
    want: 'InvalidArgument',
  },
];

describe('verifyAcs3 rejects', () => {
  it.each(rejected)('$name → $want', (c) => checkCase(c));

  it('maps codes to the statuses of reference §E.2', () => {
    const status = (w: WireRequest, ctx?: Partial<VerifyAcs3Context>) => {
      const result = verifyAcs3(w, vectorContext(ctx));
      return result.ok ? 200 : result.status;
    };
    expect(status(wire({}, without('x-acs-date')))).toBe(400);
    expect(status(wire({ accessKeySecret: 'x' }))).toBe(403);
    expect(status(wire({ accessKeyId: 'x' }))).toBe(403);
    expect(status(wire(), { now: new Date('2025-01-01T00:00:00Z') })).toBe(403);
  });
});
