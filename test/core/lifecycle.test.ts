/**
 * The state lifecycle on the emulator's clock (lifecycle reference F): custom-container
 * functions are Pending / InProgress for `preparationMs`, then Active / Successful; injected
 * preparation failures; updates while InProgress; the clock itself.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../mocks/index.ts';
import { call, minimalInput } from '../helpers/requests.ts';

const IMAGE = 'registry.cn-hangzhou.aliyuncs.com/demo/app:v1';
const container = (name: string) =>
  minimalInput({
    functionName: name,
    runtime: 'custom-container',
    code: undefined,
    customContainerConfig: { image: IMAGE },
  });
const stateOf = (body: Record<string, unknown> | undefined) => ({
  state: body?.state,
  stateReasonCode: body?.stateReasonCode,
  lastUpdateStatus: body?.lastUpdateStatus,
  lastUpdateStatusReasonCode: body?.lastUpdateStatusReasonCode,
  acceleration: (body?.customContainerConfig as { accelerationInfo?: { status?: string } } | undefined)
    ?.accelerationInfo?.status,
});

describe('the state lifecycle (F)', () => {
  it('a code package is Active and Successful at once (F.3)', async () => {
    const emulator = createEmulator();
    const created = await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'code' }));
    expect(stateOf(created.json)).toMatchObject({ state: 'Active', lastUpdateStatus: 'Successful' });
  });

  it('a custom container is Pending / Creating until preparationMs has passed on the clock, then Active (F.2, F.6)', async () => {
    const emulator = createEmulator({ preparationMs: 5000, clock: () => new Date('2024-01-01T00:00:00Z') });
    const created = await call(emulator, 'POST', '/functions', container('img'));
    const pending = {
      state: 'Pending',
      stateReasonCode: 'Creating',
      lastUpdateStatus: 'InProgress',
      lastUpdateStatusReasonCode: 'ImageOptimizing',
      acceleration: 'Preparing',
    };
    expect(stateOf(created.json)).toEqual(pending);
    expect(created.json?.stateReason).toBe('Function creating');
    emulator.advanceClock(4999);
    expect(stateOf((await call(emulator, 'GET', '/functions/img')).json)).toEqual(pending);
    emulator.advanceClock(1);
    const ready = (await call(emulator, 'GET', '/functions/img')).json;
    expect(stateOf(ready)).toEqual({
      state: 'Active',
      stateReasonCode: '',
      lastUpdateStatus: 'Successful',
      lastUpdateStatusReasonCode: '',
      acceleration: 'Ready',
    });
    expect(emulator.now().toISOString()).toBe('2024-01-01T00:00:05.000Z');
    // the journal keeps what was answered then, not what the function is now
    expect(stateOf(emulator.calls()[0]?.response as Record<string, unknown>)).toEqual(pending);
  });

  it('an update of an image is Active / InProgress, then Successful; the digest is re-resolved', async () => {
    const emulator = createEmulator({ preparationMs: 1000 });
    const created = await call(emulator, 'POST', '/functions', container('img'));
    emulator.advanceClock(1000);
    const updated = await call(emulator, 'PUT', '/functions/img', {
      customContainerConfig: { image: `${IMAGE}-2` },
    });
    expect(stateOf(updated.json)).toEqual({
      state: 'Active',
      stateReasonCode: '',
      lastUpdateStatus: 'InProgress',
      lastUpdateStatusReasonCode: 'ImageOptimizing',
      acceleration: 'Preparing',
    });
    const uri = (body: Record<string, unknown> | undefined) =>
      (body?.customContainerConfig as { resolvedImageUri?: string } | undefined)?.resolvedImageUri;
    expect(uri(updated.json)).not.toBe(uri(created.json));
    expect(uri(updated.json)).toMatch(
      /^registry\.cn-hangzhou\.aliyuncs\.com\/demo\/app@sha256:[0-9a-f]{64}$/,
    );
    emulator.advanceClock(1000);
    expect(stateOf((await call(emulator, 'GET', '/functions/img')).json)).toMatchObject({
      state: 'Active',
      lastUpdateStatus: 'Successful',
    });
  });

  it('an update that brings no image keeps its acceleration Ready and its digest; one that does restarts both (F.7)', async () => {
    const emulator = createEmulator({ preparationMs: 1000 });
    await call(emulator, 'POST', '/functions', container('img'));
    emulator.advanceClock(1000);
    const before = (await call(emulator, 'GET', '/functions/img')).json?.customContainerConfig;
    const memory = await call(emulator, 'PUT', '/functions/img', { memorySize: 1024 });
    expect(stateOf(memory.json)).toMatchObject({ lastUpdateStatus: 'InProgress', acceleration: 'Ready' });
    expect(memory.json?.customContainerConfig).toEqual(before);
    emulator.advanceClock(1000);
    const image = await call(emulator, 'PUT', '/functions/img', { customContainerConfig: { image: IMAGE } });
    expect(stateOf(image.json)).toMatchObject({ lastUpdateStatus: 'InProgress', acceleration: 'Preparing' });
    emulator.advanceClock(1000);
    expect(stateOf((await call(emulator, 'GET', '/functions/img')).json).acceleration).toBe('Ready');
  });

  it('a failed update that brings no image leaves the acceleration Ready (F.6, F.7)', async () => {
    const emulator = createEmulator({ preparationMs: 1000 });
    await call(emulator, 'POST', '/functions', container('img'));
    emulator.advanceClock(1000);
    emulator.failPreparation('img');
    await call(emulator, 'PUT', '/functions/img', { memorySize: 1024 });
    emulator.advanceClock(1000);
    const after = (await call(emulator, 'GET', '/functions/img')).json;
    expect(stateOf(after)).toMatchObject({
      state: 'Active',
      lastUpdateStatus: 'Failed',
      acceleration: 'Ready',
    });
  });

  it('an image given by digest resolves to that digest, on create and on update (F.1)', async () => {
    const pinned = (hex: string) => `registry.cn-hangzhou.aliyuncs.com/demo/app@sha256:${hex.repeat(64)}`;
    const uri = (body: Record<string, unknown> | undefined) =>
      (body?.customContainerConfig as { resolvedImageUri?: string } | undefined)?.resolvedImageUri;
    const emulator = createEmulator({ preparationMs: 0 });
    const created = await call(emulator, 'POST', '/functions', {
      ...container('img'),
      customContainerConfig: { image: pinned('a') },
    });
    expect(uri(created.json)).toBe(pinned('a'));
    const tagged = `registry.cn-hangzhou.aliyuncs.com/demo/app:v2@sha256:${'b'.repeat(64)}`;
    const updated = await call(emulator, 'PUT', '/functions/img', {
      customContainerConfig: { image: tagged },
    });
    expect(uri(updated.json)).toBe(pinned('b'));
    expect(uri((await call(emulator, 'GET', '/functions/img')).json)).toBe(pinned('b'));
  });

  it('an update while the last one is InProgress gets 409 ConcurrentUpdateError (C.4, inferred, switchable)', async () => {
    const emulator = createEmulator({ preparationMs: 1000 });
    await call(emulator, 'POST', '/functions', container('img'));
    const early = await call(emulator, 'PUT', '/functions/img', { description: 'x' });
    expect(early.status).toBe(409);
    expect(early.json).toMatchObject({ Code: 'ConcurrentUpdateError' });
    expect(emulator.calls().at(-1)?.ruleId).toBe('update-not-in-progress');
    emulator.advanceClock(1000);
    expect((await call(emulator, 'PUT', '/functions/img', { description: 'x' })).status).toBe(200);
    const lenient = createEmulator({ preparationMs: 1000, rules: { 'update-not-in-progress': false } });
    await call(lenient, 'POST', '/functions', container('img'));
    expect((await call(lenient, 'PUT', '/functions/img', { description: 'x' })).status).toBe(200);
  });

  it('failPreparation ends the next preparation Failed with its reason, for a create and an update', async () => {
    const emulator = createEmulator({ preparationMs: 100 });
    emulator.failPreparation('img', { reasonCode: 'ImagePullFailed', reason: 'manifest unknown' });
    await call(emulator, 'POST', '/functions', container('img'));
    emulator.advanceClock(100);
    const failed = (await call(emulator, 'GET', '/functions/img')).json;
    expect(failed).toMatchObject({
      state: 'Failed',
      stateReason: 'manifest unknown',
      stateReasonCode: 'ImagePullFailed',
      lastUpdateStatus: 'Failed',
    });
    // a redeploy prepares it anew, as a create (F.2, inferred)
    const redeployed = await call(emulator, 'PUT', '/functions/img', {
      customContainerConfig: { image: IMAGE },
    });
    expect(stateOf(redeployed.json)).toMatchObject({ state: 'Pending', lastUpdateStatus: 'InProgress' });
    emulator.advanceClock(100);
    expect(stateOf((await call(emulator, 'GET', '/functions/img')).json)).toMatchObject({
      state: 'Active',
      lastUpdateStatus: 'Successful',
    });
    emulator.failPreparation('img');
    await call(emulator, 'PUT', '/functions/img', { customContainerConfig: { image: IMAGE } });
    emulator.advanceClock(100);
    const updateFailed = (await call(emulator, 'GET', '/functions/img')).json;
    expect(updateFailed).toMatchObject({
      state: 'Active',
      lastUpdateStatus: 'Failed',
      lastUpdateStatusReasonCode: 'FunctionPreparationFailed',
    });
  });

  it('the clock only moves forward, by finite amounts, and reset() restores it', () => {
    const emulator = createEmulator({ clock: () => new Date(0) });
    expect(() => emulator.advanceClock(-1)).toThrow(/advanceClock/);
    expect(() => emulator.advanceClock(Number.NaN)).toThrow(/advanceClock/);
    emulator.advanceClock(60_000);
    expect(emulator.now().getTime()).toBe(60_000);
    emulator.reset();
    expect(emulator.now().getTime()).toBe(0);
  });
});

describe('the state fields', () => {
  it('are the fields the spec says ListFunctions omits (x-fc-omitted-fields, lifecycle E.2)', async () => {
    const { specDocument } = await import('../../generated/spec-document.ts');
    const { STATE_FIELDS } = await import('../../mocks/core/lifecycle.ts');
    const ok = (
      specDocument as unknown as {
        paths: Record<string, { get: { responses: { 200: { 'x-fc-omitted-fields': string[] } } } }>;
      }
    ).paths['/2023-03-30/functions']?.get.responses[200]['x-fc-omitted-fields'];
    expect([...STATE_FIELDS].sort()).toEqual([...(ok ?? [])].sort());
  });
});
