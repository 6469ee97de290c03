/**
 * The official SDK's trigger, tag and absent-setting calls (test/helpers/sdk-triggers.ts) through
 * the MSW handlers and the nock interceptors, the real network closed.
 */
import { beforeEach, describe } from 'vitest';
import { createEmulator } from '../../mocks/index.ts';
import { sdkTriggerCases } from '../helpers/sdk-triggers.ts';
import { intercept } from './intercept.ts';
import { sdkClient } from './support.ts';

const emulator = createEmulator({ seed: 5 });
const client = () => sdkClient() as never;

describe.each(['msw', 'nock'] as const)('the official SDK trigger and tag calls through %s', (adapter) => {
  intercept(adapter, emulator);
  beforeEach(() => emulator.reset());
  sdkTriggerCases({ client, emulator: () => emulator });
});
