/**
 * `s sync` end to end (lifecycle H.3, I.1): a function deployed with `s deploy` through the upload
 * path (the zip PUT to the emulated OSS), then `s sync` with devsapp's own SDK client, unmodified,
 * against `fc3-testkit serve` as a real process with signatures on: the journal shows exactly its
 * reads, GetFunctionCode and the unsigned download, and the archive written is the zip deployed,
 * also for a version after the code changed; a custom container downloads nothing. The props
 * `s sync` writes deploy again unchanged (ADR 054: the read-back round trip).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fc from '@alicloud/fc20230330';
import { afterAll, describe, expect, it } from 'vitest';
import { crc64XzDecimal } from '../../mocks/core/crc64.ts';
import { EMPTY_ZIP } from '../server/cli-process.ts';
import { devsServer, OTHER_ZIP } from './devs-server.ts';
import { type FunctionProps, sDeploy } from './serverless-devs.ts';
import { sSync } from './serverless-devs-sync.ts';
import { sVersion } from './serverless-devs-versions.ts';

const server = devsServer();
const target = mkdtempSync(join(tmpdir(), 'fc3-sync-'));
afterAll(() => rmSync(target, { recursive: true, force: true }));

/** What `s sync` reads before the code (GetFunction, the triggers, the swallowed settings). */
const SYNC_READS = [
  'GetFunction 200',
  'ListTriggers 200',
  'GetAsyncInvokeConfig 404 AsyncConfigNotExists',
  'GetProvisionConfig 200',
  'GetScalingConfig 200',
  'GetConcurrencyConfig 404 OnDemandConfigNotFound',
  'ListVpcBindings 200',
];

describe('s sync after s deploy', () => {
  let since = 0;
  const journal = async () => {
    const { lines, last, all } = await server().callsSince(since);
    since = last;
    return { lines, all };
  };
  const sync = (functionName: string, qualifier?: string) =>
    sSync(server().io.client, { functionName, region: 'cn-hangzhou', targetDir: target, qualifier });

  it('downloads exactly the zip s deploy uploaded through OSS, its CRC-64 the codeChecksum', async () => {
    const { io, zips } = server();
    const props = { functionName: 'syn', runtime: 'nodejs20', handler: 'index.handler', codeZip: zips.other };
    expect((await sDeploy(io, props)).uploaded).toBe(true);
    await journal();
    const result = await sync('syn');
    expect(result.code?.bytes.toString('base64')).toBe(OTHER_ZIP);
    expect(readFileSync(result.code?.path as string).equals(readFileSync(zips.other))).toBe(true);
    expect(crc64XzDecimal(result.code?.bytes as Buffer)).toBe(result.info?.codeChecksum);
    const { lines, all } = await journal();
    expect(lines).toEqual([...SYNC_READS, 'GetFunctionCode 200', 'DownloadFunctionCode 200']);
    const download = all.at(-1);
    expect(download?.headers?.authorization).toBeUndefined();
    expect(new URL(download?.url ?? '').pathname).toMatch(/^\/fc3-testkit\/code\/syn\/LATEST\/\d+\.zip$/);
  });

  it('--qualifier of a version gives the code it froze after a redeploy changed it', async () => {
    const { io, zips } = server();
    expect(await sVersion.publish(io.client, 'syn', 'other')).toBe('1');
    const props = { functionName: 'syn', runtime: 'nodejs20', handler: 'index.handler', codeZip: zips.empty };
    expect((await sDeploy(io, props)).path).toBe('update');
    await journal();
    expect((await sync('syn', '1')).code?.bytes.toString('base64')).toBe(OTHER_ZIP);
    expect((await sync('syn')).code?.bytes.toString('base64')).toBe(EMPTY_ZIP);
    const { all } = await journal();
    const codeCalls = all.filter((c) => c.operation === 'GetFunctionCode');
    expect(codeCalls.map((c) => new URL(c.url).searchParams.get('qualifier'))).toEqual(['1', null]);
  });

  it('s deploy of the props s sync wrote for a nodejs function passes: the read-back round trip (ADR 054)', async () => {
    const { io, zips } = server();
    const props = {
      functionName: 'syn-back',
      runtime: 'nodejs18',
      handler: 'index.handler',
      codeZip: zips.other,
    };
    expect((await sDeploy(io, props)).path).toBe('create');
    const synced = await sync('syn-back');
    expect(synced.props.customRuntimeConfig).toEqual({}); // the shell s sync keeps
    const before = synced.info?.toMap();
    await journal();
    const redeploy = { ...synced.props, codeZip: synced.code?.path } as unknown as FunctionProps;
    expect((await sDeploy(io, redeploy)).path).toBe('update');
    const { all } = await journal();
    const update = all.find((c) => c.operation === 'UpdateFunction');
    expect(update?.input?.customRuntimeConfig).toEqual({ command: [], args: [] });
    const after = (await sync('syn-back')).info?.toMap();
    expect({ ...after, lastModifiedTime: undefined }).toEqual({ ...before, lastModifiedTime: undefined });
  });

  it('a custom container: GetFunction and the settings, no GetFunctionCode', async () => {
    const { io } = server();
    const image = new fc.CustomContainerConfig({ image: 'registry.cn-hangzhou.aliyuncs.com/ns/app:v1' });
    const input = new fc.CreateFunctionInput({
      functionName: 'syn-img',
      runtime: 'custom-container',
      handler: 'h',
      customContainerConfig: image,
    });
    await io.client.createFunction(new fc.CreateFunctionRequest({ body: input }));
    await journal();
    expect((await sync('syn-img')).code).toBeUndefined();
    expect((await journal()).lines).toEqual(SYNC_READS);
  });
});
