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
const IMAGE = { image: 'registry-vpc.cn-hangzhou.aliyuncs.com/fc-demo/helloworld:v1beta1', port: 9000 };
const GPU = { gpuType: 'fc.gpu.tesla.1', gpuMemorySize: 8192 };
const SESSION = { instanceIsolationMode: 'SESSION_EXCLUSIVE', ...COOKIE };
const both = (kind: 'initializer' | 'preStop') => ({
  instanceLifecycleConfig: { [kind]: { handler: `index.${kind}`, command: [`/bin/${kind}`], timeout: 10 } },
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
    reject: [
      at('no-image', { customContainerConfig: { port: 9000 } }),
      at('empty-image', { customContainerConfig: { image: '', port: 9000 } }),
    ],
  },
  {
    ruleId: 'code-required-for-code-runtimes',
    base: 'builtin',
    accept: [at('code', {}), at('custom-code', {}, 'custom')],
    reject: [
      at('container-instead', {
        code: undefined,
        customContainerConfig: { image: 'registry.cn-hangzhou.aliyuncs.com/a/b:1' },
      }),
      at('custom-container-instead', { code: undefined, customContainerConfig: IMAGE }, 'custom'),
    ],
  },
  {
    ruleId: 'cpu-memory-ratio',
    base: 'builtin',
    common: { memorySize: 1024 },
    accept: [
      at('ratio-1', { cpu: 1 }),
      at('ratio-4', { cpu: 0.25 }),
      at('custom-ratio-4', { cpu: 0.25 }, 'custom'),
      at('container-ratio-2', { cpu: 0.5 }, 'container'),
    ],
    reject: [
      at('below-1', { cpu: 1.05 }),
      at('above-4', { cpu: 0.2 }),
      at('custom-above-4', { cpu: 0.2 }, 'custom'),
      at('container-below-1', { cpu: 1.05 }, 'container'),
      at('container-above-4', { cpu: 0.2 }, 'container'),
    ],
  },
  {
    ruleId: 'cpu-memory-ratio-default-memory',
    base: 'builtin',
    accept: [
      at('cpu-0.5', { cpu: 0.5 }),
      at('cpu-0.15', { cpu: 0.15 }),
      at('custom-cpu-0.5', { cpu: 0.5 }, 'custom'),
      at('memory-given', { cpu: 2, memorySize: 4096 }),
    ],
    reject: [
      at('cpu-0.55', { cpu: 0.55 }),
      at('cpu-0.1', { cpu: 0.1 }),
      at('container-cpu-1', { cpu: 1 }, 'container'),
    ],
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
      at('custom-debian-2', { instanceConcurrency: 2 }, 'custom'),
      at('container-2', { instanceConcurrency: 2 }, 'container'),
    ],
    reject: [
      at('builtin-2', { instanceConcurrency: 2 }),
      at('nodejs-2', { runtime: 'nodejs20', instanceConcurrency: 2 }),
    ],
  },
  {
    ruleId: 'gpu-custom-container-only',
    base: 'custom',
    common: { cpu: 2, memorySize: 8192 },
    accept: [at('no-gpu', {}), at('container-gpu', { gpuConfig: GPU }, 'container')],
    reject: [at('custom-runtime-gpu', { gpuConfig: GPU }), at('builtin-gpu', { gpuConfig: GPU }, 'builtin')],
  },
  {
    ruleId: 'gpu-memory-per-card',
    base: 'container',
    common: { cpu: 2, memorySize: 8192 },
    accept: [
      at('tesla-16384', { gpuConfig: { gpuType: 'fc.gpu.tesla.1', gpuMemorySize: 16384 } }),
      at('ampere-24576', { gpuConfig: { gpuType: 'fc.gpu.ampere.1', gpuMemorySize: 24576 } }),
      at('ada-49152', { gpuConfig: { gpuType: 'fc.gpu.ada.1', gpuMemorySize: 49152 } }),
    ],
    reject: [
      at('tesla-17408', { gpuConfig: { gpuType: 'fc.gpu.tesla.1', gpuMemorySize: 17408 } }),
      at('ampere-25600', { gpuConfig: { gpuType: 'fc.gpu.ampere.1', gpuMemorySize: 25600 } }),
      at('ada-50176', { gpuConfig: { gpuType: 'fc.gpu.ada.1', gpuMemorySize: 50176 } }),
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
      at('custom-plain', {
        runtime: 'custom',
        customRuntimeConfig: { command: ['/code/bootstrap'], port: 9000 },
      }),
      // The shell GetFunction reads back for every function, sent back (inferred, ADR 054).
      at('python-empty-shell', { customRuntimeConfig: {} }),
      at('container-empty-shell', { customRuntimeConfig: {} }, 'container'),
    ],
    reject: [
      at('python-shell-with-port', { customRuntimeConfig: { command: [], args: [], port: 9000 } }),
      at('python', { customRuntimeConfig: { command: ['/code/bootstrap'], port: 9000 } }),
      at('container', { customRuntimeConfig: { command: ['/code/bootstrap'], port: 9000 } }, 'container'),
    ],
  },
  {
    ruleId: 'isolation-needs-2-vcpu',
    base: 'custom',
    common: { memorySize: 4096, instanceIsolationMode: 'REQUEST_EXCLUSIVE' },
    updateStart: { cpu: 2 },
    accept: [
      at('2-vcpu', { cpu: 2 }),
      at('session-2-vcpu', { cpu: 2, ...SESSION }),
      at('container-2-vcpu', { cpu: 2 }, 'container'),
    ],
    reject: [
      at('1.95-vcpu', { cpu: 1.95 }),
      at('session-1.95-vcpu', { cpu: 1.95, ...SESSION }),
      at('container-1.95-vcpu', { cpu: 1.95 }, 'container'),
    ],
  },
  {
    ruleId: 'request-isolation-limits',
    base: 'custom',
    common: { cpu: 2, memorySize: 4096, instanceIsolationMode: 'REQUEST_EXCLUSIVE' },
    accept: [
      at('concurrency-1', { instanceConcurrency: 1 }),
      at('no-affinity', { instanceConcurrency: 1, sessionAffinity: 'NONE' }),
      at('container-concurrency-1', { instanceConcurrency: 1 }, 'container'),
    ],
    reject: [
      at('concurrency-2', { instanceConcurrency: 2 }),
      at('with-affinity', COOKIE),
      at('container-concurrency-2', { instanceConcurrency: 2 }, 'container'),
    ],
  },
  {
    ruleId: 'session-isolation-needs-affinity',
    base: 'custom',
    common: { cpu: 2, memorySize: 4096, instanceIsolationMode: 'SESSION_EXCLUSIVE' },
    updateStart: COOKIE,
    accept: [at('cookie-affinity', COOKIE)],
    reject: [at('no-affinity', { sessionAffinity: 'NONE' }), at('affinity-absent', {})],
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
      at('command', { instanceLifecycleConfig: { initializer: { command: ['/bin/init'], timeout: 10 } } }),
      // Serverless Devs clears a hook with an empty handler and command (lifecycle C.2).
      at('cleared', { instanceLifecycleConfig: { initializer: { handler: '', command: [], timeout: 3 } } }),
    ],
    reject: [
      at('both', both('initializer')),
      at('preStop-both', both('preStop')),
      at('builtin-both', both('initializer'), 'builtin'),
      at('container-both', both('preStop'), 'container'),
    ],
  },
  {
    ruleId: 'hook-timeout-limits',
    base: 'builtin',
    accept: [
      at('initializer-300', hook('initializer', 300)),
      at('preStop-90', hook('preStop', 90)),
      at('initializer-1', hook('initializer', 1)),
      at('preStop-1', hook('preStop', 1)),
    ],
    reject: [
      at('initializer-301', hook('initializer', 301)),
      at('preStop-91', hook('preStop', 91)),
      at('initializer-0', hook('initializer', 0)),
      at('preStop-0', hook('preStop', 0)),
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
    accept: [
      at('base64', { code: { zipFile: EMPTY_ZIP } }),
      at('custom-base64', { code: { zipFile: EMPTY_ZIP } }, 'custom'),
    ],
    reject: [
      at('data-url', { code: { zipFile: `data:application/zip;base64,${EMPTY_ZIP}` } }),
      at('unpadded', { code: { zipFile: EMPTY_ZIP.replace(/=+$/, '') } }),
      at('whitespace', { code: { zipFile: `${EMPTY_ZIP.slice(0, 12)} ${EMPTY_ZIP.slice(12)}` } }),
      at('custom-data-url', { code: { zipFile: `data:application/zip;base64,${EMPTY_ZIP}` } }, 'custom'),
    ],
  },
  {
    ruleId: 'checksum-match',
    base: 'builtin',
    accept: [
      at('matching', { code: { zipFile: EMPTY_ZIP, checksum: EMPTY_ZIP_CRC } }),
      at('custom-matching', { code: { zipFile: EMPTY_ZIP, checksum: EMPTY_ZIP_CRC } }, 'custom'),
    ],
    reject: [
      at('stale', { code: { zipFile: EMPTY_ZIP, checksum: '11051210869376104954' } }),
      at('custom-stale', { code: { zipFile: EMPTY_ZIP, checksum: '11051210869376104954' } }, 'custom'),
    ],
  },
];
