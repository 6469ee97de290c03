/**
 * A real deploy, end to end: Serverless Devs' `s deploy` / `s remove` call sequences (lifecycle
 * reference H.1, H.2), made with the official SDK against `fc3-testkit serve` as a real process.
 * The emulator's journal must show exactly those calls, each with an FC answer, and the sequence
 * must complete. Waiting moves the emulator's clock through the control API instead of sleeping.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliProcess, EMPTY_ZIP, send, spawnCli } from '../server/cli-process.ts';
import { sdkClient } from '../server/sdk-client.ts';
import { type DevsIo, type FunctionProps, sDeploy, sRemove } from './serverless-devs.ts';

const OTHER_ZIP =
  'UEsDBAoAAAAAAAAAIQAAAAAAAAAAAAAAAAAFAAAAZW1wdHlQSwECFAAKAAAAAAAAACEAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAZW1wdHlQSwUGAAAAAAEAAQAzAAAAIwAAAAAA';

let serve: CliProcess;
let io: DevsIo;
beforeAll(async () => {
  serve = await spawnCli([
    'serve',
    '--port',
    '0',
    '--log-level',
    'silent',
    '--access-key-id',
    'testAK',
    '--access-key-secret',
    'testSecret',
    '--preparation-ms',
    '5000',
  ]);
  io = {
    client: sdkClient({ port: serve.port }) as DevsIo['client'],
    wait: async (ms) => {
      const moved = await send(serve.url, {
        path: '/__fc3/clock',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ advanceMs: ms }),
      });
      expect(moved.status).toBe(200);
    },
  };
});
afterAll(async () => {
  await serve?.stop();
});

interface Call {
  seq: number;
  operation?: string;
  method: string;
  url: string;
  status: number;
  code?: string;
}

/** The journal since `since`, as `Operation status[ code]` (or `METHOD path` for unrouted calls). */
async function callsSince(since: number): Promise<{ lines: string[]; last: number; all: Call[] }> {
  const page = await send(serve.url, { method: 'GET', path: `/__fc3/calls?since=${since}&limit=1000` });
  const all = page.json.calls as Call[];
  const lines = all.map((c) => {
    const what = c.operation ?? `${c.method} ${new URL(c.url).pathname.replace(/^\/2023-03-30/, '')}`;
    return `${what} ${c.status}${c.code ? ` ${c.code}` : ''}`;
  });
  return { lines, last: all.at(-1)?.seq ?? since, all };
}

// What FC answers when nothing is configured (reference "Triggers and tags" T.6).
// Before the first deploy there is no function: every function-scoped read is FunctionNotFound.
const firstReads = [
  'GetAsyncInvokeConfig',
  'ListVpcBindings',
  'GetScalingConfig',
  'GetConcurrencyConfig',
].map((operation) => `${operation} 404 FunctionNotFound`);
const subResourceReads = [
  'GetAsyncInvokeConfig 404 AsyncConfigNotExists',
  'ListVpcBindings 200',
  'GetScalingConfig 200',
  'GetConcurrencyConfig 404 OnDemandConfigNotFound',
];

describe('s deploy / s remove of a code function (H.1, H.2)', () => {
  const props: FunctionProps = {
    functionName: 'web',
    runtime: 'nodejs20',
    handler: 'index.handler',
    memorySize: 512,
    code: { zipFile: EMPTY_ZIP },
  };
  let since = 0;

  it('first deploy: reads miss, the function is created, info reads it', async () => {
    const result = await sDeploy(io, props);
    expect(result).toMatchObject({
      path: 'create',
      codeSent: true,
      info: { functionName: 'web', state: 'Active', codeChecksum: '2220831586920633690' },
    });
    const { lines, last, all } = await callsSince(since);
    since = last;
    expect(lines).toEqual([
      'GetFunction 404 FunctionNotFound',
      ...firstReads,
      'GetFunction 404 FunctionNotFound',
      'CreateFunction 200',
      'GetFunction 200',
    ]);
    expect(
      all.every((c) =>
        /^ACS3-HMAC-SHA256 /.test(
          (c as unknown as { headers: Record<string, string> }).headers.authorization ?? '',
        ),
      ),
    ).toBe(true);
  });

  it('redeploy unchanged: the update path, code skipped by its CRC-64', async () => {
    const result = await sDeploy(io, props);
    expect(result).toMatchObject({ path: 'update', codeSent: false });
    const { lines, last, all } = await callsSince(since);
    since = last;
    expect(lines).toEqual([
      'GetFunction 200',
      ...subResourceReads,
      'GetFunction 200',
      'UpdateFunction 200',
      'GetFunction 200',
    ]);
    const update = await send(serve.url, {
      method: 'GET',
      path: `/__fc3/calls?operation=UpdateFunction&since=${all[0]?.seq ?? 0}`,
    });
    expect((update.json.calls as Array<{ input: Record<string, unknown> }>)[0]?.input).not.toHaveProperty(
      'code',
    );
  });

  it('redeploy changed: the new code is sent and its checksum comes back', async () => {
    const result = await sDeploy(io, { ...props, description: 'v2', code: { zipFile: OTHER_ZIP } });
    since = (await callsSince(since)).last;
    const size = Buffer.from(OTHER_ZIP, 'base64').byteLength;
    expect(result).toMatchObject({
      path: 'update',
      codeSent: true,
      info: { description: 'v2', codeSize: size },
    });
    expect(result.info?.codeChecksum).not.toBe('2220831586920633690');
  });

  it('s remove: discovery reads, then the delete; a second remove finds nothing', async () => {
    const removed = await sRemove(io, 'web');
    const { lines, last } = await callsSince(since);
    since = last;
    expect(removed).toBe(true);
    expect(lines).toEqual([
      'GetFunction 200',
      'ListVpcBindings 200',
      'ListScalingConfigs 200',
      'GetConcurrencyConfig 404 OnDemandConfigNotFound',
      'ListAliases 200',
      'ListFunctionVersions 200',
      'ListTriggers 200',
      'ListAsyncInvokeConfigs 200',
      'DeleteFunction 204',
    ]);
    expect(await sRemove(io, 'web')).toBe(false);
    expect((await callsSince(since)).lines).toEqual(['GetFunction 404 FunctionNotFound']);
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
