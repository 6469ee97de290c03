/**
 * The ACS3 `Authorization` header:
 * `<algorithm> Credential=<AK>,SignedHeaders=<h1;h2;…>,Signature=<hex>` (reference §A.4 step 1).
 */

/** The parts of an `Authorization` header. */
export interface Acs3Authorization {
  algorithm: string;
  accessKeyId: string;
  /** Lowercase header names in the order given (the SDK sends them sorted). */
  signedHeaders: string[];
  signature: string;
}

const HEADER_SHAPE = /^(ACS3-[A-Z0-9-]+) +(.+)$/;

/** Splits `k=v, k=v` pairs; undefined when a pair is malformed or a key repeats. */
function parsePairs(text: string): Map<string, string> | undefined {
  const pairs = new Map<string, string>();
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) return undefined;
    const key = part.slice(0, eq).trim();
    if (pairs.has(key)) return undefined;
    pairs.set(key, part.slice(eq + 1).trim());
  }
  return pairs;
}

/** A signed-headers list is valid when non-empty, lowercase, strictly ascending (sorted, unique). */
function validSignedHeaders(names: string[]): boolean {
  return names.every(
    (name, i) => /^[a-z0-9!#$%&'*+.^_`|~-]+$/.test(name) && (i === 0 || (names[i - 1] as string) < name),
  );
}

/**
 * Parses an ACS3 `Authorization` value; undefined when it is not of that shape. The algorithm is
 * not checked here so the verifier can name unsupported ones. Whitespace after commas is tolerated
 * (hand-written signers add it); the SignedHeaders list must be lowercase, sorted and unique, as
 * the canonical request could otherwise not be rebuilt the way the signer built it.
 *
 * @example
 * parseAuthorization('ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=host;x-acs-date,Signature=ab')
 *   ?.signedHeaders; // ['host', 'x-acs-date']
 */
export function parseAuthorization(value: string): Acs3Authorization | undefined {
  const shape = HEADER_SHAPE.exec(value.trim());
  if (!shape) return undefined;
  const pairs = parsePairs(shape[2] as string);
  if (pairs?.size !== 3) return undefined;
  const accessKeyId = pairs.get('Credential');
  const signedHeadersText = pairs.get('SignedHeaders');
  const signature = pairs.get('Signature');
  if (!accessKeyId || !signedHeadersText || !signature) return undefined;
  const signedHeaders = signedHeadersText.split(';');
  if (!validSignedHeaders(signedHeaders)) return undefined;
  return { algorithm: shape[1] as string, accessKeyId, signedHeaders, signature };
}

/**
 * Renders an `Authorization` value exactly as the SDK does (no spaces after commas).
 *
 * @example
 * formatAuthorization({ algorithm: 'ACS3-HMAC-SHA256', accessKeyId: 'AK',
 *   signedHeaders: ['host'], signature: 'ab' }); // 'ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=host,Signature=ab'
 */
export function formatAuthorization(auth: Acs3Authorization): string {
  return `${auth.algorithm} Credential=${auth.accessKeyId},SignedHeaders=${auth.signedHeaders.join(';')},Signature=${auth.signature}`;
}
