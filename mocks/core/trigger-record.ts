/**
 * A stored trigger as a plain record (lifecycle I.4): what CreateTrigger was given, as
 * UpdateTrigger last changed it, and the values the service computed for it. Triggers live on
 * their function's record (`FunctionRecord.triggers`), so deleting a function can see them and a
 * function's triggers are read and replaced with it.
 */

/** One trigger of a function. Replaced on update, never mutated in place. */
export interface TriggerRecord {
  triggerName: string;
  /** A UUID from the emulator's seeded generator. */
  triggerId: string;
  triggerType: string;
  /** JSON text, exactly as sent (clients parse it back, lifecycle H.1 phase 4). */
  triggerConfig: string;
  qualifier: string;
  sourceArn: string | undefined;
  invocationRole: string | undefined;
  description: string;
  /** ISO-8601 UTC, second precision. */
  createdTime: string;
  lastModifiedTime: string;
  /** Ten lowercase letters of an `http` trigger's address (T.3); '' for other types. */
  urlToken: string;
}

/** At most this many triggers per function (CF G.11, lifecycle I.4). */
export const MAX_TRIGGERS_PER_FUNCTION = 50;

/**
 * The index of a trigger name in a sorted list, or where it would go (`~index - 1` style: a
 * negative result `-(i + 1)` means "absent, insert at i").
 *
 * @example
 * triggerIndex([{ triggerName: 'a' }, { triggerName: 'c' }] as TriggerRecord[], 'b'); // -2
 */
export function triggerIndex(triggers: readonly TriggerRecord[], name: string): number {
  let low = 0;
  let high = triggers.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const at = (triggers[mid] as TriggerRecord).triggerName;
    if (at === name) return mid;
    if (at < name) low = mid + 1;
    else high = mid;
  }
  return -(low + 1);
}

/**
 * A copy of the sorted list with `trigger` inserted or put in place of the one of the same name.
 *
 * @example
 * withTrigger([], trigger).length; // 1
 */
export function withTrigger(triggers: readonly TriggerRecord[], trigger: TriggerRecord): TriggerRecord[] {
  const index = triggerIndex(triggers, trigger.triggerName);
  const copy = [...triggers];
  if (index >= 0) copy[index] = trigger;
  else copy.splice(-index - 1, 0, trigger);
  return copy;
}

/**
 * A copy of the sorted list without the trigger of this name (the same list when absent).
 *
 * @example
 * withoutTrigger([trigger], trigger.triggerName).length; // 0
 */
export function withoutTrigger(triggers: readonly TriggerRecord[], name: string): readonly TriggerRecord[] {
  const index = triggerIndex(triggers, name);
  if (index < 0) return triggers;
  return triggers.filter((_, i) => i !== index);
}
