/**
 * Cases for ChangeResourceGroup and the invocation switch (lifecycle I.5, H.1 step 13, H.2, H.4;
 * CF D.2). Each creates the function it needs first; the effect is read back with GetFunction.
 */
import type { CaseRequest, ContractCase } from '../types.ts';
import { baseInput, createRequest, fact, type Naming } from './context.ts';

const GROUP = 'rg-aek2xl5qajnwbua';
const fnPath = (name: string) => `/2023-03-30/functions/${name}`;
/** The `x-acs-action` the SDK signs for each operation (lifecycle A.1). */
const action = (name: string) => ({ 'x-acs-action': name });
const get = (fn: string): CaseRequest => ({
  method: 'GET',
  path: fnPath(fn),
  headers: action('GetFunction'),
});
const move = (body: Record<string, unknown>): CaseRequest => ({
  method: 'PUT',
  path: '/2023-03-30/resource-groups',
  headers: action('ChangeResourceGroup'),
  body,
});
const sdkMove = (fn: string) => move({ NewResourceGroupId: GROUP, ResourceId: fn, ResourceType: 'function' });
const invoke = (fn: string, what: 'disable' | 'enable', body?: Record<string, unknown>): CaseRequest => ({
  method: 'POST',
  path: `${fnPath(fn)}/invoke/${what}`,
  headers: action(what === 'disable' ? 'DisableFunctionInvocation' : 'EnableFunctionInvocation'),
  ...(body ? { body } : {}),
});

/**
 * The resource-group and invocation-switch cases of one run.
 *
 * @example
 * switchCases(naming).map((c) => c.id); // ['group.change.ok', …]
 */
export function switchCases(naming: Naming): ContractCase[] {
  return [...groupCases(naming), ...invocationCases(naming)];
}

function groupCases(naming: Naming): ContractCase[] {
  const [ok, read, camel] = ['rg-ok', 'rg-read', 'rg-camel'].map((p) => naming.next(p)) as [
    string,
    string,
    string,
  ];
  return [
    {
      id: 'group.change.ok',
      title: 'ChangeResourceGroup of an existing function answers 200 (Serverless Devs checks for it)',
      fact: fact({
        reference: 'lifecycle H.1, I.5',
        statement: 's deploy expects status 200 from ChangeResourceGroup',
      }),
      setup: [createRequest(baseInput('builtin', ok))],
      request: sdkMove(ok),
      expect: { status: 200 },
      needs: ['state'],
    },
    {
      id: 'group.change.reflected',
      title: 'After ChangeResourceGroup, GetFunction shows the new resourceGroupId',
      fact: fact({
        reference: 'lifecycle I.5',
        statement: 'the function is in the new resource group afterwards',
        grade: 'inferred',
      }),
      setup: [createRequest(baseInput('builtin', read)), sdkMove(read)],
      request: get(read),
      expect: {
        status: 200,
        success: { kind: 'read', echo: { functionName: read, resourceGroupId: GROUP } },
      },
      needs: ['state'],
    },
    {
      id: 'group.change.lower-camel-keys',
      title:
        'ChangeResourceGroup reads terraform’s lower-camel keys (resourceId, newResourceGroupId, resourceType)',
      fact: fact({
        reference: 'lifecycle H.4',
        ruleId: 'resource-group-keys-any-case',
        statement: 'the server matches these keys case-insensitively',
        grade: 'inferred',
      }),
      setup: [createRequest(baseInput('builtin', camel))],
      request: move({ resourceId: camel, newResourceGroupId: GROUP, resourceType: 'function' }),
      expect: { status: 200 },
      needs: ['state'],
    },
    {
      id: 'group.change.function-missing',
      title: 'ChangeResourceGroup of a missing function answers 404 FunctionNotFound',
      fact: fact({ reference: 'lifecycle G, I.5', statement: 'no function, no move', grade: 'inferred' }),
      request: sdkMove(naming.next('rg-none')),
      expect: { status: 404, code: 'FunctionNotFound' },
    },
  ];
}

function invocationCases(naming: Naming): ContractCase[] {
  const [off, on] = [naming.next('inv-off'), naming.next('inv-on')];
  const reason = { reason: 'functionai-delete', abortOngoingRequest: true };
  return [
    {
      id: 'invocation.disable.reflected',
      title:
        'After DisableFunctionInvocation (as s remove sends it), GetFunction shows the restriction and its reason',
      fact: fact({
        reference: 'CF D.2, lifecycle H.2, I.5',
        statement: 'DisableFunctionInvocation sets invocationRestriction {disable, reason, lastModifiedTime}',
      }),
      setup: [createRequest(baseInput('builtin', off)), invoke(off, 'disable', reason)],
      request: get(off),
      expect: {
        status: 200,
        success: {
          kind: 'read',
          echo: { functionName: off },
          contains: { invocationRestriction: { disable: true, reason: 'functionai-delete' } },
        },
      },
      needs: ['state'],
    },
    {
      id: 'invocation.enable.reflected',
      title: 'After EnableFunctionInvocation (no body), GetFunction shows invocations enabled again',
      fact: fact({
        reference: 'CF D.2, lifecycle I.5',
        statement: 'EnableFunctionInvocation clears the restriction',
      }),
      setup: [createRequest(baseInput('builtin', on)), invoke(on, 'disable', reason), invoke(on, 'enable')],
      request: get(on),
      expect: {
        status: 200,
        success: {
          kind: 'read',
          echo: { functionName: on },
          contains: { invocationRestriction: { disable: false } },
        },
      },
      needs: ['state'],
    },
    {
      id: 'invocation.disable.function-missing',
      title: 'DisableFunctionInvocation of a missing function answers 404 FunctionNotFound',
      fact: fact({ reference: 'lifecycle G, I.5', statement: 'a missing function answers FunctionNotFound' }),
      request: invoke(naming.next('inv-none'), 'disable', reason),
      expect: { status: 404, code: 'FunctionNotFound' },
    },
  ];
}
