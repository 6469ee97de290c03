/**
 * DisableFunctionInvocation (`POST /2023-03-30/functions/{functionName}/invoke/disable`,
 * lifecycle I.5): sets the function's `invocationRestriction` to `{disable: true, reason,
 * lastModifiedTime}` (CF D.2) and answers `{"success": true}`, 200 (the SDK's response model;
 * status inferred). `s remove` sends `{"reason":"functionai-delete","abortOngoingRequest":true}`
 * (lifecycle H.2), terraform `{"functionName","reason"}` (H.4); unknown keys are ignored (ADR
 * 003), no body reads as `{}`. A second disable replaces the reason and the time (inferred).
 */
import { isoSeconds } from '../function-record.ts';
import {
  findFunction,
  type Operation,
  type OperationRequest,
  type Outcome,
  optionalBody,
  refuse,
  ruleOn,
  shownValue,
  succeed,
} from './operation.ts';

const OPERATION = 'DisableFunctionInvocation';
/**
 * The longest reason kept, in code points (inferred: the API states no bound; this is ROS's
 * limit on a function's `description`, CF B.1, the nearest text field with one).
 */
export const MAX_REASON_LENGTH = 256;

/** The reason to store (undefined: none given), or the answer refusing the body. */
function checkedReason(
  request: OperationRequest,
  body: Record<string, unknown>,
): Outcome | { reason?: string } {
  const { reason, abortOngoingRequest } = body;
  if (reason !== undefined && typeof reason !== 'string')
    return refuse('invocation-input-types', `reason must be a string, got ${shownValue(reason)}`);
  if (abortOngoingRequest !== undefined && typeof abortOngoingRequest !== 'boolean')
    return refuse(
      'invocation-input-types',
      `abortOngoingRequest must be a boolean, got ${shownValue(abortOngoingRequest)}`,
    );
  // Code points, as the schema interpreter's maxLength counts (an emoji is one character).
  const length = reason === undefined ? 0 : [...reason].length;
  if (length > MAX_REASON_LENGTH && ruleOn(request.state, OPERATION, 'invocation-reason-length'))
    return refuse(
      'invocation-reason-length',
      `reason must be at most ${MAX_REASON_LENGTH} characters, got ${length}`,
    );
  return reason === undefined ? {} : { reason };
}

function run(request: OperationRequest): Outcome {
  const found = findFunction(request, OPERATION);
  if ('status' in found) return found;
  const body = optionalBody(request);
  if (!body.ok) return body.outcome;
  const reason = checkedReason(request, body.value);
  if ('status' in reason) return reason;
  const invocationRestriction = { disable: true, lastModifiedTime: isoSeconds(request.now), ...reason };
  request.state.store.put(request.scope, { ...found.record, invocationRestriction });
  return succeed({ success: true });
}

/** The DisableFunctionInvocation row of the operation table. */
export const disableFunctionInvocation: Operation = {
  name: OPERATION,
  method: 'POST',
  path: '/2023-03-30/functions/{functionName}/invoke/disable',
  body: 'json',
  run,
};
