/**
 * The official SDK through `fc3Nock` under jest ESM: a create, then the duplicate-name conflict,
 * with the real network closed except loopback.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from '@jest/globals';
import { createEmulator } from 'fc3-testkit';
import { fc3Nock } from 'fc3-testkit/nock';
import { fc3Matchers } from 'fc3-testkit/vitest';
import nock from 'nock';
import { BASE_URL, sdkClient, sdkError, sdkRequest } from './sdk.mjs';

expect.extend(fc3Matchers);

const emulator = createEmulator({ seed: 7 });
let fc;

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
beforeEach(() => {
  fc = fc3Nock(emulator, { baseUrl: BASE_URL });
});
afterEach(() => {
  fc.restore();
  emulator.reset();
  nock.cleanAll();
});
afterAll(() => {
  nock.enableNetConnect();
  nock.restore(); // un-patch node:http, which later test files in this worker share
});

it('creates a function, then answers 409 FunctionAlreadyExists for the same name', async () => {
  const client = sdkClient();
  const { statusCode, body } = await client.createFunction(sdkRequest('jest-nock'));
  expect(statusCode).toBe(200);
  expect(body.functionName).toBe('jest-nock');
  expect(body.functionArn).toBe('acs:fc:cn-hangzhou:1234567890123456:functions/jest-nock');

  const error = await sdkError(client.createFunction(sdkRequest('jest-nock')));
  expect(error).toMatchObject({ code: 'FunctionAlreadyExists', statusCode: 409 });
  expect(error.name).toBe('ClientError');

  fc.assertCalled(2);
  expect(fc).toHaveCreatedFunctionTimes(1);
  expect(fc).toHaveCreatedFunction({ functionName: 'jest-nock', runtime: 'python3.10' });
  expect(fc).toHaveRejectedCreateFunction('FunctionAlreadyExists');
});

it('leaves other hosts to nock, which refuses them', async () => {
  await expect(fetch('http://example.invalid/')).rejects.toThrow();
  expect(fc.requestCount).toBe(0);
  expect(() => fc.assertCalled()).toThrow();
});
