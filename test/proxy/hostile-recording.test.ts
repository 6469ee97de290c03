/**
 * Repros from the s13 hostile review of recording and replay (ADR 024), each through a real
 * proxy, a raw upstream and a replay server on loopback:
 * - an upstream answer that replay cannot send (a NUL in a header value, status 999, a header
 *   name with a space, a body on 205) was recorded as replayable, and `replay` then refused the
 *   whole cassette ("cassette line 1 has a response header x-weird whose value is no single-line
 *   text"): one hostile exchange made every other recorded one unreplayable;
 * - a JSON body that is not UTF-8 (a Latin-1 byte in a description) was kept as Base64 with its
 *   `password` in clear;
 * - a UTF-8 BOM was dropped from a body kept as text, so the answer replayed 3 bytes short;
 * - `X-Acs-Security-Token :` (a space before the colon) and a folded `Authorization` (obs-fold:
 *   `acs` then ` AK:SIG` on the next line, read as a field of its own) were recorded in clear;
 * - a target with dot segments or quotes in its query was recorded as sent, but every adapter
 *   hands replay the target as a WHATWG URL reads it (resolved, quotes percent-encoded): the
 *   same request bytes got PathNotSupported.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startProxy } from '../../proxy/proxy.ts';
import { readCassette, startReplay } from '../../proxy/replay.ts';
import { fileFolder } from '../helpers/temp-folder.ts';
import { rawRequest, rawUpstream } from './raw-net.ts';

const dir = fileFolder('fc3-hostile-recording-');
const PATH = '/2023-03-30/functions/f';
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function answer(status: string, head: string, body: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`HTTP/1.1 ${status}\r\n${head}content-length: ${body.length}\r\n\r\n`, 'latin1'),
    body,
  ]);
}

function request(method: string, body: Buffer, target = PATH): Buffer {
  const head = `${method} ${target} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\nconnection: close\r\ncontent-length: ${body.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), body]);
}

/** Sends each request on its own connection through a recording proxy; the upstream answers it with `answers[i]`. */
async function record(name: string, exchanges: { request: Buffer; answer: Buffer }[]): Promise<string> {
  const upstream = await rawUpstream((socket, received) => {
    const exchange = exchanges[upstream.sockets.indexOf(socket)];
    if (exchange && received.length === exchange.request.length) socket.end(exchange.answer);
  });
  const file = join(dir, `${name}.ndjson`);
  const proxy = await startProxy({ upstream: `http://127.0.0.1:${upstream.port}`, record: file });
  for (const exchange of exchanges) {
    const live = await rawRequest({ port: proxy.port, parts: [exchange.request] });
    expect(live.bytes.equals(exchange.answer)).toBe(true);
  }
  await proxy.close();
  await upstream.close();
  return file;
}

async function replayed(
  file: string,
  method: string,
  body: Buffer,
): Promise<{ status: number; bytes: Buffer }> {
  const replay = await startReplay({ file });
  try {
    const answered = await fetch(`${replay.url}${PATH}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(method === 'GET' ? {} : { body: new Uint8Array(body) }),
      signal: AbortSignal.timeout(5000),
    });
    return { status: answered.status, bytes: Buffer.from(await answered.arrayBuffer()) };
  } finally {
    await replay.close();
  }
}

describe('hostile: an answer replay cannot send', () => {
  it.each([
    ['a NUL in a header value', answer('200 OK', 'x-weird: a\0b\r\n', Buffer.from('{}'))],
    ['status 999', answer('999 Weird', '', Buffer.from('{}'))],
    ['a header name with a space', answer('200 OK', 'bad name: x\r\n', Buffer.from('{}'))],
    ['a body on 205', answer('205 Reset Content', '', Buffer.from('{}'))],
  ])(
    '%s is recorded as not replayable; the cassette loads and the next exchange replays',
    async (_, hostile) => {
      const ok = answer('200 OK', 'content-type: application/json\r\n', Buffer.from('{"ok":true}'));
      const file = await record('unsendable', [
        { request: request('GET', Buffer.alloc(0)), answer: hostile },
        { request: request('POST', Buffer.from('{}')), answer: ok },
      ]);
      expect(readCassette(file).entries.map((entry) => entry.replay)).toEqual(['none', 'exact']);
      expect(await replayed(file, 'POST', Buffer.from('{}'))).toEqual({
        status: 200,
        bytes: Buffer.from('{"ok":true}'),
      });
      expect((await replayed(file, 'GET', Buffer.alloc(0))).status).toBe(400);
    },
  );
});

describe('hostile: bodies kept as sent', () => {
  it('a JSON body that is not UTF-8 is recorded with its secrets redacted, and replays', async () => {
    const body = Buffer.concat([
      Buffer.from('{"password":"s3cret","d":"'),
      Buffer.from([0xe9, 0xff]),
      Buffer.from('"}'),
    ]);
    const file = await record('latin1', [
      {
        request: request('POST', body),
        answer: answer('200 OK', 'content-type: application/json\r\n', body),
      },
    ]);
    const [entry] = readCassette(file).entries;
    const kept = [entry?.request.body, entry?.response?.body].map((kept) =>
      kept?.encoding === 'base64' ? Buffer.from(kept.data, 'base64').toString('latin1') : kept?.encoding,
    );
    const redacted = Buffer.from(body.toString('latin1').replace('s3cret', 'REDACTED'), 'latin1');
    expect(kept).toEqual([redacted.toString('latin1'), redacted.toString('latin1')]);
    expect(readFileSync(file, 'utf8')).not.toContain('s3cret');
    expect(await replayed(file, 'POST', body)).toEqual({ status: 200, bytes: redacted });
  });

  it('a UTF-8 BOM is kept: the answer replays as the bytes sent, and a request with one matches', async () => {
    const body = Buffer.concat([BOM, Buffer.from('{"a":1}')]);
    const file = await record('bom', [
      {
        request: request('POST', body),
        answer: answer('200 OK', 'content-type: application/json\r\n', body),
      },
    ]);
    expect(readCassette(file).entries[0]?.response?.body).toMatchObject({
      encoding: 'utf8',
      text: '\uFEFF{"a":1}',
    });
    expect(await replayed(file, 'POST', body)).toEqual({ status: 200, bytes: body });
  });
});

describe('hostile: targets a URL reads otherwise than sent', () => {
  it.each([
    '/2023-03-30/functions/../functions/f',
    '/2023-03-30/functions/./f',
    '/2023-03-30/functions?prefix={"a"}',
    "/2023-03-30/functions?prefix='q'&limit=5",
  ])('%s replays when the same bytes come again', async (target) => {
    const ok = answer('200 OK', 'content-type: application/json\r\n', Buffer.from('{"ok":true}'));
    const sent = request('GET', Buffer.alloc(0), target);
    const file = await record('targets', [{ request: sent, answer: ok }]);
    expect(readCassette(file).entries[0]?.request.target).toBe(target);
    const replay = await startReplay({ file });
    try {
      const again = await rawRequest({ port: replay.port, parts: [sent] });
      expect(again.bytes.toString('latin1')).toMatch(/^HTTP\/1\.1 200 [\s\S]*\{"ok":true\}$/);
    } finally {
      await replay.close();
    }
  });
});

describe('hostile: secret fields spelled oddly', () => {
  it.each([
    ['a space before the colon', 'X-Acs-Security-Token : s3cretA'],
    ['a folded Authorization', 'Authorization: acs\r\n LTAIs3cretB:s3cretC'],
    [
      'a folded ACS3 Authorization',
      'Authorization: ACS3-HMAC-SHA256 Credential=LTAIs3cretD,\r\n\tSignature=s3cretE',
    ],
  ])('%s is recorded redacted', async (_, field) => {
    const sent = Buffer.from(
      `GET ${PATH} HTTP/1.1\r\nhost: 127.0.0.1\r\n${field}\r\nconnection: close\r\n\r\n`,
    );
    const ok = answer('200 OK', 'content-type: application/json\r\n', Buffer.from('{}'));
    const file = await record('fields', [{ request: sent, answer: ok }]);
    expect(readCassette(file).entries).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).not.toMatch(/s3cret/);
  });
});
