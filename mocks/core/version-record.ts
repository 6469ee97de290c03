/**
 * A function's published versions (lifecycle I.2): each an immutable snapshot of the function's
 * record as it was published, kept on the function's record (`FunctionRecord.versions`) by id.
 * Ids count from 1 per function and are never reused, also after the newest version is deleted
 * (documented, "Manage versions").
 * Unlike the rest of a record, the versions change in place (a publish appends, a delete empties
 * a slot), so N publishes cost N appends rather than N copies of the list: the store holds only
 * a function's latest record, whose successor shares them, and a version's snapshot holds no
 * versions, so nothing ever reads the versions of an earlier record (ADR 033).
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

/**
 * The versions of a function, absent on a record until its first publish: one slot per id ever
 * given (`slots[id - 1]`), left `undefined` when that version is deleted, so the highest id ever
 * given is `slots.length` (ids are never reused, lifecycle I.2) and a lookup is an index.
 */
export interface FunctionVersions {
  slots: (VersionRecord | undefined)[];
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
 * The version of this id among a function's versions, if it has one (`'01'` names none).
 *
 * @example
 * findVersion(record.versions, '2')?.description;
 */
export function findVersion(versions: FunctionVersions | undefined, id: string): VersionRecord | undefined {
  const found = versions?.slots[Number(id) - 1];
  return found?.versionId === id ? found : undefined;
}
