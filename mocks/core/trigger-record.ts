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
 * Reads a trigger's name, for the sorted-list helpers of `named-list.ts`.
 *
 * @example
 * triggerNameOf(trigger); // 'http-t'
 */
export const triggerNameOf = (trigger: TriggerRecord): string => trigger.triggerName;
