/**
 * Broken variants for ChangeResourceGroup and the invocation switch: each breaks one fact of
 * contracts/cases/switch-cases.ts, and the case that owns the fact must catch it.
 */
import {
  createEmulator,
  type EmulatorOptions,
  type WireRequest,
  type WireResponse,
} from '../../../mocks/index.ts';
import type { Mutant } from './variants.ts';
import { broken, editJson, jsonAnswer, MUTANT_REQUEST_ID, requestJson } from './wrap.ts';

const ID = MUTANT_REQUEST_ID;
const answer = jsonAnswer;
const pathOf = (wire: WireRequest) => new URL(wire.url).pathname;
const isMove = (wire: WireRequest) => wire.method === 'PUT' && pathOf(wire) === '/2023-03-30/resource-groups';

/** Answers `reply` instead of the emulator for the requests `when` picks. */
const instead =
  (when: (wire: WireRequest) => boolean, reply: (wire: WireRequest) => WireResponse) =>
  (options: EmulatorOptions) =>
    broken(createEmulator(options), { instead: (wire) => (when(wire) ? reply(wire) : undefined) });

const isSwitch = (what: 'disable' | 'enable') => (wire: WireRequest) =>
  wire.method === 'POST' && pathOf(wire).endsWith(`/invoke/${what}`);

/** The emulator's own 200 answers to the requests `when` picks, rewritten by `edit`. */
const answered =
  (when: (wire: WireRequest) => boolean, edit: (answer: WireResponse) => WireResponse) =>
  (options: EmulatorOptions) =>
    broken(createEmulator(options), {
      response: (answer, wire) => (when(wire) && answer.status === 200 ? edit(answer) : answer),
    });
const noBody = (answer: WireResponse): WireResponse => ({ ...answer, status: 204, body: '' });
const failed = (answer: WireResponse) => editJson(answer, () => ({ success: false }));

/** A switch that still switches but answers 204 without a body, or `{"success":false}`. */
function switchAnswers(what: 'disable' | 'enable'): Mutant[] {
  const operation = what === 'disable' ? 'DisableFunctionInvocation' : 'EnableFunctionInvocation';
  const caseId = `invocation.${what}.reflected`;
  return [
    {
      name: `${operation} answers 204 without a body`,
      breaks: 'lifecycle I.5 (200 with the SDK’s {success})',
      check: 'status',
      caseId,
      make: answered(isSwitch(what), noBody),
    },
    {
      name: `${operation} answers {"success":false}`,
      breaks: 'lifecycle I.5 (the SDK’s {success: true})',
      check: 'answer',
      caseId,
      make: answered(isSwitch(what), failed),
    },
  ];
}

/** Answer variants: the move and the switches still happen, only what they answer breaks. */
const answerMutants: readonly Mutant[] = [
  {
    name: 'ChangeResourceGroup answers {}',
    breaks: 'lifecycle I.5 (the answer {NewResourceGroupId, OldResourceGroupId, ResourceId})',
    check: 'answer',
    caseId: 'group.change.ok',
    make: answered(isMove, (answer) => editJson(answer, () => ({}))),
  },
  {
    name: 'ChangeResourceGroup answers lower-camel keys',
    breaks: 'lifecycle I.5 (the SDK model’s capitalised keys)',
    check: 'answer',
    caseId: 'group.change.ok',
    make: answered(isMove, (answer) =>
      editJson(answer, (body) =>
        Object.fromEntries(Object.entries(body).map(([k, v]) => [k[0]?.toLowerCase() + k.slice(1), v])),
      ),
    ),
  },
  {
    name: 'ChangeResourceGroup answers no OldResourceGroupId',
    breaks: 'lifecycle I.5 (the old group, a string)',
    check: 'answer',
    caseId: 'group.change.ok',
    make: answered(isMove, (answer) => editJson(answer, (body) => ({ ...body, OldResourceGroupId: null }))),
  },
  ...switchAnswers('disable'),
  ...switchAnswers('enable'),
];

/**
 * The resource-group and invocation-switch variants.
 *
 * @example
 * switchMutants.map((m) => m.caseId); // ['group.change.ok', …]
 */
export const switchMutants: readonly Mutant[] = [
  {
    name: 'ChangeResourceGroup answers 204',
    breaks: 'lifecycle H.1 step 13 (devsapp checks for 200)',
    check: 'status',
    caseId: 'group.change.ok',
    make: (options) =>
      broken(createEmulator(options), {
        response: (answered, wire) =>
          isMove(wire) && answered.status === 200 ? { ...answered, status: 204, body: '' } : answered,
      }),
  },
  {
    name: 'ChangeResourceGroup moves nothing',
    breaks: 'lifecycle I.5 (the new group shows)',
    check: 'echo',
    caseId: 'group.change.reflected',
    make: instead(isMove, (wire) => {
      const body = requestJson(wire) ?? {};
      return answer(200, {
        NewResourceGroupId: body.NewResourceGroupId,
        OldResourceGroupId: 'rg-x',
        ResourceId: body.ResourceId,
      });
    }),
  },
  {
    name: 'ChangeResourceGroup refuses lower-camel keys',
    breaks: 'lifecycle H.4 (terraform keys, case-insensitive)',
    check: 'status',
    caseId: 'group.change.lower-camel-keys',
    make: instead(
      (wire) => isMove(wire) && requestJson(wire)?.resourceId !== undefined,
      () =>
        answer(400, { Code: 'InvalidArgument', Message: 'NewResourceGroupId is required', RequestId: ID }),
    ),
  },
  {
    name: 'ChangeResourceGroup answers 200 to lower-camel keys and moves nothing',
    breaks: 'lifecycle H.4 (terraform keys, read case-insensitively)',
    check: 'echo',
    caseId: 'group.change.lower-camel-keys',
    make: instead(
      (wire) => isMove(wire) && requestJson(wire)?.resourceId !== undefined,
      (wire) => {
        const body = requestJson(wire) ?? {};
        return answer(200, {
          NewResourceGroupId: body.newResourceGroupId,
          OldResourceGroupId: 'rg-x',
          ResourceId: body.resourceId,
        });
      },
    ),
  },
  {
    name: 'ChangeResourceGroup moves any ResourceType',
    breaks: 'lifecycle H.1, I.5 (only functions move: rule resource-group-values)',
    check: 'status',
    caseId: 'group.change.unsupported-type',
    // The emulator without the rule: ResourceType is not read at all.
    make: (options) =>
      createEmulator({ ...options, rules: { ...options.rules, 'resource-group-values': false } }),
  },
  {
    name: 'ChangeResourceGroup refuses ResourceType alias but moves the function',
    breaks: 'lifecycle I.5 (a refused move changes nothing)',
    check: 'compare',
    caseId: 'group.change.unsupported-type',
    make: (options) => {
      const emulator = createEmulator(options);
      return broken(emulator, {
        response: async (answered, wire) => {
          const body = requestJson(wire);
          if (!isMove(wire) || answered.status !== 400 || body?.ResourceType !== 'alias') return answered;
          await emulator.dispatch({
            ...wire,
            body: new TextEncoder().encode(JSON.stringify({ ...body, ResourceType: 'function' })),
          });
          return answered;
        },
      });
    },
  },
  {
    name: 'ChangeResourceGroup of a missing function accepted',
    breaks: 'lifecycle G (FunctionNotFound)',
    check: 'status',
    caseId: 'group.change.function-missing',
    make: (options) =>
      broken(createEmulator(options), {
        response: (answered, wire) => (isMove(wire) && answered.status === 404 ? answer(200, {}) : answered),
      }),
  },
  {
    name: 'DisableFunctionInvocation ignored',
    breaks: 'CF D.2, lifecycle I.5 (invocationRestriction)',
    check: 'echo',
    caseId: 'invocation.disable.reflected',
    make: instead(
      (wire) => pathOf(wire).endsWith('/invoke/disable'),
      () => answer(200, { success: true }),
    ),
  },
  {
    name: 'DisableFunctionInvocation of a missing function accepted',
    breaks: 'lifecycle G, I.5 (FunctionNotFound)',
    check: 'status',
    caseId: 'invocation.disable.function-missing',
    make: (options) =>
      broken(createEmulator(options), {
        response: (answered, wire) =>
          isSwitch('disable')(wire) && answered.status === 404 ? answer(200, { success: true }) : answered,
      }),
  },
  {
    name: 'EnableFunctionInvocation ignored',
    breaks: 'CF D.2, lifecycle I.5 (the restriction cleared)',
    check: 'echo',
    caseId: 'invocation.enable.reflected',
    make: instead(
      (wire) => pathOf(wire).endsWith('/invoke/enable'),
      () => answer(200, { success: true }),
    ),
  },
  ...answerMutants,
];
