/**
 * Auth failures quote what was sent (an AccessKey id, a date, a scheme, a key named twice) and cut
 * it, as every other message does (errors.ts `clip`): MSW and nock put no limit on a header, so an
 * uncut 1 MB value made a 1 MB message, kept in the journal. Given one such value per failure,
 * want FC's code and a message of a few hundred characters ending the quote with `…`.
 */
import { describe, expect, it } from 'vitest';
import { signAcs3, signRoa, verifySignature } from '../../../mocks/core/auth/index.ts';
import type { WireRequest } from '../../../mocks/core/types.ts';
import { vectorContext, vectorOptions } from './acs3-fixtures.ts';

const LONG = 'A'.repeat(100_000);
const LOWER = LONG.toLowerCase();
const authorization = (wire: WireRequest) => wire.headers.authorization as string;
const roaOptions = {
  url: 'http://127.0.0.1:9000/2023-03-30/functions',
  accessKeyId: 'testAK',
  accessKeySecret: 'testSecret',
  date: new Date('2024-01-01T00:00:00Z'),
};
const acs3 = (change: (wire: WireRequest) => void) => {
  const wire = signAcs3(vectorOptions);
  change(wire);
  return wire;
};
const roa = (change: (wire: WireRequest) => void) => {
  const wire = signRoa(roaOptions);
  change(wire);
  return wire;
};

describe('an auth failure quoting a 100,000-character value', () => {
  it.each([
    {
      name: 'ACS3 Credential',
      code: 'InvalidAccessKeyID',
      wire: () => signAcs3({ ...vectorOptions, accessKeyId: LONG }),
    },
    {
      name: 'ACS3 x-acs-date',
      code: 'InvalidArgument',
      wire: () => acs3((w) => (w.headers['x-acs-date'] = LONG)),
    },
    {
      name: 'ACS3 x-acs-accesskey-id',
      code: 'SignatureNotMatch',
      wire: () => signAcs3({ ...vectorOptions, headers: { 'x-acs-accesskey-id': LONG } }),
    },
    {
      name: 'ACS3 algorithm',
      code: 'SignatureNotMatch',
      wire: () => acs3((w) => (w.headers.authorization = authorization(w).replace('HMAC-SHA256', LONG))),
    },
    {
      name: 'ACS3 signed header absent',
      code: 'SignatureNotMatch',
      wire: () =>
        acs3(
          (w) =>
            (w.headers.authorization = authorization(w).replace('=content-type', `=a${LOWER};content-type`)),
        ),
    },
    {
      name: 'ACS3 header not signed',
      code: 'SignatureNotMatch',
      wire: () => acs3((w) => (w.headers[`x-acs-${LOWER}`] = 'v')),
    },
    {
      name: 'unknown scheme',
      code: 'SignatureNotMatch',
      wire: () => acs3((w) => (w.headers.authorization = LONG)),
    },
    {
      name: 'ROA AccessKey id',
      code: 'InvalidAccessKeyID',
      wire: () => signRoa({ ...roaOptions, accessKeyId: LONG }),
    },
    { name: 'ROA date', code: 'InvalidArgument', wire: () => roa((w) => (w.headers.date = LONG)) },
    {
      name: 'ROA signature method',
      code: 'SignatureNotMatch',
      wire: () => signRoa({ ...roaOptions, headers: { 'x-acs-signature-method': LONG } }),
    },
  ])('$name: $code, the value cut', ({ code, wire }) => {
    const result = verifySignature(wire(), vectorContext());
    expect(result).toMatchObject({ ok: false, code });
    const { message } = result as { message: string };
    expect(message.length).toBeLessThan(600);
    expect(message).toMatch(/[Aa]…/);
  });
});
