/**
 * The host a socket connects to, from a URL: an IPv6 literal without the brackets the URL
 * writes around it (`[::1]` is a name to the resolver, which finds none).
 */

/**
 * The host of `url` as net.connect and http.request take it: `::1` for `http://[::1]:9000`.
 *
 * @example
 * socketHost(new URL('http://[::1]:9000')); // '::1'
 */
export function socketHost(url: URL): string {
  const { hostname } = url;
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}
