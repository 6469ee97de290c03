/**
 * A name with `'` in the path: the official SDK percent-encodes path segments with
 * `encodeURIComponent`, which leaves `'`, signs that path (reference A.4 step 3.2: the SDK only
 * rewrites `+`, `*` and `%7E`), and Node's `url.parse` in its HTTP layer sends `%27`; the JS
 * ROA client (`doROARequest`, lifecycle H.6) does the same. The signature is the SDK's own, so
 * the answer must be the one an unsigned server gives (the name's 400 or 404), never
 * `SignatureNotMatch`. Given such a call to a server with credentials and one without, want the
 * same code from both.
 */
import OpenApi, * as $OpenApi from '@alicloud/openapi-client';
import * as $Util from '@alicloud/tea-util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../../mocks/server.ts';
import { sdkClient, sdkError, sdkRuntime } from '../../server/sdk-client.ts';

const OpenApiClient = ((OpenApi as unknown as { default?: typeof OpenApi }).default ??
  OpenApi) as unknown as typeof OpenApi.default;

const NAME = "it's";
let signed: RunningServer;
let open: RunningServer;

beforeAll(async () => {
  signed = await startServer({ port: 0, credentials: { testAK: 'testSecret' } });
  open = await startServer({ port: 0 });
});
afterAll(async () => {
  await signed.close();
  await open.close();
});

const portOf = (server: RunningServer) => Number(new URL(server.url).port);

async function acs3Code(server: RunningServer, call: 'getFunction' | 'getAlias'): Promise<string> {
  const client = sdkClient({ port: portOf(server) });
  const { GetFunctionRequest } = await import('@alicloud/fc20230330');
  const sent =
    call === 'getFunction'
      ? client.getFunctionWithOptions(NAME, new GetFunctionRequest({}), {}, sdkRuntime())
      : client.getAliasWithOptions('fn', NAME, {}, sdkRuntime());
  return (await sdkError(sent)).code;
}

async function roaCode(server: RunningServer): Promise<string> {
  const client = new OpenApiClient(
    new $OpenApi.Config({
      accessKeyId: 'testAK',
      accessKeySecret: 'testSecret',
      endpoint: server.url.slice('http://'.length),
      protocol: 'http',
    }),
  );
  const runtime = new $Util.RuntimeOptions({ readTimeout: 10_000, connectTimeout: 10_000 });
  const path = `/2023-03-30/functions/${encodeURIComponent(NAME)}`;
  const request = new $OpenApi.OpenApiRequest({});
  const sent = client.doROARequest(
    'GetFunction',
    '2023-03-30',
    'HTTP',
    'GET',
    'AK',
    path,
    'json',
    request,
    runtime,
  );
  return (await sdkError(sent)).code;
}

describe(`a ${JSON.stringify(NAME)} in the path, signed by the SDK`, () => {
  it.each(['getFunction', 'getAlias'] as const)('ACS3 %s: the unsigned server’s answer', async (call) => {
    const code = await acs3Code(signed, call);
    expect(code).not.toBe('SignatureNotMatch');
    expect(code).toBe(await acs3Code(open, call));
  });

  it('ROA v1 doROARequest: the unsigned server’s answer', async () => {
    const code = await roaCode(signed);
    expect(code).not.toBe('SignatureNotMatch');
    expect(code).toBe(await roaCode(open));
  });
});
