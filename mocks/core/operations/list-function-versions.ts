/**
 * ListFunctionVersions (`GET /2023-03-30/functions/{functionName}/versions`, lifecycle I.2): one
 * page of the function's versions, newest first (`BACKWARD`, the default: devsapp takes
 * `versions[0]` of `limit=1` as the latest, H.3; inferred) or oldest first (`FORWARD`), continued
 * with an opaque `nextToken` that holds the id the next page starts at; `versions` is always an
 * array (`s remove` iterates it, H.2).
 */
import { type VersionRecord, versionBody } from '../version-record.ts';
import { encodeToken, parseLimit, parseToken } from './list-page.ts';
import {
  findFunction,
  type Operation,
  type OperationRequest,
  type Outcome,
  refuse,
  ruleOn,
  shownValue,
  succeed,
} from './operation.ts';

const NAME = 'ListFunctionVersions';

function run(request: OperationRequest): Outcome {
  const found = findFunction(request, NAME);
  if ('status' in found) return found;
  const { state, query } = request;
  const limit = parseLimit({ state, operation: NAME, text: query.get('limit') });
  if (!limit.ok) return limit.outcome;
  const direction = query.get('direction') || 'BACKWARD';
  if (direction !== 'BACKWARD' && direction !== 'FORWARD') {
    return refuse('list-direction', `direction must be BACKWARD or FORWARD, got ${shownValue(direction)}`);
  }
  const token = parseToken(state, NAME, query.get('nextToken'));
  if (!token.ok) return token.outcome;
  // The id a page starts at (0: the first in this direction); switched off, any other text is 0.
  const from = /^\d{0,10}$/.test(token.value) ? Number(token.value) : 0;
  if (from === 0 && token.value !== '' && ruleOn(state, NAME, 'list-next-token')) {
    return refuse('list-next-token', `nextToken ${shownValue(token.value)} does not name a version`);
  }
  const forward = direction === 'FORWARD';
  // This page and the version after it, walking past the empty slots of deleted versions.
  const slots = found.record.versions?.slots ?? [];
  const ordered: VersionRecord[] = [];
  const end = slots.length;
  for (
    let i = forward ? Math.max(from, 1) - 1 : Math.min(from || end, end) - 1;
    i >= 0 && i < end && ordered.length <= limit.value;
    i += forward ? 1 : -1
  ) {
    const version = slots[i];
    if (version) ordered.push(version);
  }
  const body = { direction, versions: ordered.slice(0, limit.value).map(versionBody) };
  const next = ordered[limit.value];
  return succeed(next ? { ...body, nextToken: encodeToken(state, NAME, next.versionId) } : body);
}

/** The ListFunctionVersions row of the operation table. */
export const listFunctionVersions: Operation = {
  name: NAME,
  method: 'GET',
  path: '/2023-03-30/functions/{functionName}/versions',
  body: 'none',
  run,
};
