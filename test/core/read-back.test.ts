/**
 * ADR 054: every function the emulator holds reads back a configuration the emulator accepts,
 * and sending it back (mapped as the ADR says) changes nothing but `lastModifiedTime`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBackAsUpdate } from '../../contracts/cases/read-back.ts';
import { buildCreateFunctionInput, type Trait } from '../../mocks/fixtures/index.ts';
import { createEmulator, type Emulator } from '../../mocks/index.ts';
import { type CallResult, call, minimalInput } from '../helpers/requests.ts';

type Json = Record<string, unknown>;

const without = (body: Json | undefined, key: string) => {
  const { [key]: _dropped, ...rest } = body ?? {};
  return rest;
};

async function created(emulator: Emulator, input: Json): Promise<Json> {
  const answer = await call(emulator, 'POST', '/functions', input);
  expect(answer.status, JSON.stringify(answer.json)).toBe(200);
  emulator.advanceClock(120_000); // an image is prepared: Active, acceleration Ready
  return (await call(emulator, 'GET', `/functions/${String(input.functionName)}`)).json as Json;
}

const expectRefused = (answer: CallResult, ruleId: string, emulator: Emulator) => {
  expect(answer.status, JSON.stringify(answer.json)).toBe(400);
  expect(answer.json?.Code).toBe('InvalidArgument');
  expect(emulator.calls().at(-1)?.ruleId).toBe(ruleId);
};

describe('a: the empty customRuntimeConfig shell counts as unset on a runtime that takes none', () => {
  const NODE = minimalInput({ functionName: 'f', runtime: 'nodejs18' });
  it.each([
    { given: '{}', shell: {} },
    { given: 'empty command and args (what `s deploy` sends)', shell: { command: [], args: [] } },
  ])('$given: accepted on update and create, read back as {}', async ({ shell }) => {
    const emulator = createEmulator({ seed: 1 });
    await created(emulator, NODE);
    const put = await call(emulator, 'PUT', '/functions/f', { customRuntimeConfig: shell });
    expect(put.status, JSON.stringify(put.json)).toBe(200);
    expect(put.json?.customRuntimeConfig).toEqual({});
    const post = await call(emulator, 'POST', '/functions', {
      ...NODE,
      functionName: 'g',
      customRuntimeConfig: shell,
    });
    expect(post.status, JSON.stringify(post.json)).toBe(200);
    expect((await call(emulator, 'GET', '/functions/g')).json?.customRuntimeConfig).toEqual({});
  });

  it('on custom-container too', async () => {
    const emulator = createEmulator({ seed: 1 });
    const image = { image: 'registry.cn-hangzhou.aliyuncs.com/demo/app:v1', port: 9000 };
    const input = {
      functionName: 'c',
      runtime: 'custom-container',
      handler: 'h',
      customContainerConfig: image,
    };
    const readBack = await created(emulator, { ...input, customRuntimeConfig: { command: [], args: [] } });
    expect(readBack.customRuntimeConfig).toEqual({});
  });

  it.each([
    { given: 'a port', shell: { port: 9000 } },
    { given: 'empty command and args with a port', shell: { command: [], args: [], port: 9000 } },
    { given: 'a command', shell: { command: ['node'] } },
    { given: 'args', shell: { args: ['--inspect'] } },
  ])('a shell with content is still refused: $given', async ({ shell }) => {
    const emulator = createEmulator({ seed: 1 });
    await created(emulator, NODE);
    const put = await call(emulator, 'PUT', '/functions/f', { customRuntimeConfig: shell });
    expectRefused(put, 'custom-runtime-config-custom-only', emulator);
    const post = await call(emulator, 'POST', '/functions', {
      ...NODE,
      functionName: 'g',
      customRuntimeConfig: shell,
    });
    expectRefused(post, 'custom-runtime-config-custom-only', emulator);
  });

  it('a custom runtime: the shell clears command and args; switching it to nodejs with the shell clears it', async () => {
    const emulator = createEmulator({ seed: 1 });
    const custom = {
      ...NODE,
      runtime: 'custom.debian10',
      customRuntimeConfig: { command: ['node'], port: 9000 },
    };
    await created(emulator, custom);
    const cleared = await call(emulator, 'PUT', '/functions/f', {
      customRuntimeConfig: { command: [], args: [] },
    });
    expect(cleared.json?.customRuntimeConfig).toEqual({});
    const runtime = await call(emulator, 'PUT', '/functions/f', {
      runtime: 'nodejs18',
      customRuntimeConfig: { command: [], args: [] },
    });
    expect(runtime.status, JSON.stringify(runtime.json)).toBe(200);
    expect(runtime.json?.customRuntimeConfig).toEqual({});
  });
});

describe('b: the cpu default follows memory (inferred, CF D.3)', () => {
  it.each([
    { memorySize: undefined, cpu: 0.35 },
    { memorySize: 128, cpu: 0.1 },
    { memorySize: 256, cpu: 0.25 },
    { memorySize: 512, cpu: 0.35 },
    { memorySize: 1408, cpu: 0.35 },
    { memorySize: 1472, cpu: 0.4 },
    { memorySize: 2048, cpu: 0.5 },
    { memorySize: 8192, cpu: 2 },
    { memorySize: 32768, cpu: 8 },
  ])(
    'memorySize $memorySize reads back cpu $cpu, which is accepted when sent back',
    async ({ memorySize, cpu }) => {
      const emulator = createEmulator({ seed: 1 });
      const input = minimalInput({ functionName: 'f', ...(memorySize ? { memorySize } : {}) });
      const readBack = await created(emulator, input);
      expect(readBack.cpu).toBe(cpu);
      const put = await call(emulator, 'PUT', '/functions/f', {
        cpu: readBack.cpu,
        memorySize: readBack.memorySize,
      });
      expect(put.status, JSON.stringify(put.json)).toBe(200);
    },
  );

  it('a function that never set cpu reads back the default of its new memory after an update', async () => {
    const emulator = createEmulator({ seed: 1 });
    await created(emulator, minimalInput({ functionName: 'f' }));
    const put = await call(emulator, 'PUT', '/functions/f', { memorySize: 8192 });
    expect(put.json?.cpu).toBe(2);
  });
});

describe('c: cpu without memorySize is held to the memorySize the function reads back', () => {
  it('create with cpu 4 and no memorySize is refused, naming the default 512', async () => {
    const emulator = createEmulator({ seed: 1 });
    const answer = await call(emulator, 'POST', '/functions', minimalInput({ cpu: 4 }));
    expectRefused(answer, 'cpu-memory-ratio-default-memory', emulator);
    expect(answer.json?.Message).toBe(
      'the ratio of memorySize in GB to cpu must be between 1 and 4, got memorySize=512 (the default) and cpu=4',
    );
  });

  it('update with cpu 4 of a function that never set memorySize is refused; cpu 0.5 is accepted', async () => {
    const emulator = createEmulator({ seed: 1 });
    await created(emulator, minimalInput({ functionName: 'f' }));
    expectRefused(
      await call(emulator, 'PUT', '/functions/f', { cpu: 4 }),
      'cpu-memory-ratio-default-memory',
      emulator,
    );
    expect((await call(emulator, 'PUT', '/functions/f', { cpu: 0.5 })).status).toBe(200);
  });

  it('update with cpu 4 of a function whose memorySize is 8192 is accepted (its own memory counts)', async () => {
    const emulator = createEmulator({ seed: 1 });
    await created(emulator, minimalInput({ functionName: 'f', memorySize: 8192 }));
    expect((await call(emulator, 'PUT', '/functions/f', { cpu: 4 })).status).toBe(200);
  });

  it('is inferred, so it can be switched off (then cpu 4 passes as before)', async () => {
    const emulator = createEmulator({ seed: 1, rules: { 'cpu-memory-ratio-default-memory': false } });
    expect((await call(emulator, 'POST', '/functions', minimalInput({ cpu: 4 }))).status).toBe(200);
  });
});

describe('d: isolation-needs-2-vcpu holds a function without cpu to the cpu it reads back', () => {
  const isolated = (memorySize: number) =>
    minimalInput({ functionName: 'f', memorySize, instanceIsolationMode: 'REQUEST_EXCLUSIVE' });

  it('memorySize 8192 without cpu reads back cpu 2: accepted, and accepted when sent back', async () => {
    const emulator = createEmulator({ seed: 1 });
    const readBack = await created(emulator, isolated(8192));
    expect(readBack.cpu).toBe(2);
    const put = await call(emulator, 'PUT', '/functions/f', readBackAsUpdate(readBack));
    expect(put.status, JSON.stringify(put.json)).toBe(200);
  });

  it('memorySize 4096 without cpu (the default is 1) is refused, naming the default', async () => {
    const emulator = createEmulator({ seed: 1 });
    const answer = await call(emulator, 'POST', '/functions', isolated(4096));
    expectRefused(answer, 'isolation-needs-2-vcpu', emulator);
    expect(answer.json?.Message).toBe(
      'instanceIsolationMode REQUEST_EXCLUSIVE requires cpu >= 2, got 1, the default for memorySize 4096',
    );
  });

  it('an update to REQUEST_EXCLUSIVE of a function that never set memory or cpu counts 0.35 at 512 MB', async () => {
    const emulator = createEmulator({ seed: 1 });
    await created(emulator, minimalInput({ functionName: 'f' }));
    const put = await call(emulator, 'PUT', '/functions/f', { instanceIsolationMode: 'REQUEST_EXCLUSIVE' });
    expectRefused(put, 'isolation-needs-2-vcpu', emulator);
    expect(put.json?.Message).toContain('got 0.35, the default for memorySize 512');
  });
});

describe('the same image sent back keeps its resolved digest', () => {
  it('a tag sent again resolves to the digest it has; another tag to a new one', async () => {
    const emulator = createEmulator({ seed: 1 });
    const image = 'registry.cn-hangzhou.aliyuncs.com/demo/app:v1';
    const input = {
      functionName: 'c',
      runtime: 'custom-container',
      handler: 'h',
      customContainerConfig: { image },
    };
    const uri = (body: Json | undefined) =>
      (body?.customContainerConfig as Json | undefined)?.resolvedImageUri;
    const before = uri(await created(emulator, input));
    const same = await call(emulator, 'PUT', '/functions/c', { customContainerConfig: { image } });
    expect(uri(same.json)).toBe(before);
    emulator.advanceClock(120_000);
    const other = await call(emulator, 'PUT', '/functions/c', {
      customContainerConfig: { image: `${image}-2` },
    });
    expect(uri(other.json)).not.toBe(before);
  });
});

const SHAPES: Trait[][] = [
  [],
  ['oss-code'],
  ['custom-runtime'],
  ['custom-runtime', 'oss-code'],
  ['custom-container'],
  ['gpu'],
  ['kitchen-sink'],
  ['custom-runtime', 'kitchen-sink'],
  ['oss-code', 'kitchen-sink'],
  ['custom-container', 'kitchen-sink'],
];

describe('property: any fixture-built function reads back a configuration that round-trips', () => {
  it('GET → update body (ADR 054) → PUT 200 → GET equal but lastModifiedTime; a copy created from it → 200', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 2_147_483_647 }),
        fc.constantFrom(...SHAPES),
        async (seed, traits) => {
          const emulator = createEmulator({ seed: 1 });
          const input = buildCreateFunctionInput({ seed, traits }) as unknown as Json;
          const name = String(input.functionName);
          const readBack = await created(emulator, input);
          const update = readBackAsUpdate(readBack);
          const put = await call(emulator, 'PUT', `/functions/${name}`, update);
          expect(put.status, JSON.stringify(put.json)).toBe(200);
          emulator.advanceClock(120_000);
          const again = (await call(emulator, 'GET', `/functions/${name}`)).json;
          expect(without(again, 'lastModifiedTime')).toEqual(without(readBack, 'lastModifiedTime'));
          const copy: Json = { ...update, functionName: `copy-${name}`.slice(0, 64) };
          if (input.code !== undefined) copy.code = input.code;
          const post = await call(emulator, 'POST', '/functions', copy);
          expect(post.status, JSON.stringify(post.json)).toBe(200);
        },
      ),
      { seed: 53, numRuns: 200 },
    );
  });
});
