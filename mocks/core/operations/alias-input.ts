/**
 * What the alias operations share (lifecycle I.3): aliases as named children of a function (a
 * path's name checked, 404 `AliasNotFound`; `child-lookup.ts`) and the checks of a CreateAlias
 * / UpdateAlias body with the rule ids of the spec's `x-fc-rules`: the SDK model's types
 * (documented), FC 2.0's name rule (inferred: FC 3.0 documents none), weights from 0 to 1
 * (inferred from the doc sample 0.5), versions that exist (404 `VersionNotFound`, inferred) and
 * weights that leave out the main version (FC 2.0's code `AdditionalVersionContainsMajorVersion`;
 * its 400 and wording inferred). The inferred rules switch off: a name is then any path segment,
 * a weight any number (a weight that is not a number stays a type error).
 */
import { type AliasRecord, aliasNameOf } from '../alias-record.ts';
import { clip, fcError } from '../errors.ts';
import type { FunctionRecord } from '../function-record.ts';
import { isJsonObject } from '../json-object.ts';
import type { EmulatorState } from '../state.ts';
import type { OperationName } from '../types.ts';
import { findVersion } from '../version-record.ts';
import type { ChildKind } from './child-lookup.ts';
import { type Outcome, refuse, reject, ruleOn, shownValue } from './operation.ts';

/**
 * FC 2.0's CreateAlias rule (2021-04-06 API): 1 to 128 letters, digits, `_`, `-`; no leading
 * digit or `-`; not LATEST. FC 3.0 documents none, so rule `aliasName-format` is inferred.
 */
const ALIAS_NAME = /^[A-Za-z_][\w-]{0,127}$/;

/** The fields of an alias a body may set. */
export type AliasFields = Pick<AliasRecord, 'versionId' | 'description' | 'additionalVersionWeight'>;

/**
 * The create rule's verdict on an alias name (rule `aliasName-format`), undefined when it obeys.
 *
 * @example
 * checkAliasName('9a')?.ruleId; // 'aliasName-format'
 */
export function checkAliasName(name: string): { ruleId: string; message: string } | undefined {
  if (ALIAS_NAME.test(name) && name !== 'LATEST') return undefined;
  return {
    ruleId: 'aliasName-format',
    message: `aliasName ${shownValue(name)} is invalid: 1 to 128 letters, digits, _ and -; does not start with a digit or -; not LATEST`,
  };
}

/** Aliases as the named children of a function (lifecycle I.3). */
export const ALIASES: ChildKind<AliasRecord> = {
  param: 'aliasName',
  of: (fn) => fn.aliases,
  nameOf: aliasNameOf,
  check: checkAliasName,
  notFound: 'AliasNotFound',
};

function typeError(body: Record<string, unknown>, required: boolean): string | undefined {
  const keys = required ? ['aliasName', 'versionId', 'description'] : ['versionId', 'description'];
  for (const key of keys) {
    const value = body[key];
    if (value === undefined && required && key !== 'description') return `${key} is required`;
    if (value !== undefined && typeof value !== 'string')
      return `${key} must be a string, got ${shownValue(value)}`;
  }
  const weights = body.additionalVersionWeight;
  if (weights !== undefined && !isJsonObject(weights)) {
    return `additionalVersionWeight must be an object of version ids to numbers, got ${shownValue(weights)}`;
  }
  for (const [id, weight] of Object.entries(weights ?? {})) {
    if (typeof weight !== 'number')
      return `additionalVersionWeight.${clip(id, 128)} must be a number, got ${shownValue(weight)}`;
  }
  return undefined;
}

/** Which operation reads the body, and its rule switches. */
export interface AliasBodyOptions {
  create: boolean;
  state: EmulatorState;
  operation: OperationName;
}

/**
 * The alias fields a body sets, checked for type (rule `alias-input-types`, a weight a number)
 * and weight range (`alias-weights`, switchable); on create `aliasName` and `versionId` are required.
 *
 * @example
 * const given = aliasBody(body, { create: true, state, operation: 'CreateAlias' });
 * if ('status' in given) return given;
 */
export function aliasBody(
  body: Record<string, unknown>,
  options: AliasBodyOptions,
): Outcome | Partial<AliasFields> {
  const wrong = typeError(body, options.create);
  if (wrong) return refuse('alias-input-types', wrong);
  const weights = body.additionalVersionWeight as Record<string, number> | undefined;
  const ranged = ruleOn(options.state, options.operation, 'alias-weights');
  for (const [id, weight] of Object.entries(ranged ? (weights ?? {}) : {})) {
    if (!(weight >= 0 && weight <= 1)) {
      const message = `additionalVersionWeight.${clip(id, 128)} must be a number from 0 to 1, got ${shownValue(weight)}`;
      return refuse('alias-weights', message);
    }
  }
  const { versionId, description } = body as Partial<AliasFields>;
  const given: Partial<AliasFields> = {};
  if (versionId !== undefined) given.versionId = versionId;
  if (description !== undefined) given.description = description;
  if (weights !== undefined) given.additionalVersionWeight = weights;
  return given;
}

/** What {@link checkAliasVersions} checks. */
export interface AliasVersionCheck {
  fn: FunctionRecord;
  /** The alias as it would be stored (a create's, or an update merged over the stored one). */
  alias: AliasFields;
  /** The fields the request names: only their versions must exist (default: all of `alias`). */
  named?: Partial<AliasFields>;
  /** On update, the stored alias: a version it already has in the same role (weighted: with the same weight) is not checked again (ADR 054 addendum). */
  stored?: AliasFields;
}

/**
 * Checks that the versions a request names exist and that the alias's weights leave its main
 * version out. An update checks only what it names anew: a version deleted while rule
 * `version-in-use` was off does not make an unrelated update (a description) fail, nor the
 * alias's read-back sent back (its main version as main, a weighted one as weighted with its weight).
 *
 * @example
 * const refused = checkAliasVersions({ fn, alias: next, named: given });
 * if (refused) return refused;
 */
export function checkAliasVersions(check: AliasVersionCheck): Outcome | undefined {
  const { fn, alias, named = alias, stored } = check;
  const weighted = Object.keys(alias.additionalVersionWeight);
  const ids = [
    ...(named.versionId === undefined || named.versionId === stored?.versionId ? [] : [named.versionId]),
    ...Object.entries(named.additionalVersionWeight ?? {})
      .filter(
        ([id, weight]) =>
          !(
            stored &&
            Object.hasOwn(stored.additionalVersionWeight, id) &&
            stored.additionalVersionWeight[id] === weight
          ),
      )
      .map(([id]) => id),
  ];
  for (const id of ids) {
    if (!findVersion(fn.versions, id))
      return reject(fcError('VersionNotFound', clip(id, 128), fn.functionName));
  }
  if (!weighted.includes(alias.versionId)) return undefined;
  const shown = weighted.map((id) => `${id}:${alias.additionalVersionWeight[id]}`).join(' ');
  return reject(fcError('AdditionalVersionContainsMajorVersion', `map[${shown}]`, alias.versionId), {
    ruleId: 'alias-weights-not-main',
  });
}
