/**
 * ListFunctionVersions (`GET /2023-03-30/functions/{functionName}/versions`, lifecycle I.2): one
 * page of the function's versions, newest first (`BACKWARD`, the default: devsapp takes
 * `versions[0]` of `limit=1` as the latest, H.3; inferred) or oldest first (`FORWARD`), continued
 * with an opaque `nextToken` that holds the id the next page starts at; `versions` is always an
 * array (`s remove` iterates it, H.2).
 */
import { type VersionRecord, versionBody } from '../version-record.ts';
import { encodeToken, invalidQuery, type Parsed, parseLimit, parseToken } from './list-page.ts';
import {
  findFunction,
  type Operation,
  type OperationRequest,
  type Outcome,
  ruleOn,
  shownValue,
  succeed,
} from './operation.ts';

const NAME = 'ListFunctionVersions';

function parseDirection(text: string | null): Parsed<'BACKWARD' | 'FORWARD'> {
  if (text === null || text === '') return { ok: true, value: 'BACKWARD' };
  if (text === 'BACKWARD' || text === 'FORWARD') return { ok: true, value: text };
  return invalidQuery('list-direction', `direction must be BACKWARD or FORWARD, got ${shownValue(text)}`);
}

/** The id a page starts at (0 = the first in this direction), from the token's text. */
function startOf(request: OperationRequest, text: string): Parsed<number> {
  if (text === '' || /^\d{1,10}$/.test(text)) return { ok: true, value: Number(text) };
  if (!ruleOn(request.state, NAME, 'list-next-token')) return { ok: true, value: 0 };
  return invalidQuery('list-next-token', `nextToken ${shownValue(text)} does not name a version`);
}

function run(request: OperationRequest): Outcome {
  const found = findFunction(request, NAME);
  if ('status' in found) return found;
  const { state, query } = request;
  const limit = parseLimit(query.get('limit'));
  if (!limit.ok) return limit.outcome;
  const direction = parseDirection(query.get('direction'));
  if (!direction.ok) return direction.outcome;
  const token = parseToken(state, NAME, query.get('nextToken'));
  if (!token.ok) return token.outcome;
  const start = startOf(request, token.value);
  if (!start.ok) return start.outcome;
  const forward = direction.value === 'FORWARD';
  const all = found.record.versions?.items ?? [];
  const from = start.value;
  const kept = all.filter(
    (v) => from === 0 || (forward ? Number(v.versionId) >= from : Number(v.versionId) <= from),
  );
  const ordered: readonly VersionRecord[] = forward ? kept : [...kept].reverse();
  const versions = ordered.slice(0, limit.value).map(versionBody);
  const next = ordered[limit.value];
  const body = { direction: direction.value, versions };
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
