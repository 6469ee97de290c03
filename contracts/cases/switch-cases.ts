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
/** GetFunction afterwards, showing the group moved to. */
const movedTo = (fn: string) => ({
  request: get(fn),
  expect: {
    status: 200,
    success: { kind: 'read' as const, echo: { functionName: fn }, contains: { resourceGroupId: GROUP } },
  },
});
/** The switch's answer: the SDK's response model `{success}` (not in the reference: inferred). */
const SWITCHED = {
  status: 200,
  statusGrade: 'inferred' as const,
  answer: { exact: { success: true }, reference: 'lifecycle I.5', grade: 'inferred' as const },
};
/** GetFunction afterwards, showing `invocationRestriction` containing `restriction`. */
const restricted = (fn: string, restriction: Record<string, unknown>) => ({
  request: get(fn),
  expect: {
    status: 200,
    success: {
      kind: 'read' as const,
      echo: { functionName: fn },
      contains: { invocationRestriction: restriction },
    },
  },
});
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
  const [ok, read, camel, alias] = ['rg-ok', 'rg-read', 'rg-camel', 'rg-alias'].map((p) =>
    naming.next(p),
  ) as [string, string, string, string];
  return [
    {
      id: 'group.change.ok',
      title:
        'ChangeResourceGroup of an existing function answers 200 {NewResourceGroupId, OldResourceGroupId, ResourceId} (Serverless Devs checks for 200)',
      fact: fact({
        reference: 'lifecycle H.1, I.5',
        statement:
          's deploy expects status 200 from ChangeResourceGroup; the answer names the new and old group and the function',
      }),
      setup: [createRequest(baseInput('builtin', ok))],
      request: sdkMove(ok),
      // The answer model of lifecycle I.5: the SDK's keys, the old group a string.
      expect: {
        status: 200,
        answer: {
          exact: { NewResourceGroupId: GROUP, ResourceId: ok },
          types: { OldResourceGroupId: 'string' },
          reference: 'lifecycle I.5',
          grade: 'documented',
        },
      },
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
        'ChangeResourceGroup reads terraform’s lower-camel keys (resourceId, newResourceGroupId, resourceType): GetFunction shows the group moved',
      fact: fact({
        reference: 'lifecycle H.4',
        ruleId: 'resource-group-keys-any-case',
        statement: 'the server matches these keys case-insensitively',
        grade: 'inferred',
      }),
      setup: [createRequest(baseInput('builtin', camel))],
      request: move({ resourceId: camel, newResourceGroupId: GROUP, resourceType: 'function' }),
      expect: { status: 200 },
      // A 200 that moved nothing has not read the keys.
      afterwards: [movedTo(camel)],
      needs: ['state'],
    },
    {
      id: 'group.change.unsupported-type',
      title:
        'ChangeResourceGroup with ResourceType "alias" answers 400 InvalidArgument, and the function stays in its group',
      fact: fact({
        reference: 'lifecycle H.1, I.5',
        ruleId: 'resource-group-values',
        statement: 'only functions are moved: `ResourceType` is given and is `function`, in any case',
        grade: 'inferred',
      }),
      setup: [createRequest(baseInput('builtin', alias))],
      request: move({ NewResourceGroupId: GROUP, ResourceId: alias, ResourceType: 'alias' }),
      expect: { status: 400, code: 'InvalidArgument' },
      // A refusal that moved the function anyway has not checked the type first.
      afterwards: [
        {
          request: get(alias),
          expect: {
            status: 200,
            compare: [
              {
                step: 0,
                relation: 'same',
                fields: ['resourceGroupId'],
                reference: 'lifecycle I.5',
                grade: 'inferred',
              },
            ],
          },
        },
      ],
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
        'DisableFunctionInvocation (as s remove sends it) answers {success: true}; GetFunction then shows the restriction and its reason',
      fact: fact({
        reference: 'CF D.2, lifecycle H.2, I.5',
        statement: 'DisableFunctionInvocation sets invocationRestriction {disable, reason, lastModifiedTime}',
      }),
      setup: [createRequest(baseInput('builtin', off))],
      request: invoke(off, 'disable', reason),
      expect: SWITCHED,
      afterwards: [restricted(off, { disable: true, reason: 'functionai-delete' })],
      needs: ['state'],
    },
    {
      id: 'invocation.enable.reflected',
      title:
        'EnableFunctionInvocation (no body) answers {success: true}; GetFunction then shows invocations enabled again',
      fact: fact({
        reference: 'CF D.2, lifecycle I.5',
        statement:
          'EnableFunctionInvocation clears the restriction; what it leaves ({disable: false}) is our reading',
        grade: 'inferred',
      }),
      setup: [createRequest(baseInput('builtin', on)), invoke(on, 'disable', reason)],
      request: invoke(on, 'enable'),
      expect: SWITCHED,
      afterwards: [restricted(on, { disable: false })],
      needs: ['state'],
    },
    {
      id: 'invocation.disable.function-missing',
      title: 'DisableFunctionInvocation of a missing function answers 404 FunctionNotFound',
      fact: fact({
        reference: 'lifecycle G, I.5',
        statement: 'a missing function answers FunctionNotFound (G lists it for other operations)',
        grade: 'inferred',
      }),
      request: invoke(naming.next('inv-none'), 'disable', reason),
      expect: { status: 404, code: 'FunctionNotFound' },
    },
  ];
}
