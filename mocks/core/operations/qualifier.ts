/**
 * What `?qualifier=` names on GetFunction and GetFunctionCode (lifecycle B.1, I.1): nothing,
 * `''` or `LATEST` for the editable function, a version id for that published version (404
 * `VersionNotFound`), anything else an alias, read as its main version (404 `AliasNotFound`).
 */
import { aliasNameOf } from '../alias-record.ts';
import { clip, fcError } from '../errors.ts';
import type { FunctionRecord } from '../function-record.ts';
import { nameIndex } from '../named-list.ts';
import { findVersion } from '../version-record.ts';
import { type Outcome, reject } from './operation.ts';

/** A qualifier read: the record it names and its version id (`LATEST` for the function itself). */
export interface Qualified {
  record: FunctionRecord;
  versionId: string;
}

/**
 * The record a qualifier names on a function, or its 404.
 *
 * @example
 * qualifiedRecord(record, 'prod'); // { record: <version 2's snapshot>, versionId: '2' }
 */
export function qualifiedRecord(record: FunctionRecord, qualifier: string | null): Qualified | Outcome {
  if (qualifier === null || qualifier === '' || qualifier === 'LATEST')
    return { record, versionId: 'LATEST' };
  const name = record.functionName;
  let versionId = qualifier;
  if (!/^\d+$/.test(qualifier)) {
    const aliases = record.aliases ?? [];
    const index = nameIndex(aliases, qualifier, aliasNameOf);
    if (index < 0) return reject(fcError('AliasNotFound', clip(qualifier, 128), name));
    versionId = aliases[index]?.versionId as string;
  }
  const version = findVersion(record.versions, versionId);
  return version
    ? { record: version.snapshot, versionId }
    : reject(fcError('VersionNotFound', clip(versionId, 128), name));
}
