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
import { broken, requestJson } from './wrap.ts';

const ID = '1-00000000-000000000000000000000000';
const answer = (status: number, body: unknown): WireResponse => ({
  status,
  headers: {
    'content-type': 'application/json; charset=utf-8',
    'x-acs-request-id': ID,
    'x-fc-request-id': ID,
  },
  body: body === undefined ? '' : JSON.stringify(body),
});
const pathOf = (wire: WireRequest) => new URL(wire.url).pathname;
const isMove = (wire: WireRequest) => wire.method === 'PUT' && pathOf(wire) === '/2023-03-30/resource-groups';

/** Answers `reply` instead of the emulator for the requests `when` picks. */
const instead =
  (when: (wire: WireRequest) => boolean, reply: (wire: WireRequest) => WireResponse) =>
  (options: EmulatorOptions) =>
    broken(createEmulator(options), { instead: (wire) => (when(wire) ? reply(wire) : undefined) });

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
    name: 'EnableFunctionInvocation ignored',
    breaks: 'CF D.2, lifecycle I.5 (the restriction cleared)',
    check: 'echo',
    caseId: 'invocation.enable.reflected',
    make: instead(
      (wire) => pathOf(wire).endsWith('/invoke/enable'),
      () => answer(200, { success: true }),
    ),
  },
];
