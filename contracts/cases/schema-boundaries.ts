/**
 * Boundary values of the rules the JSON Schema enforces (docs/rules.md, `by: schema`).
 */
import { at, type RuleBoundaries } from './boundary-types.ts';
import { EMPTY_ZIP } from './context.ts';

const HEALTH = {
  initialDelaySeconds: 0,
  periodSeconds: 120,
  timeoutSeconds: 3,
  failureThreshold: 120,
  successThreshold: 1,
};
const nas = (n: number) => ({
  userId: 10,
  groupId: 10,
  mountPoints: Array.from({ length: n }, (_, i) => ({
    serverAddr: 'abc-1.cn-hangzhou.nas.aliyuncs.com:/',
    mountDir: `/mnt/nas${i}`,
  })),
});
const ossMounts = (n: number) => ({
  mountPoints: Array.from({ length: n }, (_, i) => ({
    bucketName: 'my-bucket',
    bucketPath: '/',
    endpoint: 'http://oss-cn-hangzhou-internal.aliyuncs.com',
    mountDir: `/mnt/oss${i}`,
    readOnly: true,
  })),
});
const gpu = (gpuType: string, gpuMemorySize: number) => ({ gpuConfig: { gpuType, gpuMemorySize } });
const OSS = { ossBucketName: 'my-bucket', ossObjectName: 'code/app.zip' };
const IMAGE = { image: 'registry-vpc.cn-hangzhou.aliyuncs.com/fc-demo/helloworld:v1beta1', port: 9000 };
// The other end of each health-check range (HEALTH holds the first).
const OTHER_HEALTH = {
  initialDelaySeconds: 120,
  periodSeconds: 1,
  timeoutSeconds: 1,
  failureThreshold: 1,
  successThreshold: 120,
};
// Just outside each end of each range (B.2); the ones listed by hand below stay as they were.
const outside: [string, number][] = [
  ['timeoutSeconds', 0],
  ['initialDelaySeconds', -1],
  ['periodSeconds', 121],
  ['failureThreshold', 0],
  ['failureThreshold', 121],
  ['successThreshold', 0],
  ['successThreshold', 121],
];

/**
 * Boundary tables of the schema rules.
 *
 * @example
 * schemaBoundaries.find((b) => b.ruleId === 'timeout-range')?.reject.length; // 2
 */
export const schemaBoundaries: RuleBoundaries[] = [
  {
    ruleId: 'functionName-required',
    base: 'builtin',
    accept: [at('present', {})],
    reject: [
      at('absent', { functionName: undefined }),
      at('custom-absent', { functionName: undefined }, 'custom'),
      at('container-absent', { functionName: undefined }, 'container'),
    ],
  },
  {
    ruleId: 'runtime-required',
    base: 'builtin',
    accept: [at('present', {})],
    reject: [
      at('absent', { runtime: undefined }),
      at('container-absent', { runtime: undefined }, 'container'),
    ],
  },
  {
    ruleId: 'handler-required',
    base: 'container',
    accept: [at('custom-container', {}), at('builtin', {}, 'builtin'), at('custom', {}, 'custom')],
    reject: [
      at('custom-container-absent', { handler: undefined }),
      at('builtin-absent', { handler: undefined }, 'builtin'),
      at('custom-absent', { handler: undefined }, 'custom'),
    ],
  },
  {
    ruleId: 'functionName-pattern',
    base: 'builtin',
    accept: [at('leading-underscore', (n) => ({ functionName: `_${n.next('pattern')}` }))],
    reject: [
      at('leading-digit', (n) => ({ functionName: `9${n.next('pattern')}` })),
      at('leading-hyphen', (n) => ({ functionName: `-${n.next('pattern')}` })),
      at('dot', (n) => ({ functionName: `${n.next('pattern')}.v1` })),
    ],
  },
  {
    ruleId: 'functionName-length',
    base: 'builtin',
    accept: [at('64-chars', (n) => ({ functionName: n.ofLength(64) }))],
    reject: [at('65-chars', (n) => ({ functionName: n.ofLength(65) })), at('empty', { functionName: '' })],
  },
  {
    ruleId: 'runtime-enum',
    base: 'builtin',
    accept: [at('nodejs20', { runtime: 'nodejs20' }), at('python3.12', { runtime: 'python3.12' })],
    reject: [at('ruby', { runtime: 'ruby3.2' }), at('wrong-case', { runtime: 'Python3.10' })],
  },
  {
    ruleId: 'cpu-range',
    base: 'builtin',
    accept: [at('min', { cpu: 0.05, memorySize: 128 }), at('max', { cpu: 16, memorySize: 32768 })],
    reject: [at('zero', { cpu: 0, memorySize: 128 }), at('above-max', { cpu: 16.05, memorySize: 32768 })],
  },
  {
    ruleId: 'cpu-multiple',
    base: 'builtin',
    accept: [at('0.15', { cpu: 0.15, memorySize: 512 })],
    reject: [at('0.33', { cpu: 0.33, memorySize: 1024 }), at('0.51', { cpu: 0.51, memorySize: 1024 })],
  },
  {
    ruleId: 'memorySize-range',
    base: 'builtin',
    accept: [at('min', { memorySize: 128 }), at('max', { memorySize: 32768 })],
    reject: [at('below-min', { memorySize: 64 }), at('above-max', { memorySize: 32832 })],
  },
  {
    ruleId: 'memorySize-multiple',
    base: 'builtin',
    accept: [at('192', { memorySize: 192 })],
    reject: [at('200', { memorySize: 200 })],
  },
  {
    ruleId: 'diskSize-enum',
    base: 'builtin',
    common: { cpu: 0.5, memorySize: 1024 },
    accept: [at('512', { diskSize: 512 }), at('10240', { diskSize: 10240 })],
    reject: [at('1024', { diskSize: 1024 }), at('20480', { diskSize: 20480 })],
  },
  {
    ruleId: 'tag-lengths',
    base: 'builtin',
    accept: [at('key-64-value-128', { tags: [{ Key: 'k'.repeat(64), Value: 'v'.repeat(128) }] })],
    reject: [
      at('key-65', { tags: [{ Key: 'k'.repeat(65), Value: 'v' }] }),
      at('value-129', { tags: [{ Key: 'k', Value: 'v'.repeat(129) }] }),
      at('key-acs', { tags: [{ Key: 'acs:team', Value: 'v' }] }),
      at('key-aliyun', { tags: [{ Key: 'aliyun-team', Value: 'v' }] }),
    ],
  },
  {
    ruleId: 'timeout-range',
    base: 'builtin',
    accept: [at('min', { timeout: 1 }), at('max', { timeout: 86400 })],
    reject: [at('zero', { timeout: 0 }), at('above-max', { timeout: 86401 })],
  },
  {
    ruleId: 'instanceConcurrency-range',
    base: 'custom',
    accept: [
      at('min', { instanceConcurrency: 1 }),
      at('max', { instanceConcurrency: 200 }),
      at('container-max', { instanceConcurrency: 200 }, 'container'),
    ],
    reject: [
      at('zero', { instanceConcurrency: 0 }),
      at('above-max', { instanceConcurrency: 201 }),
      at('container-above-max', { instanceConcurrency: 201 }, 'container'),
    ],
  },
  {
    ruleId: 'healthCheck-ranges',
    base: 'custom',
    accept: [
      at('limits', {
        customRuntimeConfig: {
          port: 9000,
          healthCheckConfig: { ...HEALTH, httpGetUrl: `/${'a'.repeat(2047)}` },
        },
      }),
      at('other-limits', { customRuntimeConfig: { port: 9000, healthCheckConfig: OTHER_HEALTH } }),
      at('container-limits', { customContainerConfig: { ...IMAGE, healthCheckConfig: HEALTH } }, 'container'),
    ],
    reject: [
      ...outside.map(([field, value]) =>
        at(`${field}-${value < 0 ? `minus-${-value}` : value}`, {
          customRuntimeConfig: { port: 9000, healthCheckConfig: { ...HEALTH, [field]: value } },
        }),
      ),
      at(
        'container-timeoutSeconds-4',
        { customContainerConfig: { ...IMAGE, healthCheckConfig: { ...HEALTH, timeoutSeconds: 4 } } },
        'container',
      ),
      at('timeoutSeconds-4', {
        customRuntimeConfig: { port: 9000, healthCheckConfig: { ...HEALTH, timeoutSeconds: 4 } },
      }),
      at('initialDelaySeconds-121', {
        customRuntimeConfig: { port: 9000, healthCheckConfig: { ...HEALTH, initialDelaySeconds: 121 } },
      }),
      at('periodSeconds-0', {
        customRuntimeConfig: { port: 9000, healthCheckConfig: { ...HEALTH, periodSeconds: 0 } },
      }),
      at('httpGetUrl-2049', {
        customRuntimeConfig: { port: 9000, healthCheckConfig: { httpGetUrl: `/${'a'.repeat(2048)}` } },
      }),
    ],
  },
  {
    ruleId: 'port-range',
    base: 'custom',
    accept: [
      at('min', { customRuntimeConfig: { port: 1 } }),
      at('max', { customRuntimeConfig: { port: 65535 } }),
      at('container-min', { customContainerConfig: { ...IMAGE, port: 1 } }, 'container'),
      at('container-max', { customContainerConfig: { ...IMAGE, port: 65535 } }, 'container'),
    ],
    reject: [
      at('zero', { customRuntimeConfig: { port: 0 } }),
      at('above-max', { customRuntimeConfig: { port: 65536 } }),
      at('container-zero', { customContainerConfig: { ...IMAGE, port: 0 } }, 'container'),
      at('container-above-max', { customContainerConfig: { ...IMAGE, port: 65536 } }, 'container'),
    ],
  },
  {
    ruleId: 'logBeginRule-enum',
    base: 'builtin',
    common: { role: 'acs:ram::1234567890123456:role/fc-log' },
    accept: [
      at('None', { logConfig: { project: 'p', logstore: 'l', logBeginRule: 'None' } }),
      at('DefaultRegex', { logConfig: { project: 'p', logstore: 'l', logBeginRule: 'DefaultRegex' } }),
    ],
    reject: [at('wrong-case', { logConfig: { project: 'p', logstore: 'l', logBeginRule: 'defaultRegex' } })],
  },
  {
    ruleId: 'tracing-type-enum',
    base: 'builtin',
    accept: [
      at('Jaeger', {
        tracingConfig: { type: 'Jaeger', params: { endpoint: 'http://tracing.example/api/traces' } },
      }),
    ],
    reject: [
      at('Zipkin', {
        tracingConfig: { type: 'Zipkin', params: { endpoint: 'http://tracing.example/api/traces' } },
      }),
    ],
  },
  {
    ruleId: 'gpuType-enum',
    base: 'container',
    common: { cpu: 2, memorySize: 8192 },
    accept: [at('tesla', gpu('fc.gpu.tesla.1', 16384)), at('ada', gpu('fc.gpu.ada.1', 49152))],
    reject: [at('hopper', gpu('fc.gpu.hopper.1', 16384))],
  },
  {
    ruleId: 'gpuMemorySize-multiple',
    base: 'container',
    common: { cpu: 2, memorySize: 8192 },
    accept: [at('1024', gpu('fc.gpu.ampere.1', 1024))],
    reject: [at('1000', gpu('fc.gpu.ampere.1', 1000))],
  },
  {
    ruleId: 'dnsOption-name-required',
    base: 'builtin',
    accept: [at('named option', { customDNS: { dnsOptions: [{ name: 'ndots', value: '2' }] } })],
    reject: [at('option without name', { customDNS: { dnsOptions: [{ value: '2' }] } })],
  },
  {
    ruleId: 'nas-mount-points-max',
    base: 'builtin',
    accept: [at('5', { nasConfig: nas(5) })],
    reject: [at('6', { nasConfig: nas(6) })],
  },
  {
    ruleId: 'oss-mount-points-max',
    base: 'builtin',
    accept: [at('5', { ossMountConfig: ossMounts(5) })],
    reject: [at('6', { ossMountConfig: ossMounts(6) })],
  },
  {
    ruleId: 'field-types',
    base: 'builtin',
    accept: [at('boolean', { internetAccess: false, environmentVariables: { A: '1' } })],
    reject: [
      at('boolean-as-string', { internetAccess: 'true' }),
      at('integer-as-string', { timeout: '60' }),
      at('env-value-number', { environmentVariables: { A: 1 } }),
      at('layers-string', { layers: 'acs:fc:cn-hangzhou:1234567890123456:layers/l/versions/1' }),
    ],
  },
  {
    ruleId: 'code-xor-container',
    base: 'container',
    accept: [
      at('container-only', {}),
      at('builtin-code-only', {}, 'builtin'),
      at('custom-code-only', {}, 'custom'),
    ],
    reject: [
      at('both', { code: { zipFile: EMPTY_ZIP } }),
      at('neither', { customContainerConfig: undefined }),
      at('builtin-both', { customContainerConfig: IMAGE }, 'builtin'),
      at('builtin-neither', { code: undefined }, 'builtin'),
      at('custom-both', { customContainerConfig: IMAGE }, 'custom'),
      at('custom-neither', { code: undefined }, 'custom'),
    ],
  },
  {
    ruleId: 'zipFile-xor-oss',
    base: 'builtin',
    accept: [
      at('oss-pair', { code: OSS }),
      at('zip-only', {}),
      at('custom-oss-pair', { code: OSS }, 'custom'),
      at('custom-zip-only', {}, 'custom'),
    ],
    reject: [
      at('zip-and-oss', { code: { zipFile: EMPTY_ZIP, ...OSS } }),
      at('empty-code', { code: {} }),
      at('bucket-only', { code: { ossBucketName: OSS.ossBucketName } }),
      at('object-only', { code: { ossObjectName: OSS.ossObjectName } }),
      at('custom-zip-and-oss', { code: { zipFile: EMPTY_ZIP, ...OSS } }, 'custom'),
      at('custom-empty-code', { code: {} }, 'custom'),
    ],
  },
];
