/**
 * UpdateTrigger (`PUT /2023-03-30/functions/{functionName}/triggers/{triggerName}`, lifecycle
 * I.4): the fields of `UpdateTriggerInput` the body brings replace the stored ones, the new
 * `triggerConfig` is checked against the stored type, `lastModifiedTime` moves; name, type,
 * source and id stay.
 */
import { fcError } from '../errors.ts';
import { isoSeconds } from '../function-record.ts';
import { withNamed } from '../named-list.ts';
import { triggerBody } from '../trigger-body.ts';
import { type TriggerRecord, triggerNameOf } from '../trigger-record.ts';
import { findChild } from './child-lookup.ts';
import { type Operation, type OperationRequest, type Outcome, reject, ruleOn, succeed } from './operation.ts';
import { validateUpdateTrigger } from './trigger-input.ts';
import { TRIGGERS } from './trigger-lookup.ts';

function run(request: OperationRequest): Outcome {
  const found = findChild(request, 'UpdateTrigger', TRIGGERS);
  if ('status' in found) return found;
  const { body, state, scope, now } = request;
  if (!body.ok) return reject(body.error);
  const { item: trigger } = found;
  const input = validateUpdateTrigger(body.value, trigger.triggerType, (id) =>
    ruleOn(state, 'UpdateTrigger', id),
  );
  if (!input.ok) return reject(fcError('InvalidArgument', input.message), { ruleId: input.ruleId });
  const given = input.value;
  const next: TriggerRecord = {
    ...trigger,
    triggerConfig: given.triggerConfig ?? trigger.triggerConfig,
    qualifier: given.qualifier ?? trigger.qualifier,
    invocationRole: given.invocationRole ?? trigger.invocationRole,
    description: given.description ?? trigger.description,
    lastModifiedTime: isoSeconds(now),
  };
  const fn = { ...found.fn, triggers: withNamed(found.items, next, triggerNameOf) };
  state.store.put(scope, fn);
  return succeed(triggerBody(fn, next));
}

/** The UpdateTrigger row of the operation table. */
export const updateTrigger: Operation = {
  name: 'UpdateTrigger',
  method: 'PUT',
  path: '/2023-03-30/functions/{functionName}/triggers/{triggerName}',
  body: 'json',
  run,
};
