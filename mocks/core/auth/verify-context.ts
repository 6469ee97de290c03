/**
 * What both signature verifiers (ACS3, ROA v1) need from the emulator, and the checks they share:
 * secret look-up, the STS key consistency, the clock skew and the nonce (ADR 008, ADR 015).
 */
import type { Codecs } from '../codecs.ts';
import type { AuthFailure } from './auth-errors.ts';
import {
  invalidAccessKeyId,
  quoted,
  requestTimeTooSkewed,
  signatureNonceUsed,
  signatureNotMatch,
} from './auth-errors.ts';
import type { NonceStore } from './nonce-store.ts';

/** What a verifier needs from the emulator that owns it. */
export interface VerifyContext {
  /** AccessKey id → secret. STS temporary keys (`STS.…`) are entered the same way. */
  credentials: Record<string, string>;
  now: Date;
  /** Largest accepted |request time − now|, inclusive. */
  maxSkewMs: number;
  nonces: NonceStore;
  /** SHA-256 for the ACS3 body hash (default: the core's browser-safe one). */
  codecs?: Pick<Codecs, 'sha256'>;
}

/** Outcome of a verification: the AccessKey id that signed, or FC's failure. */
export type VerifyResult = { ok: true; accessKeyId: string } | AuthFailure;

/**
 * The secret of an AccessKey id, or `InvalidAccessKeyID` (own properties only, so `toString` is unknown).
 *
 * @example
 * secretFor({ AK: 'SK' }, 'AK'); // 'SK'
 */
export function secretFor(credentials: Record<string, string>, accessKeyId: string): string | AuthFailure {
  const secret = Object.hasOwn(credentials, accessKeyId) ? credentials[accessKeyId] : undefined;
  return typeof secret === 'string' ? secret : invalidAccessKeyId(accessKeyId);
}

/** The AccessKey id of the Authorization header and the name of the part that carried it. */
export interface SigningKey {
  accessKeyId: string;
  /** `Credential` (ACS3) or `Authorization` (ROA), for the message. */
  namedIn: string;
}

/**
 * STS requests name their key twice (`x-acs-accesskey-id` and the Authorization header): a
 * `SignatureNotMatch` when the two differ, undefined otherwise. The token itself is only signed.
 *
 * @example
 * stsKeyMismatch({ 'x-acs-accesskey-id': 'other' }, { accessKeyId: 'AK', namedIn: 'Credential' })?.code; // 'SignatureNotMatch'
 */
export function stsKeyMismatch(headers: Record<string, string>, key: SigningKey): AuthFailure | undefined {
  const stsKey = headers['x-acs-accesskey-id'];
  if (stsKey === undefined || stsKey.trim() === key.accessKeyId) return undefined;
  const [sts, named] = [quoted(stsKey), quoted(key.accessKeyId)];
  return signatureNotMatch(`x-acs-accesskey-id '${sts}' differs from ${key.namedIn} '${named}'`);
}

/** Inputs of {@link checkSkew}: the parsed time, the header text and how to print `now`. */
export interface SkewCheck {
  time: Date;
  value: string;
  format: (date: Date) => string;
}

/**
 * The request time in ms when within the skew window, else `RequestTimeTooSkewed`.
 *
 * @example
 * checkSkew({ time, value, format: formatAcsDate }, ctx); // 1704067200000
 */
export function checkSkew(check: SkewCheck, ctx: VerifyContext): number | AuthFailure {
  if (Math.abs(check.time.getTime() - ctx.now.getTime()) > ctx.maxSkewMs) {
    return requestTimeTooSkewed(check.value, check.format(ctx.now));
  }
  return check.time.getTime();
}

/**
 * Records the nonce of a verified request until it could no longer pass the skew check;
 * `SignatureNonceUsed` for a replay. Called last, so forged requests cannot burn nonces.
 *
 * @example
 * useNonce('abc', requestTimeMs, ctx); // undefined the first time, then SignatureNonceUsed
 */
export function useNonce(nonce: string, requestTimeMs: number, ctx: VerifyContext): AuthFailure | undefined {
  const expiresAt = Math.max(requestTimeMs, ctx.now.getTime()) + ctx.maxSkewMs;
  return ctx.nonces.use(nonce, expiresAt, ctx.now.getTime()) ? undefined : signatureNonceUsed();
}
