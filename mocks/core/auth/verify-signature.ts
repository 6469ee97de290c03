/**
 * The one entry point the pipeline calls: picks the signature scheme from the `Authorization`
 * header (ADR 008, ADR 015) and returns the verdict as a value.
 */

import type { WireRequest } from '../types.ts';
import { quoted, signatureNotMatch } from './auth-errors.ts';
import { verifyAcs3 } from './verify-acs3.ts';
import type { VerifyContext, VerifyResult } from './verify-context.ts';
import { verifyRoa } from './verify-roa.ts';
import { wireHeaders } from './wire-headers.ts';

/** The schemes the emulator tells apart. */
export type SignatureScheme = 'ACS3' | 'ROA' | 'none' | 'unknown';

/**
 * Which scheme an `Authorization` value uses: `ACS3-…` (SDKs), `acs …` (ROA v1: terraform,
 * `doROARequest`), absent, or something else.
 *
 * @example
 * signatureScheme('acs testAK:abc='); // 'ROA'
 */
export function signatureScheme(authorization: string | undefined): SignatureScheme {
  const value = authorization?.trimStart() ?? '';
  if (value === '') return 'none';
  if (value.startsWith('ACS3-')) return 'ACS3';
  if (value.startsWith('acs ')) return 'ROA';
  return 'unknown';
}

/**
 * Verifies a request with the scheme its `Authorization` header names. Without the header the
 * ACS3 verifier answers as it always did (`MissingRequiredHeader`, or the bearer-token note);
 * an unknown scheme is a `SignatureNotMatch` that names it.
 *
 * @example
 * const verdict = verifySignature(wire, { credentials: { AK: 'SK' }, now: new Date(),
 *   maxSkewMs: 900_000, nonces: createNonceStore() });
 * if (!verdict.ok) console.log(verdict.code, verdict.status, verdict.message);
 */
export function verifySignature(wire: WireRequest, context: VerifyContext): VerifyResult {
  const authorization = wireHeaders(wire).authorization;
  const scheme = signatureScheme(authorization);
  if (scheme === 'ROA') return verifyRoa(wire, context);
  if (scheme !== 'unknown') return verifyAcs3(wire, context);
  const name = quoted((authorization as string).trim().split(/\s/, 1)[0] as string);
  return signatureNotMatch(
    `Authorization scheme '${name}' is not supported by the emulator; it verifies ACS3-HMAC-SHA256 and ROA v1 ("acs <AccessKeyId>:<signature>")`,
  );
}
