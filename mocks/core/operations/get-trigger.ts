/**
 * GetTrigger (`GET /2023-03-30/functions/{functionName}/triggers/{triggerName}`, lifecycle I.4):
 * the trigger as stored, with the addresses of an `http` trigger (T.3).
 */
import { triggerBody } from '../trigger-body.ts';
import { findChild } from './child-lookup.ts';
import { type Operation, type OperationRequest, type Outcome, succeed } from './operation.ts';
import { TRIGGERS } from './trigger-lookup.ts';

function run(request: OperationRequest): Outcome {
  const found = findChild(request, 'GetTrigger', TRIGGERS);
  if ('status' in found) return found;
  return succeed(triggerBody(found.fn, found.item));
}

/** The GetTrigger row of the operation table. */
export const getTrigger: Operation = {
  name: 'GetTrigger',
  method: 'GET',
  path: '/2023-03-30/functions/{functionName}/triggers/{triggerName}',
  body: 'none',
  run,
};
