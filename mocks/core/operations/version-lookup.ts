/**
 * What the version operations share: the version a path names (400 for an id no version can
 * have, rule `versionId-format`; 404 `VersionNotFound`, lifecycle G) and a version's snapshot.
 */
import { clip, fcError } from '../errors.ts';
import type { FunctionRecord } from '../function-record.ts';
import type { OperationName } from '../types.ts';
import { findVersion, type VersionRecord } from '../version-record.ts';
import { type Outcome, refuse, reject, ruleOn, shownValue } from './operation.ts';

/** Version ids as the service writes them: a positive decimal integer without leading zeros. */
export const VERSION_ID = /^[1-9]\d{0,9}$/;

/**
 * The version of `id` on a function, or the answer that refuses it: 400 when the id cannot be a
 * version's (unless `versionId-format` is off), else 404 `VersionNotFound`.
 *
 * @example
 * const version = versionOf({ state, operation: 'DeleteFunctionVersion', fn, id: '01' }); // 400
 */
export function versionOf(options: {
  state: Parameters<typeof ruleOn>[0];
  operation: OperationName;
  fn: FunctionRecord;
  id: string;
}): Outcome | VersionRecord {
  const { state, operation, fn, id } = options;
  if (!VERSION_ID.test(id) && ruleOn(state, operation, 'versionId-format')) {
    return refuse(
      'versionId-format',
      `versionId ${shownValue(id)} is invalid: a version number (1, 2, …) without leading zeros, at most 10 digits`,
    );
  }
  return findVersion(fn.versions, id) ?? reject(fcError('VersionNotFound', clip(id, 128), fn.functionName));
}

/**
 * The record a version keeps: the function as it is now without its own children (triggers,
 * versions, aliases) and invocation switch, dated at publishing.
 *
 * @example
 * snapshotOf(record, '2024-05-01T08:00:00Z').triggers; // undefined
 */
export function snapshotOf(record: FunctionRecord, time: string): FunctionRecord {
  const { triggers: _t, versions: _v, aliases: _a, invocationRestriction: _i, ...kept } = record;
  return { ...kept, createdTime: time, lastModifiedTime: time };
}
