/**
 * What the trigger operations share: the function and trigger a path names (400 for a name no
 * trigger can have, 404 `TriggerNotFound` / `FunctionNotFound`, lifecycle G) and a trigger's
 * address token.
 */
import type { Prng } from '../prng.ts';
import { type TriggerRecord, triggerNameOf } from '../trigger-record.ts';
import type { ChildKind } from './child-lookup.ts';
import { checkTriggerName } from './trigger-input.ts';

/** Shared by every function without triggers (records are replaced, never mutated). */
export const NO_TRIGGERS: readonly TriggerRecord[] = Object.freeze([]);

/** Triggers as the named children of a function (lifecycle I.4). */
export const TRIGGERS: ChildKind<TriggerRecord> = {
  param: 'triggerName',
  of: (fn) => fn.triggers,
  nameOf: triggerNameOf,
  check: checkTriggerName,
  notFound: 'TriggerNotFound',
};

/**
 * Ten lowercase letters for an `http` trigger's address (T.3), from the emulator's seeded generator.
 *
 * @example
 * urlToken(state.prng); // 'kdgaobpfnc'
 */
export function urlToken(prng: Prng): string {
  return prng.hex(10).replace(/[0-9a-f]/g, (digit) => String.fromCharCode(97 + Number.parseInt(digit, 16)));
}
