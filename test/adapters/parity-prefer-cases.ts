/**
 * The parity table's `Prefer` rows for the operations whose common errors (CF E.2, lifecycle G:
 * "403 / 5xx / throttling as CF §E.2") the spec shares through YAML anchors: each operation picks
 * one documented answer by `code=` or `example=`, before anything is parsed or looked up (ADR 034).
 */
import type { WireRequest } from '../../mocks/index.ts';
import { bad, type Case, FN } from './parity-requests.ts';
import { BASE_URL } from './support.ts';

const V3 = `${BASE_URL}/2023-03-30`;
const ROUTES: readonly [string, string, string][] = [
  ['CreateTrigger', 'POST', `${FN}/triggers`],
  ['ListTriggers', 'GET', `${FN}/triggers`],
  ['GetTrigger', 'GET', `${FN}/triggers/t`],
  ['UpdateTrigger', 'PUT', `${FN}/triggers/t`],
  ['DeleteTrigger', 'DELETE', `${FN}/triggers/t`],
  ['TagResources', 'POST', `${V3}/tags-v2`],
  ['UntagResources', 'DELETE', `${V3}/tags-v2`],
  ['ChangeResourceGroup', 'PUT', `${V3}/resource-groups`],
  ['DisableFunctionInvocation', 'POST', `${FN}/invoke/disable`],
  ['EnableFunctionInvocation', 'POST', `${FN}/invoke/enable`],
  ['PublishFunctionVersion', 'POST', `${FN}/versions`],
  ['ListFunctionVersions', 'GET', `${FN}/versions`],
  ['DeleteFunctionVersion', 'DELETE', `${FN}/versions/1`],
  ['CreateAlias', 'POST', `${FN}/aliases`],
  ['ListAliases', 'GET', `${FN}/aliases`],
  ['GetAlias', 'GET', `${FN}/aliases/a`],
  ['UpdateAlias', 'PUT', `${FN}/aliases/a`],
  ['DeleteAlias', 'DELETE', `${FN}/aliases/a`],
  ['GetAsyncInvokeConfig', 'GET', `${FN}/async-invoke-config`],
  ['GetConcurrencyConfig', 'GET', `${FN}/concurrency`],
  ['GetScalingConfig', 'GET', `${FN}/scaling-config`],
  ['GetProvisionConfig', 'GET', `${FN}/provision-config`],
  ['ListVpcBindings', 'GET', `${FN}/vpc-bindings`],
  ['ListAsyncInvokeConfigs', 'GET', `${V3}/async-invoke-configs`],
  ['ListScalingConfigs', 'GET', `${V3}/scaling-configs`],
];

// Every operation gets code=503; the other shared answers go round the table. `example=` goes
// with its `code=`: alone it names a success example, as in Prism (mocks/core/prefer.ts).
const OTHERS: readonly [string, Case['want']][] = [
  ['code=429', bad('ResourceExhausted', 429)],
  ['code=403, example=AccessDenied', bad('AccessDenied', 403)],
  ['code=500', bad('InternalServerError', 500)],
  ['code=403, example=SignatureNotMatch', bad('SignatureNotMatch', 403)],
  ['code=400, example=MissingRequiredHeader', bad('MissingRequiredHeader')],
  ['code=429, example=Throttling.User', bad('Throttling.User', 429)],
  ['code=400, example=SignatureNonceUsed', bad('SignatureNonceUsed')],
  ['code=503, example=ResourceThrottled', bad('ResourceThrottled', 503)],
];

const request = (method: string, url: string, prefer: string): WireRequest => ({
  method,
  url,
  headers: { prefer },
  body: new Uint8Array(0),
});

/**
 * Two rows per operation: `Prefer: code=503` and one of the other shared answers.
 *
 * @example
 * preferred.find((c) => c.name === 'CreateTrigger, Prefer code=503')?.want; // { status: 503, code: 'ServiceUnavailable' }
 */
export const preferred: Case[] = ROUTES.flatMap(([operation, method, url], index) => {
  const [prefer, want] = OTHERS[index % OTHERS.length] as [string, Case['want']];
  return [
    {
      name: `${operation}, Prefer code=503`,
      request: request(method, url, 'code=503'),
      want: bad('ServiceUnavailable', 503),
    },
    { name: `${operation}, Prefer ${prefer}`, request: request(method, url, prefer), want },
  ];
});
