import { describe, expect, it } from 'vitest';
import { specDocument } from '../../generated/spec-document.ts';
import { OPERATION_NAMES } from '../../mocks/core/operation-names.ts';
import { findForeignRoute, findRoute, nearestRoute, operations } from '../../mocks/core/operations/index.ts';
import { ruleById } from '../../mocks/core/rule-catalogue.ts';

describe('the operation table', () => {
  it('serves exactly the named operations, once each', () => {
    expect(operations.map((operation) => operation.name)).toEqual(OPERATION_NAMES);
  });

  it('every FC 3.0 row is the spec operation at its path and method (Prefer finds its answers by name)', () => {
    const paths = specDocument.paths as Record<string, Record<string, { operationId?: string }>>;
    const fc3 = operations.filter((operation) => operation.protocol === undefined);
    expect(fc3.length).toBeGreaterThan(20);
    for (const { name, method, path } of fc3)
      expect(paths[path]?.[method.toLowerCase()]?.operationId, `${method} ${path}`).toBe(name);
  });

  it('every FC 3.0 row without a body lists the rule that refuses one (lifecycle A.2)', () => {
    const lenient = operations
      .filter((operation) => operation.body === 'none' && operation.protocol === undefined)
      .filter((operation) => ruleById('request-body-not-allowed', operation.name) === undefined)
      .map((operation) => operation.name);
    expect(lenient).toEqual([]);
  });

  it.each([
    ['POST', '/2023-03-30/functions', 'CreateFunction', {}],
    ['POST', '/2023-03-30/functions/', 'CreateFunction', {}],
    ['GET', '/2023-03-30/functions', 'ListFunctions', {}],
    ['GET', '/2023-03-30/functions/f', 'GetFunction', { functionName: 'f' }],
    ['PUT', '/2023-03-30/functions/a%2Fb/', 'UpdateFunction', { functionName: 'a%2Fb' }],
    ['DELETE', '/2023-03-30/functions/%E2%82%AC', 'DeleteFunction', { functionName: '%E2%82%AC' }],
    ['POST', '/2023-03-30/functions/f/triggers', 'CreateTrigger', { functionName: 'f' }],
    ['GET', '/2023-03-30/functions/f/triggers', 'ListTriggers', { functionName: 'f' }],
    ['GET', '/2023-03-30/functions/f/triggers/t', 'GetTrigger', { functionName: 'f', triggerName: 't' }],
    ['PUT', '/2023-03-30/functions/f/triggers/t', 'UpdateTrigger', { functionName: 'f', triggerName: 't' }],
    [
      'DELETE',
      '/2023-03-30/functions/f/triggers/t',
      'DeleteTrigger',
      { functionName: 'f', triggerName: 't' },
    ],
    ['POST', '/2023-03-30/tags-v2', 'TagResources', {}],
    ['DELETE', '/2023-03-30/tags-v2', 'UntagResources', {}],
    ['PUT', '/2023-03-30/resource-groups', 'ChangeResourceGroup', {}],
    ['POST', '/2023-03-30/functions/f/invoke/disable', 'DisableFunctionInvocation', { functionName: 'f' }],
    ['POST', '/2023-03-30/functions/f/invoke/enable/', 'EnableFunctionInvocation', { functionName: 'f' }],
    ['GET', '/2023-03-30/functions/f/async-invoke-config', 'GetAsyncInvokeConfig', { functionName: 'f' }],
    ['GET', '/2023-03-30/functions/f/vpc-bindings', 'ListVpcBindings', { functionName: 'f' }],
    ['GET', '/2023-03-30/scaling-configs', 'ListScalingConfigs', {}],
  ])('routes %s %s to %s', (method, path, name, params) => {
    const route = findRoute(method, path);
    expect(route?.operation.name).toBe(name);
    expect(route?.rawParams).toEqual(params);
  });

  it.each([
    ['PATCH', '/2023-03-30/functions'],
    ['POST', '/2023-03-30/functions/f'],
    ['GET', '/2023-03-30/functions//'],
    ['PATCH', '/2023-03-30/functions/f/triggers'],
    ['GET', '/2023-03-30/functions/f/triggers/t/x'],
    ['GET', '/2023-03-30/functions/f/invoke/disable'],
    ['POST', '/2023-03-30/functions/f/invoke'],
    ['POST', '/2023-03-30/resource-groups'],
    ['PUT', '/a-bucket/key'],
    ['GET', '/2016-08-15/functions'],
    ['GET', '/'],
  ])('does not route %s %s (PathNotSupported)', (method, path) => {
    expect(findRoute(method, path)).toBeUndefined();
  });

  it.each([
    ['GET', '/2023-03-30/function/f', 'GET /2023-03-30/functions/{functionName}'],
    ['POST', '/2023-03-30/Functions', 'POST /2023-03-30/functions'],
    [
      'GET',
      '/2023-03-30/functions/f/trigers/t',
      'GET /2023-03-30/functions/{functionName}/triggers/{triggerName}',
    ],
    ['GET', '/2021-04-06/functions', 'GET /2023-03-30/functions'],
    ['DELETE', '/functions/f', 'DELETE /2023-03-30/functions/{functionName}'],
    ['POST', '/2023-03-30/tag-v2', 'POST /2023-03-30/tags-v2'],
    ['GET', '/2023-03-30/functoins', 'GET /2023-03-30/functions'],
    [
      'GET',
      '/2023-03-30/functions/f/tirggers/t',
      'GET /2023-03-30/functions/{functionName}/triggers/{triggerName}',
    ],
  ])('names the served row a slip away from %s %s', (method, path, nearest) => {
    expect(findRoute(method, path)).toBeUndefined();
    expect(nearestRoute(method, path)).toBe(nearest);
  });

  it.each([
    ['POST', '/2023-03-30/functions/f/invocations'],
    ['GET', '/2023-03-30/layers'],
    ['GET', '/2023-03-30/functions//'],
    ['GET', '/2023-03-30/function/f/trigger'],
    // Only a row with the request's method: no PUT serves …/triggers.
    ['PUT', '/2023-03-30/functions/f/trigger'],
    // FC's session operations, which the emulator lacks: `sessions` is two edits from `versions`.
    ['GET', '/2023-03-30/functions/f/sessions'],
    ['GET', '/2023-03-30/functions/f/sessions/s1'],
    ['DELETE', '/2023-03-30/functions/f/sessions/s1'],
    // ListTagResources without the version: GET serves no …/tags-v2 row.
    ['GET', '/tags-v2'],
    ['GET', '/'],
    ['GET', `/2023-03-30/${'f'.repeat(10_000)}`],
  ])('names no row for %s %s, which is no slip from one', (method, path) => {
    expect(nearestRoute(method, path)).toBeUndefined();
  });
});

describe('the foreign rows (ADR 023)', () => {
  const route = (method: string, url: string, headers: Record<string, string> = {}) =>
    findForeignRoute({ method, hostname: new URL(url).hostname, path: new URL(url).pathname, headers });

  it.each([
    ['GET', 'http://127.0.0.1:9000/2016-08-15/tempBucketToken', {}, 'GetTempBucketToken', {}],
    [
      'GET',
      'https://1.cn-hangzhou.fc.aliyuncs.com/2016-08-15/tempBucketToken/',
      {},
      'GetTempBucketToken',
      {},
    ],
    [
      'PUT',
      'http://b-1.oss-cn-hangzhou.aliyuncs.com/1234/x%20y.zip',
      {},
      'PutObject',
      { bucket: 'b-1', key: '1234/x%20y.zip' },
    ],
    ['PUT', 'https://oss-cn-beijing.aliyuncs.com/b-2/k', {}, 'PutObject', { bucket: 'b-2', key: 'k' }],
    [
      'PUT',
      'http://127.0.0.1:9000/b-3/a/b',
      { 'x-oss-date': 'x' },
      'PutObject',
      { bucket: 'b-3', key: 'a/b' },
    ],
  ])('routes %s %s to %s', (method, url, headers, name, params) => {
    const found = route(method, url, headers as Record<string, string>);
    expect(found?.operation.name).toBe(name);
    expect(found?.rawParams).toEqual(params);
  });

  it.each([
    ['POST', 'http://127.0.0.1:9000/2016-08-15/tempBucketToken'],
    ['GET', 'http://b.oss-cn-hangzhou.aliyuncs.com/k'],
    ['PUT', 'http://127.0.0.1:9000/2023-03-30/functions/f'],
    ['PUT', 'http://1.cn-hangzhou.fc.aliyuncs.com/b/k'],
  ])('leaves %s %s to the FC 3.0 table', (method, url) => {
    expect(route(method, url)).toBeUndefined();
  });

  it('keeps foreign rows out of the path-template table', () => {
    expect(findRoute('PUT', '/a-bucket/key')).toBeUndefined();
    expect(findRoute('GET', '/2016-08-15/tempBucketToken')).toBeUndefined();
  });
});
