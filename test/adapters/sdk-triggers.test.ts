/**
 * The official SDK's trigger, tag and absent-setting calls (test/helpers/sdk-triggers.ts) through
 * the MSW handlers and the nock interceptors, the real network closed.
 */
import { setupServer } from 'msw/node';
import nock from 'nock';
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { createEmulator } from '../../mocks/index.ts';
import { fc3Handlers } from '../../mocks/msw.ts';
import { type Fc3NockHandle, fc3Nock } from '../../mocks/nock.ts';
import { sdkTriggerCases } from '../helpers/sdk-triggers.ts';
import { BASE_URL, closedNetwork, closeNetworkForNock, sdkClient } from './support.ts';

const emulator = createEmulator({ seed: 5 });
const client = () => sdkClient() as never;

describe('the official SDK trigger and tag calls through msw', () => {
  const server = setupServer(...fc3Handlers(emulator, { baseUrl: BASE_URL }));
  beforeAll(() => {
    nock.restore(); // nock patches fetch as soon as it is imported; one interceptor at a time
    server.listen(closedNetwork());
  });
  afterAll(() => {
    server.close();
    nock.activate();
  });
  beforeEach(() => emulator.reset());
  sdkTriggerCases({ client, emulator: () => emulator });
});

describe('the official SDK trigger and tag calls through nock', () => {
  let handle: Fc3NockHandle | undefined;
  beforeAll(() => {
    closeNetworkForNock();
    handle = fc3Nock(emulator, { baseUrl: BASE_URL });
  });
  afterAll(() => {
    handle?.restore();
    nock.cleanAll();
    nock.enableNetConnect();
  });
  beforeEach(() => emulator.reset());
  sdkTriggerCases({ client, emulator: () => emulator });
});
