/**
 * Validation of TagResources bodies and UntagResources queries (lifecycle I.5, reference
 * "Triggers and tags" T.4), with the rule ids of the spec's `x-fc-rules`: function ARNs,
 * `ResourceType` compared case-insensitively, `{Key, Value}` pairs, JSON-text arrays in the query.
 * Its own file so it can later be pointed at the shared schema validator.
 */
import type { Scope } from '../routing.ts';
import { tagRepeatedProblem } from '../rules/misc-rules.ts';
import type { FcTag } from '../types.ts';
import { validateAgainst } from '../validation.ts';
import { shownValue as shown } from './operation.ts';

/** A verdict: the parsed value, or the rule broken and a message naming the field. */
export type TagInputResult<T> = { ok: true; value: T } | { ok: false; ruleId: string; message: string };

/** Where a request runs, and which of the switchable (inferred) rules are on. */
export interface TagContext {
  scope: Scope;
  enabled: (ruleId: string) => boolean;
}

/** What a TagResources body asks. */
export interface TagRequest {
  functionNames: string[];
  tags: FcTag[];
}

/** What an UntagResources query asks; `keys` undefined means every tag (`All=true`). */
export interface UntagRequest {
  functionNames: string[];
  keys: string[] | undefined;
}

/** At most this many keys in one UntagResources (documented on the SDK model). */
export const MAX_UNTAG_KEYS = 50;
/** At most this many `ResourceId`s in one request (inferred, T.4: other Alibaba Cloud TagResources). */
export const MAX_RESOURCE_IDS = 50;

const ARN = /^acs:fc:([a-z0-9-]+):(\d+):functions\/([^/]+)$/;

const fail = <T>(ruleId: string, message: string): TagInputResult<T> => ({ ok: false, ruleId, message });

/**
 * The distinct function names of `ResourceId` ARNs in this scope, in first-seen order (a repeated
 * ARN counts once). An ARN of another account or region stays whole: it names no function here,
 * and the handler's 404 quotes it.
 *
 * @example
 * resourceNames(['acs:fc:cn-hangzhou:1:functions/f'], 'function', context); // { ok: true, value: ['f'] }
 */
export function resourceNames(ids: unknown, type: unknown, context: TagContext): TagInputResult<string[]> {
  const { scope, enabled } = context;
  const ruleId = 'tag-resource-ids';
  if (typeof type !== 'string' || type.toLowerCase() !== 'function')
    return fail(ruleId, `ResourceType ${shown(type ?? null)} is not supported; use function`);
  if (!Array.isArray(ids) || ids.length === 0)
    return fail(ruleId, `ResourceId must be a non-empty array of function ARNs, got ${shown(ids ?? null)}`);
  if (ids.length > MAX_RESOURCE_IDS && enabled('tag-resource-ids-max'))
    return fail('tag-resource-ids-max', `ResourceId must have at most 50 items, got ${ids.length}`);
  const names = new Set<string>();
  for (const [index, id] of ids.entries()) {
    const match = typeof id === 'string' ? ARN.exec(id) : null;
    if (!match)
      return fail(
        ruleId,
        `ResourceId[${index}] ${shown(id)} is not acs:fc:<region>:<account>:functions/<name>`,
      );
    const inScope = match[1] === scope.regionId && match[2] === scope.accountId;
    names.add(inScope ? (match[3] as string) : (id as string));
  }
  return { ok: true, value: [...names] };
}

function tagPairs(tags: unknown, enabled: TagContext['enabled']): TagInputResult<FcTag[]> {
  const ruleId = 'tag-pairs';
  if (!Array.isArray(tags) || tags.length === 0)
    return fail(
      ruleId,
      `Tag must be a non-empty array of {"Key","Value"} objects, got ${shown(tags ?? null)}`,
    );
  for (const [index, tag] of tags.entries()) {
    const { Key, Value } = (typeof tag === 'object' && tag !== null ? tag : {}) as Record<string, unknown>;
    if (typeof Key !== 'string' || Key === '')
      return fail(ruleId, `Tag[${index}].Key must be a non-empty string, got ${shown(Key ?? null)}`);
    if (Value !== undefined && typeof Value !== 'string')
      return fail(ruleId, `Tag[${index}].Value must be a string, got ${shown(Value)}`);
  }
  const pairs: FcTag[] = tags.map((tag) => ({
    Key: tag.Key,
    ...(tag.Value === undefined ? {} : { Value: tag.Value }),
  }));
  // Key and value bounds are the `Tag` schema's (rule `tag-lengths`), as on CreateFunction.
  for (const [index, pair] of pairs.entries()) {
    const error = validateAgainst('Tag', pair);
    if (error) return fail('tag-lengths', `Tag[${index}].${error.instancePath.slice(1)} ${error.message}`);
  }
  const repeated = enabled('tags-unique-keys') ? tagRepeatedProblem(pairs) : undefined;
  if (repeated) return fail('tags-unique-keys', repeated);
  return { ok: true, value: pairs };
}

/**
 * Validates a TagResources body (rules `tag-resource-ids`, `tag-resource-ids-max`, `tag-pairs`,
 * `tag-lengths`, `tags-unique-keys`).
 *
 * @example
 * validateTagResources({ ResourceId: [arn], ResourceType: 'FUNCTION', Tag: [{ Key: 'k', Value: 'v' }] }, context).ok; // true
 */
export function validateTagResources(
  body: Record<string, unknown>,
  context: TagContext,
): TagInputResult<TagRequest> {
  const names = resourceNames(body.ResourceId, body.ResourceType, context);
  if (!names.ok) return names;
  const tags = tagPairs(body.Tag, context.enabled);
  if (!tags.ok) return tags;
  return { ok: true, value: { functionNames: names.value, tags: tags.value } };
}

function jsonArray(query: URLSearchParams, name: string): unknown {
  const text = query.get(name);
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Validates an UntagResources query (rules `tag-resource-ids`, `untag-keys`): `ResourceId` and
 * `TagKey` are JSON text of arrays, as the SDK's shrink request sends them.
 *
 * @example
 * validateUntagResources(new URLSearchParams({ ResourceId: '["acs:fc:…"]', ResourceType: 'function', All: 'true' }), context).ok;
 */
export function validateUntagResources(
  query: URLSearchParams,
  context: TagContext,
): TagInputResult<UntagRequest> {
  const names = resourceNames(jsonArray(query, 'ResourceId'), query.get('ResourceType'), context);
  if (!names.ok) return names;
  if (query.get('All')?.toLowerCase() === 'true')
    return { ok: true, value: { functionNames: names.value, keys: undefined } };
  const keys = jsonArray(query, 'TagKey');
  const valid =
    Array.isArray(keys) &&
    keys.length > 0 &&
    keys.length <= MAX_UNTAG_KEYS &&
    keys.every((key) => typeof key === 'string' && key !== '');
  if (!valid)
    return fail(
      'untag-keys',
      `TagKey must be the JSON text of an array of 1 to ${MAX_UNTAG_KEYS} tag keys (or All=true), got ${shown(query.get('TagKey'))}`,
    );
  return { ok: true, value: { functionNames: names.value, keys: keys as string[] } };
}
