/**
 * GetFunction (`GET /2023-03-30/functions/{functionName}`, lifecycle B): the function as it is
 * now, state fields included; read-after-write is immediate. `?qualifier=` names a published
 * version (its snapshot, B.1; terraform reads versions so, H.5) or an alias (its main version,
 * inferred); an unknown one answers 404 `VersionNotFound` / `AliasNotFound`.
 */
import { aliasNameOf } from '../alias-record.ts';
import { clip, fcError } from '../errors.ts';
import type { FunctionRecord } from '../function-record.ts';
import { nameIndex } from '../named-list.ts';
import { findVersion } from '../version-record.ts';
import {
  findFunction,
  functionAnswer,
  type Operation,
  type OperationRequest,
  type Outcome,
  reject,
} from './operation.ts';

/** Qualifiers that mean the editable configuration (B.1: omitted, empty or `LATEST`). */
function isLatest(qualifier: string | null): boolean {
  return qualifier === null || qualifier === '' || qualifier === 'LATEST';
}

function qualified(request: OperationRequest, record: FunctionRecord, qualifier: string): Outcome {
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
    ? functionAnswer(request, version.snapshot)
    : reject(fcError('VersionNotFound', clip(versionId, 128), name));
}

function run(request: OperationRequest): Outcome {
  const found = findFunction(request, 'GetFunction');
  if ('status' in found) return found;
  const qualifier = request.query.get('qualifier');
  if (isLatest(qualifier)) return functionAnswer(request, found.record);
  return qualified(request, found.record, qualifier as string);
}

/** The GetFunction row of the operation table. */
export const getFunction: Operation = {
  name: 'GetFunction',
  method: 'GET',
  path: '/2023-03-30/functions/{functionName}',
  body: 'none',
  run,
};
