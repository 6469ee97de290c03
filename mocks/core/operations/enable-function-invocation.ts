/**
 * EnableFunctionInvocation (`POST /2023-03-30/functions/{functionName}/invoke/enable`,
 * lifecycle I.5): clears a disabled function's restriction to `{disable: false,
 * lastModifiedTime}` (the reason goes; inferred) and answers `{"success": true}`, 200 (the SDK's
 * response model; status inferred). A function never disabled, or already enabled, is left as it
 * is (inferred). The SDK sends no body; terraform's `{"functionName"}` (H.4) is ignored.
 */
import { isoSeconds } from '../function-record.ts';
import {
  findFunction,
  type Operation,
  type OperationRequest,
  type Outcome,
  optionalBody,
  succeed,
} from './operation.ts';

function run(request: OperationRequest): Outcome {
  const found = findFunction(request, 'EnableFunctionInvocation');
  if ('status' in found) return found;
  const body = optionalBody(request);
  if (!body.ok) return body.outcome;
  const { record } = found;
  if (record.invocationRestriction?.disable) {
    const invocationRestriction = { disable: false, lastModifiedTime: isoSeconds(request.now) };
    request.state.store.put(request.scope, { ...record, invocationRestriction });
  }
  return succeed({ success: true });
}

/** The EnableFunctionInvocation row of the operation table. */
export const enableFunctionInvocation: Operation = {
  name: 'EnableFunctionInvocation',
  method: 'POST',
  path: '/2023-03-30/functions/{functionName}/invoke/enable',
  body: 'json',
  run,
};
