/**
 * What the dispatcher reads of a request URL: its host, host name, origin and query. The URL
 * parser (`new URL()`) reads them; the last authority it read in canonical form
 * (`http://127.0.0.1:9000`, as every request to one server starts) is kept, and a URL that starts
 * with it, followed by the end of the authority, gets the same host without being parsed again.
 * Its query is then cut by hand when it is plain characters, which the parser leaves as they are;
 * anything else is parsed. test/core/request-url.test.ts holds both ways equal. The path is never
 * read from here: the dispatcher routes on the path as sent (`rawPath`).
 */

/** The parts of a request URL the dispatcher reads. */
export interface RequestUrl {
  host: string;
  hostname: string;
  origin: string;
  searchParams: URLSearchParams;
}

// Characters the URL parser leaves as they are in a special URL's query: printable ASCII but
// `"`, `#`, `'`, `<` and `>` (no space, control, or non-ASCII character).
const PLAIN_QUERY = /^[!$%&()*+,\-./0-9:;=?@A-Z[\\\]^_`a-z{|}~]*$/;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const HASH = 0x23;

// The last canonical authority read (`${protocol}//${host}`) and what the parser read of it.
let known = { authority: '', host: '', hostname: '', origin: '' };

/**
 * The host, host name, origin and query of `url` as `new URL(url)` reads them; undefined when
 * `new URL` throws.
 *
 * @example
 * requestUrl('http://127.0.0.1:9000/2023-03-30/functions?prefix=a')?.searchParams.get('prefix'); // 'a'
 */
export function requestUrl(url: string): RequestUrl | undefined {
  const { authority } = known;
  if (authority !== '' && url.startsWith(authority)) {
    const next = url.length === authority.length ? -1 : url.charCodeAt(authority.length);
    if (next === -1 || next === SLASH || next === QUESTION || next === HASH) {
      const query = queryOf(url, authority.length);
      if (query !== undefined) {
        const { host, hostname, origin } = known;
        return { host, hostname, origin, searchParams: new URLSearchParams(query) };
      }
    }
  }
  return parsedUrl(url);
}

// The query with its `?` (URLSearchParams drops one: `??a` is the key `?a`), '' for none, or
// undefined when it holds a character the parser would encode or drop.
function queryOf(url: string, from: number): string | undefined {
  const mark = url.indexOf('?', from);
  if (mark < 0) return '';
  const hash = url.indexOf('#', from);
  if (hash >= 0 && hash < mark) return '';
  const query = url.slice(mark, hash < 0 ? url.length : hash);
  return PLAIN_QUERY.test(query) ? query : undefined;
}

function parsedUrl(url: string): RequestUrl | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined; // not a URL: answered as an unknown path
  }
  const { protocol, host, hostname, origin } = parsed;
  const authority = `${protocol}//${host}`;
  // Kept only when written as the parser writes it, and for the schemes whose authority ends at
  // `/`, `?` or `#` (a `\` too, which is not among the characters allowed to follow it above).
  if ((protocol === 'http:' || protocol === 'https:') && url.startsWith(authority)) {
    known = { authority, host, hostname, origin };
  }
  return parsed;
}
