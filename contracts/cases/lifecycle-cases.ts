/**
 * The state lifecycle (lifecycle F): a custom-container function is Pending (reason code
 * Creating) after the create and becomes Active; an update of its image is InProgress
 * (ImageOptimizing), then Successful, and a second update meanwhile is refused; a code package
 * is Active at once. Cases that wait poll GetFunction under the run's lifecycle budget.
 */
import { ruleById } from '../../mocks/core/rule-catalogue.ts';
import type { ContractCase, Fact, StateExpectation } from '../types.ts';
import { baseInput, createRequest, fact, type Naming, requestExample } from './context.ts';
import { getRequest, untilActive, untilUpdated, updateRequest } from './function-requests.ts';
import { ruleFact } from './rule-cases.ts';

const NEW_IMAGE = { image: 'registry-vpc.cn-hangzhou.aliyuncs.com/fc-demo/helloworld:v1beta2', port: 9000 };

const state = (
  field: string,
  value: string,
  grade: Fact['grade'],
  reference = 'lifecycle F.2',
): StateExpectation => ({
  field,
  value,
  reference,
  grade,
});

function container(naming: Naming, label: string): Record<string, unknown> {
  return { ...requestExample('container'), functionName: naming.next(label) };
}

function createdCases(naming: Naming): ContractCase[] {
  const pending = container(naming, 'life-pending');
  const ready = container(naming, 'life-active');
  return [
    {
      id: 'lifecycle.container.pending-after-create',
      title: 'a custom-container function reads Pending, reason code Creating, right after the create',
      fact: fact({
        reference: 'lifecycle F.2, B.2',
        statement:
          'a custom-container function starts Pending ("Function creating", code Creating) while its image is prepared',
      }),
      setup: [createRequest(pending)],
      request: getRequest(String(pending.functionName)),
      expect: {
        status: 200,
        statusGrade: 'inferred',
        states: [
          state('state', 'Pending', 'documented'),
          state('stateReasonCode', 'Creating', 'documented', 'lifecycle B.2, F.6'),
          state('stateReason', 'Function creating', 'inferred', 'lifecycle B.2, F.6'),
          state('accelerationStatus', 'Preparing', 'inferred', 'lifecycle F.1, F.6'),
        ],
      },
      needs: ['state'],
    },
    {
      id: 'lifecycle.container.becomes-active',
      title: 'a custom-container function becomes Active, its last update Successful and its image Ready',
      fact: fact({
        reference: 'lifecycle F.2, F.5',
        statement: 'a custom-container function goes from Pending to Active once its image is cached',
      }),
      setup: [createRequest(ready)],
      request: getRequest(String(ready.functionName), { repeat: untilActive }),
      expect: {
        status: 200,
        statusGrade: 'inferred',
        states: [
          state('state', 'Active', 'documented'),
          state('lastUpdateStatus', 'Successful', 'inferred', 'lifecycle F.6'),
          state('accelerationStatus', 'Ready', 'inferred', 'lifecycle F.1, F.6'),
        ],
      },
      needs: ['state'],
    },
  ];
}

function updatedCase(naming: Naming): ContractCase {
  const input = container(naming, 'life-update');
  const name = String(input.functionName);
  return {
    id: 'lifecycle.container.update-in-progress',
    title: 'a new image puts the last update InProgress (ImageOptimizing), then Successful',
    fact: fact({
      reference: 'lifecycle F.2',
      statement:
        'lastUpdateStatus is InProgress while the new configuration is prepared, then Successful; the function stays Active',
    }),
    setup: [createRequest(input), getRequest(name, { repeat: untilActive })],
    request: updateRequest(name, { customContainerConfig: NEW_IMAGE }),
    expect: {
      status: 200,
      statusGrade: 'inferred',
      states: [
        state('lastUpdateStatus', 'InProgress', 'documented'),
        state('lastUpdateStatusReasonCode', 'ImageOptimizing', 'documented', 'lifecycle B.2, F.6'),
        state('state', 'Active', 'inferred', 'lifecycle F.6'),
      ],
    },
    afterwards: [
      {
        request: getRequest(name, { repeat: untilUpdated }),
        expect: {
          status: 200,
          states: [
            state('lastUpdateStatus', 'Successful', 'documented'),
            state('state', 'Active', 'inferred', 'lifecycle F.6'),
          ],
        },
      },
    ],
    needs: ['state'],
  };
}

function inProgressRuleCases(naming: Naming): ContractCase[] {
  const rule = ruleById('update-not-in-progress', 'UpdateFunction');
  if (!rule) throw new Error('spec: UpdateFunction has no rule update-not-in-progress');
  const ruled = { ...ruleFact(rule), operation: 'UpdateFunction' };
  const busy = container(naming, 'life-busy');
  const done = container(naming, 'life-done');
  const prepared = (name: string) => [
    getRequest(name, { repeat: untilActive }),
    updateRequest(name, { customContainerConfig: NEW_IMAGE }),
  ];
  const [busyName, doneName] = [String(busy.functionName), String(done.functionName)];
  return [
    {
      id: 'update.rule.update-not-in-progress.reject.in-progress',
      title: `rejects an update while the last one is InProgress: ${rule.statement}`,
      fact: ruled,
      setup: [createRequest(busy), ...prepared(busyName)],
      request: updateRequest(busyName, { description: 'too early' }),
      expect: { status: 409, code: rule.code },
      needs: ['state'],
    },
    {
      id: 'update.rule.update-not-in-progress.accept.after-successful',
      title: `accepts an update once the last one is Successful: ${rule.statement}`,
      fact: ruled,
      setup: [createRequest(done), ...prepared(doneName), getRequest(doneName, { repeat: untilUpdated })],
      request: updateRequest(doneName, { description: 'in time' }),
      expect: { status: 200 },
      needs: ['state'],
    },
  ];
}

function codePackageCases(naming: Naming): ContractCase[] {
  return (['builtin', 'custom'] as const).map((kind) => {
    const input = baseInput(kind, naming.next(`life-${kind}`));
    return {
      id: `lifecycle.code-package.active.${kind}`,
      title: `a ${kind === 'builtin' ? 'built-in' : 'custom'} runtime function with a code package is Active and Successful at once`,
      fact: fact({
        reference: 'lifecycle F.3, F.6',
        statement:
          'a code-package function needs no preparation: Active and Successful right after the create',
        grade: 'inferred',
      }),
      setup: [createRequest(input)],
      request: getRequest(String(input.functionName)),
      expect: {
        status: 200,
        states: [
          state('state', 'Active', 'inferred', 'lifecycle F.3'),
          state('lastUpdateStatus', 'Successful', 'inferred', 'lifecycle F.3'),
        ],
      },
      needs: ['state'],
    } satisfies ContractCase;
  });
}

/**
 * The lifecycle cases of one run.
 *
 * @example
 * lifecycleCases(naming).map((c) => c.id); // ['lifecycle.container.pending-after-create', …]
 */
export function lifecycleCases(naming: Naming): ContractCase[] {
  return [
    ...createdCases(naming),
    updatedCase(naming),
    ...inProgressRuleCases(naming),
    ...codePackageCases(naming),
  ];
}
