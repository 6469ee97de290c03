/**
 * The ACS3 canonical request (reference §A.4 step 3), shared by the signer and the verifier so
 * both sides canonicalise with one implementation. Mirrors `getAuthorization` in
 * `@alicloud/openapi-core` `dist/utils.js`.
 */

/** A URL cut into its raw (not normalised) parts. */
export interface UrlParts {
  /** `host[:port]` as written, or '' for a path-only URL. */
  authority: string;
  /** Raw path, `/` when absent. */
  path: string;
  /** Raw query without `?`, '' when absent. */
  query: string;
}

const SCHEME_AUTHORITY = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/([^/?#]*)/;

/**
 * Cuts a URL without `new URL()`, which would normalise the path (dot segments, percent-encoding)
 * and drop default ports: the signature covers the path and host exactly as sent.
 *
 * @example
 * splitUrl('http://127.0.0.1:9000/2023-03-30/functions?a=1'); // { authority: '127.0.0.1:9000', path: '/2023-03-30/functions', query: 'a=1' }
 */
export function splitUrl(url: string): UrlParts {
  const scheme = SCHEME_AUTHORITY.exec(url);
  const authority = scheme ? (scheme[1] as string) : '';
  let rest = scheme ? url.slice(scheme[0].length) : url;
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  const q = rest.indexOf('?');
  const path = q >= 0 ? rest.slice(0, q) : rest;
  return { authority, path: path || '/', query: q >= 0 ? rest.slice(q + 1) : '' };
}

/**
 * Canonical URI: the path as sent with the SDK's three rewrites (`+`→`%20`, `*`→`%2A`, `%7E`→`~`).
 *
 * @example
 * canonicalUri('/a+b*c%7E'); // '/a%20b%2Ac~'
 */
export function canonicalUri(path: string): string {
  return path.replace(/\+/g, '%20').replace(/\*/g, '%2A').replace(/%7E/g, '~');
}

/**
 * The URL as the SDKs signed it when it carries `%27`, else undefined. The official SDK and the
 * JS ROA client percent-encode a path segment with `encodeURIComponent`, which leaves `'`, and
 * sign that path; Node's `url.parse` in their HTTP layer then escapes `'` on the wire. The
 * verifiers try this form after the URL as sent, so the SDK's own signature of a name with `'`
 * passes (and the name gets its answer) while a signer that signed `%27` still does too.
 *
 * @example
 * sdkSignedUrl("http://h/2023-03-30/functions/it%27s"); // "http://h/2023-03-30/functions/it's"
 */
export function sdkSignedUrl(url: string): string | undefined {
  return url.includes('%27') ? url.replace(/%27/g, "'") : undefined;
}

/** RFC 3986 value encoding used by the SDK: encodeURIComponent plus `!'()*`. */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function decodeOrRaw(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Canonical query from a raw query string: pairs sorted by decoded key, each `key=` + encoded
 * value; keys are not re-encoded (the SDK signs them raw). Empty for CreateFunction.
 *
 * @example
 * canonicalQuery('b=x%20y&a='); // 'a=&b=x%20y'
 */
export function canonicalQuery(rawQuery: string): string {
  const pairs: [string, string][] = [];
  for (const part of rawQuery.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = decodeOrRaw(eq >= 0 ? part.slice(0, eq) : part);
    pairs.push([key, eq >= 0 ? decodeOrRaw(part.slice(eq + 1)) : '']);
  }
  pairs.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return pairs.map(([key, value]) => `${key}=${encodeValue(value)}`).join('&');
}

/**
 * Whether the SDK signs a header of this lowercase name: `x-acs-*`, `host` and `content-type`.
 *
 * @example
 * isSignable('x-acs-date'); // true
 */
export function isSignable(name: string): boolean {
  return name.startsWith('x-acs-') || name === 'host' || name === 'content-type';
}

/**
 * Names the SDK signs ({@link isSignable}), lowercase, sorted and unique.
 *
 * @example
 * signableHeaderNames({ host: 'h', accept: '*', 'X-Acs-Date': 'd' }); // ['host', 'x-acs-date']
 */
export function signableHeaderNames(headers: Record<string, string>): string[] {
  const names = new Set<string>();
  for (const key of Object.keys(headers)) {
    const name = key.toLowerCase();
    if (isSignable(name)) names.add(name);
  }
  return [...names].sort();
}

/** Inputs of {@link buildCanonicalRequest}. Header names must already be lowercase. */
export interface CanonicalRequestParts {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Sorted lowercase names to include, as listed in `SignedHeaders`. */
  signedHeaders: readonly string[];
  /** Lowercase hex SHA-256 of the body (the `x-acs-content-sha256` value). */
  payloadHash: string;
}

/**
 * Builds the canonical request text; each signed header contributes `name:trimmed value\n`, a
 * missing one contributes `name:\n` (the verifier refuses missing signed headers beforehand).
 *
 * @example
 * buildCanonicalRequest({ method: 'POST', url: 'http://h/p', headers: { host: 'h' },
 *   signedHeaders: ['host'], payloadHash: 'e3b0…' }); // 'POST\n/p\n\nhost:h\n\nhost\ne3b0…'
 */
export function buildCanonicalRequest(parts: CanonicalRequestParts): string {
  const { path, query } = splitUrl(parts.url);
  let headerBlock = '';
  for (const name of parts.signedHeaders) headerBlock += `${name}:${(parts.headers[name] ?? '').trim()}\n`;
  return [
    parts.method,
    canonicalUri(path),
    canonicalQuery(query),
    headerBlock,
    parts.signedHeaders.join(';'),
    parts.payloadHash,
  ].join('\n');
}
