/**
 * DeleteFunctionVersion (`DELETE /2023-03-30/functions/{functionName}/versions/{versionId}`,
 * lifecycle I.2): 204 without a body like the other deletes (inferred, D.2). `LATEST` cannot be
 * deleted (documented, "Manage versions"); a version an alias routes to, as its main version or
 * by weight, is refused until the alias moves or goes (rule `version-in-use`, inferred from the
 * version docs' "remove such aliases first"; ADR 033). Its id is not given again.
 */
import { aliasUsing } from '../alias-record.ts';
import type { FunctionVersions } from '../version-record.ts';
import {
  findFunction,
  type Operation,
  type OperationRequest,
  type Outcome,
  refuse,
  ruleOn,
  succeed,
} from './operation.ts';
import { versionOf } from './version-lookup.ts';

const NAME = 'DeleteFunctionVersion';

function run(request: OperationRequest): Outcome {
  const found = findFunction(request, NAME);
  if ('status' in found) return found;
  const { state } = request;
  const id = request.params.versionId as string;
  if (id === 'LATEST') return refuse('version-latest-kept', 'the LATEST version cannot be deleted');
  const fn = found.record;
  const version = versionOf({ state, operation: NAME, fn, id });
  if ('status' in version) return version;
  const alias = aliasUsing(fn.aliases ?? [], id);
  if (alias && ruleOn(state, NAME, 'version-in-use')) {
    const message = `version '${id}' of function '${found.name}' is used by alias '${alias.aliasName}'; update or delete the alias first`;
    return refuse('version-in-use', message);
  }
  // Its slot stays, empty: the id is not given again (version-record.ts).
  (fn.versions as FunctionVersions).slots[Number(id) - 1] = undefined;
  return succeed(undefined, 204);
}

/** The DeleteFunctionVersion row of the operation table. */
export const deleteFunctionVersion: Operation = {
  name: NAME,
  method: 'DELETE',
  path: '/2023-03-30/functions/{functionName}/versions/{versionId}',
  body: 'none',
  run,
};
