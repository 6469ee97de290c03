/**
 * DeleteTrigger (`DELETE /2023-03-30/functions/{functionName}/triggers/{triggerName}`): 204
 * without a body like DeleteFunction (inferred, lifecycle D.2); once the last trigger is gone
 * the function can be deleted (lifecycle D.3).
 */
import { withoutNamed } from '../named-list.ts';
import { triggerNameOf } from '../trigger-record.ts';
import { findChild } from './child-lookup.ts';
import { type Operation, type OperationRequest, type Outcome, succeed } from './operation.ts';
import { TRIGGERS } from './trigger-lookup.ts';

function run(request: OperationRequest): Outcome {
  const found = findChild(request, 'DeleteTrigger', TRIGGERS);
  if ('status' in found) return found;
  const triggers = withoutNamed(found.items, found.item.triggerName, triggerNameOf);
  const { triggers: _old, ...rest } = found.fn;
  request.state.store.put(request.scope, triggers.length === 0 ? rest : { ...rest, triggers });
  return succeed(undefined, 204);
}

/** The DeleteTrigger row of the operation table. */
export const deleteTrigger: Operation = {
  name: 'DeleteTrigger',
  method: 'DELETE',
  path: '/2023-03-30/functions/{functionName}/triggers/{triggerName}',
  body: 'none',
  run,
};
