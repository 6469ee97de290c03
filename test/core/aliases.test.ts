/**
 * Aliases in the core (lifecycle I.3; ADR 033), given/want: the Alias body, the name rule,
 * weights (type, range, versions that exist, not the main version), the merge of UpdateAlias,
 * paging, GetFunction through an alias, versions an alias uses, and hostile names and keys.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../mocks/index.ts';
import { call, minimalInput } from '../helpers/requests.ts';

const NOW = new Date('2024-05-01T08:00:00Z');
let emulator: Emulator;
const alias = (aliasName: string, versionId = '1', extra: Record<string, unknown> = {}) => ({
  aliasName,
  versionId,
  ...extra,
});
const create = (body: unknown) => call(emulator, 'POST', '/functions/f/aliases', body);

async function setUp(rules: Record<string, boolean> = {}): Promise<void> {
  emulator = createEmulator({ seed: 5, clock: () => NOW, rules });
  expect((await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'f' }))).status).toBe(200);
  for (const description of ['one', 'two', 'three']) {
    expect((await call(emulator, 'POST', '/functions/f/versions', { description })).status).toBe(200);
  }
}

beforeEach(() => setUp());

describe('CreateAlias and GetAlias', () => {
  it('answers the Alias model with defaults, and GetAlias the same body', async () => {
    const created = await create(alias('prod'));
    expect(created.status).toBe(200);
    expect(created.json).toEqual({
      additionalVersionWeight: {},
      aliasName: 'prod',
      createdTime: '2024-05-01T08:00:00Z',
      description: '',
      lastModifiedTime: '2024-05-01T08:00:00Z',
      versionId: '1',
    });
    expect((await call(emulator, 'GET', '/functions/f/aliases/prod')).json).toEqual(created.json);
  });

  it('keeps weights and description as given', async () => {
    const body = alias('canary', '1', { description: 'd', additionalVersionWeight: { '2': 0.1, '3': 0 } });
    expect((await create(body)).json).toMatchObject({
      additionalVersionWeight: { '2': 0.1, '3': 0 },
      description: 'd',
    });
  });

  it('with the inferred rules aliasName-format and alias-weights off accepts what they refuse; a weight that is not a number stays 400', async () => {
    await setUp({ 'aliasName-format': false, 'alias-weights': false });
    expect((await create(alias('9a'))).status).toBe(200);
    const weighted = await create(alias('w', '1', { additionalVersionWeight: { '2': 1.5 } }));
    expect(weighted).toMatchObject({ status: 200, json: { additionalVersionWeight: { '2': 1.5 } } });
    const updated = await call(emulator, 'PUT', '/functions/f/aliases/w', {
      additionalVersionWeight: { '2': -1 },
    });
    expect(updated).toMatchObject({ status: 200, json: { additionalVersionWeight: { '2': -1 } } });
    expect(await create(alias('s', '1', { additionalVersionWeight: { '2': 'x' } }))).toMatchObject({
      status: 400,
      json: { Code: 'InvalidArgument', Message: 'additionalVersionWeight.2 must be a number, got "x"' },
    });
  });

  it('answers 409 AliasAlreadyExists for a taken name', async () => {
    await create(alias('prod'));
    expect(await create(alias('prod', '2'))).toMatchObject({
      status: 409,
      json: { Code: 'AliasAlreadyExists', Message: 'alias prod of function f already exists' },
    });
  });

  it.each([
    [alias('p', '9'), 404, 'VersionNotFound', "version '9' of function 'f' does not exist"],
    [alias('p', 'LATEST'), 404, 'VersionNotFound', "version 'LATEST' of function 'f' does not exist"],
    [alias('p', '1', { additionalVersionWeight: { '9': 0.5 } }), 404, 'VersionNotFound', "version '9'"],
    [
      alias('p', '1', { additionalVersionWeight: { 1: 0.5 } }),
      400,
      'AdditionalVersionContainsMajorVersion',
      'additionalVersionWeight map[1:0.5] should not contain major version 1',
    ],
    [
      alias('p', '1', { additionalVersionWeight: { '2': 1.5 } }),
      400,
      'InvalidArgument',
      'additionalVersionWeight.2 must be a number from 0 to 1, got 1.5',
    ],
    [alias('p', '1', { additionalVersionWeight: { '2': -0.1 } }), 400, 'InvalidArgument', 'got -0.1'],
    [alias('p', '1', { additionalVersionWeight: { '2': '0.5' } }), 400, 'InvalidArgument', 'got "0.5"'],
    [alias('p', '1', { additionalVersionWeight: { '2': null } }), 400, 'InvalidArgument', 'got null'],
    [
      alias('p', '1', { additionalVersionWeight: [0.5] }),
      400,
      'InvalidArgument',
      'additionalVersionWeight must be an object',
    ],
    [
      alias('p', '1', { additionalVersionWeight: 'x' }),
      400,
      'InvalidArgument',
      'additionalVersionWeight must be an object',
    ],
    [{ versionId: '1' }, 400, 'InvalidArgument', 'aliasName is required'],
    [{ aliasName: 'p' }, 400, 'InvalidArgument', 'versionId is required'],
    [alias('p', 1 as unknown as string), 400, 'InvalidArgument', 'versionId must be a string, got 1'],
    [alias('p', '1', { description: [] }), 400, 'InvalidArgument', 'description must be a string'],
    [alias(5 as unknown as string), 400, 'InvalidArgument', 'aliasName must be a string, got 5'],
    [alias('9a'), 400, 'InvalidArgument', 'aliasName "9a" is invalid'],
    [alias('-a'), 400, 'InvalidArgument', 'aliasName "-a" is invalid'],
    [alias('LATEST'), 400, 'InvalidArgument', 'aliasName "LATEST" is invalid'],
    [alias(''), 400, 'InvalidArgument', 'aliasName "" is invalid'],
    [alias('a'.repeat(129)), 400, 'InvalidArgument', 'is invalid'],
    [alias('ünï'), 400, 'InvalidArgument', 'aliasName "ünï" is invalid'],
  ])('%j answers %d %s', async (body, status, code, message) => {
    const answer = await create(body);
    expect(answer.status).toBe(status);
    expect(answer.json?.Code).toBe(code);
    expect(String(answer.json?.Message)).toContain(message);
    expect((await call(emulator, 'GET', '/functions/f/aliases')).json?.aliases).toEqual([]);
  });

  it('takes __proto__ as a plain name and a plain (unknown) version key, never as a prototype', async () => {
    expect((await create(alias('__proto__'))).status).toBe(200);
    expect((await call(emulator, 'GET', '/functions/f/aliases/__proto__')).json?.aliasName).toBe('__proto__');
    const weights = await create(
      '{"aliasName":"w","versionId":"1","additionalVersionWeight":{"__proto__":0.5}}',
    );
    expect(weights).toMatchObject({ status: 404, json: { Code: 'VersionNotFound' } });
    expect(String(weights.json?.Message)).toContain("version '__proto__'");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers GetAlias 404 AliasNotFound, 400 for a name no alias can have, 404 FunctionNotFound', async () => {
    expect((await call(emulator, 'GET', '/functions/f/aliases/prod')).json?.Code).toBe('AliasNotFound');
    expect((await call(emulator, 'GET', '/functions/f/aliases/9a')).status).toBe(400);
    expect((await call(emulator, 'GET', '/functions/f/aliases/a%2Fb')).status).toBe(400);
    expect((await call(emulator, 'GET', '/functions/g/aliases/prod')).json?.Code).toBe('FunctionNotFound');
  });

  it('with aliasName-format off answers a path name no alias can have 404 AliasNotFound', async () => {
    await setUp({ 'aliasName-format': false });
    expect((await call(emulator, 'GET', '/functions/f/aliases/9a')).json?.Code).toBe('AliasNotFound');
  });
});

describe('UpdateAlias', () => {
  beforeEach(async () => {
    expect(
      (await create(alias('prod', '1', { description: 'd', additionalVersionWeight: { '2': 0.2 } }))).status,
    ).toBe(200);
  });

  it('replaces only the fields given, weights as a whole', async () => {
    const moved = await call(emulator, 'PUT', '/functions/f/aliases/prod', {
      versionId: '2',
      additionalVersionWeight: { '3': 0.5 },
    });
    expect(moved.json).toMatchObject({
      versionId: '2',
      description: 'd',
      additionalVersionWeight: { '3': 0.5 },
    });
    const cleared = await call(emulator, 'PUT', '/functions/f/aliases/prod', {
      additionalVersionWeight: {},
      aliasName: 'x',
    });
    expect(cleared.json).toMatchObject({ aliasName: 'prod', versionId: '2', additionalVersionWeight: {} });
  });

  it('refuses a merge that names the main version in the weights, or a missing version', async () => {
    const main = await call(emulator, 'PUT', '/functions/f/aliases/prod', { versionId: '2' });
    expect(main).toMatchObject({ status: 400, json: { Code: 'AdditionalVersionContainsMajorVersion' } });
    const missing = await call(emulator, 'PUT', '/functions/f/aliases/prod', { versionId: '7' });
    expect(missing).toMatchObject({ status: 404, json: { Code: 'VersionNotFound' } });
    expect((await call(emulator, 'GET', '/functions/f/aliases/prod')).json?.versionId).toBe('1');
  });

  it('answers 404 AliasNotFound for a missing alias', async () => {
    expect((await call(emulator, 'PUT', '/functions/f/aliases/nope', {})).json?.Code).toBe('AliasNotFound');
  });
});

describe('ListAliases, DeleteAlias and the versions an alias uses', () => {
  it('lists in name order with prefix and pages', async () => {
    for (const name of ['b', 'a', 'pre-2', 'pre-1']) expect((await create(alias(name))).status).toBe(200);
    const names = async (query: string) =>
      (
        ((await call(emulator, 'GET', `/functions/f/aliases${query}`)).json?.aliases ?? []) as {
          aliasName: string;
        }[]
      ).map((a) => a.aliasName);
    expect(await names('')).toEqual(['a', 'b', 'pre-1', 'pre-2']);
    expect(await names('?prefix=pre-')).toEqual(['pre-1', 'pre-2']);
    const first = (await call(emulator, 'GET', '/functions/f/aliases?limit=3')).json ?? {};
    expect(await names(`?limit=3&nextToken=${encodeURIComponent(String(first.nextToken))}`)).toEqual([
      'pre-2',
    ]);
    expect((await call(emulator, 'GET', '/functions/f/aliases?limit=0')).status).toBe(400);
    expect((await call(emulator, 'GET', '/functions/f/aliases?nextToken=forged')).status).toBe(400);
  });

  it('reads GetFunction through an alias as its main version', async () => {
    await create(alias('prod', '2'));
    const body = (await call(emulator, 'GET', '/functions/f?qualifier=prod')).json ?? {};
    expect(body.description).toBe('two');
    expect((await call(emulator, 'GET', '/functions/f?qualifier=staging')).json?.Code).toBe('AliasNotFound');
  });

  it('refuses to delete a version an alias uses (main or weight) until the alias goes', async () => {
    await create(alias('prod', '1', { additionalVersionWeight: { '2': 0.5 } }));
    for (const id of ['1', '2']) {
      const refused = await call(emulator, 'DELETE', `/functions/f/versions/${id}`);
      expect(refused).toMatchObject({ status: 400, json: { Code: 'InvalidArgument' } });
      expect(String(refused.json?.Message)).toContain("is used by alias 'prod'");
    }
    expect((await call(emulator, 'DELETE', '/functions/f/versions/3')).status).toBe(204);
    expect((await call(emulator, 'DELETE', '/functions/f/aliases/prod')).status).toBe(204);
    expect((await call(emulator, 'DELETE', '/functions/f/aliases/prod')).json?.Code).toBe('AliasNotFound');
    expect((await call(emulator, 'DELETE', '/functions/f/versions/1')).status).toBe(204);
  });

  it('with version-in-use off deletes the version and the alias then reads VersionNotFound', async () => {
    await setUp({ 'version-in-use': false });
    await create(alias('prod', '1'));
    expect((await call(emulator, 'DELETE', '/functions/f/versions/1')).status).toBe(204);
    expect((await call(emulator, 'GET', '/functions/f?qualifier=prod')).json?.Code).toBe('VersionNotFound');
  });

  it('with version-in-use off, an UpdateAlias that names no gone version succeeds; naming one answers VersionNotFound', async () => {
    await setUp({ 'version-in-use': false });
    await create(alias('prod', '1', { additionalVersionWeight: { '2': 0.1 } }));
    expect((await call(emulator, 'DELETE', '/functions/f/versions/1')).status).toBe(204);
    expect((await call(emulator, 'DELETE', '/functions/f/versions/2')).status).toBe(204);
    const described = await call(emulator, 'PUT', '/functions/f/aliases/prod', { description: 'x' });
    expect(described).toMatchObject({ status: 200, json: { description: 'x', versionId: '1' } });
    const named = await call(emulator, 'PUT', '/functions/f/aliases/prod', { versionId: '2' });
    expect(named).toMatchObject({ status: 404, json: { Code: 'VersionNotFound' } });
    expect(String(named.json?.Message)).toBe("version '2' of function 'f' does not exist");
    const moved = await call(emulator, 'PUT', '/functions/f/aliases/prod', {
      versionId: '3',
      additionalVersionWeight: {},
    });
    expect(moved).toMatchObject({ status: 200, json: { versionId: '3', additionalVersionWeight: {} } });
    expect((await call(emulator, 'GET', '/functions/f?qualifier=prod')).status).toBe(200);
  });

  it('goes with its function (D.3)', async () => {
    await create(alias('prod'));
    expect((await call(emulator, 'DELETE', '/functions/f')).status).toBe(204);
    expect((await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'f' }))).status).toBe(
      200,
    );
    expect((await call(emulator, 'GET', '/functions/f/aliases')).json?.aliases).toEqual([]);
  });
});

describe('hostile input on the alias and version paths', () => {
  it.each([
    ['POST', '/functions/f/aliases', '[]'],
    ['POST', '/functions/f/aliases', 'null'],
    ['POST', '/functions/f/aliases', '"prod"'],
    ['POST', '/functions/f/aliases', '{"aliasName":'],
    ['PUT', '/functions/f/aliases/prod', '5'],
    ['POST', '/functions/f/versions', '[{}]'],
    [
      'POST',
      '/functions/f/aliases',
      '{"aliasName":"p","versionId":"1","additionalVersionWeight":{"2":1e400}}',
    ],
    ['GET', `/functions/f/aliases/${'a'.repeat(5000)}`, undefined],
    ['DELETE', `/functions/f/aliases/${encodeURIComponent('ü/☃')}`, undefined],
    ['DELETE', `/functions/f/versions/${'9'.repeat(5000)}`, undefined],
    ['GET', `/functions/f?qualifier=${'x'.repeat(5000)}`, undefined],
    ['GET', '/functions/f/versions?direction=%00', undefined],
  ])('%s %s with %s answers an FC 4xx naming the problem, briefly', async (method, path, body) => {
    await create(alias('prod'));
    const answer = await call(emulator, method, path, body);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(Object.keys(answer.json ?? {})).toEqual(['Code', 'Message', 'RequestId']);
    expect(String(answer.json?.Message).length).toBeLessThan(400);
  });
});
