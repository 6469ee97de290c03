/**
 * ChangeResourceGroup (`PUT /2023-03-30/resource-groups`, lifecycle I.5): moves the function
 * named by `ResourceId` to `NewResourceGroupId` and answers the old and new group, 200 (devsapp
 * checks for it, lifecycle H.1 step 13). terraform sends the keys in lower camel case (lifecycle
 * H.4): they are matched in any case (`resource-group-keys-any-case`, inferred). The group lives
 * in the function's shape, so GetFunction, ListFunctions and its `resourceGroupId` filter see it
 * at once; `lastModifiedTime` stays (inferred, as for tags).
 */
import { fcError } from '../errors.ts';
import {
  type Operation,
  type OperationRequest,
  type Outcome,
  reject,
  ruleOn,
  shownValue,
  succeed,
} from './operation.ts';

const OPERATION = 'ChangeResourceGroup';
/** `rg-` and lowercase letters and digits, as Alibaba Cloud resource group ids are (inferred). */
const GROUP_ID = /^rg-[a-z0-9]{1,61}$/;

/** What the body asks, read with the SDK's wire names. */
interface ChangeRequest {
  NewResourceGroupId: string;
  ResourceId: string;
}

/** The value under `name`, or under a key equal to it in any case when that is allowed. */
function field(body: Record<string, unknown>, name: string, anyCase: boolean): unknown {
  if (Object.hasOwn(body, name)) return body[name];
  if (!anyCase) return undefined;
  const wanted = name.toLowerCase();
  const key = Object.keys(body).find((candidate) => candidate.toLowerCase() === wanted);
  return key === undefined ? undefined : body[key];
}

const refuse = (ruleId: string, message: string): Outcome =>
  reject(fcError('InvalidArgument', message), { ruleId });

function readInput(request: OperationRequest, body: Record<string, unknown>): Outcome | ChangeRequest {
  const anyCase = ruleOn(request.state, OPERATION, 'resource-group-keys-any-case');
  const values: Record<string, unknown> = {};
  for (const name of ['NewResourceGroupId', 'ResourceId']) {
    const value = field(body, name, anyCase);
    if (typeof value !== 'string' || value === '')
      return refuse(
        'resource-group-fields',
        `${name} must be a non-empty string, got ${shownValue(value ?? null)}`,
      );
    values[name] = value;
  }
  const type = field(body, 'ResourceType', anyCase);
  if (typeof type !== 'string' || type.toLowerCase() !== 'function')
    return refuse(
      'resource-group-fields',
      `ResourceType ${shownValue(type ?? null)} is not supported; use function`,
    );
  const group = values.NewResourceGroupId as string;
  if (!GROUP_ID.test(group) && ruleOn(request.state, OPERATION, 'resource-group-id-format'))
    return refuse(
      'resource-group-id-format',
      `NewResourceGroupId ${shownValue(group)} is not a resource group id: rg- followed by lowercase letters and digits, at most 64 characters`,
    );
  return values as unknown as ChangeRequest;
}

function run(request: OperationRequest): Outcome {
  const { body, state, scope } = request;
  if (!body.ok) return reject(body.error);
  const input = readInput(request, body.value);
  if ('status' in input) return input;
  const record = state.store.get(scope, input.ResourceId);
  if (!record) return reject(fcError('FunctionNotFound', input.ResourceId));
  const old = record.shape.resourceGroupId;
  const shape = state.shapes.intern({ ...record.shape, resourceGroupId: input.NewResourceGroupId });
  state.store.put(scope, { ...record, shape });
  return succeed({
    NewResourceGroupId: input.NewResourceGroupId,
    OldResourceGroupId: old,
    ResourceId: input.ResourceId,
  });
}

/** The ChangeResourceGroup row of the operation table. */
export const changeResourceGroup: Operation = {
  name: OPERATION,
  method: 'PUT',
  path: '/2023-03-30/resource-groups',
  body: 'json',
  // The function is the body's `ResourceId`, in any key case (terraform), for faults and the journal.
  functionNameOf: (body) => {
    const value = field(body, 'ResourceId', true);
    return typeof value === 'string' ? value : undefined;
  },
  run,
};
