/**
 * The forwarder changes no byte: what the upstream receives is exactly what the client sent, and
 * what the client receives is exactly what the upstream sent, for requests and answers chosen to
 * tempt a proxy into "fixing" them (header case and order, repeated fields, odd spacing, chunk
 * extensions and trailers, pipelining, binary bodies, HTTP/1.0). The tap still reads them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningForwarder, startForwarder } from '../../proxy/forwarder.ts';
import { createCaptureBudget } from '../../proxy/tap/body-capture.ts';
import type { TappedExchange } from '../../proxy/tap/connection-tap.ts';
import { eventually, type RawUpstream, rawRequest, rawUpstream } from './raw-net.ts';

const crlf = (lines: string[]): Buffer => Buffer.from(lines.join('\r\n'), 'latin1');
const ALL_BYTES = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

// Exact answers; each ends its message so the client's `until` knows when to stop.
const ANSWER = Buffer.concat([
  crlf([
    'HTTP/1.1 200 Fine By Me',
    'X-Fc-Request-Id: 1-aa',
    'content-TYPE:application/json',
    'Content-Length: 2',
    '',
    '',
  ]),
  Buffer.from('{}'),
]);
const CHUNKED_ANSWER = crlf([
  'HTTP/1.1 201 Created',
  'Transfer-Encoding: chunked',
  '',
  '3;ext=1',
  'abc',
  '0',
  'X-Trailer: t',
  '',
  '',
]);

interface Case {
  name: string;
  parts: Buffer[];
  /** The upstream answers once it has received this many requests (by counting blank lines is unsafe, so by byte count). */
  answer: Buffer;
  requests: number;
  bodies: string[];
}

const cases: Case[] = [
  {
    name: 'header case, order, repeats and spacing; a Host naming an FC endpoint',
    parts: [
      crlf([
        'POST /2023-03-30/functions?b=2&a=1&a=0 HTTP/1.1',
        'HOST: 1234.cn-beijing.fc.aliyuncs.com',
        'x-acs-action: CreateFunction',
        'X-Dup: one',
        'x-dup:   two  ',
        'Content-Length: 13',
        '',
        '{"a":"b"}\r\n\r\n',
      ]),
    ],
    answer: ANSWER,
    requests: 1,
    bodies: ['{"a":"b"}\r\n\r\n'],
  },
  {
    name: 'chunked body with extensions and trailers, sent one byte at a time',
    parts: [
      ...crlf([
        'PUT /2023-03-30/functions/f HTTP/1.1',
        'Host: 127.0.0.1',
        'Transfer-Encoding: chunked',
        '',
        '4;name="x"',
        '{"a"',
        'b',
        ':"bcdefgh"}',
        '0',
        'X-Checksum: 1',
        '',
        '',
      ]),
    ].map((byte) => Buffer.from([byte])),
    answer: CHUNKED_ANSWER,
    requests: 1,
    bodies: ['{"a":"bcdefgh"}'],
  },
  {
    name: 'two pipelined requests, one with every byte value as body',
    parts: [
      Buffer.concat([
        crlf(['POST /x HTTP/1.1', 'Host: h', `Content-Length: ${ALL_BYTES.length}`, '', '']),
        ALL_BYTES,
        crlf(['GET /2023-03-30/functions/f HTTP/1.1', 'Host: h', '', '']),
      ]),
    ],
    answer: Buffer.concat([ANSWER, ANSWER]),
    requests: 2,
    bodies: [ALL_BYTES.toString('latin1'), ''],
  },
  {
    name: 'HTTP/1.0 with an absolute-form target',
    parts: [crlf(['GET http://h/2023-03-30/functions HTTP/1.0', '', ''])],
    answer: ANSWER,
    requests: 1,
    bodies: [''],
  },
];

describe('forwarding is byte for byte', () => {
  let upstream: RawUpstream;
  let proxy: RunningForwarder;
  const seen: TappedExchange[] = [];
  let current: Case | undefined;
  beforeAll(async () => {
    upstream = await rawUpstream((socket, received) => {
      const expected = Buffer.concat(current?.parts ?? []);
      if (current && received.length === expected.length) socket.write(current.answer);
    });
    proxy = await startForwarder({
      upstream: new URL(`http://127.0.0.1:${upstream.port}`),
      host: '127.0.0.1',
      port: 0,
      bodyLimit: 1024 * 1024,
      budget: createCaptureBudget(8 * 1024 * 1024),
      onExchange(exchange, release) {
        seen.push(exchange);
        release();
      },
    });
  });
  afterAll(async () => {
    await proxy?.close();
    await upstream?.close();
  });

  for (const testCase of cases) {
    it(testCase.name, async () => {
      current = testCase;
      seen.length = 0;
      const before = upstream.connections;
      const result = await rawRequest({
        port: proxy.port,
        parts: testCase.parts,
        until: (bytes) => bytes.length >= testCase.answer.length,
      });
      expect(result.bytes.equals(testCase.answer)).toBe(true);
      expect(upstream.received[before]?.equals(Buffer.concat(testCase.parts))).toBe(true);
      await eventually(() => seen.length === testCase.requests);
      expect(
        seen.map((exchange) => Buffer.from(exchange.request.body.bytes ?? []).toString('latin1')),
      ).toEqual(testCase.bodies);
      expect(seen.every((exchange) => exchange.response?.complete === true)).toBe(true);
    });
  }

  it('reads the exchange it forwarded: method, target, headers as sent, status, trailers skipped', async () => {
    current = cases[1];
    seen.length = 0;
    await rawRequest({
      port: proxy.port,
      parts: current?.parts ?? [],
      until: (bytes) => bytes.length >= CHUNKED_ANSWER.length,
    });
    await eventually(() => seen.length === 1);
    const [exchange] = seen;
    expect(exchange?.request.head).toMatchObject({ method: 'PUT', target: '/2023-03-30/functions/f' });
    expect(exchange?.request.head.headers).toContainEqual(['Transfer-Encoding', 'chunked']);
    expect(exchange?.response?.head).toMatchObject({ status: 201, reason: 'Created' });
    expect(Buffer.from(exchange?.response?.body.bytes ?? []).toString()).toBe('abc');
  });
});
