/**
 * GetAlias (`GET /2023-03-30/functions/{functionName}/aliases/{aliasName}`, lifecycle I.3): the
 * alias as stored; a missing one answers 404 `AliasNotFound` (terraform treats it as gone, H.5).
 */
import { ALIASES } from './alias-input.ts';
import { findChild } from './child-lookup.ts';
import { type Operation, type OperationRequest, type Outcome, succeed } from './operation.ts';

function run(request: OperationRequest): Outcome {
  const found = findChild(request, 'GetAlias', ALIASES);
  return 'status' in found ? found : succeed(found.item);
}

/** The GetAlias row of the operation table. */
export const getAlias: Operation = {
  name: 'GetAlias',
  method: 'GET',
  path: '/2023-03-30/functions/{functionName}/aliases/{aliasName}',
  body: 'none',
  run,
};
