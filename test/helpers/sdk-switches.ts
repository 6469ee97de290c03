/**
 * The official SDK 4.x, unmodified: `changeResourceGroup`, `disableFunctionInvocation` and
 * `enableFunctionInvocation` (lifecycle I.5), their effect on `getFunction` / `listFunctions`
 * read through the SDK's own models, and each documented error with its code and status. Shared
 * by the MSW, nock and `serve` tests.
 */
import * as fc from '@alicloud/fc20230330';
import { expect, it } from 'vitest';
import type { Emulator } from '../../mocks/index.ts';
import { failure } from './sdk-resource.ts';
import { createCodeFunction } from './sdk-triggers.ts';

type Client = InstanceType<(typeof fc.default)['default']>;

/** What {@link sdkSwitchCases} needs. */
export interface SwitchSetup {
  client: () => Client;
  emulator: () => Emulator;
}

/**
 * Registers the resource-group and invocation-switch cases in the current `describe` (each
 * starts from a reset emulator).
 *
 * @example
 * describe('through msw', () => sdkSwitchCases({ client: () => sdkClient(), emulator: () => emulator }));
 */
export function sdkSwitchCases({ client, emulator }: SwitchSetup): void {
  const createFn = (functionName: string) => createCodeFunction(client(), { functionName });
  const move = (resourceId: string, newResourceGroupId: string, resourceType = 'function') =>
    client().changeResourceGroup(
      new fc.ChangeResourceGroupRequest({
        body: new fc.ChangeResourceGroupInput({ newResourceGroupId, resourceId, resourceType }),
      }),
    );

  it('changeResourceGroup answers 200 with old and new group; getFunction and the listFunctions filter see it', async () => {
    const created = await createFn('rg-fn');
    const old = created.body?.resourceGroupId as string;
    const answer = await move('rg-fn', 'rg-aek2xl5qajnwbua');
    expect(answer.statusCode).toBe(200);
    expect(answer.body?.toMap()).toEqual({
      NewResourceGroupId: 'rg-aek2xl5qajnwbua',
      OldResourceGroupId: old,
      ResourceId: 'rg-fn',
    });
    expect((await client().getFunction('rg-fn', new fc.GetFunctionRequest({}))).body?.resourceGroupId).toBe(
      'rg-aek2xl5qajnwbua',
    );
    const listed = await client().listFunctions(
      new fc.ListFunctionsRequest({ resourceGroupId: 'rg-aek2xl5qajnwbua' }),
    );
    expect(listed.body?.functions?.map((f) => f.functionName)).toEqual(['rg-fn']);
    expect(emulator().calls({ operation: 'ChangeResourceGroup' })[0]?.input).toEqual({
      NewResourceGroupId: 'rg-aek2xl5qajnwbua',
      ResourceId: 'rg-fn',
      ResourceType: 'function',
    });
  });

  it('changeResourceGroup errors: 404 FunctionNotFound, 400 for another ResourceType or a group name', async () => {
    await createFn('rg-err');
    expect(await failure(move('rg-none', 'rg-a1'))).toMatchObject({
      name: 'ClientError',
      code: 'FunctionNotFound',
      statusCode: 404,
    });
    const alias = await failure(move('rg-err', 'rg-a1', 'alias'));
    expect(alias).toMatchObject({ code: 'InvalidArgument', statusCode: 400 });
    expect(alias.message).toContain('ResourceType "alias" is not supported; use function');
    const named = await failure(move('rg-err', 'default'));
    expect(named.message).toContain('NewResourceGroupId "default" is not a resource group id');
  });

  it('disableFunctionInvocation (as s remove sends it) then enableFunctionInvocation; getFunction shows each', async () => {
    await createFn('inv-fn');
    const disabled = await client().disableFunctionInvocation(
      'inv-fn',
      new fc.DisableFunctionInvocationRequest({ reason: 'functionai-delete', abortOngoingRequest: true }),
    );
    expect([disabled.statusCode, disabled.body?.success]).toEqual([200, true]);
    expect(emulator().calls().at(-1)?.input).toEqual({
      abortOngoingRequest: true,
      reason: 'functionai-delete',
    });
    const restriction = (await client().getFunction('inv-fn', new fc.GetFunctionRequest({}))).body
      ?.invocationRestriction;
    expect(restriction).toBeInstanceOf(fc.FunctionRestriction);
    expect(restriction).toMatchObject({ disable: true, reason: 'functionai-delete' });
    expect(restriction?.lastModifiedTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const enabled = await client().enableFunctionInvocation('inv-fn');
    expect([enabled.statusCode, enabled.body?.success]).toEqual([200, true]);
    // The SDK sends enable without a body (lifecycle A.1).
    expect(emulator().calls().at(-1)).toMatchObject({
      operation: 'EnableFunctionInvocation',
      input: undefined,
    });
    const after = (await client().getFunction('inv-fn', new fc.GetFunctionRequest({}))).body;
    expect(after?.invocationRestriction?.disable).toBe(false);
    expect(after?.invocationRestriction?.reason).toBeUndefined();
  });

  it('the switch on a missing function: 404 FunctionNotFound; a reason over 256 characters: 400', async () => {
    // Thunks: a rejected call must not wait unawaited while the other runs.
    const calls = [
      () => client().disableFunctionInvocation('inv-none', new fc.DisableFunctionInvocationRequest({})),
      () => client().enableFunctionInvocation('inv-none'),
    ];
    for (const call of calls)
      expect(await failure(call())).toMatchObject({ code: 'FunctionNotFound', statusCode: 404 });
    await createFn('inv-long');
    const long = new fc.DisableFunctionInvocationRequest({ reason: 'r'.repeat(257) });
    const refused = await failure(client().disableFunctionInvocation('inv-long', long));
    expect(refused).toMatchObject({ code: 'InvalidArgument', statusCode: 400 });
    expect(refused.message).toContain('reason must be at most 256 characters, got 257');
  });
}
