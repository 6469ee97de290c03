/**
 * The header view the signature checks work on.
 */
import type { WireRequest } from '../types.ts';
import { splitUrl } from './canonical-request.ts';

/**
 * Request headers keyed by lowercase name (case-duplicates joined with `,`, as the SDK joins
 * repeated values). A missing `host` is taken from the URL's authority: fetch-based adapters
 * (MSW in a browser) cannot see `host`, a forbidden header name, and the URL carries the same value.
 *
 * @example
 * wireHeaders({ method: 'POST', url: 'http://127.0.0.1:9000/x', headers: {}, body: new Uint8Array() }).host; // '127.0.0.1:9000'
 */
export function wireHeaders(request: WireRequest): Record<string, string> {
  // Null prototype: a header named `__proto__` must stay an ordinary entry.
  const headers = Object.create(null) as Record<string, string>;
  for (const [key, value] of Object.entries(request.headers)) {
    const name = key.toLowerCase();
    headers[name] = headers[name] === undefined ? value : `${headers[name]},${value}`;
  }
  if (headers.host === undefined) {
    const { authority } = splitUrl(request.url);
    if (authority) headers.host = authority;
  }
  return headers;
}
