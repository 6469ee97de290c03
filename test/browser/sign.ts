/**
 * An ACS3-HMAC-SHA256 signer for the page, written from the reference (A.3, A.4) on the
 * browser's WebCrypto: an implementation independent of the emulator's JavaScript SHA-256 and
 * HMAC, so the browser tests check the emulator's verification against the browser's digests.
 */

const hex = (bytes: ArrayBuffer): string =>
  [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, '0')).join('');

const sha256Hex = async (text: string): Promise<string> =>
  hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));

async function hmacHex(secret: string, text: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return hex(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(text)));
}

/** What {@link acs3Headers} signs: a request without a query string, its body as sent. */
export interface SignInput {
  method: string;
  url: string;
  body: string;
  /** `content-type` and any `x-acs-*` headers to send and sign besides the four it adds. */
  headers: Record<string, string>;
  accessKeyId: string;
  accessKeySecret: string;
  nonce: string;
}

/**
 * The headers to send (the given ones, the `x-acs-*` a signature needs, and `authorization`).
 * `host` is signed but not sent: the browser sets it from the URL.
 *
 * @example
 * const headers = await acs3Headers({ method: 'POST', url, body, headers: {}, accessKeyId, accessKeySecret, nonce: 'n1' });
 */
export async function acs3Headers(input: SignInput): Promise<Record<string, string>> {
  const url = new URL(input.url);
  const sent: Record<string, string> = {
    ...input.headers,
    'x-acs-date': new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    'x-acs-signature-nonce': input.nonce,
    'x-acs-content-sha256': await sha256Hex(input.body),
  };
  const signed: Record<string, string> = { ...sent, host: url.host };
  const names = Object.keys(signed).sort();
  const canonical = [
    input.method,
    url.pathname,
    '',
    names.map((name) => `${name}:${signed[name]?.trim()}\n`).join(''),
    names.join(';'),
    sent['x-acs-content-sha256'],
  ].join('\n');
  const signature = await hmacHex(input.accessKeySecret, `ACS3-HMAC-SHA256\n${await sha256Hex(canonical)}`);
  const authorization = `ACS3-HMAC-SHA256 Credential=${input.accessKeyId},SignedHeaders=${names.join(';')},Signature=${signature}`;
  return { ...sent, authorization };
}
