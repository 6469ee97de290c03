/**
 * What test/core/resource-model-children.test.ts checks every answer and the store against: the
 * world a run acts on, the status of each FC code the model predicts (lifecycle G), and the store
 * read back through the emulator's inspection API and list operations.
 */
import { expect } from 'vitest';
import type { Emulator } from '../../mocks/index.ts';
import {
  aliasFields,
  type ChildCommand as Command,
  type ModelFunction,
  triggerFields,
} from './children-model.ts';
import { expectFcAnswer, listAll } from './model-checks.ts';
import { type CallResult, call } from './requests.ts';

/** The emulator, the model, and whether the inferred rules the model knows are on. */
export interface World {
  emulator: Emulator;
  model: Map<string, ModelFunction>;
  strict: boolean;
  /** The emulator's clock as the model counts it (a fixed start plus every `advance`). */
  nowMs: number;
  /** Functions whose next preparation fails (`failPreparation`, consumed by a create or update). */
  failures: Set<string>;
}
/** The commands of one or more operations. */
export type Of<K extends Command['op']> = Extract<Command, { op: K }>;
/** The error code the model predicts, or undefined for success. */
export type Code = string | undefined;

/** Lifecycle G: the status of each code the model predicts. */
const STATUS: Record<string, number> = {
  InvalidArgument: 400,
  AdditionalVersionContainsMajorVersion: 400,
  FunctionNotFound: 404,
  VersionNotFound: 404,
  AliasNotFound: 404,
  TriggerNotFound: 404,
  FunctionAlreadyExists: 409,
  AliasAlreadyExists: 409,
  TriggerAlreadyExists: 409,
  FunctionNotEmpty: 409,
  ConcurrentUpdateError: 409,
};

/**
 * Fails unless the answer is an FC answer with the predicted code and its status (`ok` for success).
 *
 * @example
 * expectAnswer(answer, 'AliasNotFound', 200);
 */
export function expectAnswer(answer: CallResult, code: Code, ok: number): void {
  expectFcAnswer(answer);
  expect(answer.json?.Code).toBe(code);
  expect(answer.status).toBe(code === undefined ? ok : STATUS[code]);
}

/**
 * Fails unless the store holds the model's functions, and each one its triggers, aliases and versions.
 *
 * @example
 * await expectStoreIsModel(world);
 */
export async function expectStoreIsModel({ emulator, model }: World): Promise<void> {
  expect(emulator.functions().map((f) => f.functionName)).toEqual([...model.keys()].sort());
  for (const [name, fn] of model) {
    const triggers = emulator.triggers(name).map((t) => [t.triggerName, triggerFields(t as never)]);
    expect(Object.fromEntries(triggers)).toEqual(Object.fromEntries(fn.triggers));
    const aliases = await call(emulator, 'GET', `/functions/${name}/aliases?limit=100`);
    const byName = ((aliases.json?.aliases ?? []) as Array<Record<string, unknown>>).map((a) => [
      a.aliasName,
      aliasFields(a),
    ]);
    expect(Object.fromEntries(byName)).toEqual(Object.fromEntries(fn.aliases));
    const versions = await call(emulator, 'GET', `/functions/${name}/versions?limit=100&direction=FORWARD`);
    const ids = ((versions.json?.versions ?? []) as Array<{ versionId: string }>).map((v) => v.versionId);
    expect(ids).toEqual([...fn.versions.keys()]);
  }
}

/**
 * ListAliases / ListTriggers page by page against the model: names in order, `prefix` applied.
 *
 * @example
 * await listChildren(world, { op: 'listAliases', fn: 'a', prefix: 'p', limit: 1 });
 */
export async function listChildren(w: World, cmd: Of<'listAliases' | 'listTriggers'>): Promise<void> {
  const fn = w.model.get(cmd.fn);
  const key = cmd.op === 'listAliases' ? 'aliases' : 'triggers';
  const listed = await listAll(w.emulator, { path: `/functions/${cmd.fn}/${key}`, key, ...cmd });
  if (!fn) {
    expect(Array.isArray(listed) ? 'listed' : listed.json?.Code).toBe('FunctionNotFound');
    return;
  }
  const nameKey = key === 'aliases' ? 'aliasName' : 'triggerName';
  const want = [...fn[key].keys()].filter((name) => name.startsWith(cmd.prefix)).sort();
  expect(Array.isArray(listed) && listed.map((item) => item[nameKey])).toEqual(want);
}

/**
 * ListFunctionVersions page by page: newest first unless `FORWARD` (I.2), past deleted ids.
 *
 * @example
 * await listVersions(world, { op: 'listVersions', fn: 'a', direction: '', limit: 2 });
 */
export async function listVersions(w: World, cmd: Of<'listVersions'>): Promise<void> {
  const fn = w.model.get(cmd.fn);
  const extra = `direction=${cmd.direction}&`;
  const path = `/functions/${cmd.fn}/versions`;
  const listed = await listAll(w.emulator, { path, key: 'versions', limit: cmd.limit, extra });
  if (!fn) {
    expect(Array.isArray(listed) ? 'listed' : listed.json?.Code).toBe('FunctionNotFound');
    return;
  }
  const ids = [...fn.versions.keys()];
  const want = cmd.direction === 'FORWARD' ? ids : ids.reverse();
  expect(Array.isArray(listed) && listed.map((v) => v.versionId)).toEqual(want);
}
