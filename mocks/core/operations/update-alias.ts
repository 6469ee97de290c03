/**
 * UpdateAlias (`PUT /2023-03-30/functions/{functionName}/aliases/{aliasName}`, lifecycle I.3):
 * the fields of `UpdateAliasInput` the body brings (`versionId`, `description`,
 * `additionalVersionWeight`, the last as a whole) replace the stored ones, as UpdateTrigger
 * merges; the versions the body names must exist, the merged weights must leave the main
 * version out, and `lastModifiedTime` moves. Versions the stored alias already has (in the
 * same role) are not checked again: with rule `version-in-use` off one may be gone, and an
 * update that does not name it anew (a new description, the read-back sent back, ADR 054
 * addendum) is no request about it.
 */
import { type AliasRecord, aliasNameOf } from '../alias-record.ts';
import { isoSeconds } from '../function-record.ts';
import { withNamed } from '../named-list.ts';
import { ALIASES, aliasBody, checkAliasVersions } from './alias-input.ts';
import { findChild } from './child-lookup.ts';
import { type Operation, type OperationRequest, type Outcome, reject, succeed } from './operation.ts';

function run(request: OperationRequest): Outcome {
  const found = findChild(request, 'UpdateAlias', ALIASES);
  if ('status' in found) return found;
  const { body, state, scope, now } = request;
  if (!body.ok) return reject(body.error);
  const given = aliasBody(body.value, { create: false, state, operation: 'UpdateAlias' });
  if ('status' in given) return given;
  const next: AliasRecord = { ...found.item, ...given, lastModifiedTime: isoSeconds(now) };
  const refused = checkAliasVersions({ fn: found.fn, alias: next, named: given, stored: found.item });
  if (refused) return refused;
  state.store.put(scope, { ...found.fn, aliases: withNamed(found.items, next, aliasNameOf) });
  return succeed(next);
}

/** The UpdateAlias row of the operation table. */
export const updateAlias: Operation = {
  name: 'UpdateAlias',
  method: 'PUT',
  path: '/2023-03-30/functions/{functionName}/aliases/{aliasName}',
  body: 'json',
  run,
};
