import { describe, expect, it } from 'vitest';
import { formatAuthorization, parseAuthorization } from '../../../mocks/core/auth/index.ts';

describe('parseAuthorization', () => {
  it('parses the SDK format and formats it back identically', () => {
    const text = 'ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=host;x-acs-date,Signature=abcd';
    const parsed = parseAuthorization(text);
    expect(parsed).toEqual({
      algorithm: 'ACS3-HMAC-SHA256',
      accessKeyId: 'AK',
      signedHeaders: ['host', 'x-acs-date'],
      signature: 'abcd',
    });
    expect(formatAuthorization(parsed as NonNullable<typeof parsed>)).toBe(text);
  });

  it.each([
    {
      name: 'parameters in another order',
      given: 'ACS3-HMAC-SM3 Signature=s,Credential=AK,SignedHeaders=host',
      ok: true,
    },
    {
      name: 'spaces around commas',
      given: 'ACS3-HMAC-SHA256 Credential=AK , SignedHeaders=host , Signature=s',
      ok: true,
    },
    { name: 'no algorithm', given: 'Credential=AK,SignedHeaders=host,Signature=s', ok: false },
    { name: 'other scheme', given: 'HMAC-SHA256 Credential=AK,SignedHeaders=host,Signature=s', ok: false },
    { name: 'missing Credential', given: 'ACS3-HMAC-SHA256 SignedHeaders=host,Signature=s', ok: false },
    {
      name: 'empty Signature',
      given: 'ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=host,Signature=',
      ok: false,
    },
    {
      name: 'repeated key',
      given: 'ACS3-HMAC-SHA256 Credential=AK,Credential=B,SignedHeaders=host,Signature=s',
      ok: false,
    },
    {
      name: 'unknown key',
      given: 'ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=host,Signature=s,Extra=1',
      ok: false,
    },
    {
      name: 'uppercase header name',
      given: 'ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=Host,Signature=s',
      ok: false,
    },
    {
      name: 'unsorted headers',
      given: 'ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=x-acs-date;host,Signature=s',
      ok: false,
    },
    {
      name: 'duplicate headers',
      given: 'ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=host;host,Signature=s',
      ok: false,
    },
    {
      name: 'empty header name',
      given: 'ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=host;;x-acs-date,Signature=s',
      ok: false,
    },
  ])('$name → ok=$ok', ({ given, ok }) => {
    expect(parseAuthorization(given) !== undefined).toBe(ok);
  });
});
