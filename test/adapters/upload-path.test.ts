/**
 * The code-upload path Serverless Devs takes (lifecycle H.1 step 9; T.7, T.8), with its own
 * clients, unmodified, against the real host names, intercepted by the MSW handlers and by the
 * nock interceptors (the network closed): `@alicloud/fc2` asks
 * `https://<account>.<region>.fc.aliyuncs.com/2016-08-15/tempBucketToken` (FC 2.0 signed),
 * `ali-oss` PUTs the zip to `https://<bucket>.oss-accelerate.aliyuncs.com/<account>/<object>`
 * (OSS V1 signed with the issued token), and the official SDK creates the function from that OSS
 * pair, which then reports the zip's size and CRC-64.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import FC2 from '@alicloud/fc2';
import * as fc from '@alicloud/fc20230330';
import OSS from 'ali-oss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crc64XzDecimal } from '../../mocks/core/crc64.ts';
import { createEmulator, type Emulator } from '../../mocks/index.ts';
import { withNodeCodecs } from '../../mocks/node-codecs.ts';
import { EMPTY_ZIP } from '../helpers/requests.ts';
import { intercept } from './intercept.ts';
import { sdkClient } from './support.ts';

const ACCOUNT = '1234567890123456';
let dir = '';
let zip = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fc3-upload-'));
  zip = join(dir, 'code.zip');
  writeFileSync(zip, Buffer.from(EMPTY_ZIP, 'base64'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function uploadAndCreate(emulator: Emulator, functionName: string) {
  const fc2 = new FC2(ACCOUNT, {
    accessKeyID: 'testAK',
    accessKeySecret: 'testSecret',
    region: 'cn-hangzhou',
    secure: true,
    timeout: 10_000,
  });
  const { data } = (await fc2.getTempBucketToken()) as unknown as {
    data: { credentials: Record<string, string>; ossBucket: string; objectName: string };
  };
  const oss = new OSS({
    endpoint: 'https://oss-accelerate.aliyuncs.com',
    accessKeyId: data.credentials.AccessKeyId as string,
    accessKeySecret: data.credentials.AccessKeySecret as string,
    stsToken: data.credentials.SecurityToken as string,
    bucket: data.ossBucket,
    timeout: 10_000,
    // ali-oss pools sockets in module-wide keep-alive agents: a socket opened while MSW intercepted
    // would be reused under nock. Fresh agents per client keep the two adapters apart.
    agent: new http.Agent(),
    httpsAgent: new https.Agent(),
  });
  const ossObjectName = `${ACCOUNT}/${data.objectName}`;
  // The zip's bytes, not its path: ali-oss streams a path through urllib, and under the in-process
  // interceptors (msw, nock) that stream races the mock answer ("premature close", then a retry
  // nock does not catch). The file-path upload devsapp does is proven against serve (test/e2e).
  const put = await oss.put(ossObjectName, readFileSync(zip));
  const code = new fc.InputCodeLocation({ ossBucketName: data.ossBucket, ossObjectName });
  const body = new fc.CreateFunctionInput({
    functionName,
    runtime: 'nodejs20',
    handler: 'index.handler',
    code,
  });
  const created = await sdkClient().createFunction(new fc.CreateFunctionRequest({ body }));
  const calls = emulator.calls().map((c) => [c.operation, c.status, new URL(c.url).hostname]);
  return { put: put.res.status, created: created.body, calls };
}

const want = (functionName: string) => ({
  put: 200,
  created: { functionName, codeSize: 22, codeChecksum: crc64XzDecimal(Buffer.from(EMPTY_ZIP, 'base64')) },
  calls: [
    ['GetTempBucketToken', 200, `${ACCOUNT}.cn-hangzhou.fc.aliyuncs.com`],
    ['PutObject', 200, 'fc-temp-code-cn-hangzhou.oss-accelerate.aliyuncs.com'],
    ['CreateFunction', 200, '127.0.0.1'],
  ],
});

describe('the upload path through msw', () => {
  const emulator = createEmulator({ credentials: { testAK: 'testSecret' } });
  intercept('msw', emulator);

  it('tempBucketToken, the OSS PUT and the create all reach the emulator and verify', async () => {
    expect(await uploadAndCreate(emulator, 'up-msw')).toMatchObject(want('up-msw'));
  });
});

describe('the upload path through nock', () => {
  const emulator = createEmulator(withNodeCodecs({ credentials: { testAK: 'testSecret' } }));
  const nocked = intercept('nock', emulator);

  it('tempBucketToken, the OSS PUT and the create all reach the emulator and verify', async () => {
    expect(await uploadAndCreate(emulator, 'up-nock')).toMatchObject(want('up-nock'));
    expect(nocked.handle()?.requestCount).toBe(3);
  });
});
