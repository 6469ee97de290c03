/**
 * UntagResources (`DELETE /2023-03-30/tags-v2`, lifecycle I.5): removes the keys of `TagKey`, or
 * every tag with `All=true`, from functions named by ARN (both JSON text in the query). Keys a
 * function does not carry are ignored (inferred). 204 without a body (inferred).
 */
import { fcError } from '../errors.ts';
import { type Operation, type OperationRequest, type Outcome, reject, ruleOn, succeed } from './operation.ts';
import { validateUntagResources } from './tag-input.ts';
import { namedFunctions } from './tag-resources.ts';

function run(request: OperationRequest): Outcome {
  const { state, scope, query } = request;
  const enabled = (ruleId: string) => ruleOn(state, 'UntagResources', ruleId);
  const input = validateUntagResources(query, { scope, enabled });
  if (!input.ok) return reject(fcError('InvalidArgument', input.message), { ruleId: input.ruleId });
  const records = namedFunctions(request, input.value.functionNames);
  if ('status' in records) return records;
  const { keys } = input.value;
  for (const record of records) {
    const tags =
      keys === undefined ? [] : record.shape.tags.filter((tag) => !keys.includes(tag.Key as string));
    if (tags.length === record.shape.tags.length) continue;
    state.store.put(scope, { ...record, shape: state.shapes.intern({ ...record.shape, tags }) });
  }
  return succeed(undefined, 204);
}

/** The UntagResources row of the operation table. */
export const untagResources: Operation = {
  name: 'UntagResources',
  method: 'DELETE',
  path: '/2023-03-30/tags-v2',
  body: 'none',
  run,
};
