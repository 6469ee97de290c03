/**
 * The function-level steps of test/core/resource-model-children.test.ts: create, update, delete
 * and publish (with an image function `c` prepared for a while and injected preparation
 * failures, lifecycle F, fidelity "Failed preparation"), version deletes,
 * and the settings a version keeps or not (tags, the invocation switch; lifecycle I.2, I.5).
 */
import { expect } from 'vitest';
import { type Code, expectAnswer, type Of, type World } from './children-checks.ts';
import { frozenFields, phaseAt } from './children-model.ts';
import { expectFcAnswer } from './model-checks.ts';
import { call, minimalInput } from './requests.ts';

/**
 * TagResources (I.5) and the invocation switch: the function changes, its versions do not.
 *
 * @example
 * await settingStep(world, { op: 'disable', fn: 'a' });
 */
export async function settingStep(w: World, cmd: Of<'tag' | 'disable' | 'enable'>): Promise<void> {
  const fn = w.model.get(cmd.fn);
  const arn = `acs:fc:${w.emulator.regionId}:${w.emulator.accountId}:functions/${cmd.fn}`;
  const tags = { ResourceId: [arn], ResourceType: 'function', Tag: [{ Key: 'k', Value: 'v' }] };
  if (cmd.op === 'tag') tags.Tag = [{ Key: 'k', Value: cmd.value }];
  const reason = cmd.op === 'disable' ? { reason: 'r' } : undefined;
  const answer =
    cmd.op === 'tag'
      ? await call(w.emulator, 'POST', '/tags-v2', tags)
      : await call(w.emulator, 'POST', `/functions/${cmd.fn}/invoke/${cmd.op}`, reason);
  expectFcAnswer(answer);
  expect(answer.json?.Code).toBe(fn ? undefined : 'FunctionNotFound');
}

/** A fixed clock, moved only by `advance`: the model knows the time of every request. */
export const START = Date.UTC(2026, 11, 2);
/** How long the image function `c` is prepared after a create or an update. */
export const PREPARATION_MS = 1000;
const preparationMs = (name: string): number => (name === 'c' ? PREPARATION_MS : 0);
const createInput = (name: string): Record<string, unknown> =>
  name === 'c'
    ? {
        functionName: name,
        runtime: 'custom-container',
        handler: 'h',
        timeout: 3,
        customContainerConfig: { image: 'r.cn-hangzhou.aliyuncs.com/a/b:1' },
      }
    : minimalInput({ functionName: name, timeout: 3 });

/**
 * CreateFunction, UpdateFunction (refused while `InProgress`), DeleteFunction (refused while
 * triggers exist, D.3) and PublishFunctionVersion against the model.
 *
 * @example
 * await functionStep(world, { op: 'create', fn: 'c' });
 */
export async function functionStep(
  w: World,
  cmd: Of<'create' | 'update' | 'delete' | 'publish'>,
): Promise<void> {
  const fn = w.model.get(cmd.fn);
  const path = `/functions/${cmd.fn}`;
  if (cmd.op === 'create') {
    const answer = await call(w.emulator, 'POST', '/functions', createInput(cmd.fn));
    expectAnswer(answer, fn ? 'FunctionAlreadyExists' : undefined, 200);
    if (fn) return;
    const failed = w.failures.delete(cmd.fn); // a refused create prepares nothing
    const prep = { kind: 'create' as const, readyAt: w.nowMs + preparationMs(cmd.fn), failed };
    const fresh = {
      timeout: 3,
      prep,
      lastId: 0,
      versions: new Map(),
      aliases: new Map(),
      triggers: new Map(),
    };
    w.model.set(cmd.fn, fresh);
  } else if (cmd.op === 'update') {
    const answer = await call(w.emulator, 'PUT', path, { timeout: cmd.timeout });
    // No update while the last one is InProgress (rule `update-not-in-progress`, lifecycle C.4).
    const busy = fn && phaseAt(fn.prep, w.nowMs).lastUpdateStatus === 'InProgress';
    expectAnswer(answer, !fn ? 'FunctionNotFound' : busy ? 'ConcurrentUpdateError' : undefined, 200);
    if (!fn || busy) return;
    fn.timeout = cmd.timeout;
    // An update of a function whose create failed prepares it anew, as a create (F.2, inferred).
    const kind = phaseAt(fn.prep, w.nowMs).state === 'Active' ? 'update' : 'create';
    fn.prep = { kind, readyAt: w.nowMs + preparationMs(cmd.fn), failed: w.failures.delete(cmd.fn) };
  } else if (cmd.op === 'delete') {
    const code = !fn ? 'FunctionNotFound' : fn.triggers.size > 0 ? 'FunctionNotEmpty' : undefined;
    expectAnswer(await call(w.emulator, 'DELETE', path), code, 204);
    if (fn && code === undefined) w.model.delete(cmd.fn); // its versions and aliases with it (D.3)
  } else {
    await publish(w, cmd);
  }
}

async function publish(w: World, cmd: Of<'publish'>): Promise<void> {
  const fn = w.model.get(cmd.fn);
  const path = `/functions/${cmd.fn}`;
  const answer = await call(w.emulator, 'POST', `${path}/versions`, { description: cmd.description });
  expectAnswer(answer, fn ? undefined : 'FunctionNotFound', 200);
  if (!fn) return;
  fn.lastId += 1; // never reused (I.2)
  expect(answer.json?.versionId).toBe(String(fn.lastId));
  const frozen = frozenFields((await call(w.emulator, 'GET', path)).json);
  const version = { timeout: fn.timeout, description: cmd.description, prep: fn.prep, frozen };
  fn.versions.set(String(fn.lastId), version);
}

/**
 * DeleteFunctionVersion against the model: LATEST kept, `01` no id, in use by an alias (rule
 * `version-in-use`), else gone with its aliases left (I.2).
 *
 * @example
 * await deleteVersion(world, { op: 'deleteVersion', fn: 'a', id: '1' });
 */
export async function deleteVersion(w: World, cmd: Of<'deleteVersion'>): Promise<void> {
  const fn = w.model.get(cmd.fn);
  const aliases = [...(fn?.aliases.values() ?? [])];
  const inUse = aliases.some(
    (a) => a.versionId === cmd.id || Object.hasOwn(a.additionalVersionWeight, cmd.id),
  );
  let code: Code;
  if (!fn) code = 'FunctionNotFound';
  // LATEST is kept (documented); `01` is no version's id (rule `versionId-format`, inferred).
  else if (cmd.id === 'LATEST' || (cmd.id === '01' && w.strict)) code = 'InvalidArgument';
  else if (!fn.versions.has(cmd.id)) code = 'VersionNotFound';
  else code = inUse && w.strict ? 'InvalidArgument' : undefined;
  expectAnswer(await call(w.emulator, 'DELETE', `/functions/${cmd.fn}/versions/${cmd.id}`), code, 204);
  if (fn && code === undefined) fn.versions.delete(cmd.id); // its aliases stay (I.2)
}
