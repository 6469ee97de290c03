/**
 * What the trigger operations share: the function and trigger a path names (400 for a name no
 * trigger can have, 404 `TriggerNotFound` / `FunctionNotFound`, lifecycle G) and a trigger's
 * address token.
 */
import { fcError } from '../errors.ts';
import type { FunctionRecord } from '../function-record.ts';
import type { Prng } from '../prng.ts';
import { type TriggerRecord, triggerIndex } from '../trigger-record.ts';
import type { OperationName } from '../types.ts';
import { findFunction, type OperationRequest, type Outcome, reject, ruleOn } from './operation.ts';
import { checkTriggerName } from './trigger-input.ts';

/** Shared by every function without triggers (records are replaced, never mutated). */
export const NO_TRIGGERS: readonly TriggerRecord[] = Object.freeze([]);

/** A found trigger: its function, itself and the function's triggers. */
export interface FoundTrigger {
  fn: FunctionRecord;
  trigger: TriggerRecord;
  triggers: readonly TriggerRecord[];
}

/**
 * The trigger a path names, or the answer that refuses the request.
 *
 * @example
 * const found = findTrigger(request, 'GetTrigger');
 * if ('status' in found) return found;
 */
export function findTrigger(request: OperationRequest, operation: OperationName): Outcome | FoundTrigger {
  const found = findFunction(request, operation);
  if ('status' in found) return found;
  const name = request.params.triggerName as string;
  const invalid = checkTriggerName(name);
  if (invalid && ruleOn(request.state, operation, invalid.ruleId)) {
    return reject(fcError('InvalidArgument', invalid.message), { ruleId: invalid.ruleId });
  }
  const triggers = found.record.triggers ?? NO_TRIGGERS;
  const index = triggerIndex(triggers, name);
  if (index < 0) return reject(fcError('TriggerNotFound', name, found.name));
  return { fn: found.record, trigger: triggers[index] as TriggerRecord, triggers };
}

/**
 * Ten lowercase letters for an `http` trigger's address (T.3), from the emulator's seeded generator.
 *
 * @example
 * urlToken(state.prng); // 'kdgaobpfnc'
 */
export function urlToken(prng: Prng): string {
  return prng.hex(10).replace(/[0-9a-f]/g, (digit) => String.fromCharCode(97 + Number.parseInt(digit, 16)));
}
