/**
 * A faithful stand-in for terraform's `alicloud_fcv3_function` (terraform-provider-alicloud,
 * lifecycle reference H.4): the calls its Create, Update, Read and Delete make, in the same
 * order, with the same bodies and the same branching, over the ROA v1 transport of
 * `terraform-roa.ts`. Arguments are given with the API's field names (what the provider maps the
 * HCL blocks to). Create: `POST /functions` with capital-T `"Tags"`, id from the answer's
 * `functionName`, then Update as a new resource — which re-sends `nasConfig`, `customDNS`,
 * `customRuntimeConfig` and `instanceLifecycleConfig` (the four attributes without the
 * `!IsNewResource()` guard) in a `PUT`, and sets tags through `tags-v2` — then Read, where a 404
 * of a new resource is an error. Delete treats a 404 as success.
 */
import { EMPTY_ZIP } from '../server/cli-process.ts';
import {
  goJson,
  must,
  notFound,
  type RoaCall,
  readResource,
  roa,
  TerraformError,
  type TerraformIo,
} from './terraform-roa.ts';

const FUNCTIONS = '/2023-03-30/functions';

/** `alicloud_fcv3_function` arguments, by the API names the provider writes them under. */
export interface FunctionArgs {
  functionName: string;
  runtime: string;
  handler: string;
  description?: string;
  memorySize?: number;
  timeout?: number;
  code?: { zipFile?: string; ossBucketName?: string; ossObjectName?: string };
  nasConfig?: Record<string, unknown>;
  customDNS?: Record<string, unknown>;
  customRuntimeConfig?: Record<string, unknown>;
  instanceLifecycleConfig?: Record<string, unknown>;
  tags?: Record<string, string>;
  resourceGroupId?: string;
  invocationRestriction?: { disable: boolean; reason?: string };
}

/**
 * The smallest `alicloud_fcv3_function` configuration: a Python handler with an empty ZIP.
 *
 * @example
 * await createFunction(io, { ...minimalFunction('tf-a'), memorySize: 512 });
 */
export function minimalFunction(functionName: string): FunctionArgs {
  return { functionName, runtime: 'python3.10', handler: 'index.handler', code: { zipFile: EMPTY_ZIP } };
}

/** What terraform keeps: the id and the last Read's body. */
export interface FunctionState {
  id: string;
  args: FunctionArgs;
  remote: Record<string, unknown>;
}

/** Blocks an update of a new resource still sends (no `!IsNewResource()` guard, H.4). */
const UNGUARDED = ['nasConfig', 'customDNS', 'customRuntimeConfig', 'instanceLifecycleConfig'] as const;
/** The rest, sent only on a later update when changed. */
const GUARDED = ['description', 'memorySize', 'timeout', 'code'] as const;

const same = (a: unknown, b: unknown) => goJson(a ?? null) === goJson(b ?? null);
const path = (id: string) => `${FUNCTIONS}/${id}`;

function createBody(args: FunctionArgs): Record<string, unknown> {
  const { tags, resourceGroupId: _group, invocationRestriction: _restriction, ...rest } = args;
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (value === undefined) continue;
    if (typeof value === 'number' && value <= 0) continue; // memorySize, timeout… only when > 0
    body[key] = value;
  }
  if (tags) body.Tags = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
  return body;
}

/**
 * Read (`DescribeFcv3Function`): the function, or undefined when it is gone — except right after
 * a create, where a 404 is a hard error (H.4 "read-after-create must succeed").
 *
 * @example
 * const remote = await readFunction(io, { id: 'f', isNew: false }); // undefined once deleted
 */
export async function readFunction(
  io: TerraformIo,
  options: { id: string; isNew: boolean },
): Promise<Record<string, unknown> | undefined> {
  return readResource(io, { path: path(options.id), isNew: options.isNew });
}

/** `invocation_restriction.0.disable` changed: read the remote switch, flip it when it differs. */
async function invocationSwitch(io: TerraformIo, id: string, next: FunctionArgs['invocationRestriction']) {
  const remote = await must(io, { method: 'GET', path: path(id) });
  const disabled = (remote.invocationRestriction as { disable?: boolean } | undefined)?.disable === true;
  const target = next?.disable === true;
  if (disabled === target) return;
  const body: Record<string, unknown> = { functionName: id };
  if (target && next?.reason) body.reason = next.reason;
  await must(io, { method: 'POST', path: `${path(id)}/invoke/${target ? 'disable' : 'enable'}`, body });
}

/** `SetResourceTags`: GET for the ARN, untag removed keys, tag added or changed pairs. */
async function setTags(
  io: TerraformIo,
  id: string,
  change: { prior?: Record<string, string>; next?: Record<string, string> },
) {
  const remote = await must(io, { method: 'GET', path: path(id) });
  const prior = change.prior ?? {};
  const next = change.next ?? {};
  const removed = Object.keys(prior).filter((key) => !(key in next));
  const added = Object.entries(next).filter(([key, value]) => prior[key] !== value);
  const ResourceId = [remote.functionArn];
  if (removed.length > 0) {
    const query = {
      TagKey: JSON.stringify(removed),
      ResourceId: JSON.stringify(ResourceId),
      ResourceType: 'function',
    };
    // The provider passes an empty, non-nil map as the body: tea-roa sends `{}`.
    await must(io, { method: 'DELETE', path: '/2023-03-30/tags-v2', query, body: {} });
  }
  if (added.length > 0) {
    const Tag = added.map(([Key, Value]) => ({ Key, Value }));
    await must(io, {
      method: 'POST',
      path: '/2023-03-30/tags-v2',
      body: { Tag, ResourceId, ResourceType: 'function' },
    });
  }
}

/** The update body: `functionName`, each changed attribute the guards let through, `runtime`, `handler`. */
function updateCall(id: string, change: { prior?: FunctionArgs; next: FunctionArgs }): RoaCall | undefined {
  const { prior, next } = change;
  const keys = prior === undefined ? UNGUARDED : [...UNGUARDED, ...GUARDED];
  // On a create `d.HasChange` is true for every attribute set in the config.
  const changed = keys.filter((key) => !same(prior?.[key], next[key]));
  const reshaped = prior !== undefined && (prior.runtime !== next.runtime || prior.handler !== next.handler);
  if (changed.length === 0 && !reshaped) return undefined;
  const body: Record<string, unknown> = { functionName: id, runtime: next.runtime, handler: next.handler };
  for (const key of changed) body[key] = next[key];
  return { method: 'PUT', path: path(id), body };
}

/**
 * Update (also the tail of Create, with `prior` undefined): invocation switch, the PUT if
 * anything changed, tags, resource group (not on create), then Read.
 *
 * @example
 * const state = await updateFunction(io, { prior: state.args, next: { ...state.args, memorySize: 1024 } });
 */
export async function updateFunction(
  io: TerraformIo,
  change: { id: string; prior?: FunctionArgs; next: FunctionArgs },
): Promise<FunctionState> {
  const { id, prior, next } = change;
  const isNew = prior === undefined;
  if (!same(prior?.invocationRestriction?.disable ?? false, next.invocationRestriction?.disable ?? false))
    await invocationSwitch(io, id, next.invocationRestriction);
  const put = updateCall(id, { prior, next });
  if (put) await must(io, put);
  if (!same(prior?.tags ?? {}, next.tags ?? {}))
    await setTags(io, id, { prior: prior?.tags, next: next.tags });
  if (!isNew && next.resourceGroupId && prior?.resourceGroupId !== next.resourceGroupId) {
    const body = { resourceId: id, newResourceGroupId: next.resourceGroupId, resourceType: 'function' };
    await must(io, { method: 'PUT', path: '/2023-03-30/resource-groups', body });
  }
  const remote = (await readFunction(io, { id, isNew })) as Record<string, unknown>;
  return { id, args: next, remote };
}

/**
 * Create: the POST, the id from the answer's `functionName`, then Update as a new resource.
 *
 * @example
 * const state = await createFunction(io, { functionName: 'f', runtime: 'python3.10', handler: 'index.handler' });
 */
export async function createFunction(io: TerraformIo, args: FunctionArgs): Promise<FunctionState> {
  const created = await must(io, { method: 'POST', path: FUNCTIONS, body: createBody(args) });
  if (typeof created.functionName !== 'string')
    throw new Error(`create answered no functionName: the id would be <nil> (${goJson(created)})`);
  return updateFunction(io, { id: created.functionName, next: args });
}

/**
 * Delete: `DELETE /functions/{id}`; `FunctionNotFound` or any 404 is success. Returns the status seen.
 *
 * @example
 * await deleteFunction(io, 'f'); // 204, then 404 on a second call — both succeed
 */
export async function deleteFunction(io: TerraformIo, id: string): Promise<number> {
  const answer = await roa(io, { method: 'DELETE', path: path(id) });
  if (answer.ok || answer.code === 'FunctionNotFound' || notFound(answer)) return answer.status;
  throw new TerraformError(`delete ${id}`, answer);
}
