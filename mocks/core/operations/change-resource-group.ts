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
  refuse,
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

/** A key's value, or the two spellings that make it ambiguous. */
type Lookup = { ok: true; value: unknown } | { ok: false; keys: [string, string] };

/**
 * The value under `name`; when any case is allowed and `name` itself is absent, under the one
 * key equal to it in another case. The SDK's spelling wins over the others (ADR 032); two other
 * spellings are ambiguous, whichever comes first.
 */
function field(body: Record<string, unknown>, name: string, anyCase: boolean): Lookup {
  if (Object.hasOwn(body, name)) return { ok: true, value: body[name] };
  if (!anyCase) return { ok: true, value: undefined };
  const wanted = name.toLowerCase();
  const [key, other] = Object.keys(body).filter((candidate) => candidate.toLowerCase() === wanted);
  if (key !== undefined && other !== undefined) return { ok: false, keys: [key, other] };
  return { ok: true, value: key === undefined ? undefined : body[key] };
}

const ambiguous = (name: string, [first, second]: [string, string]): Outcome =>
  refuse(
    'resource-group-keys-any-case',
    `${name} is given twice, as ${JSON.stringify(first)} and ${JSON.stringify(second)}; send it once`,
  );

function readInput(request: OperationRequest, body: Record<string, unknown>): Outcome | ChangeRequest {
  const anyCase = ruleOn(request.state, OPERATION, 'resource-group-keys-any-case');
  const values: Record<string, unknown> = {};
  for (const name of ['NewResourceGroupId', 'ResourceId', 'ResourceType']) {
    const found = field(body, name, anyCase);
    if (!found.ok) return ambiguous(name, found.keys);
    values[name] = found.value;
  }
  // The SDK's fields are strings (documented); that they are not empty and that the type is
  // given and is `function` is our reading (inferred, switchable).
  const valuesOn = ruleOn(request.state, OPERATION, 'resource-group-values');
  for (const name of ['NewResourceGroupId', 'ResourceId']) {
    const value = values[name];
    const ruleId =
      typeof value !== 'string'
        ? 'resource-group-fields'
        : value === '' && valuesOn && 'resource-group-values';
    if (ruleId) return refuse(ruleId, `${name} must be a non-empty string, got ${shownValue(value ?? null)}`);
  }
  const type = values.ResourceType;
  if (valuesOn && (typeof type !== 'string' || type.toLowerCase() !== 'function'))
    return refuse(
      'resource-group-values',
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
  // The function is the body's `ResourceId`, read as the handler reads it (under the same rule
  // switch), for faults and the journal: a body the handler cannot read names no function.
  functionNameOf: (body, state) => {
    const found = field(body, 'ResourceId', ruleOn(state, OPERATION, 'resource-group-keys-any-case'));
    return found.ok && typeof found.value === 'string' ? found.value : undefined;
  },
  run,
};
