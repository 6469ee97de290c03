/**
 * A function's aliases (lifecycle I.3): names for a published version, with optional canary
 * weights for other versions, kept on the function's record (`FunctionRecord.aliases`) in
 * ascending name order like its triggers (`named-list.ts`).
 */

/** One alias, in the `Alias` body's key order (alphabetical). Replaced, never mutated. */
export interface AliasRecord {
  /** Version id → share of the traffic, 0 to 1 (`{}` when none). */
  additionalVersionWeight: Readonly<Record<string, number>>;
  aliasName: string;
  /** ISO-8601 UTC, second precision. */
  createdTime: string;
  description: string;
  lastModifiedTime: string;
  /** The main version. */
  versionId: string;
}

/**
 * Reads an alias's name, for the sorted-list helpers of `named-list.ts`.
 *
 * @example
 * aliasNameOf(alias); // 'prod'
 */
export const aliasNameOf = (alias: AliasRecord): string => alias.aliasName;

/**
 * The first alias that routes traffic to a version (as its main version or by weight).
 *
 * @example
 * aliasUsing(record.aliases ?? [], '1')?.aliasName; // 'prod'
 */
export function aliasUsing(aliases: readonly AliasRecord[], versionId: string): AliasRecord | undefined {
  return aliases.find(
    (alias) => alias.versionId === versionId || Object.hasOwn(alias.additionalVersionWeight, versionId),
  );
}
