import { describe, expect, it } from 'vitest';
import { parseAuthorization, signAcs3, verifyAcs3 } from '../../../mocks/core/auth/index.ts';
import {
  VECTOR_CANONICAL_HASH,
  VECTOR_PAYLOAD_HASH,
  VECTOR_SIGNATURE,
  VECTOR_SIGNED_HEADERS,
  vectorContext,
  vectorOptions,
} from './acs3-fixtures.ts';

describe('ACS3 worked test vector (reference §A.4)', () => {
  const signed = signAcs3(vectorOptions);

  it('signAcs3 reproduces the payload hash, canonical request hash and signature', () => {
    expect(signed.headers['x-acs-content-sha256']).toBe(VECTOR_PAYLOAD_HASH);
    expect(signed.canonicalRequestHash).toBe(VECTOR_CANONICAL_HASH);
    expect(signed.signature).toBe(VECTOR_SIGNATURE);
    expect(signed.headers.authorization).toBe(
      `ACS3-HMAC-SHA256 Credential=testAK,SignedHeaders=${VECTOR_SIGNED_HEADERS},Signature=${VECTOR_SIGNATURE}`,
    );
  });

  it('signAcs3 sends the headers the SDK sends', () => {
    expect(signed.headers).toMatchObject({
      host: '127.0.0.1:9000',
      'x-acs-action': 'CreateFunction',
      'x-acs-version': '2023-03-30',
      'x-acs-date': '2024-01-01T00:00:00Z',
      'x-acs-signature-nonce': '3f2b1c0d9e8a7b6c5d4e3f2a1b0c9d8e',
      'content-type': 'application/json; charset=utf-8',
      'x-acs-credentials-provider': 'static_ak',
    });
  });

  it('verifyAcs3 accepts the vector built by hand, independent of signAcs3', () => {
    const headers = {
      host: '127.0.0.1:9000',
      'x-acs-action': 'CreateFunction',
      'x-acs-version': '2023-03-30',
      'x-acs-date': '2024-01-01T00:00:00Z',
      'x-acs-signature-nonce': '3f2b1c0d9e8a7b6c5d4e3f2a1b0c9d8e',
      'content-type': 'application/json; charset=utf-8',
      'x-acs-credentials-provider': 'static_ak',
      'x-acs-content-sha256': VECTOR_PAYLOAD_HASH,
      authorization: `ACS3-HMAC-SHA256 Credential=testAK,SignedHeaders=${VECTOR_SIGNED_HEADERS},Signature=${VECTOR_SIGNATURE}`,
    };
    const wire = {
      method: 'POST',
      url: 'http://127.0.0.1:9000/2023-03-30/functions',
      headers,
      body: new TextEncoder().encode(vectorOptions.body as string),
    };
    expect(verifyAcs3(wire, vectorContext())).toEqual({ ok: true, accessKeyId: 'testAK' });
  });

  it('a signature mismatch reports the canonical request the emulator computed', () => {
    const result = verifyAcs3(signed, vectorContext({ credentials: { testAK: 'wrong' } }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(VECTOR_CANONICAL_HASH);
    expect(result.canonicalRequest).toBe(signed.canonicalRequest);
    expect(parseAuthorization(signed.headers.authorization as string)?.signature).toBe(VECTOR_SIGNATURE);
  });
});
