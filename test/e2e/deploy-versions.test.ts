/**
 * Versions and aliases in a real deploy, end to end (lifecycle H.2, H.3): `s version publish |
 * list | remove` and an `s remove` of a function with published versions and an alias, with
 * devsapp's own SDK client, unmodified, against `fc3-testkit serve` as a real process with
 * signatures on. The emulator's journal must show exactly those calls.
 */
import * as fc from '@alicloud/fc20230330';
import { describe, expect, it } from 'vitest';
import { devsServer, REMOVE_READS } from './devs-server.ts';
import { type FunctionProps, sDeploy, sRemove } from './serverless-devs.ts';
import { sVersion } from './serverless-devs-versions.ts';

const server = devsServer();
const props = (codeZip: string): FunctionProps => ({
  functionName: 'ver',
  runtime: 'nodejs20',
  handler: 'index.handler',
  memorySize: 512,
  codeZip,
});

describe('s version publish / list / remove, then s remove of a function with versions and an alias', () => {
  let since = 0;
  const journal = async () => {
    const { lines, last, all } = await server().callsSince(since);
    since = last;
    return { lines, all };
  };

  it('deploys, publishes two versions with {"description"} and lists them newest first', async () => {
    const { io, zips } = server();
    expect((await sDeploy(io, props(zips.empty))).path).toBe('create');
    await journal();
    expect(await sVersion.publish(io.client, 'ver', 'first')).toBe('1');
    expect(await sVersion.publish(io.client, 'ver')).toBe('2');
    expect(await sVersion.list(io.client, 'ver')).toEqual(['2', '1']);
    const { lines, all } = await journal();
    expect(lines).toEqual([
      'PublishFunctionVersion 200',
      'PublishFunctionVersion 200',
      'ListFunctionVersions 200',
    ]);
    expect(all.map((c) => c.input)).toEqual([{ description: 'first' }, { description: '' }, undefined]);
  });

  it('s version remove takes versions[0] of limit=1 as the latest; the next publish gets a new id', async () => {
    const { io } = server();
    expect(await sVersion.removeLatest(io.client, 'ver')).toBe('2');
    expect(await sVersion.publish(io.client, 'ver', 'third')).toBe('3');
    const { lines, all } = await journal();
    expect(lines).toEqual([
      'ListFunctionVersions 200',
      'DeleteFunctionVersion 204',
      'PublishFunctionVersion 200',
    ]);
    expect(new URL(all[0]?.url ?? '').searchParams.get('limit')).toBe('1');
  });

  it('s remove lists aliases and versions, deletes the alias, then the versions, then the function', async () => {
    const { io } = server();
    const alias = new fc.CreateAliasInput({
      aliasName: 'prod',
      versionId: '1',
      additionalVersionWeight: { '3': 0.1 },
    });
    await io.client.createAlias('ver', new fc.CreateAliasRequest({ body: alias }));
    await journal();
    expect(await sRemove(io, 'ver')).toBe(true);
    const { lines, all } = await journal();
    expect(lines).toEqual([
      ...REMOVE_READS,
      'ListTriggers 200',
      'ListAsyncInvokeConfigs 200',
      'DeleteAlias 204',
      'DeleteFunctionVersion 204',
      'DeleteFunctionVersion 204',
      'DeleteFunction 204',
    ]);
    const deleted = all
      .filter((c) => c.operation === 'DeleteFunctionVersion')
      .map((c) => new URL(c.url).pathname);
    expect(deleted).toEqual(['/2023-03-30/functions/ver/versions/3', '/2023-03-30/functions/ver/versions/1']);
    expect(await sRemove(io, 'ver')).toBe(false);
  });
});
