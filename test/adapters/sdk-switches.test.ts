/**
 * The official SDK's resource-group and invocation-switch calls (test/helpers/sdk-switches.ts)
 * through the MSW handlers and the nock interceptors, the real network closed.
 */
import { beforeEach, describe } from 'vitest';
import { createEmulator } from '../../mocks/index.ts';
import { sdkSwitchCases } from '../helpers/sdk-switches.ts';
import { intercept } from './intercept.ts';
import { sdkClient } from './support.ts';

const emulator = createEmulator({ seed: 5 });
const client = () => sdkClient() as never;

describe.each(['msw', 'nock'] as const)(
  'the official SDK resource-group and invocation calls through %s',
  (adapter) => {
    intercept(adapter, emulator);
    beforeEach(() => emulator.reset());
    sdkSwitchCases({ client, emulator: () => emulator });
  },
);
