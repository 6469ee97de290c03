import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../../mocks/core/operation-names.ts';
import { findRoute, operations } from '../../mocks/core/operations/index.ts';

describe('the operation table', () => {
  it('serves exactly the named operations, once each', () => {
    expect(operations.map((operation) => operation.name)).toEqual(OPERATION_NAMES);
  });

  it.each([
    ['POST', '/2023-03-30/functions', 'CreateFunction', {}],
    ['POST', '/2023-03-30/functions/', 'CreateFunction', {}],
    ['GET', '/2023-03-30/functions', 'ListFunctions', {}],
    ['GET', '/2023-03-30/functions/f', 'GetFunction', { functionName: 'f' }],
    ['PUT', '/2023-03-30/functions/a%2Fb/', 'UpdateFunction', { functionName: 'a%2Fb' }],
    ['DELETE', '/2023-03-30/functions/%E2%82%AC', 'DeleteFunction', { functionName: '%E2%82%AC' }],
  ])('routes %s %s to %s', (method, path, name, params) => {
    const route = findRoute(method, path);
    expect(route?.operation.name).toBe(name);
    expect(route?.rawParams).toEqual(params);
  });

  it.each([
    ['PATCH', '/2023-03-30/functions'],
    ['POST', '/2023-03-30/functions/f'],
    ['GET', '/2023-03-30/functions//'],
    ['GET', '/2023-03-30/functions/f/triggers'],
    ['GET', '/2016-08-15/functions'],
    ['GET', '/'],
  ])('does not route %s %s (PathNotSupported)', (method, path) => {
    expect(findRoute(method, path)).toBeUndefined();
  });
});
