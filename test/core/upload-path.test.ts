/**
 * The code-upload path in the core (reference "Triggers and tags" T.7, T.8; ADR 023): the FC 2.0
 * `tempBucketToken` answer and envelope, the OSS receiver's answers and XML errors, CreateFunction
 * and UpdateFunction reporting the stored object's size and CRC-64, and the bounds of what is kept.
 */
import { describe, expect, it } from 'vitest';
import { crc64XzDecimal } from '../../mocks/core/crc64.ts';
import { createUploads, MAX_ISSUED_TOKENS, MAX_OBJECTS } from '../../mocks/core/uploads.ts';
import { createEmulator, type Emulator, type WireResponse } from '../../mocks/index.ts';
import { call } from '../helpers/requests.ts';

const BUCKET_HOST = 'http://fc-temp-code-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com';
const ZIP = Uint8Array.from(Buffer.from('UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==', 'base64'));

const send = (emulator: Emulator, method: string, url: string, body = new Uint8Array(), headers = {}) =>
  emulator.dispatch({ method, url, headers, body });
const json = (answer: WireResponse) => JSON.parse(answer.body) as Record<string, unknown>;

describe('tempBucketToken (FC 2.0)', () => {
  it('answers a bucket, an object name and temporary credentials; the journal names it', async () => {
    const emulator = createEmulator({ seed: 2, regionId: 'cn-shanghai' });
    const answer = await send(emulator, 'GET', 'http://127.0.0.1:9000/2016-08-15/tempBucketToken');
    expect(answer.status).toBe(200);
    const body = json(answer);
    expect(body).toMatchObject({
      ossBucket: 'fc-temp-code-cn-shanghai',
      ossRegion: 'oss-cn-shanghai',
      objectName: expect.stringMatching(/^[0-9a-f]{32}\.zip$/),
      credentials: {
        AccessKeyId: expect.stringMatching(/^STS\.[0-9a-f]{24}$/),
        AccessKeySecret: expect.stringMatching(/^[0-9a-f]{40}$/),
        SecurityToken: expect.any(String),
        Expiration: new Date(emulator.now().getTime() + 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      },
    });
    expect(answer.headers['x-fc-request-id']).toMatch(/^1-/);
    expect(emulator.calls().map((c) => [c.operation, c.status])).toEqual([['GetTempBucketToken', 200]]);
  });

  it('answers errors in the FC 2.0 envelope the FC 2.0 client reads (ErrorCode, ErrorMessage)', async () => {
    const emulator = createEmulator({ credentials: { testAK: 'testSecret' } });
    const answer = await send(emulator, 'GET', 'http://127.0.0.1/2016-08-15/tempBucketToken');
    expect(answer.status).toBe(400);
    expect(json(answer)).toEqual({
      ErrorCode: 'MissingRequiredHeader',
      ErrorMessage: 'required HTTP header Authorization was not specified',
    });
    const open = createEmulator();
    open.failNext('ServiceUnavailable', { operation: 'GetTempBucketToken' });
    const fault = await send(open, 'GET', 'http://127.0.0.1/2016-08-15/tempBucketToken');
    expect([fault.status, json(fault).ErrorCode]).toEqual([503, 'ServiceUnavailable']);
  });

  it('uses the account of an account host over the client header', async () => {
    const emulator = createEmulator();
    await send(
      emulator,
      'GET',
      'https://777.cn-beijing.fc.aliyuncs.com/2016-08-15/tempBucketToken',
      undefined,
      {
        'x-fc-account-id': '888',
      },
    );
    expect(
      json(await send(emulator, 'GET', 'https://777.cn-beijing.fc.aliyuncs.com/2016-08-15/tempBucketToken')),
    ).toMatchObject({
      ossBucket: 'fc-temp-code-cn-beijing',
    });
  });
});

describe('the OSS receiver and CreateFunction / UpdateFunction', () => {
  it('stores size and CRC-64 of an upload; create and update with that OSS pair report them', async () => {
    const emulator = createEmulator();
    const put = await send(emulator, 'PUT', `${BUCKET_HOST}/1234567890123456/a.zip`, ZIP);
    expect(put.status).toBe(200);
    expect(put.body).toBe('');
    expect(put.headers).toMatchObject({
      'x-oss-hash-crc64ecma': crc64XzDecimal(ZIP),
      etag: expect.stringMatching(/^"[0-9A-F]{32}"$/),
    });
    expect(put.headers['x-oss-request-id']).toMatch(/^1-/);
    const code = { ossBucketName: 'fc-temp-code-cn-hangzhou', ossObjectName: '1234567890123456/a.zip' };
    const created = await call(emulator, 'POST', '/functions', {
      functionName: 'f',
      runtime: 'nodejs20',
      handler: 'i.h',
      code,
    });
    expect(created.json).toMatchObject({ codeSize: 22, codeChecksum: crc64XzDecimal(ZIP) });
    const bigger = new Uint8Array(1000).fill(7);
    await send(emulator, 'PUT', 'https://oss-cn-hangzhou.aliyuncs.com/my-bucket/b.zip', bigger);
    const updated = await call(emulator, 'PUT', '/functions/f', {
      code: { ossBucketName: 'my-bucket', ossObjectName: 'b.zip' },
    });
    expect(updated.json).toMatchObject({ codeSize: 1000, codeChecksum: crc64XzDecimal(bigger) });
  });

  it('an OSS pair that names no stored object keeps the given checksum and size 0 (CF F)', async () => {
    const emulator = createEmulator();
    const code = { ossBucketName: 'b-x', ossObjectName: 'none.zip', checksum: '123' };
    const created = await call(emulator, 'POST', '/functions', {
      functionName: 'f',
      runtime: 'nodejs20',
      handler: 'i.h',
      code,
    });
    expect(created.json).toMatchObject({ codeSize: 0, codeChecksum: '123' });
  });

  it.each([
    ['a bad bucket name', 'http://127.0.0.1/A_B/k', { 'x-oss-date': 'x' }, 400, 'InvalidBucketName'],
    ['an empty key', `${BUCKET_HOST}/`, {}, 400, 'InvalidObjectName'],
  ])('answers %s in OSS XML', async (_label, url, headers, status, code) => {
    const emulator = createEmulator();
    const answer = await send(emulator, 'PUT', url, ZIP, headers);
    expect(answer.status).toBe(status);
    expect(answer.headers['content-type']).toBe('application/xml');
    expect(answer.body).toContain(`<Code>${code}</Code>`);
    expect(answer.body).toContain(`<RequestId>${answer.headers['x-oss-request-id']}</RequestId>`);
    expect(emulator.calls().at(-1)?.response).toBe(answer.body);
  });

  it('answers a body over the limit and an unsigned upload (credentials on) in OSS XML', async () => {
    const emulator = createEmulator({ maxBodyBytes: 10, credentials: { testAK: 'testSecret' } });
    const large = await send(emulator, 'PUT', `${BUCKET_HOST}/k`, ZIP);
    expect([large.status, large.body.includes('<Code>EntityTooLarge</Code>')]).toEqual([400, true]);
    const unsigned = await send(emulator, 'PUT', `${BUCKET_HOST}/k`, new Uint8Array(1));
    expect([unsigned.status, unsigned.body.includes('<Code>AccessDenied</Code>')]).toEqual([403, true]);
  });
});

describe('bounds: nothing grows without limit', () => {
  it('keeps at most MAX_OBJECTS objects and MAX_ISSUED_TOKENS tokens, oldest dropped first', () => {
    const uploads = createUploads();
    for (let i = 0; i < MAX_OBJECTS + 50; i++)
      uploads.put({ bucket: 'b', key: `k${i}`, size: i, crc64: '0' });
    expect(uploads.objectCount).toBe(MAX_OBJECTS);
    expect(uploads.object('b', 'k0')).toBeUndefined();
    expect(uploads.object('b', `k${MAX_OBJECTS + 49}`)?.size).toBe(MAX_OBJECTS + 49);
    for (let i = 0; i < MAX_ISSUED_TOKENS + 5; i++)
      uploads.issue({ accessKeyId: `STS.${i}`, accessKeySecret: 's', securityToken: 't', expiresAt: 0 });
    expect(uploads.token('STS.0')).toBeUndefined();
    expect(uploads.token(`STS.${MAX_ISSUED_TOKENS + 4}`)).toBeDefined();
  });

  it('a re-upload of a key counts as the newest and replaces the old facts', () => {
    const uploads = createUploads();
    uploads.put({ bucket: 'b', key: 'k', size: 1, crc64: '1' });
    uploads.put({ bucket: 'b', key: 'k', size: 2, crc64: '2' });
    expect([uploads.objectCount, uploads.object('b', 'k')?.size]).toEqual([1, 2]);
  });
});
