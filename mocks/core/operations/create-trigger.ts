/**
 * CreateTrigger (`POST /2023-03-30/functions/{functionName}/triggers`, lifecycle I.4): the body
 * checked (trigger-input.ts), the name unique per function (409 `TriggerAlreadyExists`), at most
 * 50 per function (400 `LimitExceeded`), then the function's record replaced with the trigger
 * added, and the `Trigger` body.
 */
import { fcError } from '../errors.ts';
import { isoSeconds } from '../function-record.ts';
import { nameIndex, withNamed } from '../named-list.ts';
import { triggerBody } from '../trigger-body.ts';
import { MAX_TRIGGERS_PER_FUNCTION, type TriggerRecord, triggerNameOf } from '../trigger-record.ts';
import type { CreateTriggerInput } from '../types.ts';
import {
  findFunction,
  type Operation,
  type OperationRequest,
  type Outcome,
  reject,
  ruleOn,
  succeed,
} from './operation.ts';
import { validateCreateTrigger } from './trigger-input.ts';
import { NO_TRIGGERS, urlToken } from './trigger-lookup.ts';

function newTrigger(request: OperationRequest, input: CreateTriggerInput): TriggerRecord {
  const time = isoSeconds(request.now);
  const { prng } = request.state;
  return {
    triggerName: input.triggerName,
    triggerId: prng.uuid(),
    triggerType: input.triggerType,
    triggerConfig: input.triggerConfig,
    qualifier: input.qualifier ?? 'LATEST',
    sourceArn: input.sourceArn,
    invocationRole: input.invocationRole,
    description: input.description ?? '',
    createdTime: time,
    lastModifiedTime: time,
    urlToken: input.triggerType === 'http' ? urlToken(prng) : '',
  };
}

function run(request: OperationRequest): Outcome {
  const found = findFunction(request, 'CreateTrigger');
  if ('status' in found) return found;
  const { body, state, scope } = request;
  if (!body.ok) return reject(body.error);
  const input = validateCreateTrigger(body.value, (id) => ruleOn(state, 'CreateTrigger', id));
  if (!input.ok) return reject(fcError('InvalidArgument', input.message), { ruleId: input.ruleId });
  const { triggerName } = input.value;
  const triggers = found.record.triggers ?? NO_TRIGGERS;
  if (nameIndex(triggers, triggerName, triggerNameOf) >= 0) {
    return reject(fcError('TriggerAlreadyExists', triggerName, found.name));
  }
  const ruleId = 'triggers-per-function-max';
  if (triggers.length >= MAX_TRIGGERS_PER_FUNCTION && ruleOn(state, 'CreateTrigger', ruleId)) {
    const message = `the number of triggers of function '${found.name}' exceeds the limit: ${MAX_TRIGGERS_PER_FUNCTION}`;
    return reject({ ...fcError('LimitExceeded'), message }, { ruleId });
  }
  const trigger = newTrigger(request, input.value);
  const fn = { ...found.record, triggers: withNamed(triggers, trigger, triggerNameOf) };
  state.store.put(scope, fn);
  return succeed(triggerBody(fn, trigger));
}

/** The CreateTrigger row of the operation table. */
export const createTrigger: Operation = {
  name: 'CreateTrigger',
  method: 'POST',
  path: '/2023-03-30/functions/{functionName}/triggers',
  body: 'json',
  run,
};
