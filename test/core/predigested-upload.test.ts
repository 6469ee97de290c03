/**
 * Uploads to the OSS receiver, pre-digested (ADR 028): the Node server has a large one measured,
 * not parsed, in its digest worker (`predigest(body, { upload: true })`). The same uploads and the
 * creates that read them are sent plain to one emulator and pre-digested to another: answers,
 * journals, stored objects and functions are identical.
 */
import { describe, expect, it } from 'vitest';
import { crc64XzDecimal } from '../../mocks/core/crc64.ts';
import { isUploadRequest } from '../../mocks/core/operations/foreign-routes.ts';
import { predigest } from '../../mocks/core/predigested.ts';
import { sha256Hex } from '../../mocks/core/sha256.ts';
import type { Emulator, WireRequest } from '../../mocks/core/types.ts';
import { createEmulator } from '../../mocks/index.ts';
import { nodeCodecs } from '../../mocks/node-codecs.ts';
import { ossCreateWire, packageBytes, UPLOAD_BUCKET, UPLOAD_HOST } from '../helpers/predigest-cases.ts';

const BUCKET_HOST = `http://${UPLOAD_HOST}`;
const FC = 'http://127.0.0.1:9000/2023-03-30';
const PACKAGE = packageBytes(3 * 1024 * 1024 + 5);
const JSON_TEXT = new TextEncoder().encode(JSON.stringify({ functionName: 'not-a-create' }));

const put = (url: string, body: Uint8Array, headers: Record<string, string> = {}): WireRequest => ({
  method: 'PUT',
  url,
  headers,
  body,
});

function requests(): WireRequest[] {
  return [
    put(`${BUCKET_HOST}/1/a.zip`, PACKAGE),
    // Path style, told apart by its OSS header; a body that happens to be JSON is still bytes.
    put(`http://127.0.0.1:9000/${UPLOAD_BUCKET}/1/b.json`, JSON_TEXT, { 'x-oss-date': 'now' }),
    put('http://127.0.0.1:9000/BAD_bucket/1/c.zip', PACKAGE, { 'x-oss-date': 'now' }),
    ossCreateWire('up-a', '1/a.zip'),
    ossCreateWire('up-b', '1/b.json'),
    { method: 'GET', url: `${FC}/functions/up-a`, headers: {}, body: new Uint8Array() },
  ];
}

function makePair(): [Emulator, Emulator] {
  const make = () => createEmulator({ seed: 5, clock: () => new Date('2024-05-01T08:00:00Z') });
  return [make(), make()];
}

describe('an upload, pre-digested, is answered and kept exactly like the plain one', () => {
  it('answers, journal, stored functions; the create reports the upload size and CRC-64', async () => {
    const [plain, digested] = makePair();
    let uploads = 0;
    for (const wire of requests()) {
      const upload = isUploadRequest(wire);
      if (upload) uploads += 1;
      const pre = predigest(wire.body, { codecs: nodeCodecs, upload });
      expect(await digested.dispatch({ ...wire, predigested: pre }), wire.url).toEqual(
        await plain.dispatch(wire),
      );
    }
    expect(uploads).toBe(3);
    expect(JSON.stringify(digested.calls())).toBe(JSON.stringify(plain.calls()));
    expect(digested.functions()).toEqual(plain.functions());
    // Not vacuous: the uploads were stored and read, and the bad bucket was refused.
    const statuses = plain.calls().map((c) => [c.operation, c.status]);
    expect(statuses).toEqual([
      ['PutObject', 200],
      ['PutObject', 200],
      ['PutObject', 400],
      ['CreateFunction', 200],
      ['CreateFunction', 200],
      ['GetFunction', 200],
    ]);
    const byName = new Map(digested.functions().map((f) => [f.functionName, f]));
    expect(byName.get('up-a')).toMatchObject({
      codeSize: PACKAGE.byteLength,
      codeChecksum: crc64XzDecimal(PACKAGE),
    });
    expect(byName.get('up-b')).toMatchObject({
      codeSize: JSON_TEXT.byteLength,
      codeChecksum: crc64XzDecimal(JSON_TEXT),
    });
  });
});

describe('predigest of an upload', () => {
  it('hashes and checksums the whole body and does not parse it', () => {
    expect(predigest(JSON_TEXT, { codecs: nodeCodecs, upload: true })).toEqual({
      sha256Hex: sha256Hex(JSON_TEXT),
      crc64: crc64XzDecimal(JSON_TEXT),
    });
  });
});

describe('isUploadRequest', () => {
  it('is true for the rows dispatch routes to the OSS receiver, and only for those', () => {
    const empty = new Uint8Array();
    expect(isUploadRequest(put(`${BUCKET_HOST}/k.zip`, empty))).toBe(true);
    expect(isUploadRequest(put('http://oss-cn-hangzhou.aliyuncs.com/b1/k.zip', empty))).toBe(true);
    expect(isUploadRequest(put('http://127.0.0.1/b1/k.zip', empty, { 'x-oss-date': 'x' }))).toBe(true);
    expect(isUploadRequest(put('http://127.0.0.1/b1/k.zip', empty))).toBe(false);
    expect(isUploadRequest(ossCreateWire('f', 'k'))).toBe(false);
    expect(isUploadRequest({ ...put(`${BUCKET_HOST}/k.zip`, empty), method: 'GET' })).toBe(false);
    expect(isUploadRequest(put('not a url', empty))).toBe(false);
  });
});
