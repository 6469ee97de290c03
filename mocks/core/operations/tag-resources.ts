/**
 * TagResources (`POST /2023-03-30/tags-v2`, lifecycle I.5): adds or replaces tags on functions
 * named by ARN. Every named function must exist (404 `FunctionNotFound`, inferred) and keep at
 * most 20 tags (`tags-max`, inferred) before any is changed; the new tags land in the function's
 * shape, so GetFunction and ListFunctions' `tags` filter see them. Idempotent (lifecycle H.4).
 * 204 without a body (inferred).
 */
import { fcError } from '../errors.ts';
import type { FunctionRecord } from '../function-record.ts';
import type { FcTag } from '../types.ts';
import { type Operation, type OperationRequest, type Outcome, reject, ruleOn, succeed } from './operation.ts';
import { validateTagResources } from './tag-input.ts';

/** Tags a function keeps at most (CF C.15, the create rule `tags-max`). */
const MAX_TAGS = 20;

/** Own tags with the added ones: a known key keeps its place and takes the new value. */
function merged(own: readonly FcTag[], added: readonly FcTag[]): FcTag[] {
  const byKey = new Map(own.map((tag) => [tag.Key, tag]));
  for (const tag of added) byKey.set(tag.Key, tag);
  return [...byKey.values()];
}

/**
 * The records of the named functions, or the 404 for the first that does not exist.
 *
 * @example
 * const records = namedFunctions(request, ['f']);
 */
export function namedFunctions(
  request: OperationRequest,
  names: readonly string[],
): Outcome | FunctionRecord[] {
  const records: FunctionRecord[] = [];
  for (const name of names) {
    const record = request.state.store.get(request.scope, name);
    if (!record) return reject(fcError('FunctionNotFound', name));
    records.push(record);
  }
  return records;
}

function run(request: OperationRequest): Outcome {
  const { body, state, scope } = request;
  if (!body.ok) return reject(body.error);
  const enabled = (ruleId: string) => ruleOn(state, 'TagResources', ruleId);
  const input = validateTagResources(body.value, { scope, enabled });
  if (!input.ok) return reject(fcError('InvalidArgument', input.message), { ruleId: input.ruleId });
  const records = namedFunctions(request, input.value.functionNames);
  if ('status' in records) return records;
  const next = records.map((record) => ({ record, tags: merged(record.shape.tags, input.value.tags) }));
  const tooMany = next.find(({ tags }) => tags.length > MAX_TAGS);
  if (tooMany && ruleOn(state, 'TagResources', 'tags-max')) {
    const message = `function '${tooMany.record.functionName}' would carry ${tooMany.tags.length} tags; at most ${MAX_TAGS}`;
    return reject(fcError('InvalidArgument', message), { ruleId: 'tags-max' });
  }
  for (const { record, tags } of next) {
    state.store.put(scope, { ...record, shape: state.shapes.intern({ ...record.shape, tags }) });
  }
  return succeed(undefined, 204);
}

/** The TagResources row of the operation table. */
export const tagResources: Operation = {
  name: 'TagResources',
  method: 'POST',
  path: '/2023-03-30/tags-v2',
  body: 'json',
  run,
};
