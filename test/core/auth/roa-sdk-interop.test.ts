/**
 * ROA v1 against the real Alibaba libraries: requests signed with `@alicloud/openapi-util`'s
 * `getStringToSign`/`getROASignature` (built the way `doROARequest` builds them) verify, every
 * tampering fails with FC's code; and a real `doROARequest` of `@alicloud/openapi-client` 0.4.15
 * over loopback reaches `startServer` with credentials (lifecycle §H.4, §H.6).
 */
import { stringify } from 'node:querystring';
import OpenApi, * as $OpenApi from '@alicloud/openapi-client';
import OpenApiUtil from '@alicloud/openapi-util';
import TeaUtil, * as $Util from '@alicloud/tea-util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNonceStore, verifyRoa } from '../../../mocks/core/auth/index.ts';
import type { WireRequest } from '../../../mocks/core/types.ts';
import { type RunningServer, startServer } from '../../../mocks/server.ts';

type SignUtil = { getStringToSign(r: unknown): string; getROASignature(s: string, k: string): string };
const sdkUtil = ((OpenApiUtil as unknown as { default?: SignUtil }).default ??
  OpenApiUtil) as unknown as SignUtil;
type NonceUtil = { getNonce(): string; getUserAgent(extra: string): string };
const teaUtil = ((TeaUtil as unknown as { default?: NonceUtil }).default ?? TeaUtil) as unknown as NonceUtil;
const OpenApiClient = ((OpenApi as unknown as { default?: typeof OpenApi }).default ??
  OpenApi) as unknown as typeof OpenApi.default;

interface SdkRequest {
  method: string;
  pathname: string;
  query: Record<string, string>;
  body?: string;
  securityToken?: string;
}

/** Signs like `doROARequest` 0.4.15: its headers, its utils, the query as `querystring` encodes it. */
function sdkSigned(request: SdkRequest, secret = 'testSecret', accessKeyId = 'testAK'): WireRequest {
  const headers: Record<string, string> = {
    date: new Date('2024-01-01T00:00:00Z').toUTCString(),
    host: '127.0.0.1:9000',
    accept: 'application/json',
    'x-acs-signature-nonce': teaUtil.getNonce(),
    'x-acs-signature-method': 'HMAC-SHA1',
    'x-acs-signature-version': '1.0',
    'x-acs-version': '2023-03-30',
    'x-acs-action': 'CreateFunction',
    'user-agent': teaUtil.getUserAgent(''),
  };
  if (request.body !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
  if (request.securityToken) {
    headers['x-acs-accesskey-id'] = accessKeyId;
    headers['x-acs-security-token'] = request.securityToken;
  }
  const stringToSign = sdkUtil.getStringToSign({ ...request, headers });
  headers.authorization = `acs ${accessKeyId}:${sdkUtil.getROASignature(stringToSign, secret)}`;
  const query = Object.keys(request.query).length > 0 ? `?${stringify(request.query)}` : '';
  const url = `http://127.0.0.1:9000${request.pathname}${query}`;
  return { method: request.method, url, headers, body: new TextEncoder().encode(request.body ?? '') };
}

const context = (now = new Date('2024-01-01T00:05:00Z')) => ({
  credentials: { testAK: 'testSecret', 'STS.tmp': 'stsSecret' },
  now,
  maxSkewMs: 900_000,
  nonces: createNonceStore(),
});

const requests: { name: string; request: SdkRequest; accessKeyId?: string; secret?: string }[] = [
  {
    name: 'POST create',
    request: { method: 'POST', pathname: '/2023-03-30/functions', query: {}, body: '{"functionName":"f"}' },
  },
  {
    name: 'PUT update',
    request: { method: 'PUT', pathname: '/2023-03-30/functions/f', query: {}, body: '{}' },
  },
  {
    name: 'GET with qualifier',
    request: { method: 'GET', pathname: '/2023-03-30/functions/f', query: { qualifier: 'LATEST' } },
  },
  {
    name: 'GET list with spaces, unicode and an empty value',
    request: {
      method: 'GET',
      pathname: '/2023-03-30/functions',
      query: { limit: '10', nextToken: 'a b+c/ü', prefix: '' },
    },
  },
  { name: 'DELETE', request: { method: 'DELETE', pathname: '/2023-03-30/functions/f', query: {} } },
  {
    name: 'STS credentials',
    request: {
      method: 'POST',
      pathname: '/2023-03-30/functions',
      query: {},
      body: '{}',
      securityToken: 'tok',
    },
    accessKeyId: 'STS.tmp',
    secret: 'stsSecret',
  },
];

type Tamper = { name: string; change: (w: WireRequest) => void; want: string };
const tampers: Tamper[] = [
  ...['accept', 'date', 'x-acs-signature-nonce', 'x-acs-version', 'x-acs-action'].map((name) => ({
    name: `header ${name}`,
    change: (w: WireRequest) => {
      w.headers[name] = name === 'date' ? 'Mon, 01 Jan 2024 00:00:01 GMT' : `${w.headers[name]}x`;
    },
    want: 'SignatureNotMatch',
  })),
  {
    name: 'path',
    change: (w) => Object.assign(w, { url: w.url.replace('/2023-03-30/', '/2021-04-06/') }),
    want: 'SignatureNotMatch',
  },
  {
    name: 'query',
    change: (w) => Object.assign(w, { url: `${w.url}${w.url.includes('?') ? '&' : '?'}x=1` }),
    want: 'SignatureNotMatch',
  },
  { name: 'method', change: (w) => Object.assign(w, { method: 'PATCH' }), want: 'SignatureNotMatch' },
  {
    name: 'AccessKey id',
    change: (w) =>
      Object.assign(w.headers, { authorization: w.headers.authorization?.replace(/acs [^:]+/, 'acs ghost') }),
    want: 'InvalidAccessKeyID',
  },
  {
    name: 'malformed date',
    change: (w) => Object.assign(w.headers, { date: '2024-01-01T00:00:00Z' }),
    want: 'InvalidArgument',
  },
];

describe('signed by @alicloud/openapi-util (the doROARequest way)', () => {
  it.each(requests)('$name verifies', ({ request, accessKeyId, secret }) => {
    const wire = sdkSigned(request, secret, accessKeyId);
    expect(verifyRoa(wire, context())).toEqual({ ok: true, accessKeyId: accessKeyId ?? 'testAK' });
  });

  it.each(requests)('$name: every tampering fails with FC’s code', ({ request, accessKeyId, secret }) => {
    for (const tamper of tampers) {
      const wire = sdkSigned(request, secret, accessKeyId);
      tamper.change(wire);
      expect(verifyRoa(wire, context()), tamper.name).toMatchObject({ ok: false, code: tamper.want });
    }
    expect(verifyRoa(sdkSigned(request, 'wrong', accessKeyId), context())).toMatchObject({
      code: 'SignatureNotMatch',
    });
    expect(
      verifyRoa(sdkSigned(request, secret, accessKeyId), context(new Date('2024-01-01T00:16:00Z'))),
    ).toMatchObject({
      code: 'RequestTimeTooSkewed',
    });
    const once = context();
    const wire = sdkSigned(request, secret, accessKeyId);
    expect(verifyRoa(wire, once)).toMatchObject({ ok: true });
    expect(verifyRoa(wire, once)).toMatchObject({ ok: false, code: 'SignatureNonceUsed' });
  });
});

describe('doROARequest of @alicloud/openapi-client 0.4.15 over loopback', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, credentials: { roaAK: 'roaSecret', 'STS.roa': 'stsSecret' } });
  });
  afterAll(() => server.close());

  async function create(config: Record<string, string>, functionName: string): Promise<unknown> {
    const client = new OpenApiClient(
      new $OpenApi.Config({ ...config, endpoint: server.url.slice('http://'.length), protocol: 'http' }),
    );
    const request = new $OpenApi.OpenApiRequest({
      body: {
        functionName,
        runtime: 'python3.10',
        handler: 'index.handler',
        code: { zipFile: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==' },
      },
    });
    const runtime = new $Util.RuntimeOptions({ readTimeout: 10_000, connectTimeout: 10_000 });
    const path = '/2023-03-30/functions';
    return client.doROARequest(
      'CreateFunction',
      '2023-03-30',
      'HTTP',
      'POST',
      'AK',
      path,
      'json',
      request,
      runtime,
    );
  }

  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => ({ code: 'none' }),
      (error: { code?: string; data?: { statusCode?: number } }) => ({
        code: error.code,
        status: error.data?.statusCode,
      }),
    );

  it('creates with a ROA-signed request', async () => {
    const answer = (await create({ accessKeyId: 'roaAK', accessKeySecret: 'roaSecret' }, 'roa-fn')) as {
      body: { functionName: string };
    };
    expect(answer.body.functionName).toBe('roa-fn');
    const [call] = server.emulator.calls({ functionName: 'roa-fn' });
    expect(call?.headers.authorization).toMatch(/^acs roaAK:[A-Za-z0-9+/]{27}=$/);
    expect(call?.status).toBe(200);
  });

  it('creates with STS credentials', async () => {
    const config = { accessKeyId: 'STS.roa', accessKeySecret: 'stsSecret', securityToken: 'tok' };
    await expect(create(config, 'roa-sts')).resolves.toMatchObject({ body: { functionName: 'roa-sts' } });
  });

  it('answers a wrong secret and an unknown key with FC’s codes', async () => {
    await expect(failure(create({ accessKeyId: 'roaAK', accessKeySecret: 'x' }, 'roa-x'))).resolves.toEqual({
      code: 'SignatureNotMatch',
      status: 403,
    });
    await expect(failure(create({ accessKeyId: 'nobody', accessKeySecret: 'x' }, 'roa-y'))).resolves.toEqual({
      code: 'InvalidAccessKeyID',
      status: 403,
    });
  });

  it('rejects a replay of the request it accepted', async () => {
    await create({ accessKeyId: 'roaAK', accessKeySecret: 'roaSecret' }, 'roa-replay');
    const [call] = server.emulator.calls({ functionName: 'roa-replay' });
    const headers = { ...(call?.headers as Record<string, string>) };
    for (const name of ['host', 'content-length', 'transfer-encoding', 'connection']) delete headers[name];
    const replay = await fetch(`${server.url}/2023-03-30/functions`, {
      method: 'POST',
      headers,
      body: call?.rawBody,
    });
    expect(replay.status).toBe(400);
    expect(await replay.json()).toMatchObject({ Code: 'SignatureNonceUsed' });
  });
});
