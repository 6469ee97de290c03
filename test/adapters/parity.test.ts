/**
 * Parity: one table of requests, every operation, sent through the core directly, through MSW
 * (setupServer), through nock and through `serve` (node:http), with the real network closed. Every adapter must give the core's answer: same
 * status, content-type, body (RequestId aside) and request-id headers. The core's answers are
 * themselves checked against the table's `want`.
 */
import { request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { setupServer } from 'msw/node';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signAcs3 } from '../../mocks/core/auth/index.ts';
import { buildInvalidCreateFunctionInput, routineRuleIds, ruleIds } from '../../mocks/fixtures/index.ts';
import { createEmulator, type Emulator, type WireRequest, type WireResponse } from '../../mocks/index.ts';
import { fc3Handlers } from '../../mocks/msw.ts';
import { fc3Nock } from '../../mocks/nock.ts';
import { type RunningServer, startServer } from '../../mocks/server.ts';
import { EMPTY_ZIP_CRC64, minimalInput } from '../helpers/requests.ts';
import {
  BASE_URL,
  closedNetwork,
  closeNetworkForNock,
  expectedMajors,
  mswMajor,
  probeNockMajor,
} from './support.ts';

const FC2 = createRequire(import.meta.url)('@alicloud/fc2') as {
  getSignature(ak: string, sk: string, method: string, path: string, headers: Record<string, string>): string;
};
const NOW = new Date('2024-01-01T00:00:00Z');
const AUTH_URL = 'http://127.0.0.1:9001';
const CREDENTIALS = { testAK: 'testSecret' };
const PATH = '/2023-03-30/functions';
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

interface Case {
  name: string;
  request: WireRequest;
  /** `contentType` defaults to JSON (none for 204). */
  want: { status: number; code?: string; contentType?: string | undefined };
}

function plain(url: string, body: Uint8Array | string, extra: Partial<WireRequest> = {}): WireRequest {
  const bytes = typeof body === 'string' ? utf8(body) : body;
  return { method: 'POST', url, headers: { 'content-type': 'application/json' }, body: bytes, ...extra };
}

function json(url: string, input: unknown, headers: Record<string, string> = {}): WireRequest {
  return plain(url, JSON.stringify(input), { headers: { 'content-type': 'application/json', ...headers } });
}

function signed(name: string, secret: string, nonce: string): WireRequest {
  const body = JSON.stringify(minimalInput({ functionName: name }));
  return signAcs3({
    url: `${AUTH_URL}${PATH}`,
    body,
    accessKeyId: 'testAK',
    accessKeySecret: secret,
    date: NOW,
    nonce,
  });
}

const ok = { status: 200 };
const bad = (code: string, status = 400) => ({ status, code });

const routing: Case[] = [
  {
    name: 'valid create',
    request: json(`${BASE_URL}${PATH}`, minimalInput({ functionName: 'p-ok' })),
    want: ok,
  },
  {
    name: 'duplicate name',
    request: json(`${BASE_URL}${PATH}`, minimalInput({ functionName: 'p-ok' })),
    want: bad('FunctionAlreadyExists', 409),
  },
  {
    name: 'query string ignored',
    request: json(`${BASE_URL}${PATH}?x=1`, minimalInput({ functionName: 'p-q' })),
    want: ok,
  },
  {
    name: 'account host',
    request: json(
      `https://1234567890123456.cn-shanghai.fc.aliyuncs.com${PATH}`,
      minimalInput({ functionName: 'p-acct' }),
    ),
    want: ok,
  },
  {
    name: 'internal host (http)',
    request: json(
      `http://1234567890123456.cn-beijing-internal.fc.aliyuncs.com${PATH}`,
      minimalInput({ functionName: 'p-int' }),
    ),
    want: ok,
  },
  {
    name: 'gateway host',
    request: json(`https://fcv3.ap-southeast-1.aliyuncs.com${PATH}`, minimalInput({ functionName: 'p-gw' })),
    want: ok,
  },
  {
    name: 'regional host',
    request: json(`https://me-central-1.fc.aliyuncs.com${PATH}`, minimalInput({ functionName: 'p-reg' })),
    want: ok,
  },
  {
    name: 'malformed JSON',
    request: plain(`${BASE_URL}${PATH}`, '{"functionName":'),
    want: bad('InvalidArgument'),
  },
  { name: 'empty body', request: plain(`${BASE_URL}${PATH}`, ''), want: bad('InvalidArgument') },
  { name: 'JSON array body', request: plain(`${BASE_URL}${PATH}`, '[]'), want: bad('InvalidArgument') },
  {
    name: 'non-UTF-8 body',
    request: plain(`${BASE_URL}${PATH}`, Uint8Array.from([0xff, 0xfe, 0x7b])),
    want: bad('InvalidArgument'),
  },
  {
    name: 'wrong path',
    request: json(`${BASE_URL}/2023-03-30/functionz`, minimalInput()),
    want: bad('PathNotSupported'),
  },
  {
    name: 'wrong method',
    request: plain(`${BASE_URL}${PATH}`, '', { method: 'PATCH', headers: {} }),
    want: bad('PathNotSupported'),
  },
  {
    name: 'Prefer header',
    request: json(`${BASE_URL}${PATH}`, minimalInput({ functionName: 'p-prefer' }), { prefer: 'code=409' }),
    want: bad('FunctionAlreadyExists', 409),
  },
];

const invalid: Case[] = routineRuleIds.map((ruleId) => {
  const fixture = buildInvalidCreateFunctionInput(ruleId, { seed: 7 });
  return {
    name: `rule ${ruleId}`,
    request: json(`${BASE_URL}${PATH}`, fixture.input),
    want: bad(fixture.expectedCode),
  };
});

const auth: Case[] = [
  { name: 'signed', request: signed('p-signed', 'testSecret', 'a'.repeat(64)), want: ok },
  {
    name: 'unsigned',
    request: json(`${AUTH_URL}${PATH}`, minimalInput({ functionName: 'p-unsigned' })),
    want: bad('MissingRequiredHeader'),
  },
  {
    name: 'wrong secret',
    request: signed('p-wrong', 'nope', 'b'.repeat(64)),
    want: bad('SignatureNotMatch', 403),
  },
];

const FN = `${BASE_URL}${PATH}/p-ok`;
const none = (method: string, url: string, headers: Record<string, string> = {}): WireRequest => ({
  method,
  url,
  headers,
  body: new Uint8Array(0),
});
const put = (url: string, input: unknown): WireRequest => ({ ...json(url, input), method: 'PUT' });
const nested = `{"functionName":"p-deep","runtime":"python3.10","handler":"i.h","code":{"zipFile":"UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA=="},"environmentVariables":{"A":${'['.repeat(5000)}${']'.repeat(5000)}}}`;

// Every operation of the table; run after `routing`, so p-ok exists.
const resource: Case[] = [
  { name: 'GetFunction', request: none('GET', FN), want: ok },
  { name: 'GetFunction, missing', request: none('GET', `${FN}-missing`), want: bad('FunctionNotFound', 404) },
  {
    name: 'GetFunction, bad path name',
    request: none('GET', `${BASE_URL}${PATH}/a%2Fb`),
    want: bad('InvalidArgument'),
  },
  { name: 'UpdateFunction', request: put(FN, { description: 'updated' }), want: ok },
  // The stored runtime (python3.10) meets the new concurrency: the rule runs on the merged configuration.
  {
    name: 'UpdateFunction, merged rule',
    request: put(FN, { instanceConcurrency: 5 }),
    want: bad('InvalidArgument'),
  },
  { name: 'UpdateFunction, missing', request: put(`${FN}-missing`, {}), want: bad('FunctionNotFound', 404) },
  { name: 'ListFunctions', request: none('GET', `${BASE_URL}${PATH}?prefix=p-&limit=2`), want: ok },
  {
    name: 'ListFunctions, limit 101',
    request: none('GET', `${BASE_URL}${PATH}?limit=101`),
    want: bad('InvalidArgument'),
  },
  {
    name: 'body nested 5,000 deep',
    request: plain(`${BASE_URL}${PATH}`, nested),
    want: bad('InvalidArgument'),
  },
  { name: 'DeleteFunction', request: none('DELETE', FN), want: { status: 204 } },
  { name: 'DeleteFunction, missing', request: none('DELETE', FN), want: bad('FunctionNotFound', 404) },
];

const TRIGGERS = `${FN}/triggers`;
const HTTP_TRIGGER = { triggerName: 'p-t', triggerType: 'http', triggerConfig: '{"methods":["GET"]}' };
const P_OK_ARN = 'acs:fc:cn-hangzhou:1234567890123456:functions/p-ok';
const OSS_HOST = 'http://fc-temp-code-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com';
const XML = 'application/xml';
const FC2_DATE = 'Mon, 01 Jan 2024 00:00:00 GMT';
const FC2_PATH = '/2016-08-15/tempBucketToken';

function fc2Signed(secret: string): WireRequest {
  const headers = {
    accept: 'application/json',
    date: FC2_DATE,
    host: '127.0.0.1',
    'x-fc-account-id': '1234567890123456',
  };
  const authorization = FC2.getSignature('testAK', secret, 'GET', FC2_PATH, headers);
  return none('GET', `${AUTH_URL}${FC2_PATH}`, { ...headers, authorization });
}

// Triggers, tags, the absent settings and the upload path (ADR 023); run after `routing`, so
// p-ok exists, and leave it without triggers for `resource`.
const extended: Case[] = [
  { name: 'CreateTrigger', request: json(TRIGGERS, HTTP_TRIGGER), want: ok },
  {
    name: 'CreateTrigger, duplicate',
    request: json(TRIGGERS, HTTP_TRIGGER),
    want: bad('TriggerAlreadyExists', 409),
  },
  { name: 'GetTrigger', request: none('GET', `${TRIGGERS}/p-t`), want: ok },
  { name: 'UpdateTrigger', request: put(`${TRIGGERS}/p-t`, { description: 'd' }), want: ok },
  { name: 'ListTriggers', request: none('GET', `${TRIGGERS}?limit=1`), want: ok },
  { name: 'DeleteFunction with a trigger', request: none('DELETE', FN), want: bad('FunctionNotEmpty', 409) },
  { name: 'DeleteTrigger', request: none('DELETE', `${TRIGGERS}/p-t`), want: { status: 204 } },
  { name: 'GetTrigger, missing', request: none('GET', `${TRIGGERS}/p-t`), want: bad('TriggerNotFound', 404) },
  {
    name: 'TagResources',
    request: json(`${BASE_URL}/2023-03-30/tags-v2`, {
      ResourceId: [P_OK_ARN],
      ResourceType: 'FUNCTION',
      Tag: [{ Key: 'k', Value: 'v' }],
    }),
    want: { status: 204 },
  },
  {
    name: 'UntagResources',
    request: none(
      'DELETE',
      `${BASE_URL}/2023-03-30/tags-v2?ResourceId=${encodeURIComponent(JSON.stringify([P_OK_ARN]))}&ResourceType=function&All=true`,
    ),
    want: { status: 204 },
  },
  {
    name: 'TagResources, bad type',
    request: json(`${BASE_URL}/2023-03-30/tags-v2`, {
      ResourceId: [P_OK_ARN],
      ResourceType: 'alias',
      Tag: [{ Key: 'k' }],
    }),
    want: bad('InvalidArgument'),
  },
  {
    name: 'ChangeResourceGroup',
    request: put(`${BASE_URL}/2023-03-30/resource-groups`, {
      NewResourceGroupId: 'rg-parity1',
      ResourceId: 'p-ok',
      ResourceType: 'function',
    }),
    want: ok,
  },
  {
    name: 'ChangeResourceGroup, terraform keys',
    request: put(`${BASE_URL}/2023-03-30/resource-groups`, {
      resourceId: 'p-ok',
      newResourceGroupId: 'rg-parity2',
      resourceType: 'function',
    }),
    want: ok,
  },
  {
    name: 'ChangeResourceGroup, missing',
    request: put(`${BASE_URL}/2023-03-30/resource-groups`, {
      NewResourceGroupId: 'rg-parity1',
      ResourceId: 'p-none',
      ResourceType: 'function',
    }),
    want: bad('FunctionNotFound', 404),
  },
  {
    name: 'DisableFunctionInvocation',
    request: json(`${FN}/invoke/disable`, { reason: 'functionai-delete', abortOngoingRequest: true }),
    want: ok,
  },
  {
    name: 'DisableFunctionInvocation, bad reason',
    request: json(`${FN}/invoke/disable`, { reason: 5 }),
    want: bad('InvalidArgument'),
  },
  { name: 'GetFunction, disabled', request: none('GET', FN), want: ok },
  { name: 'EnableFunctionInvocation, no body', request: none('POST', `${FN}/invoke/enable`), want: ok },
  {
    name: 'EnableFunctionInvocation, missing',
    request: json(`${FN}-missing/invoke/enable`, { functionName: 'p-ok-missing' }),
    want: bad('FunctionNotFound', 404),
  },
  { name: 'PublishFunctionVersion', request: json(`${FN}/versions`, { description: 'v1' }), want: ok },
  { name: 'PublishFunctionVersion, no body', request: none('POST', `${FN}/versions`), want: ok },
  { name: 'ListFunctionVersions', request: none('GET', `${FN}/versions?limit=1`), want: ok },
  { name: 'GetFunction, version', request: none('GET', `${FN}?qualifier=1`), want: ok },
  { name: 'GetFunctionCode', request: none('GET', `${FN}/code`), want: ok },
  { name: 'GetFunctionCode, version', request: none('GET', `${FN}/code?qualifier=1`), want: ok },
  {
    name: 'GetFunctionCode, missing version',
    request: none('GET', `${FN}/code?qualifier=9`),
    want: bad('VersionNotFound', 404),
  },
  {
    name: 'GetFunctionCode, missing',
    request: none('GET', `${FN}-missing/code`),
    want: bad('FunctionNotFound', 404),
  },
  {
    name: 'DownloadFunctionCode',
    request: none('GET', `${BASE_URL}/fc3-testkit/code/p-ok/1/${EMPTY_ZIP_CRC64}.zip`),
    want: { status: 200, contentType: 'application/zip' },
  },
  {
    name: 'DownloadFunctionCode, forged',
    request: none('GET', `${BASE_URL}/fc3-testkit/code/p-ok/1/1.zip`),
    want: bad('FunctionCodeNotFound', 404),
  },
  {
    name: 'CreateAlias',
    request: json(`${FN}/aliases`, {
      aliasName: 'prod',
      versionId: '1',
      additionalVersionWeight: { 2: 0.5 },
    }),
    want: ok,
  },
  {
    name: 'CreateAlias, duplicate',
    request: json(`${FN}/aliases`, { aliasName: 'prod', versionId: '1' }),
    want: bad('AliasAlreadyExists', 409),
  },
  { name: 'GetAlias', request: none('GET', `${FN}/aliases/prod`), want: ok },
  {
    name: 'UpdateAlias, main version weighted',
    request: put(`${FN}/aliases/prod`, { versionId: '2' }),
    want: bad('AdditionalVersionContainsMajorVersion'),
  },
  { name: 'UpdateAlias', request: put(`${FN}/aliases/prod`, { description: 'd' }), want: ok },
  { name: 'ListAliases', request: none('GET', `${FN}/aliases?limit=1`), want: ok },
  { name: 'GetFunction, alias', request: none('GET', `${FN}?qualifier=prod`), want: ok },
  {
    name: 'DeleteFunctionVersion, in use',
    request: none('DELETE', `${FN}/versions/1`),
    want: bad('InvalidArgument'),
  },
  { name: 'DeleteAlias', request: none('DELETE', `${FN}/aliases/prod`), want: { status: 204 } },
  { name: 'GetAlias, missing', request: none('GET', `${FN}/aliases/prod`), want: bad('AliasNotFound', 404) },
  { name: 'DeleteFunctionVersion', request: none('DELETE', `${FN}/versions/1`), want: { status: 204 } },
  {
    name: 'DeleteFunctionVersion, missing',
    request: none('DELETE', `${FN}/versions/1`),
    want: bad('VersionNotFound', 404),
  },
  {
    name: 'DeleteFunctionVersion, LATEST',
    request: none('DELETE', `${FN}/versions/LATEST`),
    want: bad('InvalidArgument'),
  },
  {
    name: 'GetAsyncInvokeConfig',
    request: none('GET', `${FN}/async-invoke-config?qualifier=LATEST`),
    want: bad('AsyncConfigNotExists', 404),
  },
  { name: 'ListVpcBindings', request: none('GET', `${FN}/vpc-bindings`), want: ok },
  {
    name: 'ListScalingConfigs',
    request: none('GET', `${BASE_URL}/2023-03-30/scaling-configs?functionName=p-ok`),
    want: ok,
  },
  { name: 'GetTempBucketToken', request: none('GET', `${BASE_URL}${FC2_PATH}`), want: ok },
  {
    name: 'GetTempBucketToken, account host',
    request: none('GET', `https://1234567890123456.cn-shanghai.fc.aliyuncs.com${FC2_PATH}`),
    want: ok,
  },
  {
    name: 'PutObject, bucket host',
    request: { method: 'PUT', url: `${OSS_HOST}/1234567890123456/a.zip`, headers: {}, body: utf8('PK-zip') },
    want: { status: 200, contentType: undefined },
  },
  {
    name: 'PutObject, path style',
    request: {
      method: 'PUT',
      url: 'https://oss-cn-hangzhou.aliyuncs.com/b-1/k.zip',
      headers: {},
      body: utf8('x'),
    },
    want: { status: 200, contentType: undefined },
  },
  {
    name: 'PutObject, bad bucket (XML)',
    request: {
      method: 'PUT',
      url: 'https://oss-cn-hangzhou.aliyuncs.com/B_1/k',
      headers: {},
      body: utf8('x'),
    },
    want: { status: 400, contentType: XML },
  },
];

const uploadAuth: Case[] = [
  { name: 'GetTempBucketToken, FC 2.0 signed', request: fc2Signed('testSecret'), want: ok },
  { name: 'GetTempBucketToken, wrong secret', request: fc2Signed('nope'), want: { status: 403 } },
  {
    name: 'PutObject, unsigned with credentials (XML)',
    request: {
      method: 'PUT',
      url: `${AUTH_URL}/b-1/k`,
      headers: { 'x-oss-date': FC2_DATE },
      body: utf8('x'),
    },
    want: { status: 403, contentType: XML },
  },
];

const cases = [...routing, ...extended, ...resource, ...invalid, ...auth, ...uploadAuth];

interface Answer {
  status: number;
  contentType: string | undefined;
  body: unknown;
  requestIdHeaders: boolean;
}

function normalise(wire: WireResponse): Answer {
  const contentType = wire.headers['content-type'];
  // A code package (ADR 036): its bytes, as hex, are the body compared.
  if (contentType === 'application/zip') {
    const body = Buffer.from(wire.bytes ?? new Uint8Array(0)).toString('hex');
    const id = wire.headers['x-acs-request-id'];
    return {
      status: wire.status,
      contentType,
      body,
      requestIdHeaders: id !== undefined && id === wire.headers['x-fc-request-id'],
    };
  }
  // OSS answers carry x-oss-request-id, and their errors are XML with the id inside.
  const oss = wire.headers['x-oss-request-id'];
  if (oss !== undefined || contentType === 'application/xml') {
    const inXml = /<RequestId>([^<]*)<\/RequestId>/.exec(wire.body)?.[1];
    const body = wire.body.replace(/<RequestId>[^<]*<\/RequestId>/, '');
    const agree =
      oss !== undefined && wire.headers['x-fc-request-id'] === undefined && (inXml ?? oss) === oss;
    return { status: wire.status, contentType, body, requestIdHeaders: agree };
  }
  const { RequestId, ...body } = (wire.body === '' ? {} : JSON.parse(wire.body)) as Record<string, unknown>;
  const id = wire.headers['x-acs-request-id'];
  const idsAgree =
    id !== undefined &&
    id === wire.headers['x-fc-request-id'] &&
    (RequestId === undefined || RequestId === id);
  return { status: wire.status, contentType, body, requestIdHeaders: idsAgree };
}

async function viaFetch(request: WireRequest): Promise<WireResponse> {
  // `host` is a forbidden fetch header; the URL carries the same authority, which the core signs against.
  const { host: _host, ...headers } = request.headers;
  const body = request.body.byteLength === 0 ? undefined : new Uint8Array(request.body);
  const response = await fetch(request.url, { method: request.method, headers, body });
  const responseHeaders: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    responseHeaders[name] = value;
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  return { status: response.status, headers: responseHeaders, body: text, bytes };
}

interface Pair {
  open: Emulator;
  authed: Emulator;
}

function emulators(): Pair {
  const rules = Object.fromEntries(ruleIds.map((id) => [id, true]));
  const common = { seed: 11, clock: () => NOW, rules };
  return { open: createEmulator(common), authed: createEmulator({ ...common, credentials: CREDENTIALS }) };
}

async function runTable(
  send: (request: WireRequest, pair: Pair) => Promise<WireResponse>,
  pair: Pair,
): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (const item of cases) answers.push(normalise(await send(item.request, pair)));
  return answers;
}

const direct = (request: WireRequest, pair: Pair) =>
  (request.url.startsWith(AUTH_URL) ? pair.authed : pair.open).dispatch(request);

let reference: Answer[] = [];
beforeAll(async () => {
  reference = await runTable(direct, emulators());
});

describe('the core itself answers the table', () => {
  it.each(cases.map((item, index) => [item.name, index] as const))('%s', (_name, index) => {
    const answer = reference[index];
    const want = cases[index]?.want;
    expect(answer?.status).toBe(want?.status);
    if (want?.code) expect((answer?.body as { Code?: string } | undefined)?.Code).toBe(want.code);
    const type = want && 'contentType' in want ? want.contentType : 'application/json; charset=utf-8';
    expect(answer?.contentType).toBe(want?.status === 204 ? undefined : type);
    expect(answer?.requestIdHeaders).toBe(true);
  });
});

describe(`msw ${expectedMajors.msw} (setupServer)`, () => {
  const pair = emulators();
  // The open emulator goes first so that it, not the authenticated one, claims the real FC hosts.
  const server = setupServer(
    ...fc3Handlers(pair.open, { baseUrl: BASE_URL }),
    ...fc3Handlers(pair.authed, { baseUrl: AUTH_URL }),
  );
  let answers: Answer[] = [];
  beforeAll(async () => {
    // nock patches fetch as soon as it is imported; msw 3 refuses to patch it a second time.
    nock.restore();
    server.listen(closedNetwork());
    answers = await runTable(viaFetch, pair);
  });
  afterAll(() => {
    server.close();
    nock.activate();
  });

  it('is the msw major this project promises', () => expect(mswMajor).toBe(expectedMajors.msw));
  it.each(cases.map((item, index) => [item.name, index] as const))('%s', (_name, index) => {
    expect(answers[index]).toEqual(reference[index]);
  });
  it('reached each emulator once per request', () => {
    expect(pair.open.calls().length + pair.authed.calls().length).toBe(cases.length);
  });
});

describe(`nock ${expectedMajors.nock}`, () => {
  const pair = emulators();
  let answers: Answer[] = [];
  beforeAll(async () => {
    closeNetworkForNock();
    const handles = [fc3Nock(pair.open, { baseUrl: BASE_URL }), fc3Nock(pair.authed, { baseUrl: AUTH_URL })];
    answers = await runTable(viaFetch, pair);
    for (const handle of handles) handle.restore();
  });
  afterAll(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('is the nock major this project promises', async () =>
    expect(await probeNockMajor()).toBe(expectedMajors.nock));
  it.each(cases.map((item, index) => [item.name, index] as const))('%s', (_name, index) => {
    expect(answers[index]).toEqual(reference[index]);
  });
  it('reached each emulator once per request', () => {
    expect(pair.open.calls().length + pair.authed.calls().length).toBe(cases.length);
  });
});

/** Sends a wire request to a `serve` listener with the request's own Host header (any FC host). */
function viaServer(request: WireRequest, port: number): Promise<WireResponse> {
  const url = new URL(request.url);
  return new Promise((resolve, reject) => {
    const headers = { ...request.headers, host: url.host, 'content-length': String(request.body.byteLength) };
    const outgoing = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: request.method,
        path: `${url.pathname}${url.search}`,
        headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const responseHeaders: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers))
            if (typeof value === 'string') responseHeaders[name] = value;
          const bytes = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            headers: responseHeaders,
            body: bytes.toString('utf8'),
            bytes,
          });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

describe('serve (node:http)', () => {
  const pair = emulators();
  let servers: RunningServer[] = [];
  let answers: Answer[] = [];
  beforeAll(async () => {
    servers = [await startServer({ emulator: pair.open }), await startServer({ emulator: pair.authed })];
    const [open, authed] = servers as [RunningServer, RunningServer];
    answers = await runTable(
      (request) => viaServer(request, request.url.startsWith(AUTH_URL) ? authed.port : open.port),
      pair,
    );
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
  });

  it.each(cases.map((item, index) => [item.name, index] as const))('%s', (_name, index) => {
    expect(answers[index]).toEqual(reference[index]);
  });
});
