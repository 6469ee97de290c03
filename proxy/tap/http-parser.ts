/**
 * An incremental HTTP/1.1 message reader for one direction of a connection. It only observes:
 * the proxy forwards the bytes before they reach this reader, so a message it cannot read never
 * alters traffic; it then stops observing that connection (`onOpaque`) and forwarding goes on.
 * Framing follows RFC 9112 §6 (chunked, Content-Length, no body, until close).
 */
import { framingOf, type MessageHead, parseHead } from './http-head.ts';

export type { HeaderPairs, MessageHead } from './http-head.ts';

/** What a reader reports. Body chunks are slices of the forwarded buffers, which Node never reuses. */
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

type Mode = 'head' | 'length' | 'chunk-size' | 'chunk-data' | 'chunk-end' | 'trailers' | 'close' | 'opaque';

interface Parser {
  options: HttpParserOptions;
  mode: Mode;
  /** Bytes of a head, chunk-size line or trailer block not yet complete. */
  pending: Buffer;
  remaining: number;
  inMessage: boolean;
}

type Step = (p: Parser, data: Buffer) => Buffer | undefined;

const NOTHING = Buffer.alloc(0);

function giveUp(p: Parser, reason: string): undefined {
  p.mode = 'opaque';
  p.pending = NOTHING;
  p.inMessage = false;
  p.options.events.onOpaque(reason);
  return undefined;
}

function finish(p: Parser): void {
  p.mode = 'head';
  p.inMessage = false;
  p.options.events.onEnd();
}

/** Keeps an incomplete head, line or trailer block for the next chunk, within `max` bytes. */
function keep(p: Parser, buffer: Buffer, max: number, what: string): undefined {
  if (buffer.length > max) return giveUp(p, `${what} over ${max} bytes`);
  p.pending = Buffer.from(buffer);
  return undefined;
}

function withPending(p: Parser, data: Buffer): Buffer {
  return p.pending.length > 0 ? Buffer.concat([p.pending, data]) : data;
}

function startBody(p: Parser, head: MessageHead): void {
  const framing = framingOf(head, p.options);
  if (framing.mode === 'switch') {
    // A 101 or a CONNECT answer is a complete message; what follows is another protocol.
    p.options.events.onEnd();
    giveUp(p, head.status === 101 ? 'protocol switched (101)' : 'tunnel (CONNECT)');
  } else if (framing.mode === 'opaque') {
    giveUp(p, 'unreadable framing');
  } else if (framing.mode === 'none' || (framing.mode === 'length' && framing.length === 0)) {
    // An interim 1xx answer ends here too; the tap pairs only final answers with requests.
    finish(p);
  } else if (framing.mode === 'length') {
    p.mode = 'length';
    p.remaining = framing.length;
  } else p.mode = framing.mode;
}

const readHead: Step = (p, data) => {
  let buffer = withPending(p, data);
  if (!p.inMessage) {
    // Blank lines before a request line are allowed (RFC 9112 §2.2).
    let start = 0;
    while (buffer[start] === 0x0d || buffer[start] === 0x0a) start++;
    buffer = buffer.subarray(start);
    p.pending = NOTHING;
    if (buffer.length === 0) return undefined;
    p.inMessage = true;
  }
  const end = buffer.indexOf(CRLF_CRLF);
  if (end < 0) return keep(p, buffer, MAX_HEAD_BYTES, 'header block');
  p.pending = NOTHING;
  const head = parseHead(buffer.subarray(0, end).toString('latin1'), p.options.kind);
  if (!head) return giveUp(p, `not an HTTP/1.x ${p.options.kind}`);
  p.options.events.onHead(head);
  startBody(p, head);
  return buffer.subarray(end + 4);
};

function readLine(p: Parser, data: Buffer): { line: string; rest: Buffer } | undefined {
  const buffer = withPending(p, data);
  const end = buffer.indexOf('\r\n');
  if (end < 0) return keep(p, buffer, MAX_LINE_BYTES, 'chunk-size line');
  p.pending = NOTHING;
  return { line: buffer.subarray(0, end).toString('latin1'), rest: buffer.subarray(end + 2) };
}

const readBody: Step = (p, data) => {
  const take = Math.min(p.remaining, data.length);
  if (take > 0) p.options.events.onBody(data.subarray(0, take));
  p.remaining -= take;
  if (p.remaining === 0) {
    if (p.mode === 'length') finish(p);
    else p.mode = 'chunk-end';
  }
  return data.subarray(take);
};

const readChunkSize: Step = (p, data) => {
  const read = readLine(p, data);
  if (!read) return undefined;
  const size = /^([0-9a-fA-F]{1,12})(?:[ \t]*;.*)?[ \t]*$/.exec(read.line);
  if (!size) return giveUp(p, `bad chunk-size line ${JSON.stringify(read.line.slice(0, 40))}`);
  p.remaining = Number.parseInt(size[1] as string, 16);
  p.mode = p.remaining === 0 ? 'trailers' : 'chunk-data';
  return read.rest;
};

const readChunkEnd: Step = (p, data) => {
  const read = readLine(p, data);
  if (!read) return undefined;
  if (read.line !== '') return giveUp(p, 'chunk data not followed by CRLF');
  p.mode = 'chunk-size';
  return read.rest;
};

const readTrailers: Step = (p, data) => {
  const buffer = withPending(p, data);
  // No trailer fields: the last chunk is followed by one empty line.
  const empty = buffer.length >= 2 && buffer[0] === 0x0d && buffer[1] === 0x0a;
  const end = empty ? 0 : buffer.indexOf(CRLF_CRLF);
  if (end < 0) return keep(p, buffer, MAX_HEAD_BYTES, 'trailer block');
  p.pending = NOTHING;
  finish(p);
  return buffer.subarray(empty ? 2 : end + 4);
};

const readUntilClose: Step = (p, data) => {
  if (data.length > 0) p.options.events.onBody(data);
  return undefined;
};

const STEPS: Record<Mode, Step> = {
  head: readHead,
  length: readBody,
  'chunk-size': readChunkSize,
  'chunk-data': readBody,
  'chunk-end': readChunkEnd,
  trailers: readTrailers,
  close: readUntilClose,
  opaque: () => undefined,
};

/**
 * Creates a reader for requests (client → upstream) or responses (upstream → client).
 *
 * @example
 * const parser = createHttpParser({ kind: 'request', events });
 * socket.on('data', (chunk) => parser.push(chunk));
 */
export function createHttpParser(options: HttpParserOptions): HttpParser {
  const p: Parser = { options, mode: 'head', pending: NOTHING, remaining: 0, inMessage: false };
  return {
    push(chunk) {
      let data: Buffer | undefined = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      while (data !== undefined && data.length > 0 && p.mode !== 'opaque') data = STEPS[p.mode](p, data);
    },
    end() {
      if (p.mode === 'close') finish(p);
    },
    get inMessage() {
      return p.inMessage;
    },
    get opaque() {
      return p.mode === 'opaque';
    },
  };
}
