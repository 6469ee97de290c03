/**
 * The ROA v1 string to sign (lifecycle §H.6), shared by the signer and the verifier. Mirrors
 * `getStringToSign` of `@alicloud/openapi-util` 0.3.3 / `@alicloud/openapi-core` 1.0.8 and Go
 * tea-roa-utils (what terraform sends):
 *
 *     METHOD \n accept \n content-md5 \n content-type \n date \n
 *     x-acs-* headers sorted, `name:value\n` each
 *     path [? query sorted by key, `k=v` with decoded values, joined by `&`]
 */

/** How a query parameter with an empty value is written: JS utils `k=`, Go tea-roa-utils `k`. */
export type EmptyQueryValue = 'k=' | 'k';

/** Inputs of {@link roaStringToSign}. Header names must already be lowercase. */
export interface RoaStringToSignParts {
  method: string;
  /** The path as sent (not decoded). */
  path: string;
  /** Query pairs with decoded keys and values, in any order (see {@link parseRoaQuery}). */
  query: readonly (readonly [string, string])[];
  headers: Record<string, string>;
  /** Default `k=`. */
  emptyValue?: EmptyQueryValue;
}

/** Form decoding as the FC front end (Go `url.ParseQuery`) reads it: `+` is a space. */
function formDecode(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/**
 * Cuts a raw query into decoded `[key, value]` pairs in wire order; `k` and `k=` both give an
 * empty value. Percent-escapes and `+` (a space: Go's `url.Values.Encode`, terraform's encoder) are
 * decoded because the signers sign the values before encoding them.
 *
 * @example
 * parseRoaQuery('nextToken=a%20b&limit=10&k'); // [['nextToken', 'a b'], ['limit', '10'], ['k', '']]
 */
export function parseRoaQuery(rawQuery: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const part of rawQuery.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    pairs.push(
      eq < 0 ? [formDecode(part), ''] : [formDecode(part.slice(0, eq)), formDecode(part.slice(eq + 1))],
    );
  }
  return pairs;
}

/** Tabs and line breaks become spaces, then the value is trimmed (openapi-util `filter`). */
function headerValue(value: string): string {
  return value.replace(/[\t\n\r\f]/g, ' ').trim();
}

function canonicalizedHeaders(headers: Record<string, string>): string {
  const names = Object.keys(headers)
    .filter((name) => name.startsWith('x-acs-'))
    .sort();
  let text = '';
  for (const name of names) text += `${name}:${headerValue(headers[name] as string)}\n`;
  return text;
}

function canonicalizedResource(parts: RoaStringToSignParts): string {
  if (parts.query.length === 0) return parts.path;
  const sorted = [...parts.query].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  const bare = parts.emptyValue === 'k';
  return `${parts.path}?${sorted.map(([key, value]) => (bare && value === '' ? key : `${key}=${value}`)).join('&')}`;
}

/**
 * Builds the ROA v1 string to sign. Absent `accept`, `content-md5`, `content-type` and `date`
 * contribute empty lines (Go's behaviour; the JS utils would print `undefined` for a missing
 * `accept`, which they always send).
 *
 * @example
 * roaStringToSign({ method: 'GET', path: '/2023-03-30/functions', query: [['limit', '10']],
 *   headers: { accept: 'application/json', date: 'Mon, 01 Jan 2024 00:00:00 GMT' } });
 * // 'GET\napplication/json\n\n\nMon, 01 Jan 2024 00:00:00 GMT\n/2023-03-30/functions?limit=10'
 */
export function roaStringToSign(parts: RoaStringToSignParts): string {
  const h = parts.headers;
  const head = `${parts.method}\n${h.accept ?? ''}\n${h['content-md5'] ?? ''}\n${h['content-type'] ?? ''}\n${h.date ?? ''}\n`;
  return head + canonicalizedHeaders(h) + canonicalizedResource(parts);
}
