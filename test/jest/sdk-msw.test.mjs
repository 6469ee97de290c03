/**
 * The official SDK through `fc3Handlers` and msw's `setupServer` under jest ESM: a create, then
 * the duplicate-name conflict, with every unhandled request an error.
 */
import { afterAll, afterEach, beforeAll, expect, it, jest } from '@jest/globals';
import { createEmulator } from 'fc3-testkit';
import { fc3Handlers } from 'fc3-testkit/msw';
import { fc3Matchers } from 'fc3-testkit/vitest';
import { setupServer } from 'msw/node';
import { BASE_URL, sdkClient, sdkError, sdkRequest } from './sdk.mjs';

expect.extend(fc3Matchers);

const emulator = createEmulator({ seed: 7 });
const server = setupServer(...fc3Handlers(emulator, { baseUrl: BASE_URL }));

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  server.resetHandlers();
  emulator.reset();
});
afterAll(() => server.close());

it('creates a function, then answers 409 FunctionAlreadyExists for the same name', async () => {
  const client = sdkClient();
  const { statusCode, body } = await client.createFunction(sdkRequest('jest-msw'));
  expect(statusCode).toBe(200);
  expect(body.functionName).toBe('jest-msw');
  expect(body.functionArn).toBe('acs:fc:cn-hangzhou:1234567890123456:functions/jest-msw');

  const error = await sdkError(client.createFunction(sdkRequest('jest-msw')));
  expect(error).toMatchObject({ code: 'FunctionAlreadyExists', statusCode: 409 });
  expect(error.name).toBe('ClientError');

  expect(emulator).toHaveCreatedFunctionTimes(1);
  expect(emulator).toHaveCreatedFunction({ functionName: 'jest-msw', runtime: 'python3.10' });
  expect(emulator).toHaveRejectedCreateFunction('FunctionAlreadyExists');
});

it('errors on an unhandled request instead of reaching the network', async () => {
  const consoleError = jest.spyOn(console, 'error').mockImplementation(() => {});
  try {
    await expect(fetch('http://example.invalid/')).rejects.toThrow();
    expect(consoleError).toHaveBeenCalledWith(
      expect.stringMatching(
        /intercepted a request without a matching request handler:\s+• GET http:\/\/example\.invalid\//,
      ),
    );
  } finally {
    consoleError.mockRestore();
  }
  expect(emulator.calls()).toHaveLength(0);
});
