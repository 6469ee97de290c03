/**
 * The parity table's CreateFunction routing, function-resource, rule and signature rows.
 */
import { buildInvalidCreateFunctionInput, routineRuleIds } from '../../mocks/fixtures/index.ts';
import { minimalInput } from '../helpers/requests.ts';
import { AUTH_URL, bad, type Case, FN, json, none, ok, PATH, plain, put, signed } from './parity-requests.ts';
import { BASE_URL } from './support.ts';

export const routing: Case[] = [
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

export const invalid: Case[] = routineRuleIds.map((ruleId) => {
  const fixture = buildInvalidCreateFunctionInput(ruleId, { seed: 7 });
  return {
    name: `rule ${ruleId}`,
    request: json(`${BASE_URL}${PATH}`, fixture.input),
    want: bad(fixture.expectedCode),
  };
});

export const auth: Case[] = [
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

const nested = `{"functionName":"p-deep","runtime":"python3.10","handler":"i.h","code":{"zipFile":"UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA=="},"environmentVariables":{"A":${'['.repeat(5000)}${']'.repeat(5000)}}}`;

// Every operation of the table; run after `routing`, so p-ok exists.
export const resource: Case[] = [
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
