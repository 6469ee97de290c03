/**
 * The invocation switch (Disable/EnableFunctionInvocation, lifecycle I.5, CF D.2) in the core:
 * the answers, the `invocationRestriction` GetFunction and ListFunctions show afterwards, every
 * error and rule switch; and that journal, scoped faults and `Prefer` treat these two and
 * ChangeResourceGroup like every other operation (change-resource-group.test.ts: the rest).
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../mocks/index.ts';
import { DEFAULT_GROUP, oneFunction, sdkBody, switchOptions } from '../helpers/one-function.ts';
import { call, minimalInput } from '../helpers/requests.ts';

const fx = oneFunction();

describe('DisableFunctionInvocation and EnableFunctionInvocation', () => {
  const disable = (body?: unknown, name = 'f') =>
    call(fx.emulator, 'POST', `/functions/${name}/invoke/disable`, body);
  const enable = (body?: unknown, name = 'f') =>
    call(fx.emulator, 'POST', `/functions/${name}/invoke/enable`, body);

  it('a new function has no invocationRestriction (CF D.2: only these calls set it)', async () => {
    expect(await fx.getFn()).not.toHaveProperty('invocationRestriction');
  });

  it('disable → {"success":true}; GetFunction and ListFunctions show {disable, lastModifiedTime, reason}', async () => {
    const before = await fx.getFn();
    fx.emulator.advanceClock(61_000);
    const answer = await disable({ reason: 'functionai-delete', abortOngoingRequest: true });
    expect(answer).toMatchObject({ status: 200, json: { success: true } });
    const restriction = {
      disable: true,
      lastModifiedTime: '2024-05-01T08:01:01Z',
      reason: 'functionai-delete',
    };
    const after = await fx.getFn();
    expect(after.invocationRestriction).toEqual(restriction);
    expect(Object.keys(after.invocationRestriction as object)).toEqual([
      'disable',
      'lastModifiedTime',
      'reason',
    ]);
    // The function's own lastModifiedTime stays (inferred, lifecycle F.7).
    expect({ ...after, invocationRestriction: undefined }).toEqual({
      ...before,
      invocationRestriction: undefined,
    });
    const listed = (await call(fx.emulator, 'GET', '/functions')).json?.functions as Array<
      Record<string, unknown>
    >;
    expect(listed[0]?.invocationRestriction).toEqual(restriction);
    expect(fx.emulator.calls({ operation: 'DisableFunctionInvocation' })[0]).toMatchObject({
      functionName: 'f',
      input: { reason: 'functionai-delete', abortOngoingRequest: true },
    });
  });

  it('enable → {"success":true}; the restriction reads {disable: false, lastModifiedTime}, the reason gone', async () => {
    await disable({ reason: 'maintenance' });
    const before = await fx.getFn();
    fx.emulator.advanceClock(2000);
    expect(await enable()).toMatchObject({ status: 200, json: { success: true } });
    const after = await fx.getFn();
    expect(after.invocationRestriction).toEqual({
      disable: false,
      lastModifiedTime: '2024-05-01T08:00:02Z',
    });
    // Only the restriction changed: the function's own lastModifiedTime stays (inferred, F.7).
    const blanked = (body: Record<string, unknown>) => ({ ...body, invocationRestriction: undefined });
    expect(blanked(after)).toEqual(blanked(before));
    // Enabling an enabled function changes nothing, not even the time (inferred).
    fx.emulator.advanceClock(2000);
    await enable({ functionName: 'f' });
    expect((await fx.getFn()).invocationRestriction).toEqual({
      disable: false,
      lastModifiedTime: '2024-05-01T08:00:02Z',
    });
  });

  it('enable of a function never disabled leaves it without a restriction', async () => {
    expect((await enable()).status).toBe(200);
    expect(await fx.getFn()).not.toHaveProperty('invocationRestriction');
  });

  it('a second disable replaces the reason and the time; no reason leaves `reason` out', async () => {
    await disable({ reason: 'first' });
    fx.emulator.advanceClock(1000);
    await disable({ functionName: 'f' }); // terraform without a reason: unknown keys ignored
    expect((await fx.getFn()).invocationRestriction).toEqual({
      disable: true,
      lastModifiedTime: '2024-05-01T08:00:01Z',
    });
  });

  it('reads no body, or only white space, as {} (the SDK sends none on enable)', async () => {
    expect((await disable()).status).toBe(200);
    expect((await disable('  \n')).status).toBe(200);
    expect((await enable('')).status).toBe(200);
    expect((await fx.getFn()).invocationRestriction).toMatchObject({ disable: false });
  });

  it('blank means JSON white space only: a BOM alone is no body; U+00A0 and U+2028 are not JSON', async () => {
    expect((await disable('\uFEFF')).status).toBe(200);
    expect((await enable('\uFEFF \r\n\t')).status).toBe(200);
    for (const text of ['\u00a0', '\u2028', '\uFEFF\u00a0']) {
      const answer = await disable(text);
      expect([answer.status, answer.json?.Code]).toEqual([400, 'InvalidArgument']);
      expect(answer.json?.Message).toContain('not valid JSON');
    }
  });

  it('a body key named `status` is data, not an answer', async () => {
    expect(await disable({ status: 418, reason: 'r' })).toMatchObject({
      status: 200,
      json: { success: true },
    });
    expect(await enable({ status: 418 })).toMatchObject({ status: 200, json: { success: true } });
  });

  it.each([
    [{ reason: 5 }, 'invocation-input-types', 'reason must be a string, got 5'],
    [{ reason: null }, 'invocation-input-types', 'reason must be a string, got null'],
    [
      { abortOngoingRequest: 'yes' },
      'invocation-input-types',
      'abortOngoingRequest must be a boolean, got "yes"',
    ],
    [
      { reason: 'r'.repeat(257) },
      'invocation-reason-length',
      'reason must be at most 256 characters, got 257',
    ],
  ])('disable refuses %j: 400 InvalidArgument, rule %s, nothing changes', async (body, ruleId, message) => {
    const answer = await disable(body);
    expect(answer).toMatchObject({ status: 400, json: { Code: 'InvalidArgument', Message: message } });
    expect(fx.emulator.calls().at(-1)?.ruleId).toBe(ruleId);
    expect(await fx.getFn()).not.toHaveProperty('invocationRestriction');
  });

  it('keeps a reason of exactly 256 characters; switched off, the inferred bound lets a longer one through', async () => {
    expect((await disable({ reason: 'r'.repeat(256) })).status).toBe(200);
    // Characters are code points, as the schema interpreter's maxLength counts them: 200 emoji
    // are 400 UTF-16 units and pass; 257 code points do not.
    expect((await disable({ reason: '😀'.repeat(200) })).status).toBe(200);
    expect((await fx.getFn()).invocationRestriction).toMatchObject({ reason: '😀'.repeat(200) });
    expect((await disable({ reason: `${'😀'.repeat(256)}r` })).json?.Message).toBe(
      'reason must be at most 256 characters, got 257',
    );
    const lenient = createEmulator(switchOptions({ 'invocation-reason-length': false }));
    await call(lenient, 'POST', '/functions', minimalInput({ functionName: 'f' }));
    expect(
      (await call(lenient, 'POST', '/functions/f/invoke/disable', { reason: 'r'.repeat(1000) })).status,
    ).toBe(200);
  });

  it.each(['disable', 'enable'])(
    '%s: 404 FunctionNotFound, 400 for a path name no function can have, 400 for a non-object body',
    async (what) => {
      const send = what === 'disable' ? disable : enable;
      expect((await send({}, 'missing')).json).toMatchObject({
        Code: 'FunctionNotFound',
        Message: "function 'missing' does not exist.",
      });
      expect((await send({}, 'missing')).status).toBe(404);
      const bad = await send({}, '9bad');
      expect([bad.status, bad.json?.Code]).toEqual([400, 'InvalidArgument']);
      expect(fx.emulator.calls().at(-1)?.ruleId).toBe('functionName-pattern');
      const array = await send('[]');
      expect([array.status, array.json?.Code]).toEqual([400, 'InvalidArgument']);
    },
  );

  it('UpdateFunction keeps the restriction and the group (own APIs, lifecycle F.7); DeleteFunction takes them', async () => {
    await disable({ reason: 'r' });
    await fx.move(sdkBody('f'));
    expect((await call(fx.emulator, 'PUT', '/functions/f', { description: 'new' })).json).toMatchObject({
      description: 'new',
      invocationRestriction: { disable: true, reason: 'r' },
      resourceGroupId: 'rg-aek2xl5qajnwbua',
    });
    expect((await call(fx.emulator, 'DELETE', '/functions/f')).status).toBe(204);
    await call(fx.emulator, 'POST', '/functions', minimalInput({ functionName: 'f' }));
    const again = await fx.getFn();
    expect(again).not.toHaveProperty('invocationRestriction');
    expect(again.resourceGroupId).toBe(DEFAULT_GROUP);
  });
});

describe('journal, faults and Prefer treat the three operations like the others', () => {
  it('failNext scoped by operation (and by function name, ResourceId for ChangeResourceGroup) hits only them', async () => {
    fx.emulator.failNext('Throttling.User', {
      operation: 'ChangeResourceGroup',
      match: { functionName: 'f' },
    });
    fx.emulator.failNext('ServiceUnavailable', {
      operation: ['DisableFunctionInvocation', 'EnableFunctionInvocation'],
      times: 2,
    });
    expect((await call(fx.emulator, 'GET', '/functions/f')).status).toBe(200);
    expect((await fx.move(sdkBody('other'))).status).toBe(404); // another function: the fault waits
    expect(
      (await fx.move({ resourceId: 'f', newResourceGroupId: 'rg-x1', resourceType: 'function' })).json?.Code,
    ).toBe('Throttling.User');
    expect((await call(fx.emulator, 'POST', '/functions/f/invoke/disable', {})).status).toBe(503);
    expect((await call(fx.emulator, 'POST', '/functions/f/invoke/enable')).status).toBe(503);
    expect((await call(fx.emulator, 'POST', '/functions/f/invoke/enable')).status).toBe(200);
    expect(fx.emulator.calls({ outcome: 'faulted' }).map((c) => [c.operation, c.functionName])).toEqual([
      ['ChangeResourceGroup', 'f'],
      ['DisableFunctionInvocation', 'f'],
      ['EnableFunctionInvocation', 'f'],
    ]);
  });

  // Each request would succeed without the header: the answer is the documented example's.
  it.each([
    ['PUT', '/resource-groups', 'code=404', 404, "function 'my-function-1' does not exist."],
    ['PUT', '/resource-groups', 'code=400, example=NotAResourceGroupId', 400, 'NewResourceGroupId "default"'],
    ['POST', '/functions/f/invoke/disable', 'code=400, example=ReasonTooLong', 400, 'got 300'],
    ['POST', '/functions/f/invoke/enable', 'code=404', 404, "function 'my-function-1' does not exist."],
  ])('%s %s with Prefer %s answers the documented example', async (method, path, prefer, status, message) => {
    const body = JSON.stringify(method === 'PUT' ? sdkBody('f') : {});
    const response = await fx.emulator.handle(
      new Request(`http://127.0.0.1:9000/2023-03-30${path}`, { method, headers: { prefer }, body }),
    );
    expect(response.status).toBe(status);
    expect(((await response.json()) as { Message: string }).Message).toContain(message);
    expect(fx.emulator.calls().at(-1)?.outcome).toBe('faulted');
  });

  it('Prefer code=200 answers the documented success bodies', async () => {
    const answer = async (method: string, path: string) =>
      (
        await fx.emulator.handle(
          new Request(`http://127.0.0.1:9000/2023-03-30${path}`, {
            method,
            headers: { prefer: 'code=200' },
            body: '{}',
          }),
        )
      ).json();
    expect(await answer('PUT', '/resource-groups')).toEqual({
      NewResourceGroupId: 'rg-aek2xl5qajnwbua',
      OldResourceGroupId: DEFAULT_GROUP,
      ResourceId: 'my-function-1',
    });
    expect(await answer('POST', '/functions/f/invoke/disable')).toEqual({ success: true });
    // Prefer answers without touching the store.
    expect(await fx.getFn()).not.toHaveProperty('invocationRestriction');
  });
});
