/**
 * terraform end to end, part two: `alicloud_fcv3_trigger` (lifecycle reference H.5) over the same
 * ROA v1 transport, FC's JSON error envelope for a bad signature (tea-roa reads
 * `Code`/`Message`/`RequestId`), and the function resource's `invocation_restriction` and
 * `resource_group_id` (lifecycle H.4: invoke/disable, invoke/enable, ChangeResourceGroup with
 * lower-camel keys). Same server setup as terraform.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createFunction, deleteFunction, minimalFunction, updateFunction } from './terraform.ts';
import { roa } from './terraform-roa.ts';
import { terraformServer } from './terraform-server.ts';
import { createTrigger, deleteTrigger, readTrigger, updateTrigger } from './terraform-trigger.ts';

const tf = terraformServer();
const journal = () => tf.journal();

const fn = minimalFunction;

describe('alicloud_fcv3_trigger (lifecycle H.5)', () => {
  const http = {
    functionName: 'tf-trig',
    triggerName: 'http-t',
    triggerType: 'http',
    triggerConfig: JSON.stringify({ authType: 'anonymous', methods: ['GET'] }),
    qualifier: 'LATEST',
  };

  it('create → read → update → delete, the id <fn>:<triggerName> from the create answer', async () => {
    await createFunction(tf.io, fn('tf-trig'));
    await tf.skip();
    const created = await createTrigger(tf.io, http);
    expect(created).toMatchObject({
      id: 'tf-trig:http-t',
      remote: { triggerName: 'http-t', triggerType: 'http' },
    });
    expect(created.remote.triggerId).toEqual(expect.any(String));
    const triggerConfig = JSON.stringify({ authType: 'anonymous', methods: ['GET', 'POST'] });
    const updated = await updateTrigger(tf.io, { state: created, next: { ...http, triggerConfig } });
    expect(JSON.parse(updated.remote.triggerConfig as string)).toMatchObject({ methods: ['GET', 'POST'] });
    // terraform destroys the trigger first: while it exists, the function's delete is refused.
    await expect(deleteFunction(tf.io, 'tf-trig')).rejects.toThrow(
      /^delete tf-trig: FunctionNotEmpty: code: 409/,
    );
    expect(await deleteTrigger(tf.io, created.id)).toBe(204);
    expect(await deleteTrigger(tf.io, created.id)).toBe(404);
    expect(await readTrigger(tf.io, { id: created.id, isNew: false })).toBeUndefined();
    expect(await deleteFunction(tf.io, 'tf-trig')).toBe(204);
    const { lines, all } = await journal();
    expect(lines).toEqual([
      'CreateTrigger 200',
      'GetTrigger 200',
      'UpdateTrigger 200',
      'GetTrigger 200',
      'DeleteFunction 409 FunctionNotEmpty',
      'DeleteTrigger 204',
      'DeleteTrigger 404 TriggerNotFound',
      'GetTrigger 404 TriggerNotFound',
      'DeleteFunction 204',
    ]);
    const { functionName: _inPath, ...createBody } = http;
    expect(all[0]?.input).toEqual(createBody);
    expect(all[2]?.input).toEqual({ triggerConfig });
  });
});

describe('errors', () => {
  beforeAll(async () => {
    await createFunction(tf.io, fn('tf-switch'));
    await tf.skip();
  });

  it('a wrong secret: 403 SignatureNotMatch in FC’s JSON envelope, as tea-roa reads it', async () => {
    const wrong = { ...tf.io, accessKeySecret: 'not-the-secret' };
    const answer = await roa(wrong, { method: 'GET', path: '/2023-03-30/functions/tf-switch' });
    expect(answer).toMatchObject({
      ok: false,
      status: 403,
      code: 'SignatureNotMatch',
      message: expect.stringMatching(/^code: 403, The request signature .+ request id: \S+$/),
      data: { Code: 'SignatureNotMatch', Message: expect.any(String), RequestId: expect.any(String) },
    });
    expect((await journal()).lines).toEqual(['GetFunction 403 SignatureNotMatch']);
  });
});

// terraform flips the switch only when the remote `disable` differs (it reads the function
// first), and moves the group only on a later update whose `resource_group_id` changed.
describe('invocation_restriction and resource_group_id (lifecycle H.4, I.5)', () => {
  const args = { ...fn('tf-inv'), invocationRestriction: { disable: true, reason: 'maintenance' } };

  it('create with invocation_restriction.disable: POST → GET → POST invoke/disable {functionName, reason} → GET', async () => {
    const state = await createFunction(tf.io, args);
    const { lines, all } = await journal();
    expect(lines).toEqual([
      'CreateFunction 200',
      'GetFunction 200',
      'DisableFunctionInvocation 200',
      'GetFunction 200',
    ]);
    expect(all[2]?.input).toEqual({ functionName: 'tf-inv', reason: 'maintenance' });
    expect(state.remote.invocationRestriction).toEqual({
      disable: true,
      lastModifiedTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      reason: 'maintenance',
    });
  });

  it('disable → false: GET → POST invoke/enable {functionName} → GET; the restriction reads disable: false', async () => {
    const prior = { ...args, functionName: 'tf-enable' };
    await createFunction(tf.io, prior);
    await tf.skip();
    const next = { ...prior, invocationRestriction: { disable: false } };
    const state = await updateFunction(tf.io, { id: 'tf-enable', prior, next });
    const { lines, all } = await journal();
    expect(lines).toEqual(['GetFunction 200', 'EnableFunctionInvocation 200', 'GetFunction 200']);
    expect(all[1]?.input).toEqual({ functionName: 'tf-enable' });
    expect(state.remote.invocationRestriction).toMatchObject({ disable: false });
    expect(state.remote.invocationRestriction).not.toHaveProperty('reason');
  });

  it('a changed resource_group_id: PUT resource-groups with lower-camel keys → 200 → GET shows the group', async () => {
    const prior = fn('tf-group');
    const before = (await createFunction(tf.io, prior)).remote;
    await tf.skip();
    const next = { ...prior, resourceGroupId: 'rg-aek2xl5qajnwbua' };
    const state = await updateFunction(tf.io, { id: 'tf-group', prior, next });
    const { lines, all } = await journal();
    expect(lines).toEqual(['ChangeResourceGroup 200', 'GetFunction 200']);
    expect(all[0]?.input).toEqual({
      resourceId: 'tf-group',
      newResourceGroupId: 'rg-aek2xl5qajnwbua',
      resourceType: 'function',
    });
    expect(all[0]?.functionName).toBe('tf-group');
    expect(state.remote.resourceGroupId).toBe('rg-aek2xl5qajnwbua');
    expect(before.resourceGroupId).not.toBe('rg-aek2xl5qajnwbua');
    const listed = await roa(tf.io, {
      method: 'GET',
      path: '/2023-03-30/functions',
      query: { resourceGroupId: 'rg-aek2xl5qajnwbua' },
    });
    const functions = (listed.ok ? listed.body?.functions : undefined) as Array<{ functionName: string }>;
    expect(functions?.map((f) => f.functionName)).toEqual(['tf-group']);
    expect((await journal()).lines).toEqual(['ListFunctions 200']);
  });

  it('the switch on a function that is gone: 404 FunctionNotFound, which Update reports as an error', async () => {
    await expect(
      updateFunction(tf.io, {
        id: 'tf-gone',
        prior: fn('tf-gone'),
        next: { ...fn('tf-gone'), invocationRestriction: { disable: true } },
      }),
    ).rejects.toThrow(/FunctionNotFound: code: 404/);
    expect((await journal()).lines).toEqual(['GetFunction 404 FunctionNotFound']);
    const answer = await roa(tf.io, {
      method: 'POST',
      path: '/2023-03-30/functions/tf-gone/invoke/disable',
      body: { functionName: 'tf-gone' },
    });
    expect(answer).toMatchObject({ ok: false, status: 404, code: 'FunctionNotFound' });
  });
});
