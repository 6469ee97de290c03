/**
 * The observer's HTTP/1.1 reader, table-driven: each stream is fed whole, and again split at
 * every byte, and must give the same messages. Streams it cannot read end in `opaque`.
 */
import { describe, expect, it } from 'vitest';
import { createHttpParser, type MessageHead } from '../../proxy/tap/http-parser.ts';

interface Seen {
  heads: Pick<MessageHead, 'method' | 'target' | 'status'>[];
  bodies: string[];
  ends: number;
  opaque: string | undefined;
}

function read(kind: 'request' | 'response', parts: Buffer[], method = 'GET'): Seen {
  const seen: Seen = { heads: [], bodies: [], ends: 0, opaque: undefined };
  let body = '';
  const parser = createHttpParser({
    kind,
    requestMethod: () => method,
    events: {
      onHead: ({ method: m, target, status }) => seen.heads.push({ method: m, target, status }),
      onBody: (chunk) => {
        body += Buffer.from(chunk).toString('latin1');
      },
      onEnd: () => {
        seen.bodies.push(body);
        body = '';
        seen.ends += 1;
      },
      onOpaque: (reason) => {
        seen.opaque = reason;
      },
    },
  });
  for (const part of parts) parser.push(part);
  parser.end();
  return seen;
}

const text = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'latin1');
const bytewise = (buffer: Buffer) => [...buffer].map((byte) => Buffer.from([byte]));

interface Given {
  name: string;
  kind: 'request' | 'response';
  stream: Buffer;
  method?: string;
  want: Partial<Seen>;
}

const table: Given[] = [
  {
    name: 'Content-Length body, then a pipelined GET',
    kind: 'request',
    stream: text(['POST /a HTTP/1.1', 'Content-Length: 3', '', 'abcGET /b?x=1 HTTP/1.1', 'Host: h', '', '']),
    want: {
      heads: [
        { method: 'POST', target: '/a', status: 0 },
        { method: 'GET', target: '/b?x=1', status: 0 },
      ],
      bodies: ['abc', ''],
      ends: 2,
    },
  },
  {
    name: 'chunked with extensions and trailers',
    kind: 'request',
    stream: text([
      'PUT /f HTTP/1.1',
      'Transfer-Encoding: chunked',
      '',
      '2;a=b',
      'ab',
      'A',
      '0123456789',
      '0',
      'T: 1',
      '',
      '',
    ]),
    want: { bodies: ['ab0123456789'], ends: 1 },
  },
  {
    name: 'blank lines before a request line are skipped',
    kind: 'request',
    stream: text(['', '', 'GET / HTTP/1.1', '', '']),
    want: { heads: [{ method: 'GET', target: '/', status: 0 }], ends: 1 },
  },
  {
    name: 'a response to HEAD has no body whatever its Content-Length',
    kind: 'response',
    method: 'HEAD',
    stream: text(['HTTP/1.1 200 OK', 'Content-Length: 99', '', '']),
    want: { bodies: [''], ends: 1 },
  },
  {
    name: '204 and 304 have no body; 100 Continue is its own message',
    kind: 'response',
    stream: text([
      'HTTP/1.1 100 Continue',
      '',
      'HTTP/1.1 204 No Content',
      '',
      'HTTP/1.1 304 Not Modified',
      '',
      '',
    ]),
    want: {
      heads: [
        { method: '', target: '', status: 100 },
        { method: '', target: '', status: 204 },
        { method: '', target: '', status: 304 },
      ],
      ends: 3,
    },
  },
  {
    name: 'a response without length runs until the stream ends',
    kind: 'response',
    stream: text(['HTTP/1.0 200 OK', '', '{"a":1}']),
    want: { bodies: ['{"a":1}'], ends: 1 },
  },
  {
    name: 'a reason phrase may be empty or absent',
    kind: 'response',
    stream: text(['HTTP/1.1 200 ', 'Content-Length: 0', '', 'HTTP/1.1 404', 'Content-Length: 1', '', 'x']),
    want: { bodies: ['', 'x'], ends: 2 },
  },
  {
    name: 'garbage is opaque',
    kind: 'request',
    stream: Buffer.from('\x16\x03\x01 not http\r\n\r\n'),
    want: { ends: 0, opaque: 'not an HTTP/1.x request' },
  },
  {
    name: 'conflicting Content-Length values are opaque',
    kind: 'request',
    stream: text(['POST / HTTP/1.1', 'Content-Length: 1', 'Content-Length: 2', '', 'ab']),
    want: { ends: 0, opaque: 'unreadable framing' },
  },
  {
    name: 'a bad chunk-size line is opaque',
    kind: 'request',
    stream: text(['POST / HTTP/1.1', 'Transfer-Encoding: chunked', '', 'zz', '']),
    want: { ends: 0, opaque: 'bad chunk-size line "zz"' },
  },
  {
    name: '101 Switching Protocols ends observation',
    kind: 'response',
    stream: text(['HTTP/1.1 101 Switching Protocols', 'Upgrade: websocket', '', 'binary frames']),
    want: { ends: 1, opaque: 'protocol switched (101)' },
  },
];

describe('createHttpParser', () => {
  for (const given of table) {
    it(given.name, () => {
      const whole = read(given.kind, [given.stream], given.method);
      expect(whole).toMatchObject(given.want);
      const split = read(given.kind, bytewise(given.stream), given.method);
      expect(split).toEqual(whole);
    });
  }

  it('keeps header names in their case and order, values trimmed of surrounding space', () => {
    let headers: MessageHead['headers'] = [];
    const parser = createHttpParser({
      kind: 'request',
      events: {
        onHead: (head) => (headers = head.headers),
        onBody: () => {},
        onEnd: () => {},
        onOpaque: () => {},
      },
    });
    parser.push(text(['GET / HTTP/1.1', 'X-B:  2 ', 'x-a: 1', 'X-B: 3', '', '']));
    expect(headers).toEqual([
      ['X-B', '2'],
      ['x-a', '1'],
      ['X-B', '3'],
    ]);
  });

  it('gives up on a header block over 64 KiB instead of buffering it', () => {
    const seen = read('request', [Buffer.from(`GET / HTTP/1.1\r\nX: ${'a'.repeat(70_000)}`)]);
    expect(seen.opaque).toBe('header block over 65536 bytes');
  });
});
