/**
 * Boundary values of the cross-field rules the emulator enforces (docs/rules.md, `by: emulator`).
 */
import { referenceBase64, referenceCrc64Xz } from '../checks/independent-codecs.ts';
import { at, type RuleBoundaries } from './boundary-types.ts';
import { EMPTY_ZIP } from './context.ts';

const COOKIE = {
  sessionAffinity: 'GENERATED_COOKIE',
  sessionAffinityConfig:
    '{"sessionConcurrencyPerInstance":1,"sessionIdleTimeoutInSeconds":300,"sessionTTLInSeconds":3600}',
};
const EMPTY_ZIP_CRC = referenceCrc64Xz(referenceBase64(EMPTY_ZIP) ?? new Uint8Array(0));
const hook = (kind: 'initializer' | 'preStop', timeout: number) => ({
  instanceLifecycleConfig: { [kind]: { handler: `index.${kind}`, timeout } },
});
const tags = (n: number) => ({ tags: Array.from({ length: n }, (_, i) => ({ Key: `k${i}`, Value: 'v' })) });

/**
 * Boundary tables of the emulator rules.
 *
 * @example
 * emulatorBoundaries.map((b) => b.ruleId);
 */
export const emulatorBoundaries: RuleBoundaries[] = [
  {
    ruleId: 'custom-container-needs-image',
    base: 'container',
    accept: [at('image', {})],
    reject: [at('no-image', { customContainerConfig: { port: 9000 } })],
  },
  {
    ruleId: 'code-required-for-code-runtimes',
    base: 'builtin',
    accept: [at('code', {})],
    reject: [
      at('container-instead', {
        code: undefined,
        customContainerConfig: { image: 'registry.cn-hangzhou.aliyuncs.com/a/b:1' },
      }),
    ],
  },
  {
    ruleId: 'cpu-memory-ratio',
    base: 'builtin',
    common: { memorySize: 1024 },
    accept: [at('ratio-1', { cpu: 1 }), at('ratio-4', { cpu: 0.25 })],
    reject: [at('below-1', { cpu: 1.05 }), at('above-4', { cpu: 0.2 })],
  },
  {
    ruleId: 'disk-needs-cpu',
    base: 'builtin',
    accept: [at('with-cpu', { cpu: 0.5, memorySize: 1024, diskSize: 10240 })],
    reject: [at('without-cpu', { memorySize: 1024, diskSize: 10240 })],
  },
  {
    ruleId: 'concurrency-custom-runtimes-only',
    base: 'builtin',
    accept: [
      at('builtin-1', { instanceConcurrency: 1 }),
      at('custom-2', { runtime: 'custom', instanceConcurrency: 2 }),
    ],
    reject: [at('builtin-2', { instanceConcurrency: 2 })],
  },
  {
    ruleId: 'gpu-custom-container-only',
    base: 'custom',
    common: { cpu: 2, memorySize: 8192 },
    accept: [at('no-gpu', {})],
    reject: [at('custom-runtime-gpu', { gpuConfig: { gpuType: 'fc.gpu.tesla.1', gpuMemorySize: 8192 } })],
  },
  {
    ruleId: 'gpu-memory-per-card',
    base: 'container',
    common: { cpu: 2, memorySize: 8192 },
    accept: [at('tesla-16384', { gpuConfig: { gpuType: 'fc.gpu.tesla.1', gpuMemorySize: 16384 } })],
    reject: [
      at('tesla-17408', { gpuConfig: { gpuType: 'fc.gpu.tesla.1', gpuMemorySize: 17408 } }),
      at('ampere-25600', { gpuConfig: { gpuType: 'fc.gpu.ampere.1', gpuMemorySize: 25600 } }),
    ],
  },
  {
    ruleId: 'custom-runtime-config-custom-only',
    base: 'builtin',
    accept: [
      at('custom', {
        runtime: 'custom.debian12',
        customRuntimeConfig: { command: ['/code/bootstrap'], port: 9000 },
      }),
    ],
    reject: [at('python', { customRuntimeConfig: { command: ['/code/bootstrap'], port: 9000 } })],
  },
  {
    ruleId: 'isolation-needs-2-vcpu',
    base: 'custom',
    common: { memorySize: 4096, instanceIsolationMode: 'REQUEST_EXCLUSIVE' },
    accept: [at('2-vcpu', { cpu: 2 })],
    reject: [at('1.95-vcpu', { cpu: 1.95 })],
  },
  {
    ruleId: 'request-isolation-limits',
    base: 'custom',
    common: { cpu: 2, memorySize: 4096, instanceIsolationMode: 'REQUEST_EXCLUSIVE' },
    accept: [at('concurrency-1', { instanceConcurrency: 1 })],
    reject: [at('concurrency-2', { instanceConcurrency: 2 }), at('with-affinity', COOKIE)],
  },
  {
    ruleId: 'session-isolation-needs-affinity',
    base: 'custom',
    common: { cpu: 2, memorySize: 4096, instanceIsolationMode: 'SESSION_EXCLUSIVE' },
    accept: [at('cookie-affinity', COOKIE)],
    reject: [at('no-affinity', { sessionAffinity: 'NONE' })],
  },
  {
    ruleId: 'session-affinity-config-json',
    base: 'custom',
    common: { sessionAffinity: 'MCP_SSE' },
    accept: [
      at('object', {
        sessionAffinityConfig: '{"sseEndpointPath":"/sse","sessionConcurrencyPerInstance":20}',
      }),
    ],
    reject: [
      at('not-json', { sessionAffinityConfig: 'sseEndpointPath=/sse' }),
      at('array', { sessionAffinityConfig: '[1]' }),
    ],
  },
  {
    ruleId: 'hook-handler-xor-command',
    base: 'custom',
    accept: [
      at('handler', { instanceLifecycleConfig: { initializer: { handler: 'index.init', timeout: 10 } } }),
    ],
    reject: [
      at('both', {
        instanceLifecycleConfig: {
          initializer: { handler: 'index.init', command: ['/bin/init'], timeout: 10 },
        },
      }),
    ],
  },
  {
    ruleId: 'hook-timeout-limits',
    base: 'builtin',
    accept: [
      at('initializer-300', hook('initializer', 300)),
      at('preStop-90', hook('preStop', 90)),
      at('initializer-1', hook('initializer', 1)),
    ],
    reject: [
      at('initializer-301', hook('initializer', 301)),
      at('preStop-91', hook('preStop', 91)),
      at('initializer-0', hook('initializer', 0)),
    ],
  },
  { ruleId: 'tags-max', base: 'builtin', accept: [at('20', tags(20))], reject: [at('21', tags(21))] },
  {
    ruleId: 'tags-unique-keys',
    base: 'builtin',
    accept: [
      at('distinct', {
        tags: [
          { Key: 'a', Value: '1' },
          { Key: 'A', Value: '2' },
        ],
      }),
    ],
    reject: [
      at('repeated', {
        tags: [
          { Key: 'a', Value: '1' },
          { Key: 'a', Value: '2' },
        ],
      }),
    ],
  },
  {
    ruleId: 'layers-arn-format',
    base: 'builtin',
    accept: [
      at('versioned', { layers: ['acs:fc:cn-hangzhou:1234567890123456:layers/common_utils/versions/3'] }),
    ],
    reject: [
      at('no-version', { layers: ['acs:fc:cn-hangzhou:1234567890123456:layers/common_utils'] }),
      at('name-only', { layers: ['common_utils'] }),
    ],
  },
  {
    ruleId: 'zipFile-base64',
    base: 'builtin',
    accept: [at('base64', { code: { zipFile: EMPTY_ZIP } })],
    reject: [at('data-url', { code: { zipFile: `data:application/zip;base64,${EMPTY_ZIP}` } })],
  },
  {
    ruleId: 'checksum-match',
    base: 'builtin',
    accept: [at('matching', { code: { zipFile: EMPTY_ZIP, checksum: EMPTY_ZIP_CRC } })],
    reject: [at('stale', { code: { zipFile: EMPTY_ZIP, checksum: '11051210869376104954' } })],
  },
];
