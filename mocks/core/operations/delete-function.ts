/**
 * DeleteFunction (`DELETE /2023-03-30/functions/{functionName}`, lifecycle D): 204 without a
 * body (D.2, inferred); afterwards GetFunction answers 404 and the name can be created again.
 */
import { findFunction, type Operation, type OperationRequest, type Outcome, succeed } from './operation.ts';

function run(request: OperationRequest): Outcome {
  const found = findFunction(request, 'DeleteFunction');
  if ('status' in found) return found;
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
