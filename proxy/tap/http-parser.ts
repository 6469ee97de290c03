/**
 * An incremental HTTP/1.1 message reader for one direction of a connection. It only observes:
 * the proxy forwards the bytes before they reach this reader, so a message it cannot read never
 * alters traffic; it then stops observing that connection (`onOpaque`) and forwarding goes on.
 * Framing follows RFC 9112 §6 (chunked, Content-Length, no body, until close).
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

/** What a reader reports. Body chunks are slices of the forwarded buffers: copy to keep them. */
export interface ParserEvents {
  onHead(head: MessageHead): void;
  onBody(chunk: Uint8Array): void;
  /** The message ended as framed (for close-delimited bodies: when the stream ended). */
  onEnd(): void;
  /** The stream cannot be read as HTTP/1.1 any more (malformed, upgraded, tunnelled). */
  onOpaque(reason: string): void;
}

/** Options of {@link createHttpParser}. */
export interface HttpParserOptions {
  kind: 'request' | 'response';
  events: ParserEvents;
  /** For responses: the method of the request the next response answers (HEAD has no body). */
  requestMethod?: () => string | undefined;
}

/** One direction of a connection: feed it every chunk, then `end()` when the stream ends. */
export interface HttpParser {
  push(chunk: Uint8Array): void;
  end(): void;
  /** True between a message's first byte and its end. */
  readonly inMessage: boolean;
  readonly opaque: boolean;
}

const MAX_HEAD_BYTES = 64 * 1024;
const MAX_LINE_BYTES = 4096;
const CRLF_CRLF = Buffer.from('\r\n\r\n');
const REQUEST_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+) (\S+) (HTTP\/\d\.\d)$/;
const STATUS_LINE = /^(HTTP\/\d\.\d) (\d{3})(?: (.*))?$/;

type Mode = 'head' | 'length' | 'chunk-size' | 'chunk-data' | 'chunk-end' | 'trailers' | 'close' | 'opaque';

interface State {
  mode: Mode;
  /** Bytes of a head, chunk-size line or trailer block not yet complete. */
  pending: Buffer;
  remaining: number;
  inMessage: boolean;
}

function parseHeaders(lines: string[]): HeaderPairs | undefined {
  const headers: HeaderPairs = [];
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) return undefined;
    headers.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
  }
  return headers;
}

function parseHead(text: string, kind: 'request' | 'response'): MessageHead | undefined {
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

type Framing =
  | { mode: 'length'; length: number }
  | { mode: 'chunk-size' | 'close' | 'none' | 'switch' | 'opaque' };

function framingOf(head: MessageHead, options: HttpParserOptions): Framing {
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

/**
 * Creates a reader for requests (client → upstream) or responses (upstream → client).
 *
 * @example
 * const parser = createHttpParser({ kind: 'request', events });
 * socket.on('data', (chunk) => parser.push(chunk));
 */
export function createHttpParser(options: HttpParserOptions): HttpParser {
  const { events } = options;
  const state: State = { mode: 'head', pending: Buffer.alloc(0), remaining: 0, inMessage: false };
  const giveUp = (reason: string): void => {
    state.mode = 'opaque';
    state.pending = Buffer.alloc(0);
    state.inMessage = false;
    events.onOpaque(reason);
  };
  const finish = (): void => {
    state.mode = 'head';
    state.inMessage = false;
    events.onEnd();
  };
  const startBody = (head: MessageHead): void => {
    const framing = framingOf(head, options);
    if (framing.mode === 'switch') {
      // A 101 or a CONNECT answer is a complete message; what follows is another protocol.
      events.onEnd();
      giveUp(head.status === 101 ? 'protocol switched (101)' : 'tunnel (CONNECT)');
    } else if (framing.mode === 'opaque') {
      giveUp('unreadable framing');
    } else if (framing.mode === 'none' || (framing.mode === 'length' && framing.length === 0)) {
      // An interim 1xx answer is not the final one: the next response still pairs with this request.
      finish();
    } else if (framing.mode === 'length') {
      state.mode = 'length';
      state.remaining = framing.length;
    } else state.mode = framing.mode;
  };
  const readHead = (data: Buffer): Buffer | undefined => {
    // Blank lines before a request line are allowed (RFC 9112 §2.2).
    let buffer = Buffer.concat([state.pending, data]);
    if (!state.inMessage) {
      let start = 0;
      while (buffer[start] === 0x0d || buffer[start] === 0x0a) start++;
      buffer = buffer.subarray(start);
      if (buffer.length === 0) {
        state.pending = Buffer.alloc(0);
        return undefined;
      }
      state.inMessage = true;
    }
    const end = buffer.indexOf(CRLF_CRLF);
    if (end < 0) {
      if (buffer.length > MAX_HEAD_BYTES) giveUp(`header block over ${MAX_HEAD_BYTES} bytes`);
      else state.pending = Buffer.from(buffer);
      return undefined;
    }
    state.pending = Buffer.alloc(0);
    const head = parseHead(buffer.subarray(0, end).toString('latin1'), options.kind);
    if (!head) {
      giveUp(`not an HTTP/1.x ${options.kind}`);
      return undefined;
    }
    events.onHead(head);
    startBody(head);
    return buffer.subarray(end + 4);
  };
  const readLine = (data: Buffer): { line: string; rest: Buffer } | undefined => {
    const buffer = state.pending.length > 0 ? Buffer.concat([state.pending, data]) : data;
    const end = buffer.indexOf('\r\n');
    if (end < 0) {
      if (buffer.length > MAX_LINE_BYTES) giveUp('chunk-size line too long');
      else state.pending = Buffer.from(buffer);
      return undefined;
    }
    state.pending = Buffer.alloc(0);
    return { line: buffer.subarray(0, end).toString('latin1'), rest: buffer.subarray(end + 2) };
  };
  const readTrailers = (data: Buffer): Buffer | undefined => {
    const buffer = state.pending.length > 0 ? Buffer.concat([state.pending, data]) : data;
    // No trailer fields: the last chunk is followed by one empty line.
    if (buffer.length >= 2 && buffer[0] === 0x0d && buffer[1] === 0x0a) {
      state.pending = Buffer.alloc(0);
      finish();
      return buffer.subarray(2);
    }
    const end = buffer.indexOf(CRLF_CRLF);
    if (end < 0) {
      if (buffer.length > MAX_HEAD_BYTES) giveUp('trailer block too long');
      else state.pending = Buffer.from(buffer);
      return undefined;
    }
    state.pending = Buffer.alloc(0);
    finish();
    return buffer.subarray(end + 4);
  };
  const step = (data: Buffer): Buffer | undefined => {
    switch (state.mode) {
      case 'head':
        return readHead(data);
      case 'length': {
        const take = Math.min(state.remaining, data.length);
        if (take > 0) events.onBody(data.subarray(0, take));
        state.remaining -= take;
        if (state.remaining === 0) finish();
        return data.subarray(take);
      }
      case 'chunk-size': {
        const read = readLine(data);
        if (!read) return undefined;
        const size = /^([0-9a-fA-F]{1,12})(?:[ \t]*;.*)?[ \t]*$/.exec(read.line);
        if (!size) {
          giveUp(`bad chunk-size line ${JSON.stringify(read.line.slice(0, 40))}`);
          return undefined;
        }
        state.remaining = Number.parseInt(size[1] as string, 16);
        state.mode = state.remaining === 0 ? 'trailers' : 'chunk-data';
        return read.rest;
      }
      case 'chunk-data': {
        const take = Math.min(state.remaining, data.length);
        if (take > 0) events.onBody(data.subarray(0, take));
        state.remaining -= take;
        if (state.remaining === 0) state.mode = 'chunk-end';
        return data.subarray(take);
      }
      case 'chunk-end': {
        const read = readLine(data);
        if (!read) return undefined;
        if (read.line !== '') {
          giveUp('chunk data not followed by CRLF');
          return undefined;
        }
        state.mode = 'chunk-size';
        return read.rest;
      }
      case 'trailers':
        return readTrailers(data);
      case 'close':
        if (data.length > 0) events.onBody(data);
        return undefined;
      default:
        return undefined;
    }
  };
  return {
    push(chunk) {
      let data: Buffer | undefined = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      while (data !== undefined && data.length > 0 && state.mode !== 'opaque') data = step(data);
    },
    end() {
      if (state.mode === 'close') finish();
    },
    get inMessage() {
      return state.inMessage;
    },
    get opaque() {
      return state.mode === 'opaque';
    },
  };
}
