/**
 * Property test: random sequences of create, get, update, delete and list, and of publishing,
 * reading and deleting versions, against one emulator give the answers a plain model of the
 * function resource predicts (lifecycle reference B–E, I.2): status, error code and the fields
 * the model tracks (a version's as they were when published; ids never reused, afresh after a
 * re-create); every answer is an FC answer (no 5xx, FC envelope on errors) and the store always
 * holds exactly the model's functions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../mocks/index.ts';
import { expectFcAnswer, listAll } from '../helpers/model-checks.ts';
import { call, EMPTY_ZIP } from '../helpers/requests.ts';

type Fields = Record<string, unknown>;

const NAMES = ['a', 'ab', 'b', 'b_1', 'c-x'];
const BASES: Fields[] = [
  { runtime: 'python3.10', handler: 'index.handler', code: { zipFile: EMPTY_ZIP } },
  {
    runtime: 'nodejs20',
    handler: 'index.handler',
    code: { zipFile: EMPTY_ZIP },
    memorySize: 1024,
    cpu: 0.5,
    description: 'd',
  },
  {
    runtime: 'custom-container',
    handler: 'h',
    customContainerConfig: { image: 'r.cn-hangzhou.aliyuncs.com/a/b:1' },
  },
];
// Each change with whether it is valid for every base above.
const CHANGES: Array<{ body: Fields; valid: boolean }> = [
  { body: { description: 'changed' }, valid: true },
  { body: { timeout: 60, environmentVariables: { K: 'v' } }, valid: true },
  { body: { memorySize: 2048, cpu: 1 }, valid: true },
  { body: { timeout: 0 }, valid: false },
  { body: { memorySize: 100 }, valid: false },
  { body: { functionName: 'someone-else' }, valid: false },
];
const TRACKED = [
  'runtime',
  'handler',
  'description',
  'timeout',
  'memorySize',
  'cpu',
  'environmentVariables',
] as const;

const command = fc.oneof(
  fc.record({
    op: fc.constant('create' as const),
    name: fc.constantFrom(...NAMES),
    base: fc.nat(BASES.length - 1),
  }),
  fc.record({ op: fc.constant('createInvalid' as const), name: fc.constantFrom(...NAMES) }),
  fc.record({ op: fc.constant('get' as const), name: fc.constantFrom(...NAMES) }),
  fc.record({
    op: fc.constant('update' as const),
    name: fc.constantFrom(...NAMES),
    change: fc.nat(CHANGES.length - 1),
  }),
  fc.record({ op: fc.constant('delete' as const), name: fc.constantFrom(...NAMES) }),
  fc.record({ op: fc.constant('publish' as const), name: fc.constantFrom(...NAMES) }),
  fc.record({
    op: fc.constantFrom('getVersion' as const, 'deleteVersion' as const),
    name: fc.constantFrom(...NAMES),
    id: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    op: fc.constant('list' as const),
    prefix: fc.constantFrom('', 'a', 'b', 'z'),
    limit: fc.integer({ min: 1, max: 4 }),
  }),
);
type Command = typeof command extends fc.Arbitrary<infer T> ? T : never;
// Two names and more publishing, so publish, delete and publish again often meet on one function.
const versionCommand: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ op: fc.constant('create' as const), name: fc.constantFrom('a', 'b'), base: fc.constant(0) }),
  fc.record({ op: fc.constant('update' as const), name: fc.constantFrom('a', 'b'), change: fc.nat(2) }),
  fc.record({ op: fc.constant('delete' as const), name: fc.constantFrom('a', 'b') }),
  fc.record({ op: fc.constant('publish' as const), name: fc.constantFrom('a', 'b') }),
  fc.record({ op: fc.constant('publish' as const), name: fc.constantFrom('a', 'b') }),
  fc.record({
    op: fc.constantFrom('getVersion' as const, 'deleteVersion' as const),
    name: fc.constantFrom('a', 'b'),
    id: fc.integer({ min: 1, max: 3 }),
  }),
);

const tracked = (fields: Fields | undefined): Fields =>
  Object.fromEntries(TRACKED.filter((key) => fields?.[key] !== undefined).map((key) => [key, fields?.[key]]));

/** Each function's versions in the model: the highest id given, and the snapshots by id. */
type Versions = Map<string, { lastId: number; byId: Map<number, Fields> }>;

async function versionStep(
  emulator: ReturnType<typeof createEmulator>,
  model: { functions: Map<string, Fields>; versions: Versions },
  cmd: Extract<Command, { op: 'publish' | 'getVersion' | 'deleteVersion' }>,
): Promise<void> {
  const fn = model.functions.get(cmd.name);
  const versions = model.versions.get(cmd.name) ?? { lastId: 0, byId: new Map<number, Fields>() };
  model.versions.set(cmd.name, versions);
  const path = `/functions/${cmd.name}`;
  if (cmd.op === 'publish') {
    const answer = await call(emulator, 'POST', `${path}/versions`);
    expectFcAnswer(answer);
    expect(answer.status).toBe(fn ? 200 : 404);
    if (!fn) return;
    versions.lastId += 1;
    expect(answer.json?.versionId).toBe(String(versions.lastId));
    versions.byId.set(versions.lastId, { ...fn, description: '' });
    return;
  }
  const known = fn ? versions.byId.get(cmd.id) : undefined;
  const answer =
    cmd.op === 'getVersion'
      ? await call(emulator, 'GET', `${path}?qualifier=${cmd.id}`)
      : await call(emulator, 'DELETE', `${path}/versions/${cmd.id}`);
  expectFcAnswer(answer);
  expect(answer.json?.Code).toBe(!fn ? 'FunctionNotFound' : known ? undefined : 'VersionNotFound');
  if (known && cmd.op === 'getVersion') expect(tracked(answer.json)).toMatchObject(known);
  if (known && cmd.op === 'deleteVersion') versions.byId.delete(cmd.id);
}

async function step(
  emulator: ReturnType<typeof createEmulator>,
  models: { functions: Map<string, Fields>; versions: Versions },
  cmd: Command,
): Promise<void> {
  const model = models.functions;
  if (cmd.op === 'publish' || cmd.op === 'getVersion' || cmd.op === 'deleteVersion') {
    await versionStep(emulator, models, cmd);
    return;
  }
  if (cmd.op === 'list') {
    const want = [...model.keys()].filter((name) => name.startsWith(cmd.prefix)).sort();
    const listed = await listAll(emulator, { path: '/functions', key: 'functions', ...cmd });
    expect(Array.isArray(listed) && listed.map((f) => f.functionName)).toEqual(want);
    return;
  }
  const path = `/functions/${cmd.name}`;
  const exists = model.has(cmd.name);
  if (cmd.op === 'create' || cmd.op === 'createInvalid') {
    const input =
      cmd.op === 'create'
        ? { functionName: cmd.name, ...BASES[cmd.base] }
        : { functionName: cmd.name, runtime: 'python3.10' };
    const answer = await call(emulator, 'POST', '/functions', input);
    expectFcAnswer(answer);
    const want = cmd.op === 'createInvalid' ? 400 : exists ? 409 : 200;
    expect(answer.status).toBe(want);
    if (want === 200) {
      model.set(cmd.name, tracked(input));
      models.versions.delete(cmd.name);
    }
  } else if (cmd.op === 'get') {
    const answer = await call(emulator, 'GET', path);
    expectFcAnswer(answer);
    expect(answer.status).toBe(exists ? 200 : 404);
    if (exists) expect(tracked(answer.json)).toMatchObject(model.get(cmd.name) as Fields);
  } else if (cmd.op === 'update') {
    const change = CHANGES[cmd.change] as (typeof CHANGES)[number];
    const answer = await call(emulator, 'PUT', path, change.body);
    expectFcAnswer(answer);
    expect(answer.status).toBe(!exists ? 404 : change.valid ? 200 : 400);
    if (exists && change.valid) model.set(cmd.name, { ...model.get(cmd.name), ...tracked(change.body) });
  } else {
    const answer = await call(emulator, 'DELETE', path);
    expectFcAnswer(answer);
    expect(answer.status).toBe(exists ? 204 : 404);
    model.delete(cmd.name);
    models.versions.delete(cmd.name); // they go with the function (lifecycle D.3)
  }
}

describe('the function resource against a plain model', () => {
  it.each([
    ['random operation sequences', command, 20261201, 1],
    // fast-check keeps arrays short by default: long ones, so versions pile up and get deleted.
    ['sequences that publish, read and delete versions', versionCommand, 20261202, 20],
  ])('agrees on every answer of %s', async (_label, commands, seed, minLength) => {
    await fc.assert(
      fc.asyncProperty(fc.array(commands, { minLength, maxLength: 40 }), async (sequence) => {
        const emulator = createEmulator({ preparationMs: 0 });
        const model = new Map<string, Fields>();
        const versions: Versions = new Map();
        for (const cmd of sequence) await step(emulator, { functions: model, versions }, cmd);
        const stored = emulator.functions();
        expect(stored.map((f) => f.functionName)).toEqual([...model.keys()].sort());
        for (const fn of stored)
          expect(tracked(fn as Fields)).toMatchObject(model.get(fn.functionName as string) as Fields);
      }),
      { seed, numRuns: 150 },
    );
  });
});
