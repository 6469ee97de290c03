/**
 * The server the Serverless Devs end-to-end tests deploy to: `fc3-testkit serve` as a real
 * process with signatures on, devsapp's clients pointed at it (official SDK, `@alicloud/fc2`,
 * OSS), two code zips on disk, waiting done by moving the emulator's clock, and the journal read
 * through the control API. One per test file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import FC2 from '@alicloud/fc2';
import { afterAll, beforeAll, expect } from 'vitest';
import { type CliProcess, EMPTY_ZIP, send, spawnCli } from '../server/cli-process.ts';
import { sdkClient } from '../server/sdk-client.ts';
import { type CallsSince, callsSince } from './journal.ts';
import type { DevsIo, Fc2Client } from './serverless-devs.ts';

/** A second, different code package (one empty file). */
export const OTHER_ZIP =
  'UEsDBAoAAAAAAAAAIQAAAAAAAAAAAAAAAAAFAAAAZW1wdHlQSwECFAAKAAAAAAAAACEAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAZW1wdHlQSwUGAAAAAAEAAQAzAAAAIwAAAAAA';
/** The account the server runs as. */
export const ACCOUNT = '1234567890123456';

/** `s remove`'s discovery reads of an existing function before its triggers (lifecycle H.2). */
export const REMOVE_READS: readonly string[] = [
  'GetFunction 200',
  'ListVpcBindings 200',
  'ListScalingConfigs 200',
  'GetConcurrencyConfig 404 OnDemandConfigNotFound',
  'ListAliases 200',
  'ListFunctionVersions 200',
];

/** What {@link devsServer} gives a test file once its `beforeAll` ran. */
export interface DevsServer {
  serve: CliProcess;
  io: DevsIo;
  /** Paths of the empty zip and of {@link OTHER_ZIP} on disk. */
  zips: { empty: string; other: string };
  /** The journal since `since` (journal.ts), of this server. */
  callsSince(since: number): Promise<CallsSince>;
}

async function start(dir: string): Promise<DevsServer> {
  const serve = await spawnCli([
    'serve',
    ...['--port', '0', '--log-level', 'silent', '--account-id', ACCOUNT],
    ...['--access-key-id', 'testAK', '--access-key-secret', 'testSecret', '--preparation-ms', '5000'],
  ]);
  const zips = { empty: join(dir, 'empty.zip'), other: join(dir, 'other.zip') };
  writeFileSync(zips.empty, Buffer.from(EMPTY_ZIP, 'base64'));
  writeFileSync(zips.other, Buffer.from(OTHER_ZIP, 'base64'));
  // devsapp's fc2Client with `endpoint: FC_CLIENT_CUSTOM_ENDPOINT`; OSS at FC_CODE_TEMP_OSS_ENDPOINT.
  const fc2 = new FC2(ACCOUNT, {
    accessKeyID: 'testAK',
    accessKeySecret: 'testSecret',
    region: 'cn-hangzhou',
    endpoint: serve.url,
    secure: true,
    timeout: 10_000,
  }) as unknown as Fc2Client;
  const wait = async (ms: number) => {
    const body = JSON.stringify({ advanceMs: ms });
    const moved = await send(serve.url, {
      path: '/__fc3/clock',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(moved.status).toBe(200);
  };
  const client = sdkClient({ port: serve.port }) as DevsIo['client'];
  const io: DevsIo = { client, fc2, accountId: ACCOUNT, ossEndpoint: serve.url, wait };
  return { serve, io, zips, callsSince: (since) => callsSince(serve.url, since) };
}

/**
 * Registers the server's `beforeAll` / `afterAll` and returns a getter for it.
 *
 * @example
 * const server = devsServer();
 * it('deploys', async () => sDeploy(server().io, props));
 */
export function devsServer(): () => DevsServer {
  let running: DevsServer | undefined;
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fc3-deploy-'));
    running = await start(dir);
  });
  afterAll(async () => {
    await running?.serve.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return () => running as DevsServer;
}
