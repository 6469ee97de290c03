/** Shared inputs of the ACS3 tests: the worked vector of reference §A.4. */
import type { SignAcs3Options } from '../../../mocks/core/auth/index.ts';
import { createNonceStore } from '../../../mocks/core/auth/index.ts';
import type { VerifyAcs3Context } from '../../../mocks/core/auth/verify-acs3.ts';

export const VECTOR_BODY = '{"functionName":"f","handler":"index.handler","runtime":"python3.10"}';
export const VECTOR_PAYLOAD_HASH = 'cc7a83a9f87e14d8877c1e7abeb0855172e56dddf8c2b8e92f66bee32cd11a9c';
export const VECTOR_CANONICAL_HASH = '2e4a2cd8e88b37803addce197a12972bb00bee45effd44cf61a35bed8c31d46f';
export const VECTOR_SIGNATURE = '35c62ee16b5610d1030f49d8304d974d7d837fc06ae02cc401bd907da8048af6';
export const VECTOR_SIGNED_HEADERS =
  'content-type;host;x-acs-action;x-acs-content-sha256;x-acs-credentials-provider;x-acs-date;x-acs-signature-nonce;x-acs-version';
export const VECTOR_DATE = '2024-01-01T00:00:00Z';

export const vectorOptions: SignAcs3Options = {
  url: 'http://127.0.0.1:9000/2023-03-30/functions',
  body: VECTOR_BODY,
  accessKeyId: 'testAK',
  accessKeySecret: 'testSecret',
  date: VECTOR_DATE,
  nonce: '3f2b1c0d9e8a7b6c5d4e3f2a1b0c9d8e',
};

/** A verifier context 5 minutes after the vector's date, with a fresh nonce store. */
export function vectorContext(overrides: Partial<VerifyAcs3Context> = {}): VerifyAcs3Context {
  return {
    credentials: { testAK: 'testSecret' },
    now: new Date('2024-01-01T00:05:00Z'),
    maxSkewMs: 15 * 60_000,
    nonces: createNonceStore(),
    ...overrides,
  };
}
