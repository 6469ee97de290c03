/**
 * The two signature computations: ACS3-HMAC-SHA256 (reference §A.4 steps 4–5) and ROA v1
 * HMAC-SHA1 (lifecycle §H.6), and the constant-time comparison both verifiers use.
 */
import { hmacSha1, hmacSha256, sha256Hex, toHex } from '../sha256.ts';

/** The only algorithm the emulator verifies. */
export const ACS3_HMAC_SHA256 = 'ACS3-HMAC-SHA256';

/** The intermediate values of one signature computation (useful in diagnostics). */
export interface Acs3SignatureParts {
  canonicalRequestHash: string;
  stringToSign: string;
  signature: string;
}

/**
 * Signs a canonical request with an AccessKey secret.
 *
 * @example
 * signCanonicalRequest(canonicalRequest, 'testSecret').signature; // '35c62ee1…8af6' for the §A.4 vector
 */
export function signCanonicalRequest(canonicalRequest: string, secret: string): Acs3SignatureParts {
  const canonicalRequestHash = sha256Hex(canonicalRequest);
  const stringToSign = `${ACS3_HMAC_SHA256}\n${canonicalRequestHash}`;
  return { canonicalRequestHash, stringToSign, signature: toHex(hmacSha256(secret, stringToSign)) };
}

/**
 * Base64 of a MAC (20 or 32 bytes): `btoa` over its bytes as one character each, which suits a
 * few bytes (large data goes through `encodeBase64`, mocks/core/base64.ts).
 *
 * @example
 * macBase64(new Uint8Array([80, 75])); // 'UEs='
 */
export function macBase64(mac: Uint8Array): string {
  return btoa(String.fromCharCode(...mac));
}

/**
 * ROA v1 signature: `base64(HMAC-SHA1(key = secret, data = stringToSign))`.
 *
 * @example
 * roaSignature(stringToSign, 'testSecret'); // 'h1tcz3U+L/voDWS/8R6tPyaMqEc=' for the first §H.6 vector
 */
export function roaSignature(stringToSign: string, secret: string): string {
  return macBase64(hmacSha1(secret, stringToSign));
}

/**
 * Compares two strings in time independent of where they first differ (length still leaks, which
 * is public for hex signatures).
 *
 * @example
 * timingSafeEqual('abc', 'abd'); // false
 */
export function timingSafeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
