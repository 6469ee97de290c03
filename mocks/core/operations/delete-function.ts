/**
 * DeleteFunction (`DELETE /2023-03-30/functions/{functionName}`, lifecycle D): 204 without a
 * body (D.2, inferred); refused with 409 `FunctionNotEmpty` while the function has triggers
 * (D.3); afterwards GetFunction answers 404 and the name can be created again. It has no
 * `qualifier` (D.1): one that names something is refused (rule `delete-no-qualifier`, inferred),
 * since deleting the whole function, every version with it, is not what such a caller meant.
 */
import { fcError } from '../errors.ts';
import {
  findFunction,
  type Operation,
  type OperationRequest,
  type Outcome,
  refuse,
  reject,
  ruleOn,
  shownValue,
  succeed,
} from './operation.ts';

function run(request: OperationRequest): Outcome {
  const found = findFunction(request, 'DeleteFunction');
  if ('status' in found) return found;
  const qualifier = request.query.get('qualifier');
  if (qualifier && ruleOn(request.state, 'DeleteFunction', 'delete-no-qualifier')) {
    const message = `DeleteFunction takes no qualifier (it deletes every version), got qualifier ${shownValue(qualifier)}`;
    return refuse('delete-no-qualifier', message);
  }
  // Triggers must be deleted first (D.3: documented code and wording, status 409 inferred).
  if ((found.record.triggers?.length ?? 0) > 0) return reject(fcError('FunctionNotEmpty', found.name));
  request.state.store.delete(request.scope, found.name);
  return succeed(undefined, 204);
}

/** The DeleteFunction row of the operation table. */
export const deleteFunction: Operation = {
  name: 'DeleteFunction',
  method: 'DELETE',
  path: '/2023-03-30/functions/{functionName}',
  body: 'none',
  run,
};
