/** Shared inputs of the ROA v1 tests: the two test vectors of lifecycle §H.6. */
import type { SignRoaOptions, VerifyContext } from '../../../mocks/core/auth/index.ts';
import { signRoa, verifyRoa } from '../../../mocks/core/auth/index.ts';
import type { WireRequest } from '../../../mocks/core/types.ts';
import { vectorContext } from './acs3-fixtures.ts';

export const ROA_DATE = 'Mon, 01 Jan 2024 00:00:00 GMT';
export const ROA_NONCE = '3f2b1c0d9e8a7b6c5d4e3f2a1b0c9d8e';

const signing = { accessKeyId: 'testAK', accessKeySecret: 'testSecret', date: ROA_DATE, nonce: ROA_NONCE };

/** §H.6 vector 1: `PUT /2023-03-30/functions/f` with a JSON body. */
export const putVector = {
  options: {
    url: 'http://127.0.0.1:9000/2023-03-30/functions/f',
    method: 'PUT',
    body: '{"functionName":"f","runtime":"python3.10","handler":"index.handler","memorySize":1024}',
    ...signing,
  } satisfies SignRoaOptions,
  stringToSign:
    'PUT\napplication/json\n\napplication/json; charset=utf-8\nMon, 01 Jan 2024 00:00:00 GMT\n' +
    'x-acs-signature-method:HMAC-SHA1\nx-acs-signature-nonce:3f2b1c0d9e8a7b6c5d4e3f2a1b0c9d8e\n' +
    'x-acs-signature-version:1.0\nx-acs-version:2023-03-30\n/2023-03-30/functions/f',
  signature: 'h1tcz3U+L/voDWS/8R6tPyaMqEc=',
};

/** §H.6 vector 2: `GET /2023-03-30/functions?limit=10&nextToken=a b&prefix=my-`, no body. */
export const listVector = {
  options: {
    url: 'http://127.0.0.1:9000/2023-03-30/functions?limit=10&nextToken=a%20b&prefix=my-',
    method: 'GET',
    ...signing,
  } satisfies SignRoaOptions,
  stringToSign:
    'GET\napplication/json\n\n\nMon, 01 Jan 2024 00:00:00 GMT\n' +
    'x-acs-signature-method:HMAC-SHA1\nx-acs-signature-nonce:3f2b1c0d9e8a7b6c5d4e3f2a1b0c9d8e\n' +
    'x-acs-signature-version:1.0\nx-acs-version:2023-03-30\n' +
    '/2023-03-30/functions?limit=10&nextToken=a b&prefix=my-',
  signature: 'RpQotucLYEBky2HdBRnug6OCfDQ=',
};

/** A verifier context 5 minutes after the vectors' date (the ACS3 vector's instant too). */
export const roaContext: (overrides?: Partial<VerifyContext>) => VerifyContext = vectorContext;

/** Signs vector 1 with overrides, then lets the case tamper with a copy of the wire request. */
export function roaWire(
  options: Partial<SignRoaOptions> = {},
  tamper?: (w: WireRequest) => void,
): WireRequest {
  const signed = signRoa({ ...putVector.options, ...options });
  const copy: WireRequest = { ...signed, headers: { ...signed.headers }, body: signed.body.slice() };
  tamper?.(copy);
  return copy;
}

/** A ROA table case: `want` is 'ok' or the expected FC code; `says` a substring of the message. */
export interface RoaCase {
  name: string;
  given: WireRequest;
  ctx?: Partial<VerifyContext>;
  want: string;
  says?: string;
}

/** Verifies one case and returns the result for extra assertions. */
export function verifyCase(c: RoaCase): ReturnType<typeof verifyRoa> {
  return verifyRoa(c.given, roaContext(c.ctx));
}
