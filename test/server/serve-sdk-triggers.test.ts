/**
 * The official SDK's trigger, tag and absent-setting calls (test/helpers/sdk-triggers.ts) through
 * a real loopback `serve` listener with signature verification on.
 */
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { type RunningServer, startServer } from '../../mocks/server.ts';
import { sdkTriggerCases } from '../helpers/sdk-triggers.ts';
import { sdkClient } from './sdk-client.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ credentials: { testAK: 'testSecret' } });
});
afterAll(() => server.close());
beforeEach(() => server.emulator.reset());

describe('SDK 4.x trigger and tag calls through serve, signed', () => {
  sdkTriggerCases({
    client: () => sdkClient({ port: server.port }) as never,
    emulator: () => server.emulator,
  });
});
