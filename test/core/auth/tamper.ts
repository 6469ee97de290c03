/** Helpers of the verifyAcs3 table tests: sign the §A.4 vector, then tamper with the wire request. */
import { expect } from 'vitest';
import type { SignAcs3Options } from '../../../mocks/core/auth/index.ts';
import { SIGNATURE_NOT_MATCH_MESSAGE, signAcs3, verifyAcs3 } from '../../../mocks/core/auth/index.ts';
import type { VerifyAcs3Context } from '../../../mocks/core/auth/verify-acs3.ts';
import type { WireRequest } from '../../../mocks/core/types.ts';
import { vectorContext, vectorOptions } from './acs3-fixtures.ts';

export const MIN = 60_000;

/** Signs the vector with overrides, then lets the case tamper with the wire request. */
export function wire(options: Partial<SignAcs3Options> = {}, tamper?: (w: WireRequest) => void): WireRequest {
  const signed = signAcs3({ ...vectorOptions, ...options });
  const copy: WireRequest = { ...signed, headers: { ...signed.headers }, body: signed.body.slice() };
  tamper?.(copy);
  return copy;
}

export function without(name: string) {
  return (w: WireRequest) => {
    delete w.headers[name];
  };
}

export function setHeader(name: string, value: string) {
  return (w: WireRequest) => {
    w.headers[name] = value;
  };
}

/** Wraps an expression-bodied mutation so the table stays one line per case. */
export function patch(mutate: (w: WireRequest) => unknown) {
  return (w: WireRequest) => {
    mutate(w);
  };
}

export function setAuth(replace: (value: string) => string) {
  return (w: WireRequest) => {
    w.headers.authorization = replace(w.headers.authorization as string);
  };
}

export interface Case {
  name: string;
  given: WireRequest;
  ctx?: Partial<VerifyAcs3Context>;
  want: string;
  /** Substring expected in the message. */
  says?: string;
}

export function signedWithout(name: string): string[] {
  const headers = signAcs3(vectorOptions).headers;
  return Object.keys(headers).filter(
    (h) => h !== name && (h.startsWith('x-acs-') || h === 'host' || h === 'content-type'),
  );
}

/** Runs one table case: `want` is 'ok' or the expected error code. */
export function checkCase({ given, ctx, want, says }: Case): void {
  const result = verifyAcs3(given, vectorContext(ctx));
  if (want === 'ok') {
    expect(result).toMatchObject({ ok: true });
    return;
  }
  expect(result).toMatchObject({ ok: false, code: want });
  if (!result.ok && says) expect(result.message).toContain(says);
  if (!result.ok && want === 'SignatureNotMatch')
    expect(result.message.startsWith(SIGNATURE_NOT_MATCH_MESSAGE)).toBe(true);
}
