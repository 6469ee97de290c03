/**
 * Faithful stand-ins for terraform's `alicloud_fcv3_function_version` and `alicloud_fcv3_alias`
 * (lifecycle reference H.5), over the ROA v1 transport of the function resource:
 * - version: Create `POST …/versions` with `description` only when set (Go's `d.GetOk`; else
 *   `{}`), the id `<fn>:<versionId>` from the answer's body; Read `GET /functions/{fn}?qualifier=
 *   <versionId>` keeping `createdTime`, `description`, `functionName` (`VersionNotFound` or any
 *   404 = gone, except right after a create); Delete `DELETE …/versions/{id}` with the body `{}`
 *   (the provider passes its empty request map).
 * - alias: Create `POST …/aliases` (`aliasName` always, the rest when set), the id
 *   `<fn>:<aliasName>` from the answer; Read `GET …/aliases/{name}` (`AliasNotFound` = gone);
 *   Update `PUT` of the changed `description` / `versionId` / `additionalVersionWeight`; Delete
 *   `DELETE` without a body (404 = success).
 */
import {
  goJson,
  must,
  notFound,
  readResource,
  roa,
  TerraformError,
  type TerraformIo,
} from './terraform-roa.ts';

/** What terraform keeps of a resource: its id and what the last Read kept. */
export interface Held {
  id: string;
  remote: Record<string, unknown>;
}

const split = (id: string) => id.split(':') as [string, string];
const set = (fields: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== ''));

/**
 * Version Read: the three fields kept, or undefined when the version is gone.
 *
 * @example
 * await readVersion(io, { id: 'f:1', isNew: false }); // { createdTime, description, functionName }
 */
export async function readVersion(
  io: TerraformIo,
  options: { id: string; isNew: boolean },
): Promise<Record<string, unknown> | undefined> {
  const [fn, versionId] = split(options.id);
  const path = `/2023-03-30/functions/${fn}`;
  const answer = await roa(io, { method: 'GET', path, query: { qualifier: versionId } });
  if (answer.ok) {
    const { createdTime, description, functionName } = answer.body ?? {};
    return { createdTime, description, functionName };
  }
  if (!options.isNew && (answer.code === 'VersionNotFound' || notFound(answer))) return undefined;
  throw new TerraformError(`read version ${options.id}`, answer);
}

/**
 * Version Create, then Read.
 *
 * @example
 * const held = await createVersion(io, { functionName: 'f', description: 'v1' });
 */
export async function createVersion(
  io: TerraformIo,
  args: { functionName: string; description?: string },
): Promise<Held> {
  const path = `/2023-03-30/functions/${args.functionName}/versions`;
  const created = await must(io, { method: 'POST', path, body: set({ description: args.description }) });
  if (typeof created.versionId !== 'string')
    throw new Error(`publish answered no versionId (${goJson(created)})`);
  const id = `${args.functionName}:${created.versionId}`;
  return { id, remote: (await readVersion(io, { id, isNew: true })) as Record<string, unknown> };
}

/**
 * Version Delete (its retry loop has nothing to retry here); the status seen.
 *
 * @example
 * await deleteVersion(io, 'f:1'); // 204
 */
export async function deleteVersion(io: TerraformIo, id: string): Promise<number> {
  const [fn, versionId] = split(id);
  const path = `/2023-03-30/functions/${fn}/versions/${versionId}`;
  const answer = await roa(io, { method: 'DELETE', path, body: {} });
  if (answer.ok) return answer.status;
  throw new TerraformError(`delete version ${id}`, answer);
}

/** `alicloud_fcv3_alias` arguments by their API names. */
export interface AliasArgs {
  functionName: string;
  aliasName: string;
  versionId?: string;
  description?: string;
  additionalVersionWeight?: Record<string, number>;
}

const aliasPath = (id: string) => {
  const [fn, name] = split(id);
  return `/2023-03-30/functions/${fn}/aliases/${name}`;
};

/**
 * Alias Create, then Read.
 *
 * @example
 * const held = await createAlias(io, { functionName: 'f', aliasName: 'prod', versionId: '1' });
 */
export async function createAlias(io: TerraformIo, args: AliasArgs): Promise<Held> {
  const { functionName, aliasName, ...optional } = args;
  const body = { aliasName, ...set(optional) };
  const created = await must(io, {
    method: 'POST',
    path: `/2023-03-30/functions/${functionName}/aliases`,
    body,
  });
  if (typeof created.aliasName !== 'string')
    throw new Error(`alias create answered no aliasName (${goJson(created)})`);
  const id = `${functionName}:${created.aliasName}`;
  return {
    id,
    remote: (await readResource(io, { path: aliasPath(id), isNew: true })) as Record<string, unknown>,
  };
}

/**
 * Alias Update: a PUT of the changed fields (none → no PUT), then Read.
 *
 * @example
 * await updateAlias(io, { id: 'f:prod', before, next: { ...before, versionId: '2' } });
 */
export async function updateAlias(
  io: TerraformIo,
  change: { id: string; before: AliasArgs; next: AliasArgs },
): Promise<Held> {
  const { id, before, next } = change;
  const body: Record<string, unknown> = {};
  for (const key of ['description', 'versionId', 'additionalVersionWeight'] as const)
    if (goJson(before[key] ?? null) !== goJson(next[key] ?? null)) body[key] = next[key] ?? '';
  if (Object.keys(body).length > 0) await must(io, { method: 'PUT', path: aliasPath(id), body });
  return {
    id,
    remote: (await readResource(io, { path: aliasPath(id), isNew: false })) as Record<string, unknown>,
  };
}

/**
 * Alias Read: the body, or undefined when the alias is gone.
 *
 * @example
 * await readAlias(io, 'f:prod');
 */
export function readAlias(io: TerraformIo, id: string): Promise<Record<string, unknown> | undefined> {
  return readResource(io, { path: aliasPath(id), isNew: false });
}

/**
 * Alias Delete; 404 is success. The status seen.
 *
 * @example
 * await deleteAlias(io, 'f:prod'); // 204
 */
export async function deleteAlias(io: TerraformIo, id: string): Promise<number> {
  const answer = await roa(io, { method: 'DELETE', path: aliasPath(id) });
  if (answer.ok || notFound(answer)) return answer.status;
  throw new TerraformError(`delete alias ${id}`, answer);
}
