/**
 * The server the terraform end-to-end tests talk to: `startServer` on port 0 with credentials, so
 * every ROA v1 signature is verified, and a journal cursor so each test asserts only its calls.
 * Every test starts its cursor afresh (a failed test's calls never reach the next one) and ends
 * by checking that each of its calls was signed with the key and routed to an operation.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { type RunningServer, startServer } from '../../mocks/server.ts';
import { type Call, callsSince } from './journal.ts';
import type { TerraformIo } from './terraform-roa.ts';

/** What a test file gets: the provider's view of the server, its journal, its clock. */
export interface TerraformServer {
  readonly io: TerraformIo;
  readonly server: RunningServer;
  /** The calls since the previous `journal()` (or `skip()`) of this file. */
  journal(): Promise<{ lines: string[]; all: Call[] }>;
  /** Moves the cursor past everything journalled so far (a test's setup calls). */
  skip(): Promise<void>;
}

/**
 * Starts one server for the calling test file (beforeAll) and stops it afterwards.
 *
 * @example
 * const tf = terraformServer();
 * it('creates', async () => { await createFunction(tf.io, args); expect((await tf.journal()).lines).toEqual([…]); });
 */
export function terraformServer(): TerraformServer {
  let server: RunningServer | undefined;
  let since = 0;
  const running = () => {
    if (!server) throw new Error('the terraform server is used before beforeAll started it');
    return server;
  };
  beforeAll(async () => {
    server = await startServer({ port: 0, credentials: { tfAK: 'tfSecret' } });
  });
  afterAll(() => server?.close());
  const journal = async () => {
    const { lines, last, all } = await callsSince(running().url, since);
    since = last;
    return { lines, all };
  };
  let testStart = 0;
  beforeEach(async () => {
    await journal();
    testStart = since;
  });
  afterEach(async () => {
    const { all } = await callsSince(running().url, testStart);
    expect(all.filter((call) => !call.headers.authorization?.startsWith('acs tfAK:'))).toEqual([]);
    expect(all.filter((call) => call.operation === undefined).map((call) => call.url)).toEqual([]);
  });
  return {
    get io() {
      return { endpoint: running().url, accessKeyId: 'tfAK', accessKeySecret: 'tfSecret' };
    },
    get server() {
      return running();
    },
    journal,
    skip: async () => void (await journal()),
  };
}
