/**
 * The official SDK's version and alias calls (test/helpers/sdk-versions.ts) through the MSW
 * handlers and the nock interceptors, the real network closed.
 */
import { beforeEach, describe } from 'vitest';
import { createEmulator } from '../../mocks/index.ts';
import { sdkVersionCases } from '../helpers/sdk-versions.ts';
import { intercept } from './intercept.ts';
import { sdkClient } from './support.ts';

const emulator = createEmulator({ seed: 5 });
const client = () => sdkClient() as never;

describe.each(['msw', 'nock'] as const)('the official SDK version and alias calls through %s', (adapter) => {
  intercept(adapter, emulator);
  beforeEach(() => emulator.reset());
  sdkVersionCases({ client, emulator: () => emulator });
});
