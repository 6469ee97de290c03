/**
 * A real deploy, end to end: Serverless Devs' `s deploy` / `s remove` call sequences (lifecycle
 * reference H.1, H.2), made with the clients devsapp uses (official SDK, `@alicloud/fc2`,
 * `ali-oss`), unmodified, against `fc3-testkit serve` as a real process with signatures on. The
 * emulator's journal must show exactly those calls, each with an FC answer (never
 * `PathNotSupported`), and every sequence must complete. Waiting moves the emulator's clock
 * through the control API instead of sleeping.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { crc64XzDecimal } from '../../mocks/core/crc64.ts';
import { EMPTY_ZIP, send } from '../server/cli-process.ts';
import { ACCOUNT, type DevsServer, devsServer, OTHER_ZIP, REMOVE_READS } from './devs-server.ts';
import type { Call } from './journal.ts';
import { type DevsIo, type FunctionProps, sDeploy, sRemove } from './serverless-devs.ts';

const server = devsServer();
let io: DevsIo;
let zips: DevsServer['zips'];
let serve: DevsServer['serve'];
// Runs after devsServer's own beforeAll (hooks run in the order they were registered).
beforeAll(() => {
  ({ io, zips, serve } = server());
});
const callsSince = (since: number) => server().callsSince(since);

/** Before the first deploy there is no function: every function-scoped read is FunctionNotFound. */
const firstReads = [
  'GetAsyncInvokeConfig',
  'ListVpcBindings',
  'GetScalingConfig',
  'GetConcurrencyConfig',
].map((operation) => `${operation} 404 FunctionNotFound`);
/** What FC answers when nothing is configured (reference "Triggers and tags" T.6). */
const settingReads = [
  'GetAsyncInvokeConfig 404 AsyncConfigNotExists',
  'ListVpcBindings 200',
  'GetScalingConfig 200',
  'GetConcurrencyConfig 404 OnDemandConfigNotFound',
];
const upload = ['GetTempBucketToken 200', 'PutObject 200'];
const removeReads = REMOVE_READS;
const crcOf = (base64: string) => crc64XzDecimal(Buffer.from(base64, 'base64'));

describe('s deploy / s remove of a code folder through the upload path (H.1 step 9, H.2)', () => {
  const props: FunctionProps = {
    functionName: 'web',
    runtime: 'nodejs20',
    handler: 'index.handler',
    memorySize: 512,
    codeZip: '',
  };
  let since = 0;

  it('first deploy: tempBucketToken (FC 2.0 signed), the zip PUT to OSS, create with the OSS pair', async () => {
    const result = await sDeploy(io, { ...props, codeZip: zips.empty });
    expect(result).toMatchObject({
      path: 'create',
      uploaded: true,
      info: { functionName: 'web', state: 'Active', codeChecksum: crcOf(EMPTY_ZIP), codeSize: 22 },
    });
    const { lines, last, all } = await callsSince(since);
    since = last;
    expect(lines).toEqual([
      'GetFunction 404 FunctionNotFound',
      ...firstReads,
      ...upload,
      'GetFunction 404 FunctionNotFound',
      'CreateFunction 200',
      'GetFunction 200',
    ]);
    const scheme = (c: Call) => c.headers.authorization?.split(/[ :]/, 2).join(' ');
    expect(all.map((c) => `${c.operation} ${scheme(c)}`)).toContain('GetTempBucketToken FC testAK');
    const put = all.find((c) => c.operation === 'PutObject') as Call;
    expect(put.headers.authorization).toMatch(/^OSS STS\.[0-9a-f]+:/);
    expect(new URL(put.url).hostname).toBe('fc-temp-code-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com');
    const create = all.find((c) => c.operation === 'CreateFunction') as Call;
    expect(create.input?.code).toEqual({
      ossBucketName: 'fc-temp-code-cn-hangzhou',
      ossObjectName: `${ACCOUNT}/${new URL(put.url).pathname.split('/')[2]}`,
    });
  });

  it('redeploy unchanged: the zip’s CRC-64 is the remote checksum, so no upload and no code', async () => {
    const result = await sDeploy(io, { ...props, codeZip: zips.empty });
    expect(result).toMatchObject({ path: 'update', uploaded: false });
    const { lines, last, all } = await callsSince(since);
    since = last;
    expect(lines).toEqual([
      'GetFunction 200',
      ...settingReads,
      'GetFunction 200',
      'UpdateFunction 200',
      'GetFunction 200',
    ]);
    expect(all.find((c) => c.operation === 'UpdateFunction')?.input).not.toHaveProperty('code');
  });

  it('redeploy changed: the new zip is uploaded and its size and CRC-64 come back', async () => {
    const result = await sDeploy(io, { ...props, description: 'v2', codeZip: zips.other });
    const { lines, last } = await callsSince(since);
    since = last;
    expect(lines).toEqual([
      'GetFunction 200',
      ...settingReads,
      ...upload,
      'GetFunction 200',
      'UpdateFunction 200',
      'GetFunction 200',
    ]);
    expect(result).toMatchObject({
      path: 'update',
      uploaded: true,
      info: {
        description: 'v2',
        codeSize: Buffer.from(OTHER_ZIP, 'base64').byteLength,
        codeChecksum: crcOf(OTHER_ZIP),
      },
    });
  });

  it('s remove: discovery reads, then the delete; a second remove finds nothing', async () => {
    expect(await sRemove(io, 'web')).toBe(true);
    const { lines, last } = await callsSince(since);
    since = last;
    expect(lines).toEqual([
      ...removeReads,
      'ListTriggers 200',
      'ListAsyncInvokeConfigs 200',
      'DeleteFunction 204',
    ]);
    expect(await sRemove(io, 'web')).toBe(false);
    expect((await callsSince(since)).lines).toEqual(['GetFunction 404 FunctionNotFound']);
  });
});

describe('s deploy of a function with an HTTP trigger and tags, then s remove (H.1 phases 3–4, step 13)', () => {
  const http = {
    triggerName: 'http-t',
    triggerType: 'http',
    triggerConfig: { authType: 'anonymous', methods: ['GET'] },
  };
  const props: FunctionProps = {
    functionName: 'api',
    runtime: 'python3.10',
    handler: 'index.handler',
    codeZip: '',
    triggers: [http],
  };
  let since = 0;
  beforeAll(async () => {
    since = (await callsSince(0)).last;
  });

  it('first deploy: the trigger is read, created after the function, and info reads its addresses', async () => {
    const result = await sDeploy(io, { ...props, codeZip: zips.empty });
    const { lines, last } = await callsSince(since);
    since = last;
    expect(lines).toEqual([
      'GetFunction 404 FunctionNotFound',
      'GetTrigger 404 FunctionNotFound',
      ...firstReads,
      ...upload,
      'GetFunction 404 FunctionNotFound',
      'CreateFunction 200',
      'GetTrigger 404 TriggerNotFound',
      'CreateTrigger 200',
      'GetFunction 200',
      'GetTrigger 200',
      'GetTrigger 200',
    ]);
    expect(result.url?.system_url).toMatch(/^https:\/\/api-[a-z]{10}\.cn-hangzhou\.fcapp\.run$/);
    expect(result.url?.system_intranet_url).toMatch(/^https:\/\/api-[a-z]{10}\.cn-hangzhou-vpc\.fcapp\.run$/);
  });

  it('redeploy with a changed trigger and new tags: TagResources before UpdateFunction, then UpdateTrigger', async () => {
    const changed = {
      ...http,
      triggerConfig: { authType: 'anonymous', methods: ['GET', 'POST'], disableURLInternet: true },
    };
    const tags = [
      { key: 'env', value: 'prod' },
      { key: 'team', value: 'web' },
    ];
    const result = await sDeploy(io, { ...props, codeZip: zips.empty, tags, triggers: [changed] });
    const { lines, last } = await callsSince(since);
    since = last;
    expect(lines).toEqual([
      'GetFunction 200',
      'GetTrigger 200',
      ...settingReads,
      'GetFunction 200',
      'TagResources 204',
      'UpdateFunction 200',
      'GetTrigger 200',
      'UpdateTrigger 200',
      'GetFunction 200',
      'GetTrigger 200',
      'GetTrigger 200',
    ]);
    expect(result.info?.tags?.map((t) => [t.key, t.value])).toEqual([
      ['env', 'prod'],
      ['team', 'web'],
    ]);
    // disableURLInternet: info drops the public address (devsapp `info`).
    expect(result.url).toEqual({ system_intranet_url: expect.stringMatching(/-vpc\.fcapp\.run$/) });
  });

  it('a tag change: the removed key is untagged, the changed pair tagged', async () => {
    const result = await sDeploy(io, {
      ...props,
      codeZip: zips.empty,
      tags: [{ key: 'env', value: 'staging' }],
    });
    const { lines, last } = await callsSince(since);
    since = last;
    expect(lines.slice(settingReads.length + 3, settingReads.length + 6)).toEqual([
      'UntagResources 204',
      'TagResources 204',
      'UpdateFunction 200',
    ]);
    expect(result.info?.tags?.map((t) => [t.key, t.value])).toEqual([['env', 'staging']]);
    const control = await send(serve.url, { method: 'GET', path: '/__fc3/functions' });
    const api = (control.json.functions as Array<Record<string, unknown>>).find(
      (f) => f.functionName === 'api',
    );
    expect(api?.tags).toEqual([{ Key: 'env', Value: 'staging' }]);
    expect(((api?.triggers ?? []) as Array<{ triggerName: string }>).map((t) => t.triggerName)).toEqual([
      'http-t',
    ]);
  });

  it('a YAML resourceGroupId other than the remote one: ChangeResourceGroup after UpdateFunction, 200 (step 13)', async () => {
    const moved = { ...props, codeZip: zips.empty, tags: [{ key: 'env', value: 'staging' }] };
    const result = await sDeploy(io, { ...moved, resourceGroupId: 'rg-aek2xl5qajnwbua' });
    const { lines, all, last } = await callsSince(since);
    expect(lines.slice(settingReads.length + 3, settingReads.length + 5)).toEqual([
      'UpdateFunction 200',
      'ChangeResourceGroup 200',
    ]);
    expect(all.find((c) => c.operation === 'ChangeResourceGroup')?.input).toEqual({
      NewResourceGroupId: 'rg-aek2xl5qajnwbua',
      ResourceId: 'api',
      ResourceType: 'function',
    });
    expect(result.info?.resourceGroupId).toBe('rg-aek2xl5qajnwbua');
    await sDeploy(io, { ...moved, resourceGroupId: 'rg-aek2xl5qajnwbua' }); // now equal: no move
    const again = await callsSince(last);
    since = again.last;
    expect(again.lines.filter((line) => line.startsWith('ChangeResourceGroup'))).toEqual([]);
  });

  it('s remove: the triggers are listed ten at a time and deleted before the function', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({
      ...http,
      triggerName: `t${String(i).padStart(2, '0')}`,
    }));
    await sDeploy(io, { ...props, codeZip: zips.empty, triggers: many });
    since = (await callsSince(since)).last;
    expect(await sRemove(io, 'api')).toBe(true);
    const { lines, last } = await callsSince(since);
    since = last;
    expect(lines).toEqual([
      ...removeReads,
      'ListTriggers 200',
      'ListTriggers 200',
      'ListAsyncInvokeConfigs 200',
      ...Array.from({ length: 13 }, () => 'DeleteTrigger 204'),
      'DeleteFunction 204',
    ]);
  });
});

describe('s deploy of a custom container polls GetFunction until Active (H.1 step 12, F.5)', () => {
  const props: FunctionProps = {
    functionName: 'img',
    runtime: 'custom-container',
    handler: 'handler',
    customContainerConfig: { image: 'registry.cn-hangzhou.aliyuncs.com/demo/app:v1' },
  };

  // Pending for 5 s: polls at 0, 2 and 4 s see Pending, the one at 6 s Active; then info reads it.
  const POLLED = [
    'GetFunction 200',
    'GetFunction 200',
    'GetFunction 200',
    'GetFunction 200',
    'GetFunction 200',
  ];

  it('create: Pending for 5 s of emulator time, polled every 2 s, then Active; an update polls again', async () => {
    const before = (await callsSince(0)).last;
    const created = await sDeploy(io, props);
    expect(created.info).toMatchObject({ state: 'Active', lastUpdateStatus: 'Successful' });
    const { lines, last } = await callsSince(before);
    expect(lines.slice(-6)).toEqual(['CreateFunction 200', ...POLLED]);
    const updated = await sDeploy(io, {
      ...props,
      customContainerConfig: { image: 'registry.cn-hangzhou.aliyuncs.com/demo/app:v2' },
    });
    expect(updated).toMatchObject({
      path: 'update',
      info: { state: 'Active', lastUpdateStatus: 'Successful' },
    });
    const polls = (await callsSince(last)).lines;
    expect(polls.slice(-6)).toEqual(['UpdateFunction 200', ...POLLED]);
    expect(await sRemove(io, 'img')).toBe(true);
  });
});

describe('the whole run', () => {
  it('answered every call with an FC operation: nothing was PathNotSupported or unrouted', async () => {
    const { all } = await callsSince(0);
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((c) => c.operation === undefined || c.code === 'PathNotSupported')).toEqual([]);
  });
});
