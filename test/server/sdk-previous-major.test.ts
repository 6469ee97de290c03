/**
 * The previous major of the official SDK (`@alicloud/fc20230330` 3.x, installed as the alias
 * `fc20230330-v3`, built on `@alicloud/openapi-client` instead of openapi-core), unmodified,
 * against a real loopback server.
 */
import * as $OpenApi from '@alicloud/openapi-client';
import * as $Util from '@alicloud/tea-util';
import * as fc from 'fc20230330-v3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../mocks/server.ts';
import { EMPTY_ZIP, EMPTY_ZIP_CRC64 } from '../helpers/requests.ts';

type ClientClass = (typeof fc.default)['default'];

function clientClass(): ClientClass {
  const candidate = fc.default as unknown as ClientClass | { default: ClientClass };
  return typeof candidate === 'function' ? candidate : candidate.default;
}

function client(port: number, secret = 'SK'): InstanceType<ClientClass> {
  const Client = clientClass();
  const config = new $OpenApi.Config({
    accessKeyId: 'AK',
    accessKeySecret: secret,
    endpoint: `127.0.0.1:${port}`,
    protocol: 'http',
    readTimeout: 10_000,
    connectTimeout: 10_000,
  });
  return new Client(config);
}

function request(functionName: string, extra: Record<string, unknown> = {}) {
  const body = new fc.CreateFunctionInput({
    functionName,
    runtime: 'python3.10',
    handler: 'index.handler',
    code: new fc.InputCodeLocation({ zipFile: EMPTY_ZIP }),
    ...extra,
  });
  return new fc.CreateFunctionRequest({ body });
}

async function failure(call: Promise<unknown>): Promise<{ code: string; statusCode: number }> {
  try {
    await call;
  } catch (error) {
    return error as { code: string; statusCode: number };
  }
  throw new Error('expected the SDK call to fail');
}

describe('official SDK 3.x (previous major) against serve with signature verification', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ credentials: { AK: 'SK' } });
  });
  afterAll(() => server.close());

  it('creates a function: its real signature verifies and the Function body comes back', async () => {
    const response = await client(server.port).createFunction(request('v3-fn'));
    expect(response.statusCode).toBe(200);
    expect(response.body?.functionArn).toBe(
      `acs:fc:cn-hangzhou:${server.emulator.accountId}:functions/v3-fn`,
    );
    expect(response.body?.codeChecksum).toBe('2220831586920633690');
  });

  it('gets FunctionAlreadyExists (409) for a second create', async () => {
    const error = await failure(client(server.port).createFunction(request('v3-fn')));
    expect(error).toMatchObject({ code: 'FunctionAlreadyExists', statusCode: 409 });
  });

  it('gets InvalidArgument for a documented rule', async () => {
    const error = await failure(client(server.port).createFunction(request('v3-bad', { memorySize: 100 })));
    expect(error).toMatchObject({ code: 'InvalidArgument', statusCode: 400 });
  });

  it('gets SignatureNotMatch with a wrong secret', async () => {
    const error = await failure(client(server.port, 'wrong').createFunction(request('v3-other')));
    expect(error).toMatchObject({ code: 'SignatureNotMatch', statusCode: 403 });
  });
});

/** An SDK 3.x call by its generic `callApi`, with the parameters 4.x builds (lifecycle A.1). */
function generic(options: { action: string; pathname: string; method: string; body?: unknown }) {
  const params = new $OpenApi.Params({
    action: options.action,
    version: '2023-03-30',
    protocol: 'HTTP',
    pathname: options.pathname,
    method: options.method,
    authType: 'AK',
    style: 'ROA',
    reqBodyType: 'json',
    bodyType: 'json',
  });
  const request = new $OpenApi.OpenApiRequest(options.body === undefined ? {} : { body: options.body });
  return { params, request, runtime: new $Util.RuntimeOptions({}) };
}

describe('SDK 3.x resource group and invocation switch (no typed calls: its generic callApi, signed)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ credentials: { AK: 'SK' } });
  });
  afterAll(() => server.close());

  const callApi = (options: Parameters<typeof generic>[0]) => {
    const { params, request: req, runtime } = generic(options);
    return client(server.port).callApi(params, req, runtime) as Promise<{
      statusCode: number;
      body: unknown;
    }>;
  };

  it('3.x has none of the three methods: the calls below go through its generic callApi', () => {
    const sdk = client(server.port) as unknown as Record<string, unknown>;
    expect([sdk.changeResourceGroup, sdk.disableFunctionInvocation, sdk.enableFunctionInvocation]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('ChangeResourceGroup, DisableFunctionInvocation and EnableFunctionInvocation are served, ACS3-signed', async () => {
    await client(server.port).createFunction(request('v3-switch'));
    const moved = await callApi({
      action: 'ChangeResourceGroup',
      pathname: '/2023-03-30/resource-groups',
      method: 'PUT',
      body: { NewResourceGroupId: 'rg-v3group', ResourceId: 'v3-switch', ResourceType: 'function' },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.body).toMatchObject({ NewResourceGroupId: 'rg-v3group', ResourceId: 'v3-switch' });
    const path = '/2023-03-30/functions/v3-switch/invoke';
    const disabled = await callApi({
      action: 'DisableFunctionInvocation',
      pathname: `${path}/disable`,
      method: 'POST',
      body: { reason: 'functionai-delete', abortOngoingRequest: true },
    });
    expect([disabled.statusCode, disabled.body]).toEqual([200, { success: true }]);
    const read = await callApi({
      action: 'GetFunction',
      pathname: '/2023-03-30/functions/v3-switch',
      method: 'GET',
    });
    expect(read.body).toMatchObject({
      resourceGroupId: 'rg-v3group',
      invocationRestriction: { disable: true, reason: 'functionai-delete' },
    });
    const enabled = await callApi({
      action: 'EnableFunctionInvocation',
      pathname: `${path}/enable`,
      method: 'POST',
    });
    expect([enabled.statusCode, enabled.body]).toEqual([200, { success: true }]);
    const errors = server.emulator.calls({ outcome: 'rejected' });
    expect(errors).toEqual([]);
  });

  it('a missing function: FunctionNotFound (404) through 3.x as well', async () => {
    const error = await failure(
      callApi({
        action: 'EnableFunctionInvocation',
        pathname: '/2023-03-30/functions/v3-none/invoke/enable',
        method: 'POST',
      }),
    );
    expect(error).toMatchObject({ code: 'FunctionNotFound', statusCode: 404 });
  });
});

describe('SDK 3.x versions and aliases (its typed calls), signed', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ credentials: { AK: 'SK' } });
  });
  afterAll(() => server.close());

  it('publishes, lists, reads, aliases and deletes through the 3.x models', async () => {
    const sdk = client(server.port);
    await sdk.createFunction(request('v3-ver'));
    const input = new fc.PublishVersionInput({ description: 'v3' });
    const published = await sdk.publishFunctionVersion(
      'v3-ver',
      new fc.PublishFunctionVersionRequest({ body: input }),
    );
    expect(published.body).toMatchObject({ versionId: '1', description: 'v3' });
    const listed = await sdk.listFunctionVersions(
      'v3-ver',
      new fc.ListFunctionVersionsRequest({ limit: 100 }),
    );
    expect(listed.body?.versions?.map((v) => v.versionId)).toEqual(['1']);
    const read = await sdk.getFunction('v3-ver', new fc.GetFunctionRequest({ qualifier: '1' }));
    expect(read.body?.description).toBe('v3');
    const alias = new fc.CreateAliasInput({ aliasName: 'prod', versionId: '1' });
    expect(
      (await sdk.createAlias('v3-ver', new fc.CreateAliasRequest({ body: alias }))).body?.aliasName,
    ).toBe('prod');
    expect((await sdk.getAlias('v3-ver', 'prod')).body?.versionId).toBe('1');
    expect((await sdk.listAliases('v3-ver', new fc.ListAliasesRequest({}))).body?.aliases?.length).toBe(1);
    expect(await failure(sdk.deleteFunctionVersion('v3-ver', '1'))).toMatchObject({
      code: 'InvalidArgument',
      statusCode: 400,
    });
    expect((await sdk.deleteAlias('v3-ver', 'prod')).statusCode).toBe(204);
    expect((await sdk.deleteFunctionVersion('v3-ver', '1')).statusCode).toBe(204);
    expect(await failure(sdk.getAlias('v3-ver', 'prod'))).toMatchObject({
      code: 'AliasNotFound',
      statusCode: 404,
    });
    expect(server.emulator.calls({ outcome: 'rejected' }).map((c) => c.operation)).toEqual([
      'DeleteFunctionVersion',
      'GetAlias',
    ]);
  });
});

describe('SDK 3.x getFunctionCode (its typed call), signed', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ credentials: { AK: 'SK' } });
  });
  afterAll(() => server.close());

  it('answers the checksum and a url that a plain fetch downloads the package from', async () => {
    const sdk = client(server.port);
    await sdk.createFunction(request('v3-code'));
    const answer = await sdk.getFunctionCode('v3-code', new fc.GetFunctionCodeRequest({}));
    expect(answer.body?.checksum).toBe(EMPTY_ZIP_CRC64);
    const download = await fetch(answer.body?.url as string);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).toString('base64')).toBe(EMPTY_ZIP);
    expect(await failure(sdk.getFunctionCode('v3-none', new fc.GetFunctionCodeRequest({})))).toMatchObject({
      code: 'FunctionNotFound',
      statusCode: 404,
    });
  });
});
