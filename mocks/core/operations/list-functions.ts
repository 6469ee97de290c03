/**
 * ListFunctions (`GET /2023-03-30/functions`, lifecycle E): one page in ascending name order,
 * filtered by `prefix` and the exact-match filters, continued with an opaque `nextToken`; listed
 * functions omit the six state fields (E.2). Defaults, order and filter semantics are inferred
 * from FC 2.0 (E.1).
 */
import { listedFunctionBody } from '../function-body.ts';
import type { FunctionRecord } from '../function-record.ts';
import { CREATE_FUNCTION_PATH } from '../routing.ts';
import type { EmulatorState } from '../state.ts';
import type { FcTag } from '../types.ts';
import { encodeToken, invalidQuery as invalid, type Parsed, parseLimit, parseToken } from './list-page.ts';
import {
  type Operation,
  type OperationRequest,
  type Outcome,
  ruleOn,
  shownValue as shown,
  succeed,
} from './operation.ts';

function parseTags(state: EmulatorState, text: string | null): Parsed<FcTag[]> {
  if (text === null || text === '') return { ok: true, value: [] };
  let tags: unknown;
  try {
    tags = JSON.parse(text);
  } catch {
    tags = undefined;
  }
  const isTag = (tag: unknown): tag is FcTag =>
    typeof tag === 'object' &&
    tag !== null &&
    typeof (tag as FcTag).Key === 'string' &&
    ['string', 'undefined'].includes(typeof (tag as FcTag).Value);
  if (Array.isArray(tags) && tags.every(isTag)) return { ok: true, value: tags };
  if (!ruleOn(state, 'ListFunctions', 'list-tags-json')) return { ok: true, value: [] };
  return invalid(
    'list-tags-json',
    `tags must be the JSON text of an array of {"Key","Value"} objects, got ${shown(text)}`,
  );
}

function parseFcVersion(state: EmulatorState, text: string | null): Parsed<boolean> {
  // The emulator holds FC 3.0 functions only, so `v2` lists nothing (E.1, inferred).
  if (text === null || text === '' || text === 'v3') return { ok: true, value: true };
  if (text === 'v2') return { ok: true, value: false };
  if (!ruleOn(state, 'ListFunctions', 'list-fc-version-enum')) return { ok: true, value: true };
  return invalid('list-fc-version-enum', `fcVersion must be v2 or v3, got ${shown(text)}`);
}

/** The filters (E.1 recommendation: exact match, empty = no filter; every listed tag must be present). */
function acceptor(query: URLSearchParams, tags: FcTag[]): (record: FunctionRecord) => boolean {
  const wanted = {
    runtime: query.get('runtime') || undefined,
    description: query.get('description') || undefined,
    functionName: query.get('functionName') || undefined,
    gpuType: query.get('gpuType') || undefined,
    resourceGroupId: query.get('resourceGroupId') || undefined,
  };
  return (record) =>
    (wanted.runtime === undefined || record.shape.config.runtime === wanted.runtime) &&
    (wanted.description === undefined || record.shape.config.description === wanted.description) &&
    (wanted.functionName === undefined || record.functionName === wanted.functionName) &&
    (wanted.gpuType === undefined || record.shape.config.gpuConfig?.gpuType === wanted.gpuType) &&
    (wanted.resourceGroupId === undefined || record.shape.resourceGroupId === wanted.resourceGroupId) &&
    tags.every((tag) =>
      record.shape.tags.some(
        (own) => own.Key === tag.Key && (tag.Value === undefined || own.Value === tag.Value),
      ),
    );
}

function run({ state, query, scope, now }: OperationRequest): Outcome {
  const limit = parseLimit({ state, operation: 'ListFunctions', text: query.get('limit') });
  if (!limit.ok) return limit.outcome;
  const token = parseToken(state, 'ListFunctions', query.get('nextToken'));
  if (!token.ok) return token.outcome;
  const tags = parseTags(state, query.get('tags'));
  if (!tags.ok) return tags.outcome;
  const fcVersion = parseFcVersion(state, query.get('fcVersion'));
  if (!fcVersion.ok) return fcVersion.outcome;
  if (!fcVersion.value) return succeed({ functions: [] });
  const page = state.store.page(scope, {
    prefix: query.get('prefix') ?? '',
    startAt: token.value,
    limit: limit.value,
    accept: acceptor(query, tags.value),
  });
  const functions = page.records.map((record) => listedFunctionBody(record, now.getTime()));
  return succeed(
    page.next === undefined
      ? { functions }
      : { functions, nextToken: encodeToken(state, 'ListFunctions', page.next) },
  );
}

/** The ListFunctions row of the operation table. */
export const listFunctions: Operation = {
  name: 'ListFunctions',
  method: 'GET',
  path: CREATE_FUNCTION_PATH,
  body: 'none',
  run,
};
