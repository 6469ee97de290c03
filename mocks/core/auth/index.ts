/**
 * ACS3-HMAC-SHA256 request authentication: the verifier the emulator runs per request and the
 * signer our tests and the contract suite use.
 */
export { formatAcsDate, parseAcsDate } from './acs-date.ts';
export type { AuthFailure } from './auth-errors.ts';
export { SIGNATURE_NOT_MATCH_MESSAGE } from './auth-errors.ts';
export type { Acs3Authorization } from './authorization-header.ts';
export { formatAuthorization, parseAuthorization } from './authorization-header.ts';
export { buildCanonicalRequest, signableHeaderNames } from './canonical-request.ts';
export type { NonceStore, NonceStoreOptions } from './nonce-store.ts';
export { createNonceStore } from './nonce-store.ts';
export type { SignAcs3Options, SignedAcs3Request } from './sign-acs3.ts';
export { signAcs3 } from './sign-acs3.ts';
export { ACS3_HMAC_SHA256, signCanonicalRequest } from './signature.ts';
export type { VerifyAcs3Context, VerifyAcs3Result } from './verify-acs3.ts';
export { verifyAcs3 } from './verify-acs3.ts';
