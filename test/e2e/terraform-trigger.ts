/**
 * A faithful stand-in for terraform's `alicloud_fcv3_trigger` (lifecycle reference H.5): Create
 * `POST …/triggers` with the id `<fn>:<triggerName>` taken from the create answer's body, Read
 * `GET …/triggers/{name}` (`TriggerNotFound` = gone, except right after a create), Update `PUT`
 * with only the changed `invocationRole` / `triggerConfig` / `description`, Delete `DELETE`
 * (`TriggerNotFound` or any 404 = success). Same ROA v1 transport as the function resource. Some
 * provider versions also poll Read after a create until `triggerId` is set; the emulator sets it
 * at once, so that poll would stop at its first GET, and this stand-in does not make it.
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

/** `alicloud_fcv3_trigger` arguments by their API names; `triggerConfig` is JSON text. */
export interface TriggerArgs {
  functionName: string;
  triggerName: string;
  triggerType: string;
  triggerConfig: string;
  qualifier: string;
  description?: string;
  invocationRole?: string;
  sourceArn?: string;
}

/** What terraform keeps: the id `<fn>:<triggerName>` and the last Read's body. */
export interface TriggerState {
  id: string;
  args: TriggerArgs;
  remote: Record<string, unknown>;
}

const triggerPath = (id: string) => {
  const [functionName, triggerName] = id.split(':');
  return `/2023-03-30/functions/${functionName}/triggers/${triggerName}`;
};

/**
 * Read: the trigger, or undefined when it is gone (a 404 right after a create is an error).
 *
 * @example
 * const remote = await readTrigger(io, { id: 'f:http-t', isNew: false });
 */
export async function readTrigger(
  io: TerraformIo,
  options: { id: string; isNew: boolean },
): Promise<Record<string, unknown> | undefined> {
  return readResource(io, { path: triggerPath(options.id), isNew: options.isNew });
}

/**
 * Create, then Read.
 *
 * @example
 * const state = await createTrigger(io, { functionName: 'f', triggerName: 't', triggerType: 'http', triggerConfig, qualifier: 'LATEST' });
 */
export async function createTrigger(io: TerraformIo, args: TriggerArgs): Promise<TriggerState> {
  const { functionName, triggerConfig, triggerType, qualifier, ...optional } = args;
  // `d.GetOk` fields only when set; triggerConfig, triggerType and qualifier always.
  const set = Object.entries(optional).filter(([, value]) => value !== undefined && value !== '');
  const body = { ...Object.fromEntries(set), triggerConfig, triggerType, qualifier };
  const created = await must(io, {
    method: 'POST',
    path: `/2023-03-30/functions/${functionName}/triggers`,
    body,
  });
  if (typeof created.triggerName !== 'string')
    throw new Error(`trigger create answered no triggerName (${goJson(created)})`);
  const id = `${functionName}:${created.triggerName}`;
  const remote = (await readTrigger(io, { id, isNew: true })) as Record<string, unknown>;
  return { id, args, remote };
}

/**
 * Update: a PUT of the changed updatable fields (none changed → no PUT), then Read.
 *
 * @example
 * const next = await updateTrigger(io, { state, next: { ...state.args, description: 'v2' } });
 */
export async function updateTrigger(
  io: TerraformIo,
  change: { state: TriggerState; next: TriggerArgs },
): Promise<TriggerState> {
  const { state, next } = change;
  const body: Record<string, unknown> = {};
  for (const key of ['invocationRole', 'triggerConfig', 'description'] as const)
    if (state.args[key] !== next[key]) body[key] = next[key] ?? '';
  if (Object.keys(body).length > 0) await must(io, { method: 'PUT', path: triggerPath(state.id), body });
  const remote = (await readTrigger(io, { id: state.id, isNew: false })) as Record<string, unknown>;
  return { id: state.id, args: next, remote };
}

/**
 * Delete; `TriggerNotFound` or any 404 is success. Returns the status seen.
 *
 * @example
 * await deleteTrigger(io, 'f:http-t'); // 204
 */
export async function deleteTrigger(io: TerraformIo, id: string): Promise<number> {
  const answer = await roa(io, { method: 'DELETE', path: triggerPath(id) });
  if (answer.ok || answer.code === 'TriggerNotFound' || notFound(answer)) return answer.status;
  throw new TerraformError(`delete trigger ${id}`, answer);
}
