/**
 * The official SDK 4.x, unmodified: versions (`publishFunctionVersion`, `listFunctionVersions`,
 * `deleteFunctionVersion`, `getFunction` with a qualifier; lifecycle I.2) and aliases
 * (`createAlias`, `getAlias`, `updateAlias`, `listAliases`, `deleteAlias`; I.3), read through the
 * SDK's own models, and each documented error with its code and status. Shared by the MSW, nock
 * and `serve` tests.
 */
import * as fc from '@alicloud/fc20230330';
import { expect, it } from 'vitest';
import type { Emulator } from '../../mocks/index.ts';
import { failure } from './sdk-resource.ts';
import { createCodeFunction } from './sdk-triggers.ts';

type Client = InstanceType<(typeof fc.default)['default']>;

/** What {@link sdkVersionCases} needs. */
export interface VersionSetup {
  client: () => Client;
  emulator: () => Emulator;
}

/**
 * Registers the version and alias cases in the current `describe` (each starts from a reset emulator).
 *
 * @example
 * describe('through msw', () => sdkVersionCases({ client: () => sdkClient(), emulator: () => emulator }));
 */
export function sdkVersionCases({ client, emulator }: VersionSetup): void {
  const publish = (fn: string, description?: string) =>
    client().publishFunctionVersion(
      fn,
      new fc.PublishFunctionVersionRequest(
        description === undefined ? {} : { body: new fc.PublishVersionInput({ description }) },
      ),
    );
  const list = (fn: string, options: { limit?: number; direction?: string; nextToken?: string }) =>
    client().listFunctionVersions(fn, new fc.ListFunctionVersionsRequest(options));

  it('publishes versions 1 and 2, lists them newest first, reads one with getFunction, deletes one', async () => {
    await createCodeFunction(client(), { functionName: 'ver-fn' });
    const first = await publish('ver-fn', 'first');
    expect(first.statusCode).toBe(200);
    expect(first.body).toBeInstanceOf(fc.Version);
    expect(first.body).toMatchObject({ versionId: '1', description: 'first' });
    expect(first.body?.createdTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    // No body: the SDK sends none for an empty request (lifecycle A.2).
    expect((await publish('ver-fn')).body?.versionId).toBe('2');
    expect(
      emulator()
        .calls({ operation: 'PublishFunctionVersion' })
        .map((c) => c.input),
    ).toEqual([{ description: 'first' }, undefined]);
    const latest = await list('ver-fn', { limit: 1 });
    expect(latest.body).toBeInstanceOf(fc.ListVersionsOutput);
    expect(latest.body?.versions?.map((v) => v.versionId)).toEqual(['2']);
    expect(latest.body?.direction).toBe('BACKWARD');
    const rest = await list('ver-fn', { limit: 1, nextToken: latest.body?.nextToken as string });
    expect(rest.body?.versions?.map((v) => v.versionId)).toEqual(['1']);
    expect(rest.body?.nextToken).toBeUndefined();
    const forward = await list('ver-fn', { direction: 'FORWARD' });
    expect(forward.body?.versions?.map((v) => v.versionId)).toEqual(['1', '2']);
    const v1 = await client().getFunction('ver-fn', new fc.GetFunctionRequest({ qualifier: '1' }));
    expect(v1.body).toMatchObject({ functionName: 'ver-fn', description: 'first', runtime: 'python3.10' });
    const removed = await client().deleteFunctionVersion('ver-fn', '2');
    expect(removed.statusCode).toBe(204);
    expect((await list('ver-fn', {})).body?.versions?.map((v) => v.versionId)).toEqual(['1']);
  });

  it('version errors: VersionNotFound 404, LATEST and a bad direction 400, FunctionNotFound 404', async () => {
    await createCodeFunction(client(), { functionName: 'ver-err' });
    const get = () => client().getFunction('ver-err', new fc.GetFunctionRequest({ qualifier: '7' }));
    expect(await failure(get())).toMatchObject({ code: 'VersionNotFound', statusCode: 404 });
    expect(await failure(client().deleteFunctionVersion('ver-err', '7'))).toMatchObject({
      code: 'VersionNotFound',
      statusCode: 404,
    });
    const latest = await failure(client().deleteFunctionVersion('ver-err', 'LATEST'));
    expect(latest).toMatchObject({ code: 'InvalidArgument', statusCode: 400 });
    expect(latest.message).toContain('the LATEST version cannot be deleted');
    const sideways = await failure(list('ver-err', { direction: 'SIDEWAYS' }));
    expect(sideways.message).toContain('direction must be BACKWARD or FORWARD');
    expect(await failure(publish('ver-none'))).toMatchObject({ code: 'FunctionNotFound', statusCode: 404 });
  });

  it('creates, reads, updates, lists and deletes an alias; getFunction follows it', async () => {
    await createCodeFunction(client(), { functionName: 'al-fn' });
    await publish('al-fn', 'one');
    await publish('al-fn', 'two');
    const input = new fc.CreateAliasInput({
      aliasName: 'prod',
      versionId: '1',
      description: 'd',
      additionalVersionWeight: { '2': 0.25 },
    });
    const created = await client().createAlias('al-fn', new fc.CreateAliasRequest({ body: input }));
    expect(created.body).toBeInstanceOf(fc.Alias);
    expect(created.body).toMatchObject({
      aliasName: 'prod',
      versionId: '1',
      additionalVersionWeight: { '2': 0.25 },
    });
    expect((await client().getAlias('al-fn', 'prod')).body?.description).toBe('d');
    const through = await client().getFunction('al-fn', new fc.GetFunctionRequest({ qualifier: 'prod' }));
    expect(through.body?.description).toBe('one');
    const body = new fc.UpdateAliasInput({ versionId: '2', additionalVersionWeight: {} });
    const updated = await client().updateAlias('al-fn', 'prod', new fc.UpdateAliasRequest({ body }));
    expect(updated.body).toMatchObject({ versionId: '2', description: 'd', additionalVersionWeight: {} });
    const listed = await client().listAliases('al-fn', new fc.ListAliasesRequest({ limit: 100 }));
    expect(listed.body).toBeInstanceOf(fc.ListAliasesOutput);
    expect(listed.body?.aliases?.map((a) => [a.aliasName, a.versionId])).toEqual([['prod', '2']]);
    expect((await client().deleteAlias('al-fn', 'prod')).statusCode).toBe(204);
    expect((await client().listAliases('al-fn', new fc.ListAliasesRequest({}))).body?.aliases).toEqual([]);
  });

  it('alias errors: AliasAlreadyExists 409, AliasNotFound 404, the main version weighted 400, a version in use 400', async () => {
    await createCodeFunction(client(), { functionName: 'al-err' });
    await publish('al-err');
    await publish('al-err');
    const create = (aliasName: string, versionId: string, weights?: Record<string, number>) =>
      client().createAlias(
        'al-err',
        new fc.CreateAliasRequest({
          body: new fc.CreateAliasInput({ aliasName, versionId, additionalVersionWeight: weights }),
        }),
      );
    await create('prod', '1', { '2': 0.5 });
    expect(await failure(create('prod', '2'))).toMatchObject({ code: 'AliasAlreadyExists', statusCode: 409 });
    expect(await failure(create('main', '1', { '1': 0.5 }))).toMatchObject({
      code: 'AdditionalVersionContainsMajorVersion',
      statusCode: 400,
    });
    expect(await failure(create('gone', '9'))).toMatchObject({ code: 'VersionNotFound', statusCode: 404 });
    expect(await failure(client().getAlias('al-err', 'none'))).toMatchObject({
      code: 'AliasNotFound',
      statusCode: 404,
    });
    const inUse = await failure(client().deleteFunctionVersion('al-err', '2'));
    expect(inUse).toMatchObject({ code: 'InvalidArgument', statusCode: 400 });
    expect(inUse.message).toContain("is used by alias 'prod'");
  });
}
