/**
 * The official SDK 4.x's resource-group and invocation-switch calls
 * (test/helpers/sdk-switches.ts) through a real loopback `serve` listener with signature
 * verification on, and a fault injected through the control API scoped to one of them.
 */
import * as fc from '@alicloud/fc20230330';
import { describe, expect, it } from 'vitest';
import { failure } from '../helpers/sdk-resource.ts';
import { sdkSwitchCases } from '../helpers/sdk-switches.ts';
import { sdkClient } from './sdk-client.ts';
import { failNextThroughControl, signedServe } from './signed-serve.ts';

const server = signedServe();

describe('SDK 4.x resource-group and invocation calls through serve, signed', () => {
  sdkSwitchCases({
    client: () => sdkClient({ port: server().port }) as never,
    emulator: () => server().emulator,
  });

  it('a failNext scoped to ChangeResourceGroup through the control API fails that call only', async () => {
    await failNextThroughControl(server().url, 'ChangeResourceGroup');
    const client = sdkClient({ port: server().port });
    const request = new fc.ChangeResourceGroupRequest({
      body: new fc.ChangeResourceGroupInput({
        newResourceGroupId: 'rg-a1',
        resourceId: 'none',
        resourceType: 'function',
      }),
    });
    expect(await client.enableFunctionInvocation('none').catch((e: { code: string }) => e.code)).toBe(
      'FunctionNotFound',
    );
    expect(await failure(client.changeResourceGroup(request))).toMatchObject({
      code: 'ServiceUnavailable',
      statusCode: 503,
    });
    expect(await failure(client.changeResourceGroup(request))).toMatchObject({ code: 'FunctionNotFound' });
  });
});
