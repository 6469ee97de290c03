/**
 * DeleteAlias (`DELETE /2023-03-30/functions/{functionName}/aliases/{aliasName}`, lifecycle
 * I.3): 204 without a body like the other deletes (inferred, D.2); the versions it named can be
 * deleted afterwards (rule `version-in-use`).
 */
import { aliasNameOf } from '../alias-record.ts';
import { withoutNamed } from '../named-list.ts';
import { ALIASES } from './alias-input.ts';
import { findChild } from './child-lookup.ts';
import { type Operation, type OperationRequest, type Outcome, succeed } from './operation.ts';

function run(request: OperationRequest): Outcome {
  const found = findChild(request, 'DeleteAlias', ALIASES);
  if ('status' in found) return found;
  const aliases = withoutNamed(found.items, found.item.aliasName, aliasNameOf);
  const { aliases: _old, ...rest } = found.fn;
  request.state.store.put(request.scope, aliases.length === 0 ? rest : { ...rest, aliases });
  return succeed(undefined, 204);
}

/** The DeleteAlias row of the operation table. */
export const deleteAlias: Operation = {
  name: 'DeleteAlias',
  method: 'DELETE',
  path: '/2023-03-30/functions/{functionName}/aliases/{aliasName}',
  body: 'none',
  run,
};
