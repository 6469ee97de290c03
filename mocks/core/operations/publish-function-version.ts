/**
 * PublishFunctionVersion (`POST /2023-03-30/functions/{functionName}/versions`, lifecycle I.2):
 * freezes the function's code and configuration as the next version (ids from 1, never reused;
 * triggers are not part of it) and answers the `Version`. The body `{description}` is optional
 * (the SDK sends none for an empty request, devsapp `{"description": ""}`, H.3); publishing with
 * nothing changed since the last version is allowed (inferred, I.2), and so is publishing while
 * the function is still being prepared: the version keeps the preparation and shows its state
 * fields on the clock like the function would (inferred; ADR 033).
 */
import { isoSeconds } from '../function-record.ts';
import { type FunctionVersions, type VersionRecord, versionBody } from '../version-record.ts';
import {
  findFunction,
  type Operation,
  type OperationRequest,
  type Outcome,
  optionalBody,
  refuse,
  shownValue,
  succeed,
} from './operation.ts';
import { snapshotOf } from './version-lookup.ts';

function run(request: OperationRequest): Outcome {
  const found = findFunction(request, 'PublishFunctionVersion');
  if ('status' in found) return found;
  const body = optionalBody(request);
  if (!body.ok) return body.outcome;
  const { description = '' } = body.value;
  if (typeof description !== 'string') {
    return refuse('version-input-types', `description must be a string, got ${shownValue(description)}`);
  }
  const { record } = found;
  const { state, scope } = request;
  const time = isoSeconds(request.now);
  const snapshot = snapshotOf(record, time);
  // GetFunction of a version shows the version's own description (terraform reads it back, H.5).
  if ((snapshot.shape.config.description ?? '') !== description) {
    const config = { ...snapshot.shape.config, description };
    snapshot.shape = state.shapes.intern({ ...snapshot.shape, config });
  }
  // Appended in place: copying the list made N publishes cost O(N²) (version-record.ts).
  const versions: FunctionVersions = record.versions ?? { slots: [] };
  const version: VersionRecord = {
    versionId: String(versions.slots.length + 1),
    description,
    createdTime: time,
    lastModifiedTime: time,
    snapshot,
  };
  versions.slots.push(version);
  state.store.put(scope, { ...record, versions });
  return succeed(versionBody(version));
}

/** The PublishFunctionVersion row of the operation table. */
export const publishFunctionVersion: Operation = {
  name: 'PublishFunctionVersion',
  method: 'POST',
  path: '/2023-03-30/functions/{functionName}/versions',
  body: 'json',
  run,
};
