/**
 * HTTP/1.1 message heads as the proxy's reader sees them: the start line and header fields as
 * sent, and how the body that follows is framed (RFC 9112 §6.3).
 */

/** Header fields as sent: names and values in order, names in their original case. */
export type HeaderPairs = [name: string, value: string][];

/** A parsed start line and header block. */
export interface MessageHead {
  /** Request method (requests only). */
  method: string;
  /** Request target as sent, e.g. `/2023-03-30/functions?limit=5` (requests only). */
  target: string;
  /** Status code (responses only; 0 for requests). */
  status: number;
  reason: string;
  /** `HTTP/1.1`, `HTTP/1.0`. */
  version: string;
  headers: HeaderPairs;
}

const REQUEST_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+) (\S+) (HTTP\/\d\.\d)$/;
const STATUS_LINE = /^(HTTP\/\d\.\d) (\d{3})(?: (.*))?$/;

function parseHeaders(lines: string[]): HeaderPairs | undefined {
  const headers: HeaderPairs = [];
  for (const line of lines) {
    const last = headers.at(-1);
    // An obs-fold line continues the previous field (RFC 9112 §5.2: read as one space); read as
    // a field of its own, a folded `Authorization` kept its credential in clear in cassettes.
    if (last && (line.startsWith(' ') || line.startsWith('\t'))) {
      last[1] = `${last[1]} ${line.trim()}`.trim();
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) return undefined;
    headers.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
  }
  return headers;
}

/**
 * Parses a start line and header block (without the final CRLF CRLF); undefined when it is not
 * an HTTP/1.x request or response head.
 *
 * @example
 * parseHead('GET / HTTP/1.1\r\nHost: h', 'request')?.target; // '/'
 */
export function parseHead(text: string, kind: 'request' | 'response'): MessageHead | undefined {
  const [startLine = '', ...lines] = text.split('\r\n');
  const headers = parseHeaders(lines);
  if (!headers) return undefined;
  if (kind === 'request') {
    const match = REQUEST_LINE.exec(startLine);
    if (!match) return undefined;
    return {
      method: match[1] ?? '',
      target: match[2] ?? '',
      status: 0,
      reason: '',
      version: match[3] ?? '',
      headers,
    };
  }
  const match = STATUS_LINE.exec(startLine);
  if (!match) return undefined;
  return {
    method: '',
    target: '',
    status: Number(match[2]),
    reason: match[3] ?? '',
    version: match[1] ?? '',
    headers,
  };
}

/**
 * The header value by case-insensitive name, repeated fields joined with `,`.
 *
 * @example
 * headerValue([['Content-Length', '2']], 'content-length'); // '2'
 */
export function headerValue(headers: HeaderPairs, name: string): string | undefined {
  let value: string | undefined;
  for (const [key, field] of headers) {
    if (key.toLowerCase() === name) value = value === undefined ? field : `${value},${field}`;
  }
  return value;
}

/** What framing depends on besides the head: the direction, and the method a response answers. */
export interface FramingOptions {
  kind: 'request' | 'response';
  requestMethod?: () => string | undefined;
}

/** How the body after a head is delimited, or that the stream stops being HTTP/1.1. */
export type Framing =
  | { mode: 'length'; length: number }
  | { mode: 'chunk-size' | 'close' | 'none' | 'switch' | 'opaque' };

/**
 * How the body after `head` is framed (RFC 9112 §6.3): none (HEAD, 1xx, 204, 304), chunked,
 * a length, until close (a response without length), a protocol switch, or unreadable.
 *
 * @example
 * framingOf(head, { kind: 'response', requestMethod: () => 'HEAD' }); // { mode: 'none' }
 */
export function framingOf(head: MessageHead, options: FramingOptions): Framing {
  const encoding = headerValue(head.headers, 'transfer-encoding')?.toLowerCase();
  if (options.kind === 'response') {
    const method = options.requestMethod?.() ?? 'GET';
    if (head.status === 101 || (method === 'CONNECT' && head.status < 300 && head.status >= 200))
      return { mode: 'switch' };
    if (method === 'HEAD' || head.status < 200 || head.status === 204 || head.status === 304)
      return { mode: 'none' };
  }
  if (encoding !== undefined) {
    if (encoding.split(',').at(-1)?.trim() === 'chunked') return { mode: 'chunk-size' };
    return options.kind === 'request' ? { mode: 'opaque' } : { mode: 'close' };
  }
  const length = headerValue(head.headers, 'content-length');
  if (length !== undefined) {
    const values = new Set(length.split(',').map((part) => part.trim()));
    const only = values.size === 1 ? [...values][0] : undefined;
    if (only === undefined || !/^\d{1,15}$/.test(only)) return { mode: 'opaque' };
    return { mode: 'length', length: Number(only) };
  }
  return options.kind === 'request' ? { mode: 'none' } : { mode: 'close' };
}
