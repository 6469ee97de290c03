/**
 * The official SDK (`@alicloud/fc20230330`, reference A.5) against the emulator through MSW and
 * through nock. The SDK streams its body chunked over node:http, so this also proves that path
 * through both interceptors. Runs for msw 3 / nock 15 and msw 2 / nock 14 (vitest projects).
 */

import * as fcSdk from '@alicloud/fc20230330';
import { setupServer } from 'msw/node';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator } from '../../mocks/index.ts';
import { fc3Handlers } from '../../mocks/msw.ts';
import { type Fc3NockHandle, fc3Nock } from '../../mocks/nock.ts';
import { EMPTY_ZIP, EMPTY_ZIP_CRC64, minimalInput } from '../helpers/requests.ts';
import { type ResourceClient, type SdkModels, sdkResourceCases } from '../helpers/sdk-resource.ts';
import {
  BASE_URL,
  closedNetwork,
  closeNetworkForNock,
  expectedMajors,
  mswMajor,
  probeNockMajor,
  sdkClient,
  sdkCreate,
} from './support.ts';

const emulator = createEmulator({ seed: 3 });
const authed = createEmulator({ seed: 3, credentials: { testAK: 'testSecret' } });

/** How each adapter is switched on and off around the shared scenarios. */
interface Adapter {
  name: string;
  start(): void;
  stop(): void;
  /** Routes the SDK's host to `authed` instead of `emulator` until `reset`. */
  useAuthed(): void;
  reset(): void;
}

const server = setupServer(...fc3Handlers(emulator, { baseUrl: BASE_URL }));
const mswAdapter: Adapter = {
  name: 'msw',
  start() {
    // nock patches fetch and http as soon as it is imported; one interceptor at a time.
    nock.restore();
    server.listen(closedNetwork());
  },
  stop() {
    server.close();
    nock.activate();
  },
  useAuthed: () => server.use(...fc3Handlers(authed, { baseUrl: BASE_URL })),
  reset: () => server.resetHandlers(),
};

let handle: Fc3NockHandle | undefined;
const nockAdapter: Adapter = {
  name: 'nock',
  start() {
    closeNetworkForNock();
    handle = fc3Nock(emulator, { baseUrl: BASE_URL });
  },
  stop() {
    handle?.restore();
    nock.cleanAll();
    nock.enableNetConnect();
  },
  useAuthed() {
    handle?.restore();
    handle = fc3Nock(authed, { baseUrl: BASE_URL });
  },
  reset() {
    handle?.restore();
    handle = fc3Nock(emulator, { baseUrl: BASE_URL });
  },
};

interface SdkFailure {
  name: string;
  code: string;
  statusCode: number;
  message: string;
}

async function failure(promise: Promise<unknown>): Promise<SdkFailure> {
  try {
    await promise;
  } catch (error) {
    return error as SdkFailure;
  }
  throw new Error('expected the SDK call to fail');
}

it(`runs on msw ${expectedMajors.msw} and nock ${expectedMajors.nock}, as this vitest project promises`, async () => {
  expect(mswMajor).toBe(expectedMajors.msw);
  expect(await probeNockMajor()).toBe(expectedMajors.nock);
});

describe.each([mswAdapter, nockAdapter])('the official SDK through $name', (adapter) => {
  beforeAll(() => adapter.start());
  afterAll(() => adapter.stop());
  beforeEach(() => {
    emulator.reset();
    authed.reset();
  });
  afterEach(() => adapter.reset());

  it('creates a function and returns the Function body with computed fields', async () => {
    const res = await sdkCreate(
      sdkClient(),
      minimalInput({ functionName: 'sdk-ok', code: { zipFile: EMPTY_ZIP } }),
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers?.['x-acs-request-id']).toMatch(/^1-[0-9a-f]{8}-[0-9a-f]{24}$/);
    expect(res.body).toMatchObject({
      functionName: 'sdk-ok',
      functionArn: `acs:fc:${emulator.regionId}:${emulator.accountId}:functions/sdk-ok`,
      codeChecksum: EMPTY_ZIP_CRC64,
      codeSize: 22,
      state: 'Active',
      lastUpdateStatus: 'Successful',
      timeout: 3,
    });
    expect(res.body?.functionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(emulator.calls({ outcome: 'created' })).toHaveLength(1);
  });

  it('maps a duplicate name to ClientError FunctionAlreadyExists (409)', async () => {
    await sdkCreate(sdkClient(), minimalInput({ functionName: 'sdk-dup' }));
    const error = await failure(sdkCreate(sdkClient(), minimalInput({ functionName: 'sdk-dup' })));
    expect(error).toMatchObject({ name: 'ClientError', code: 'FunctionAlreadyExists', statusCode: 409 });
    expect(error.message).toMatch(
      /^FunctionAlreadyExists: code: 409, function 'sdk-dup' already exists request id: 1-/,
    );
  });

  it.each([
    ['a name starting with a digit', { functionName: '1bad' }],
    ['a timeout of 0', { timeout: 0 }],
    ['memory that is not a multiple of 64', { memorySize: 200 }],
    ['no handler', { handler: undefined }],
  ])('maps %s to ClientError InvalidArgument (400)', async (_label, patch) => {
    const error = await failure(sdkCreate(sdkClient(), minimalInput(patch)));
    expect(error).toMatchObject({ name: 'ClientError', code: 'InvalidArgument', statusCode: 400 });
    expect(emulator.calls({ outcome: 'rejected' })).toHaveLength(1);
  });

  it('maps an injected Throttling.User to ThrottlingError', async () => {
    emulator.failNext('Throttling.User');
    const error = await failure(sdkCreate(sdkClient(), minimalInput()));
    expect(error).toMatchObject({ name: 'ThrottlingError', code: 'Throttling.User', statusCode: 429 });
  });

  it('maps an injected InternalServerError to ServerError', async () => {
    emulator.failNext('InternalServerError');
    const error = await failure(sdkCreate(sdkClient(), minimalInput()));
    expect(error).toMatchObject({ name: 'ServerError', code: 'InternalServerError', statusCode: 500 });
    const res = await sdkCreate(sdkClient(), minimalInput());
    expect(res.statusCode).toBe(200);
  });

  it("verifies the SDK's real ACS3 signature of its chunked body", async () => {
    adapter.useAuthed();
    const res = await sdkCreate(sdkClient(), minimalInput({ functionName: 'sdk-signed' }));
    expect(res.statusCode).toBe(200);
    const [call] = authed.calls();
    expect(call?.headers['transfer-encoding']).toBe('chunked');
    expect(call?.headers['content-length']).toBeUndefined();
    expect(call?.headers.authorization).toMatch(/^ACS3-HMAC-SHA256 Credential=testAK,/);
  });

  it('maps a wrong secret to ClientError SignatureNotMatch (403)', async () => {
    adapter.useAuthed();
    const error = await failure(sdkCreate(sdkClient({ accessKeySecret: 'wrong' }), minimalInput()));
    expect(error).toMatchObject({ name: 'ClientError', code: 'SignatureNotMatch', statusCode: 403 });
    expect(authed.calls({ outcome: 'created' })).toHaveLength(0);
  });
});

describe.each([mswAdapter, nockAdapter])(
  'the official SDK function-resource calls through $name',
  (adapter) => {
    beforeAll(() => adapter.start());
    afterAll(() => adapter.stop());
    beforeEach(() => emulator.reset());
    sdkResourceCases({
      sdk: fcSdk as unknown as SdkModels,
      client: () => sdkClient() as unknown as ResourceClient,
      emulator: () => emulator,
    });
  },
);
