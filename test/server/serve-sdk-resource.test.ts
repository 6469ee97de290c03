/**
 * The official SDK, unmodified, 4.x and the previous major 3.x, through a real loopback `serve`
 * listener with signature verification on: every function-resource call and its errors.
 */
import * as fc4 from '@alicloud/fc20230330';
import * as $OpenApi from '@alicloud/openapi-client';
import * as fc3 from 'fc20230330-v3';
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { type RunningServer, startServer } from '../../mocks/server.ts';
import { type ResourceClient, type SdkModels, sdkResourceCases } from '../helpers/sdk-resource.ts';
import { sdkClient } from './sdk-client.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ credentials: { testAK: 'testSecret' } });
});
afterAll(() => server.close());
beforeEach(() => server.emulator.reset());

describe('SDK 4.x through serve, signed', () => {
  sdkResourceCases({
    sdk: fc4 as unknown as SdkModels,
    client: () => sdkClient({ port: server.port }) as unknown as ResourceClient,
    emulator: () => server.emulator,
  });
});

describe('SDK 3.x (previous major) through serve, signed', () => {
  const candidate = fc3.default as unknown as { default?: new (config: unknown) => ResourceClient };
  const Client = (candidate.default ?? candidate) as new (config: unknown) => ResourceClient;
  sdkResourceCases({
    sdk: fc3 as unknown as SdkModels,
    client: () =>
      new Client(
        new $OpenApi.Config({
          accessKeyId: 'testAK',
          accessKeySecret: 'testSecret',
          endpoint: `127.0.0.1:${server.port}`,
          protocol: 'http',
          readTimeout: 10_000,
          connectTimeout: 10_000,
        }),
      ),
    emulator: () => server.emulator,
    clientErrorName: 'Error',
  });
});
