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

/** Headers being read: the first value of each lowercase name, and the names that came again. */
interface Fold {
  // Null prototype: a header named `__proto__` must stay an ordinary entry.
  headers: Record<string, string>;
  repeated: Map<string, string[]> | undefined;
}

const emptyFold = (): Fold => ({
  headers: Object.create(null) as Record<string, string>,
  repeated: undefined,
});

function add(fold: Fold, rawName: string, value: string): void {
  const name = rawName.toLowerCase();
  const previous = fold.headers[name];
  if (previous === undefined) {
    fold.headers[name] = value;
    return;
  }
  fold.repeated ??= new Map();
  const values = fold.repeated.get(name);
  if (values) values.push(value);
  else fold.repeated.set(name, [previous, value]);
}

function folded(fold: Fold, join: (name: string, values: string[]) => string): Record<string, string> {
  for (const [name, values] of fold.repeated ?? []) fold.headers[name] = join(name, values);
  return fold.headers;
}

function foldRaw(raw: readonly string[]): Fold {
  const fold = emptyFold();
  for (let i = 0; i + 1 < raw.length; i += 2) add(fold, raw[i] as string, raw[i + 1] as string);
  return fold;
}

/**
 * Lowercase-keyed request headers from a flat `[name, value, name, value, …]` list (node:http's
 * `rawHeaders`); a name that comes more than once, in any case, gets {@link joinRepeated}.
 *
 * @example
 * headersFromRaw(['X-Acs-Foo', 'b', 'x-acs-foo', 'a']); // { 'x-acs-foo': 'a,b' }
 */
export function headersFromRaw(raw: readonly string[]): Record<string, string> {
  return folded(foldRaw(raw), joinRepeated);
}

/**
 * Lowercase-keyed answer headers from a flat list: a repeated name's values joined with `,` in the
 * order received (the sorting of {@link joinRepeated} is the request signature's, and would hide
 * an answer's second `content-type` behind its first).
 *
 * @example
 * answerHeadersFromRaw(['Content-Type', 'text/plain', 'content-type', 'application/json']); // { 'content-type': 'text/plain,application/json' }
 */
export function answerHeadersFromRaw(raw: readonly string[]): Record<string, string> {
  return folded(foldRaw(raw), (_, values) => values.join(','));
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
  const fold = emptyFold();
  for (const name of Object.keys(request.headers)) add(fold, name, request.headers[name] as string);
  const headers = folded(fold, joinRepeated);
  if (headers.host === undefined) {
    const { authority } = splitUrl(request.url);
    if (authority) headers.host = authority;
  }
  return headers;
}

/**
 * What is wrong with a request of more than one Host line (RFC 9112 section 3.2: a server must
 * answer 400), from its flat header list; `undefined` for one line or none.
 *
 * @example
 * repeatedHostProblem(['Host', 'a', 'host', 'b']); // 'the request has 2 Host headers; HTTP allows one'
 */
export function repeatedHostProblem(raw: readonly string[]): string | undefined {
  let lines = 0;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i] as string;
    if (name.length === 4 && name.toLowerCase() === 'host') lines += 1;
  }
  return lines > 1 ? `the request has ${lines} Host headers; HTTP allows one` : undefined;
}
