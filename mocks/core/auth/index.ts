/**
 * Request authentication: `verifySignature`, which the emulator runs per request (ACS3-HMAC-SHA256
 * or the older ROA v1 HMAC-SHA1, picked from the Authorization header), and the signers our tests
 * and the contract suite use.
 */
export { formatAcsDate, parseAcsDate } from './acs-date.ts';
export type { AuthFailure } from './auth-errors.ts';
export { SIGNATURE_NOT_MATCH_MESSAGE } from './auth-errors.ts';
export type { Acs3Authorization } from './authorization-header.ts';
export { formatAuthorization, parseAuthorization } from './authorization-header.ts';
export { buildCanonicalRequest, signableHeaderNames } from './canonical-request.ts';
export { formatHttpDate, parseHttpDate } from './http-date.ts';
export type { NonceStore, NonceStoreOptions } from './nonce-store.ts';
export { createNonceStore } from './nonce-store.ts';
export type { EmptyQueryValue, RoaStringToSignParts } from './roa-string-to-sign.ts';
export { parseRoaQuery, roaStringToSign } from './roa-string-to-sign.ts';
export type { SignAcs3Options, SignedAcs3Request } from './sign-acs3.ts';
export { signAcs3 } from './sign-acs3.ts';
export type { SignedRoaRequest, SignRoaOptions } from './sign-roa.ts';
export { signRoa } from './sign-roa.ts';
export { ACS3_HMAC_SHA256, roaSignature, signCanonicalRequest } from './signature.ts';
export type { VerifyAcs3Context, VerifyAcs3Result } from './verify-acs3.ts';
export { verifyAcs3 } from './verify-acs3.ts';
export type { VerifyContext, VerifyResult } from './verify-context.ts';
export type { RoaAuthorization } from './verify-roa.ts';
export { parseRoaAuthorization, verifyRoa } from './verify-roa.ts';
export type { SignatureScheme } from './verify-signature.ts';
export { signatureScheme, verifySignature } from './verify-signature.ts';
