import { describe, expect, it } from 'vitest';
import { verifyAcs3 } from '../../../mocks/core/auth/index.ts';
import { vectorContext } from './acs3-fixtures.ts';
import type { Case } from './tamper.ts';
import { checkCase, setAuth, setHeader, signedWithout, wire, without } from './tamper.ts';

const accepted: Case[] = [
  { name: 'untouched vector', given: wire(), want: 'ok' },
  {
    name: 'request 14 min in the past',
    given: wire(),
    ctx: { now: new Date('2024-01-01T00:14:00Z') },
    want: 'ok',
  },
  {
    name: 'request 14 min in the future',
    given: wire(),
    ctx: { now: new Date('2023-12-31T23:46:00Z') },
    want: 'ok',
  },
  { name: 'skew exactly 15 min', given: wire(), ctx: { now: new Date('2024-01-01T00:15:00Z') }, want: 'ok' },
  {
    name: 'mixed-case header names on the wire',
    given: wire({}, (w) => {
      w.headers = Object.fromEntries(
        Object.entries(w.headers).map(([k, v]) => [k.replace(/(^|-)[a-z]/g, (c) => c.toUpperCase()), v]),
      );
    }),
    want: 'ok',
  },
  {
    name: 'signed value with surrounding whitespace, trimmed on the wire',
    given: wire({ headers: { 'x-acs-action': '  CreateFunction \t' } }, (w) => {
      w.headers['x-acs-action'] = 'CreateFunction';
    }),
    want: 'ok',
  },
  {
    name: 'spaces after commas in Authorization',
    given: wire(
      {},
      setAuth((a) => a.replace(/,/g, ', ')),
    ),
    want: 'ok',
  },
  {
    name: 'uppercase signature hex',
    given: wire(
      {},
      setAuth((a) => a.replace(/Signature=(\w+)/, (_, s: string) => `Signature=${s.toUpperCase()}`)),
    ),
    want: 'ok',
  },
  {
    name: 'content-type left unsigned',
    given: wire({ signedHeaders: signedWithout('content-type') }),
    want: 'ok',
  },
  {
    name: 'unsigned non-x-acs header added later',
    given: wire({}, setHeader('user-agent', 'x')),
    want: 'ok',
  },
  { name: 'host only in the URL (fetch adapters)', given: wire({}, without('host')), want: 'ok' },
  {
    name: 'STS credentials',
    given: wire({ securityToken: 'token' }),
    want: 'ok',
  },
  { name: 'path with SDK rewrites', given: wire({ url: 'http://127.0.0.1:9000/a+b*c%7E' }), want: 'ok' },
  { name: 'query string', given: wire({ url: 'http://127.0.0.1:9000/p?b=x%20y&a=1' }), want: 'ok' },
  { name: 'empty body', given: wire({ body: undefined }), want: 'ok' },
];

describe('verifyAcs3 accepts', () => {
  it.each(accepted)('$name', (c) => checkCase(c));

  it('rejects a replayed nonce, but only after the first request verified', () => {
    const ctx = vectorContext();
    expect(verifyAcs3(wire({ accessKeySecret: 'forged' }), ctx).ok).toBe(false);
    expect(verifyAcs3(wire(), ctx)).toEqual({ ok: true, accessKeyId: 'testAK' });
    expect(verifyAcs3(wire(), ctx)).toMatchObject({
      ok: false,
      code: 'SignatureNonceUsed',
      status: 400,
      message: 'Specified signature nonce was used already.',
    });
    expect(verifyAcs3(wire({ nonce: 'fresh' }), ctx).ok).toBe(true);
  });

  it('forgets a nonce once the request could no longer pass the skew check', () => {
    const nonces = vectorContext().nonces;
    expect(verifyAcs3(wire(), vectorContext({ nonces })).ok).toBe(true);
    // 14 min later: still within the window, so still a replay.
    expect(verifyAcs3(wire(), vectorContext({ nonces, now: new Date('2024-01-01T00:14:00Z') })).ok).toBe(
      false,
    );
    // Entries expire 15 min after max(request time, first use) = 00:20; at 00:21 the same request
    // fails the skew check instead of the nonce check.
    const late = verifyAcs3(wire(), vectorContext({ nonces, now: new Date('2024-01-01T00:21:00Z') }));
    expect(late).toMatchObject({ code: 'RequestTimeTooSkewed' });
    // A fresh request at 00:21 prunes the expired entry: memory stays bounded.
    const fresh = wire({ date: '2024-01-01T00:21:00Z', nonce: 'other' });
    expect(verifyAcs3(fresh, vectorContext({ nonces, now: new Date('2024-01-01T00:21:00Z') })).ok).toBe(true);
    expect(nonces.size).toBe(1);
  });

  it('treats duplicate header names differing only in case as one comma-joined header', () => {
    const w = wire({ headers: { 'x-acs-extra': 'a,b' } }, (w) => {
      delete w.headers['x-acs-extra'];
      w.headers['X-Acs-Extra'] = 'a';
      w.headers['x-acs-extra'] = 'b';
    });
    expect(verifyAcs3(w, vectorContext()).ok).toBe(true);
  });
});
