/**
 * The official SDK 4.x's version and alias calls (test/helpers/sdk-versions.ts) through a real
 * loopback `serve` listener with signature verification on, and a fault injected through the
 * control API scoped to one of them.
 */
import * as fc from '@alicloud/fc20230330';
import { describe, expect, it } from 'vitest';
import { failure } from '../helpers/sdk-resource.ts';
import { sdkVersionCases } from '../helpers/sdk-versions.ts';
import { sdkClient } from './sdk-client.ts';
import { failNextThroughControl, signedServe } from './signed-serve.ts';

const server = signedServe();

describe('SDK 4.x version and alias calls through serve, signed', () => {
  sdkVersionCases({
    client: () => sdkClient({ port: server().port }) as never,
    emulator: () => server().emulator,
  });

  it('a failNext scoped to PublishFunctionVersion through the control API fails that call only', async () => {
    await failNextThroughControl(server().url, 'PublishFunctionVersion');
    const client = sdkClient({ port: server().port });
    const publish = () => client.publishFunctionVersion('none', new fc.PublishFunctionVersionRequest({}));
    expect(await failure(client.listAliases('none', new fc.ListAliasesRequest({})))).toMatchObject({
      code: 'FunctionNotFound',
    });
    expect(await failure(publish())).toMatchObject({ code: 'ServiceUnavailable', statusCode: 503 });
    expect(await failure(publish())).toMatchObject({ code: 'FunctionNotFound' });
    expect(
      server()
        .emulator.calls({ operation: 'PublishFunctionVersion' })
        .map((c) => c.outcome),
    ).toEqual(['faulted', 'rejected']);
  });
});
