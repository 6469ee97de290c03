/**
 * A function's published versions (lifecycle I.2): each an immutable snapshot of the function's
 * record as it was published, kept on the function's record (`FunctionRecord.versions`) in
 * ascending id order. Ids count from 1 per function and are never reused: `lastId` remembers
 * the highest ever given, also after that version is deleted (documented, "Manage versions").
 */
import type { FunctionRecord } from './function-record.ts';

/** One published version. Records are replaced, never mutated. */
export interface VersionRecord {
  /** Decimal text of a positive integer (`"1"`, `"2"`, …), as the `Version` model types it. */
  versionId: string;
  description: string;
  /** ISO-8601 UTC, second precision: the moment of publishing (a version never changes). */
  createdTime: string;
  lastModifiedTime: string;
  /** The function as published, without its triggers, versions, aliases and invocation switch. */
  snapshot: FunctionRecord;
}

/** The versions of a function; absent on a record until its first publish. */
export interface FunctionVersions {
  /** The highest id ever published (ids are never reused, lifecycle I.2). */
  lastId: number;
  items: readonly VersionRecord[];
}

/**
 * The `Version` body of a version (keys in alphabetical order, like the other bodies).
 *
 * @example
 * versionBody(version); // { createdTime, description, lastModifiedTime, versionId }
 */
export function versionBody(version: VersionRecord): Record<string, string> {
  const { createdTime, description, lastModifiedTime, versionId } = version;
  return { createdTime, description, lastModifiedTime, versionId };
}

/**
 * The version of this id among a function's versions, if it has one.
 *
 * @example
 * findVersion(record.versions, '2')?.description;
 */
export function findVersion(versions: FunctionVersions | undefined, id: string): VersionRecord | undefined {
  return versions?.items.find((version) => version.versionId === id);
}
