/**
 * ListTriggers (`GET /2023-03-30/functions/{functionName}/triggers`, lifecycle I.4): one page of
 * the function's triggers in ascending name order, filtered by `prefix`, continued with the same
 * opaque token as ListFunctions; `triggers` is always an array (`s remove` iterates it, H.2).
 */
import { triggerBody } from '../trigger-body.ts';
import { triggerNameOf } from '../trigger-record.ts';
import { namedListPage } from './list-page.ts';
import { findFunction, type Operation, type OperationRequest, type Outcome, succeed } from './operation.ts';
import { NO_TRIGGERS } from './trigger-lookup.ts';

function run(request: OperationRequest): Outcome {
  const found = findFunction(request, 'ListTriggers');
  if ('status' in found) return found;
  const page = namedListPage(request, 'ListTriggers', found.record.triggers ?? NO_TRIGGERS, triggerNameOf);
  if ('status' in page) return page;
  const triggers = page.items.map((trigger) => triggerBody(found.record, trigger));
  return succeed(page.nextToken === undefined ? { triggers } : { triggers, nextToken: page.nextToken });
}

/** The ListTriggers row of the operation table. */
export const listTriggers: Operation = {
  name: 'ListTriggers',
  method: 'GET',
  path: '/2023-03-30/functions/{functionName}/triggers',
  body: 'none',
  run,
};
