import { describe, expect, it } from 'vitest';
import { Fc3TestkitError } from '../../mocks/core/errors.ts';
import { OPERATION_NAMES } from '../../mocks/core/operation-names.ts';
import { operationRules } from '../../mocks/core/rule-catalogue.ts';
import { ruleTable } from '../../mocks/core/rules/index.ts';
import { createEmulator, ruleCatalogue } from '../../mocks/index.ts';
import { EMPTY_ZIP, EMPTY_ZIP_CRC64, minimalInput, post } from '../helpers/requests.ts';

const container = (extra: Record<string, unknown> = {}) => ({
  runtime: 'custom-container',
  code: undefined,
  customContainerConfig: { image: 'registry-vpc.cn-hangzhou.aliyuncs.com/demo/app:v1', port: 9000 },
  ...extra,
});
const custom = { runtime: 'custom', customRuntimeConfig: { port: 9000 } };
const hook = (name: string, value: Record<string, unknown>) => ({
  instanceLifecycleConfig: { [name]: value },
});
const tags = (n: number, same = false) =>
  Array.from({ length: n }, (_, i) => ({ Key: same ? 'k' : `k${i}`, Value: `v${i}` }));

interface Case {
  rule: string;
  valid: Record<string, unknown>;
  invalid: Record<string, unknown>;
  code?: string;
}

// Given a rule, want the valid boundary accepted (200) and its invalid neighbour rejected naming the rule.
const cases: Case[] = [
  { rule: 'functionName-required', valid: {}, invalid: { functionName: undefined } },
  { rule: 'runtime-required', valid: {}, invalid: { runtime: undefined } },
  {
    rule: 'handler-required',
    valid: container({ handler: 'x' }),
    invalid: container({ handler: undefined }),
  },
  { rule: 'functionName-pattern', valid: { functionName: '_a-1' }, invalid: { functionName: '1abc' } },
  {
    rule: 'functionName-length',
    valid: { functionName: 'a'.repeat(64) },
    invalid: { functionName: 'a'.repeat(65) },
  },
  { rule: 'runtime-enum', valid: { runtime: 'nodejs20' }, invalid: { runtime: 'nodejs99' } },
  { rule: 'cpu-range', valid: { cpu: 16, memorySize: 32768 }, invalid: { cpu: 16.05, memorySize: 32768 } },
  { rule: 'cpu-multiple', valid: { cpu: 0.35, memorySize: 1024 }, invalid: { cpu: 0.33, memorySize: 1024 } },
  { rule: 'memorySize-range', valid: { memorySize: 128 }, invalid: { memorySize: 64 } },
  { rule: 'memorySize-multiple', valid: { memorySize: 192 }, invalid: { memorySize: 200 } },
  {
    rule: 'diskSize-enum',
    valid: { cpu: 1, memorySize: 1024, diskSize: 10240 },
    invalid: { cpu: 1, memorySize: 1024, diskSize: 1024 },
  },
  { rule: 'timeout-range', valid: { timeout: 86400 }, invalid: { timeout: 86401 } },
  {
    rule: 'instanceConcurrency-range',
    valid: { ...custom, instanceConcurrency: 200 },
    invalid: { ...custom, instanceConcurrency: 201 },
  },
  {
    rule: 'healthCheck-ranges',
    valid: container({ customContainerConfig: { image: 'r/a:b', healthCheckConfig: { timeoutSeconds: 3 } } }),
    invalid: container({
      customContainerConfig: { image: 'r/a:b', healthCheckConfig: { timeoutSeconds: 4 } },
    }),
  },
  {
    rule: 'port-range',
    valid: { ...custom, customRuntimeConfig: { port: 65535 } },
    invalid: { ...custom, customRuntimeConfig: { port: 65536 } },
  },
  {
    rule: 'logBeginRule-enum',
    valid: { logConfig: { logBeginRule: 'DefaultRegex' } },
    invalid: { logConfig: { logBeginRule: 'Regex' } },
  },
  {
    rule: 'tracing-type-enum',
    valid: { tracingConfig: { type: 'Jaeger' } },
    invalid: { tracingConfig: { type: 'Zipkin' } },
  },
  {
    rule: 'gpuType-enum',
    valid: container({ gpuConfig: { gpuType: 'fc.gpu.tesla.1', gpuMemorySize: 16384 } }),
    invalid: container({ gpuConfig: { gpuType: 'fc.gpu.volta.1', gpuMemorySize: 16384 } }),
  },
  {
    rule: 'gpuMemorySize-multiple',
    valid: container({ gpuConfig: { gpuType: 'fc.gpu.ampere.1', gpuMemorySize: 2048 } }),
    invalid: container({ gpuConfig: { gpuType: 'fc.gpu.ampere.1', gpuMemorySize: 2000 } }),
  },
  {
    rule: 'dnsOption-name-required',
    valid: { customDNS: { dnsOptions: [{ name: 'ndots', value: '2' }] } },
    invalid: { customDNS: { dnsOptions: [{ name: 'ndots', value: '2' }, { value: '2' }] } },
  },
  {
    rule: 'nas-mount-points-max',
    valid: {
      nasConfig: {
        userId: 0,
        groupId: 0,
        mountPoints: Array(5).fill({ serverAddr: 'a:/', mountDir: '/mnt/a' }),
      },
    },
    invalid: {
      nasConfig: {
        userId: 0,
        groupId: 0,
        mountPoints: Array(6).fill({ serverAddr: 'a:/', mountDir: '/mnt/a' }),
      },
    },
  },
  {
    rule: 'oss-mount-points-max',
    valid: { ossMountConfig: { mountPoints: Array(5).fill({ bucketName: 'b', mountDir: '/mnt/b' }) } },
    invalid: { ossMountConfig: { mountPoints: Array(6).fill({ bucketName: 'b', mountDir: '/mnt/b' }) } },
  },
  { rule: 'field-types', valid: { memorySize: 512 }, invalid: { memorySize: '512' } },
  { rule: 'code-xor-container', valid: {}, invalid: container({ code: { zipFile: EMPTY_ZIP } }) },
  {
    rule: 'zipFile-xor-oss',
    valid: { code: { ossBucketName: 'b', ossObjectName: 'o.zip' } },
    invalid: { code: { ossBucketName: 'b' } },
  },
  {
    rule: 'custom-container-needs-image',
    valid: container(),
    invalid: container({ customContainerConfig: { port: 9000 } }),
  },
  {
    rule: 'code-required-for-code-runtimes',
    valid: {},
    invalid: { code: undefined, customContainerConfig: { image: 'r/a:b' } },
  },
  {
    rule: 'cpu-memory-ratio',
    valid: { cpu: 0.5, memorySize: 2048 },
    invalid: { cpu: 0.5, memorySize: 2112 },
  },
  // Against the 512 MB the function reads back: 0.5 GB / 0.5 = 1, 0.5 GB / 0.55 < 1.
  { rule: 'cpu-memory-ratio-default-memory', valid: { cpu: 0.5 }, invalid: { cpu: 0.55 } },
  {
    rule: 'concurrency-custom-runtimes-only',
    valid: { instanceConcurrency: 1 },
    invalid: { instanceConcurrency: 2 },
  },
  {
    rule: 'gpu-custom-container-only',
    valid: container({ gpuConfig: { gpuType: 'fc.gpu.ada.1', gpuMemorySize: 1024 } }),
    invalid: { gpuConfig: { gpuType: 'fc.gpu.ada.1', gpuMemorySize: 1024 } },
  },
  {
    rule: 'gpu-memory-per-card',
    valid: container({ gpuConfig: { gpuType: 'fc.gpu.ampere.1', gpuMemorySize: 24576 } }),
    invalid: container({ gpuConfig: { gpuType: 'fc.gpu.ampere.1', gpuMemorySize: 25600 } }),
  },
  {
    rule: 'custom-runtime-config-custom-only',
    valid: custom,
    invalid: { customRuntimeConfig: { port: 9000 } },
  },
  {
    rule: 'isolation-needs-2-vcpu',
    valid: { cpu: 2, memorySize: 4096, instanceIsolationMode: 'REQUEST_EXCLUSIVE' },
    invalid: { cpu: 1.95, memorySize: 4096, instanceIsolationMode: 'REQUEST_EXCLUSIVE' },
  },
  {
    rule: 'request-isolation-limits',
    valid: {
      ...custom,
      cpu: 2,
      memorySize: 4096,
      instanceIsolationMode: 'REQUEST_EXCLUSIVE',
      instanceConcurrency: 1,
    },
    invalid: {
      ...custom,
      cpu: 2,
      memorySize: 4096,
      instanceIsolationMode: 'REQUEST_EXCLUSIVE',
      instanceConcurrency: 2,
    },
  },
  {
    rule: 'session-isolation-needs-affinity',
    valid: {
      cpu: 2,
      memorySize: 4096,
      instanceIsolationMode: 'SESSION_EXCLUSIVE',
      sessionAffinity: 'MCP_SSE',
    },
    invalid: {
      cpu: 2,
      memorySize: 4096,
      instanceIsolationMode: 'SESSION_EXCLUSIVE',
      sessionAffinity: 'NONE',
    },
  },
  {
    rule: 'session-affinity-config-json',
    valid: { sessionAffinityConfig: '{"a":1}' },
    invalid: { sessionAffinityConfig: '[1]' },
  },
  {
    rule: 'hook-handler-xor-command',
    valid: hook('initializer', { handler: 'index.init', timeout: 10 }),
    invalid: hook('initializer', { handler: 'index.init', command: ['/bin/init'], timeout: 10 }),
  },
  {
    rule: 'hook-timeout-limits',
    valid: hook('preStop', { handler: 'index.stop', timeout: 90 }),
    invalid: hook('preStop', { handler: 'index.stop', timeout: 91 }),
  },
  { rule: 'tags-max', valid: { tags: tags(20) }, invalid: { tags: tags(21) } },
  { rule: 'tags-unique-keys', valid: { tags: tags(2) }, invalid: { tags: tags(2, true) } },
  {
    rule: 'tag-lengths',
    valid: { tags: [{ Key: 'k'.repeat(64), Value: 'v'.repeat(128) }] },
    invalid: { tags: [{ Key: 'k', Value: 'v'.repeat(129) }] },
  },
  {
    rule: 'layers-arn-format',
    valid: { layers: ['acs:fc:cn-hangzhou:1234567890123456:layers/my_layer/versions/3'] },
    invalid: { layers: ['acs:fc:cn-hangzhou:1234567890123456:layers/my_layer'] },
  },
  { rule: 'zipFile-base64', valid: {}, invalid: { code: { zipFile: 'UEsFBg==!' } } },
  {
    rule: 'checksum-match',
    valid: { code: { zipFile: EMPTY_ZIP, checksum: EMPTY_ZIP_CRC64 } },
    invalid: { code: { zipFile: EMPTY_ZIP, checksum: '1' } },
  },
];

describe('every documented rule: valid boundary accepted, invalid neighbour rejected', () => {
  it.each(cases)('$rule', async ({ rule, valid, invalid }) => {
    const emulator = createEmulator({ seed: 1 });
    const ok = await post(emulator, minimalInput({ ...valid, functionName: valid.functionName ?? 'ok-fn' }));
    expect(ok.status, JSON.stringify(ok.json)).toBe(200);
    const bad = await post(emulator, minimalInput({ functionName: 'bad-fn', ...invalid }));
    expect(bad.status).toBe(400);
    expect(bad.json.Code).toBe('InvalidArgument');
    expect(emulator.calls().at(-1)?.ruleId).toBe(rule);
  });

  it('covers every rule of the catalogue except the switch-off and size ones, which have their own tests', () => {
    const covered = new Set(cases.map((c) => c.rule));
    const missing = ruleCatalogue.map((r) => r.id).filter((id) => !covered.has(id));
    expect(missing.sort()).toEqual(['code-size-limit', 'disk-needs-cpu']);
  });

  it('implements exactly the rules the spec assigns to the emulator', () => {
    const specIds = ruleCatalogue.filter((r) => r.by === 'emulator').map((r) => r.id);
    expect(ruleTable.map((r) => r.id).sort()).toEqual([...specIds].sort());
  });
});

describe('switchable rules', () => {
  it('disk-needs-cpu (unverified) is off by default and can be switched on', async () => {
    const input = minimalInput({ diskSize: 10240 });
    expect((await post(createEmulator(), input)).status).toBe(200);
    const strict = createEmulator({ rules: { 'disk-needs-cpu': true } });
    const res = await post(strict, input);
    expect(res.status).toBe(400);
    expect(res.json.Message).toMatch(/^DiskSize must be/);
  });

  it('an inferred rule can be switched off', async () => {
    const input = minimalInput({ tags: tags(21) });
    expect((await post(createEmulator(), input)).status).toBe(400);
    expect((await post(createEmulator({ rules: { 'tags-max': false } }), input)).status).toBe(200);
  });

  it('a documented rule cannot be switched off: the switch is refused (ADR 007)', async () => {
    expect(() => createEmulator({ rules: { 'cpu-memory-ratio': false } })).toThrow(
      /"cpu-memory-ratio" is a documented rule, always on/,
    );
    // Switched on, it is as it was: on.
    const emulator = createEmulator({ rules: { 'cpu-memory-ratio': true } });
    expect((await post(emulator, minimalInput({ cpu: 1, memorySize: 512 }))).status).toBe(400);
  });

  it('an unknown rule id is refused, with the similar ids and where the list is', () => {
    expect(() => createEmulator({ rules: { 'tags-maxx': false } })).toThrow(Fc3TestkitError);
    expect(() => createEmulator({ rules: { 'tags-maxx': false } })).toThrow(
      /unknown rule id "tags-maxx"; similar ids: tags-max.*docs\/rules\.md/,
    );
    expect(() => createEmulator({ rules: { nothing: true } })).toThrow(/unknown rule id "nothing"; the ids/);
  });

  it('every id of the catalogue, on any operation, can be switched as its status allows', () => {
    for (const operation of OPERATION_NAMES) {
      for (const rule of operationRules(operation)) {
        expect(() => createEmulator({ rules: { [rule.id]: true } })).not.toThrow();
        // documented here, it may still be inferred on another operation (functionName-pattern)
        const switchable = OPERATION_NAMES.some((other) =>
          operationRules(other).some((r) => r.id === rule.id && r.status !== 'documented'),
        );
        if (switchable) expect(() => createEmulator({ rules: { [rule.id]: false } })).not.toThrow();
        else expect(() => createEmulator({ rules: { [rule.id]: false } })).toThrow(/documented rule/);
      }
    }
  });
});
