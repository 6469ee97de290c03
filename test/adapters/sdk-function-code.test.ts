/**
 * The official SDK's getFunctionCode and a plain fetch of its url (test/helpers/sdk-function-code.ts)
 * through the MSW handlers and the nock interceptors, the real network closed.
 */
import { beforeEach, describe } from 'vitest';
import { createEmulator } from '../../mocks/index.ts';
import { sdkFunctionCodeCases } from '../helpers/sdk-function-code.ts';
import { intercept } from './intercept.ts';
import { expectedMajors, sdkClient } from './support.ts';

const emulator = createEmulator({ seed: 5 });
const client = () => sdkClient() as never;

describe.each(['msw', 'nock'] as const)('the official SDK getFunctionCode through %s', (adapter) => {
  intercept(adapter, emulator);
  beforeEach(() => emulator.reset());
  const headStream = adapter === 'nock' && expectedMajors.nock === 14;
  sdkFunctionCodeCases({ client, emulator: () => emulator, headStream });
});
