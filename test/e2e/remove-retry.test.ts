/**
 * `s remove`'s retried delete (lifecycle H.2, D.3) against `fc3-testkit serve` as a real process:
 * faults set through the control API (`POST /__fc3/faults`, as a user's CI would), the official
 * SDK making the calls, the journal read back. The stand-in's 2 s waits are recorded, not slept.
 */
import * as fc from '@alicloud/fc20230330';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { send } from '../server/cli-process.ts';
import { type DevsServer, devsServer, REMOVE_READS } from './devs-server.ts';
import { sDeploy, sRemove } from './serverless-devs.ts';
import { DISABLE_BODY } from './serverless-devs-remove.ts';

const server = devsServer();
let box: DevsServer;
beforeAll(() => {
  box = server();
});

/** Every wait the stand-in asked for, in ms; none is slept. */
let waits: number[] = [];
const io = () => ({
  ...box.io,
  wait: async (ms: number) => {
    waits.push(ms);
  },
});

async function failNext(failNext: Record<string, unknown>): Promise<void> {
  const set = await send(box.serve.url, {
    path: '/__fc3/faults',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ failNext }),
  });
  expect(set.status).toBe(200);
}

/** Deploys `name` and returns the journal position after it. */
async function deployed(name: string): Promise<number> {
  await sDeploy(io(), {
    functionName: name,
    runtime: 'nodejs20',
    handler: 'index.handler',
    codeZip: box.zips.empty,
  });
  return (await box.callsSince(0)).last;
}

/** What the journal shows after the discovery reads of an `s remove` with no triggers (H.2). */
async function deletesSince(since: number) {
  const { lines, all } = await box.callsSince(since);
  const discovery = [...REMOVE_READS, 'ListTriggers 200', 'ListAsyncInvokeConfigs 200'];
  expect(lines.slice(0, discovery.length)).toEqual(discovery);
  return { lines: lines.slice(discovery.length), all: all.slice(discovery.length) };
}

const exists = async (name: string): Promise<boolean> => {
  try {
    await box.io.client.getFunction(name, new fc.GetFunctionRequest({}));
    return true;
  } catch (error) {
    expect((error as { code?: string }).code).toBe('FunctionNotFound');
    return false;
  }
};

const refused = (code: string, times: number) =>
  Array.from({ length: times }, () => `DeleteFunction 409 ${code}`);

beforeEach(() => {
  waits = [];
});

describe('s remove retries DeleteFunction while a provision config holds the function (H.2)', () => {
  it('6 × ProvisionConfigExist: 7 deletes 2 s apart, invocation disabled before the 5th retry, then gone', async () => {
    const since = await deployed('held');
    await failNext({
      code: 'ProvisionConfigExist',
      operation: 'DeleteFunction',
      times: 6,
      match: { functionName: 'held' },
    });
    expect(await sRemove(io(), 'held')).toBe(true);
    const { lines, all } = await deletesSince(since);
    expect(lines).toEqual([
      ...refused('ProvisionConfigExist', 5),
      'DisableFunctionInvocation 200',
      ...refused('ProvisionConfigExist', 1),
      'DeleteFunction 204',
    ]);
    expect(all[5]).toMatchObject({ functionName: 'held', input: DISABLE_BODY });
    expect(all[5]?.input).toStrictEqual(DISABLE_BODY);
    expect(waits).toEqual(Array(6).fill(2000));
    expect(await exists('held')).toBe(false);
  });

  it('ResidentScalingConfigExists on every try: the first delete and 25 retries, then devsapp gives up', async () => {
    const since = await deployed('pinned');
    await failNext({
      code: 'ResidentScalingConfigExists',
      operation: 'DeleteFunction',
      times: 26,
      match: { functionName: 'pinned' },
    });
    await expect(sRemove(io(), 'pinned')).rejects.toThrow(
      'Failed to remove function pinned after 25 retries',
    );
    const { lines } = await deletesSince(since);
    const code = 'ResidentScalingConfigExists';
    expect(lines).toEqual([...refused(code, 5), 'DisableFunctionInvocation 200', ...refused(code, 21)]);
    expect(waits).toEqual(Array(25).fill(2000));
    expect(await exists('pinned')).toBe(true);
    expect(await sRemove(io(), 'pinned')).toBe(true); // the faults are used up
  });
});

describe('s remove stops at once on any other error (H.2)', () => {
  it.each([
    ['FunctionNotEmpty', 409],
    ['InternalServerError', 500],
  ])('%s: one DeleteFunction, no retry, no disable; the function stays', async (code, status) => {
    const name = `stays-${status}`;
    const since = await deployed(name);
    await failNext({ code, operation: 'DeleteFunction', match: { functionName: name } });
    await expect(sRemove(io(), name)).rejects.toMatchObject({ code, statusCode: status });
    expect((await deletesSince(since)).lines).toEqual([`DeleteFunction ${status} ${code}`]);
    expect(waits).toEqual([]);
    expect(await exists(name)).toBe(true);
  });
});

// devsapp matches "Function '<name>' has been bound to resident source pool" on a 400 (D.3), but
// `s remove` passes no name, so only "Function ''" matches; InvalidArgument is FC's 400 code.
describe('s remove and the "bound to resident source pool" message (H.2, D.3)', () => {
  const bound = (name: string) => `Function '${name}' has been bound to resident source pool`;

  it('a 400 InvalidArgument with the message devsapp looks for is retried like the codes', async () => {
    const since = await deployed('pool');
    await failNext({
      code: 'InvalidArgument',
      operation: 'DeleteFunction',
      times: 2,
      message: bound(''),
      match: { functionName: 'pool' },
    });
    expect(await sRemove(io(), 'pool')).toBe(true);
    expect((await deletesSince(since)).lines).toEqual([
      'DeleteFunction 400 InvalidArgument',
      'DeleteFunction 400 InvalidArgument',
      'DeleteFunction 204',
    ]);
    expect(waits).toEqual([2000, 2000]);
  });

  it('the same message naming the function ends the remove, as devsapp @4ca1c1b does', async () => {
    const since = await deployed('pool-named');
    await failNext({
      code: 'InvalidArgument',
      operation: 'DeleteFunction',
      message: bound('pool-named'),
      match: { functionName: 'pool-named' },
    });
    await expect(sRemove(io(), 'pool-named')).rejects.toMatchObject({
      code: 'InvalidArgument',
      statusCode: 400,
      message: expect.stringContaining(bound('pool-named')),
    });
    expect((await deletesSince(since)).lines).toEqual(['DeleteFunction 400 InvalidArgument']);
    expect(await exists('pool-named')).toBe(true);
  });
});
