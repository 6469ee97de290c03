/**
 * The header view the signature checks work on.
 */
import type { WireRequest } from '../types.ts';
import { isSignable, splitUrl } from './canonical-request.ts';

/**
 * The one value of a header that came more than once. A signed one (`x-acs-*`, `host`,
 * `content-type`) gets its values trimmed, sorted and joined with `,`, as the canonical headers
 * block has them (reference A.4 step 3.4; `getAuthorizationHeaders` in `@alicloud/openapi-core`
 * and `@alicloud/openapi-util`); any other is joined with `,` in the order received.
 *
 * @example
 * joinRepeated('x-acs-foo', ['b', ' a']); // 'a,b'
 */
export function joinRepeated(name: string, values: string[]): string {
  return isSignable(name)
    ? values
        .map((value) => value.trim())
        .sort()
        .join(',')
    : values.join(',');
}

/**
 * Lowercase-keyed headers from a flat `[name, value, name, value, …]` list (node:http's
 * `rawHeaders`); a name that comes more than once, in any case, gets {@link joinRepeated}.
 *
 * @example
 * headersFromRaw(['X-Acs-Foo', 'b', 'x-acs-foo', 'a']); // { 'x-acs-foo': 'a,b' }
 */
export function headersFromRaw(raw: readonly string[]): Record<string, string> {
  // Null prototype: a header named `__proto__` must stay an ordinary entry.
  const headers = Object.create(null) as Record<string, string>;
  let repeated: Map<string, string[]> | undefined;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = (raw[i] as string).toLowerCase();
    const value = raw[i + 1] as string;
    const previous = headers[name];
    if (previous === undefined) {
      headers[name] = value;
      continue;
    }
    repeated ??= new Map();
    const values = repeated.get(name);
    if (values) values.push(value);
    else repeated.set(name, [previous, value]);
  }
  for (const [name, values] of repeated ?? []) headers[name] = joinRepeated(name, values);
  return headers;
}

/**
 * Request headers keyed by lowercase name (names repeated in another case joined by
 * {@link joinRepeated}, as the SDK signs a header object holding both). A missing `host` is taken
 * from the URL's authority: fetch-based adapters (MSW in a browser) cannot see `host`, a forbidden
 * header name, and the URL carries the same value.
 *
 * @example
 * wireHeaders({ method: 'POST', url: 'http://127.0.0.1:9000/x', headers: {}, body: new Uint8Array() }).host; // '127.0.0.1:9000'
 */
export function wireHeaders(request: WireRequest): Record<string, string> {
  const headers = headersFromRaw(Object.entries(request.headers).flat());
  if (headers.host === undefined) {
    const { authority } = splitUrl(request.url);
    if (authority) headers.host = authority;
  }
  return headers;
}
