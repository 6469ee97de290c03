/**
 * ListAliases (`GET /2023-03-30/functions/{functionName}/aliases`, lifecycle I.3): one page of
 * the function's aliases in ascending name order, filtered by `prefix`, continued with the same
 * opaque token as ListTriggers; `aliases` is always an array (`s remove` iterates it, H.2).
 */
import { aliasNameOf } from '../alias-record.ts';
import { namedListPage } from './list-page.ts';
import { findFunction, type Operation, type OperationRequest, type Outcome, succeed } from './operation.ts';

function run(request: OperationRequest): Outcome {
  const found = findFunction(request, 'ListAliases');
  if ('status' in found) return found;
  const page = namedListPage(request, 'ListAliases', found.record.aliases ?? [], aliasNameOf);
  if ('status' in page) return page;
  const { items: aliases, nextToken } = page;
  return succeed(nextToken === undefined ? { aliases } : { aliases, nextToken });
}

/** The ListAliases row of the operation table. */
export const listAliases: Operation = {
  name: 'ListAliases',
  method: 'GET',
  path: '/2023-03-30/functions/{functionName}/aliases',
  body: 'none',
  run,
};
