/**
 * CreateAlias (`POST /2023-03-30/functions/{functionName}/aliases`, lifecycle I.3): a name for a
 * published version, with optional canary weights; the name unique per function (409
 * `AliasAlreadyExists`, on which devsapp switches to UpdateAlias, H.1), then the function's record
 * replaced with the alias added, and the `Alias` body (`aliasName` is terraform's id, H.5).
 */
import { type AliasRecord, aliasNameOf } from '../alias-record.ts';
import { fcError } from '../errors.ts';
import { isoSeconds } from '../function-record.ts';
import { nameIndex, withNamed } from '../named-list.ts';
import { aliasBody, checkAliasName, checkAliasVersions } from './alias-input.ts';
import {
  findFunction,
  type Operation,
  type OperationRequest,
  type Outcome,
  refuse,
  reject,
  ruleOn,
  succeed,
} from './operation.ts';

function run(request: OperationRequest): Outcome {
  const found = findFunction(request, 'CreateAlias');
  if ('status' in found) return found;
  const { body, state, scope, now } = request;
  if (!body.ok) return reject(body.error);
  const given = aliasBody(body.value, { create: true, state, operation: 'CreateAlias' });
  if ('status' in given) return given;
  const aliasName = body.value.aliasName as string;
  const invalid = checkAliasName(aliasName);
  if (invalid && ruleOn(state, 'CreateAlias', invalid.ruleId)) return refuse(invalid.ruleId, invalid.message);
  const time = isoSeconds(now);
  const alias: AliasRecord = {
    additionalVersionWeight: given.additionalVersionWeight ?? {},
    aliasName,
    createdTime: time,
    description: given.description ?? '',
    lastModifiedTime: time,
    versionId: given.versionId as string,
  };
  const aliases = found.record.aliases ?? [];
  if (nameIndex(aliases, aliasName, aliasNameOf) >= 0) {
    return reject(fcError('AliasAlreadyExists', aliasName, found.name));
  }
  const refused = checkAliasVersions({ fn: found.record, alias });
  if (refused) return refused;
  state.store.put(scope, { ...found.record, aliases: withNamed(aliases, alias, aliasNameOf) });
  return succeed(alias);
}

/** The CreateAlias row of the operation table. */
export const createAlias: Operation = {
  name: 'CreateAlias',
  method: 'POST',
  path: '/2023-03-30/functions/{functionName}/aliases',
  body: 'json',
  run,
};
