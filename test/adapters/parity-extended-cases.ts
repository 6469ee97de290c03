/**
 * The parity table's rows beyond the function resource: triggers, tags, the resource group, the
 * invocation switch, versions, aliases, the absent settings and the upload path (ADR 023).
 */

import { EMPTY_ZIP_CRC64 } from '../helpers/requests.ts';
import {
  AUTH_URL,
  bad,
  type Case,
  FC2_DATE,
  FC2_PATH,
  FN,
  fc2Signed,
  json,
  none,
  ok,
  put,
  utf8,
} from './parity-requests.ts';
import { BASE_URL } from './support.ts';

const TRIGGERS = `${FN}/triggers`;
const HTTP_TRIGGER = { triggerName: 'p-t', triggerType: 'http', triggerConfig: '{"methods":["GET"]}' };
const P_OK_ARN = 'acs:fc:cn-hangzhou:1234567890123456:functions/p-ok';
const OSS_HOST = 'http://fc-temp-code-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com';
const XML = 'application/xml';

// Triggers, tags, the absent settings and the upload path (ADR 023); run after `routing`, so
// p-ok exists, and leave it without triggers for `resource`.
export const extended: Case[] = [
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
    name: 'DownloadFunctionCode, HEAD',
    request: none('HEAD', `${BASE_URL}/fc3-testkit/code/p-ok/1/${EMPTY_ZIP_CRC64}.zip`),
    want: { status: 200, contentType: 'application/zip' },
  },
  {
    name: 'DownloadFunctionCode, HEAD forged',
    request: none('HEAD', `${BASE_URL}/fc3-testkit/code/p-ok/1/1.zip`),
    want: { status: 404 },
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

export const uploadAuth: Case[] = [
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
