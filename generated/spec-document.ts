// Generated from spec/openapi.yaml by `npm run gen` — do not edit.
// Regenerate with `npm run gen`; CI runs `npm run gen:check`.

/** Any JSON value: the loose type of {@link specDocument}. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

// Subtrees the document repeats (YAML anchors), written once (scripts/lib/shared-values.ts).
const shared0: JsonValue = {
  failureThreshold: 1,
  httpGetUrl: '/ready',
  initialDelaySeconds: 1,
  periodSeconds: 1,
  successThreshold: 2,
  timeoutSeconds: 2,
};
const shared1: JsonValue = {
  securityGroupId: 'sg-xxxxxxxxxxxxxx',
  vSwitchId: 'vsw-xxxxxxxxxxxxxx',
  vpcId: 'vpc-xxxxxxxxxxxxxx',
};
const shared2: JsonValue = {
  authConfig: { password: 'abc***', userName: 'admin' },
  certConfig: { insecure: true, rootCaCertBase64: 'cm9vdF9jYV9jZXJ0' },
  networkConfig: shared1,
};
const shared3: JsonValue = {
  accelerationInfo: { status: 'Ready' },
  accelerationType: 'default',
  acrInstanceId: 'cri-xxxxxxxxxx',
  command: ['arg1'],
  entrypoint: ['/code/bootstrap'],
  healthCheckConfig: shared0,
  image: 'registry-vpc.cn-hangzhou.aliyuncs.com/fc-demo/helloworld:v1beta1',
  port: 9000,
  registryConfig: shared2,
  resolvedImageUri:
    'stand-sh-registry-vpc.cn-shanghai.cr.aliyuncs.com/fc-demo2/springboot-helloworld@sha256:68d1****0d64d6',
};
const shared4: JsonValue = {
  dnsOptions: [{ name: 'ndots', value: '2' }],
  nameServers: ['8.8.x.x'],
  searches: ['ns1.svc.cluster-domain.example'],
};
const shared5: JsonValue = {
  args: ['arg1'],
  command: ['/code/bootstrap'],
  healthCheckConfig: shared0,
  port: 9000,
};
const shared6: JsonValue = {
  initializer: { handler: 'index.initializer', timeout: 10 },
  preStop: { handler: 'index.initializer', timeout: 10 },
};
const shared7: JsonValue = [{ arn: 'acs:fc:cn-beijing:186824xxxxxx:layers/fc_layer/versions/1', size: 421 }];
const shared8: JsonValue = {
  enableInstanceMetrics: true,
  enableRequestMetrics: true,
  logBeginRule: 'DefaultRegex',
  logstore: 'test-logstore',
  project: 'test-project',
};
const shared9: JsonValue = {
  enableTLS: true,
  mountDir: '/home/test',
  serverAddr: '***-uni85.cn-hangzhou.nas.com:/',
};
const shared10: JsonValue = [shared9];
const shared11: JsonValue = { groupId: 100, mountPoints: shared10, userId: 100 };
const shared12: JsonValue = {
  bucketName: 'my-bucket',
  bucketPath: '/my-dir',
  endpoint: 'http://oss-cn-shanghai.aliyuncs.com',
  mountDir: '/mnt/dir',
  readOnly: true,
};
const shared13: JsonValue = [shared12];
const shared14: JsonValue = { mountPoints: shared13 };
const shared15: JsonValue = {
  securityGroupId: 'sg-bp18hj1wtxgy3b0***',
  vSwitchIds: ['vsw-bp1ozpcrdc6r****'],
  vpcId: 'vpc-***',
  role: 'acs:ram::188077086902****:role/fc-test',
};
const shared16: JsonValue = {
  codeChecksum: '2825179536350****',
  codeSize: 412,
  cpu: 1,
  createdTime: '2023-04-01T08:15:27Z',
  customContainerConfig: shared3,
  customDNS: shared4,
  customRuntimeConfig: shared5,
  description: 'my function',
  diskSize: 512,
  environmentVariables: { key: 'value1' },
  functionArn: 'acs:fc:cn-shanghai:123:functions/functionName',
  functionId: 'aa715851-1c20-4b89-a8fb-***',
  functionName: 'my-function-1',
  gpuConfig: { gpuMemorySize: 2048, gpuType: 'fc.gpu.ampere.1' },
  handler: 'index.handler',
  instanceConcurrency: 1,
  instanceLifecycleConfig: shared6,
  internetAccess: true,
  lastModifiedTime: '2023-05-01T08:15:27Z',
  lastUpdateStatus: 'InProgress',
  lastUpdateStatusReason: 'The system is currently processing the acceleration optimization for the image.',
  lastUpdateStatusReasonCode: 'ImageOptimizing',
  layers: shared7,
  logConfig: shared8,
  memorySize: 512,
  nasConfig: shared11,
  ossMountConfig: shared14,
  role: 'acs:ram::188077086902****:role/fc-test',
  runtime: 'python3.10',
  state: 'Pending',
  stateReason: 'Function creating',
  stateReasonCode: 'Creating',
  timeout: 60,
  tracingConfig: { params: { key: 'tracing_analysis_jaeger_endpoint' }, type: 'Jaeger' },
  vpcConfig: shared15,
};
const shared17: JsonValue = {
  Code: 'MissingRequiredHeader',
  Message: 'required HTTP header x-acs-date was not specified',
};
const shared18: JsonValue = { value: shared17 };
const shared19: JsonValue = {
  Code: 'PathNotSupported',
  Message: "'PUT' against '/2023-03-30/functions' is not supported",
};
const shared20: JsonValue = {
  Code: 'EntityTooLarge',
  Message: 'payload size exceeds maximum allowed size (104857600 bytes)',
};
const shared21: JsonValue = { value: shared20, 'x-fc-grade': 'inferred' };
const shared22: JsonValue = {
  Code: 'SignatureNonceUsed',
  Message: 'Specified signature nonce was used already.',
};
const shared23: JsonValue = { value: shared22, 'x-fc-grade': 'inferred' };
const shared24: JsonValue = {
  Code: 'LimitExceeded',
  Message: 'resource-count quota exceeded for functions in this region',
};
const shared25: JsonValue = {
  Code: 'AccessDenied',
  Message:
    "the caller is not authorized to perform 'fc:CreateFunction' on resource 'acs:fc:cn-hangzhou:1234567890123456:functions/my-function-1'",
};
const shared26: JsonValue = {
  Code: 'SignatureNotMatch',
  Message:
    'The request signature we calculated does not match the signature you provided. Check your access key and signing method',
};
const shared27: JsonValue = { value: shared26 };
const shared28: JsonValue = {
  value: { Code: 'InvalidAccessKeyID', Message: "invalid access key ID 'testAK'" },
};
const shared29: JsonValue = {
  Code: 'RequestTimeTooSkewed',
  Message:
    "the difference between the request time '2024-01-01T00:00:00Z' and the current time '2024-01-01T00:20:00Z' is too large",
};
const shared30: JsonValue = { value: shared29, 'x-fc-grade': 'inferred' };
const shared31: JsonValue = {
  Code: 'FunctionAlreadyExists',
  Message: "function 'my-function-1' already exists",
};
const shared32: JsonValue = {
  Code: 'ConcurrentUpdateError',
  Message: 'ConcurrentUpdateError: function my-function-1 is being modified by another request',
};
const shared33: JsonValue = {
  Code: 'ResourceExhausted',
  Message: 'request rate exceeded, please retry later',
};
const shared34: JsonValue = { value: shared33 };
const shared35: JsonValue = {
  Code: 'Throttling.User',
  Message: 'Request was denied due to user flow control.',
};
const shared36: JsonValue = { value: shared35, 'x-fc-grade': 'inferred' };
const shared37: JsonValue = { ResourceExhausted: shared34, 'Throttling.User': shared36 };
const shared38: JsonValue = { schema: { $ref: '#/components/schemas/Error' }, examples: shared37 };
const shared39: JsonValue = { 'application/json': shared38 };
const shared40: JsonValue = { content: shared39 };
const shared41: JsonValue = {
  Code: 'InternalServerError',
  Message: 'an internal error has occurred. Please retry.',
};
const shared42: JsonValue = { value: shared41 };
const shared43: JsonValue = { InternalServerError: shared42 };
const shared44: JsonValue = { schema: { $ref: '#/components/schemas/Error' }, examples: shared43 };
const shared45: JsonValue = { 'application/json': shared44 };
const shared46: JsonValue = { content: shared45 };
const shared47: JsonValue = {
  Code: 'ServiceUnavailable',
  Message: 'the service is temporarily unavailable, please retry later',
};
const shared48: JsonValue = { value: shared47, 'x-fc-grade': 'inferred' };
const shared49: JsonValue = {
  Code: 'ResourceThrottled',
  Message: 'machine quota exceeded, please retry later',
};
const shared50: JsonValue = { value: shared49 };
const shared51: JsonValue = { ServiceUnavailable: shared48, ResourceThrottled: shared50 };
const shared52: JsonValue = { schema: { $ref: '#/components/schemas/Error' }, examples: shared51 };
const shared53: JsonValue = { 'application/json': shared52 };
const shared54: JsonValue = { content: shared53 };
const shared55: JsonValue = {
  path: '/customContainerConfig/healthCheckConfig/httpGetUrl',
  keywords: ['maxLength'],
};
const shared56: JsonValue = {
  path: '/customContainerConfig/healthCheckConfig/initialDelaySeconds',
  keywords: ['minimum', 'maximum'],
};
const shared57: JsonValue = {
  path: '/customContainerConfig/healthCheckConfig/periodSeconds',
  keywords: ['minimum', 'maximum'],
};
const shared58: JsonValue = {
  path: '/customContainerConfig/healthCheckConfig/timeoutSeconds',
  keywords: ['minimum', 'maximum'],
};
const shared59: JsonValue = {
  path: '/customContainerConfig/healthCheckConfig/failureThreshold',
  keywords: ['minimum', 'maximum'],
};
const shared60: JsonValue = {
  path: '/customContainerConfig/healthCheckConfig/successThreshold',
  keywords: ['minimum', 'maximum'],
};
const shared61: JsonValue = {
  path: '/customRuntimeConfig/healthCheckConfig/httpGetUrl',
  keywords: ['maxLength'],
};
const shared62: JsonValue = {
  path: '/customRuntimeConfig/healthCheckConfig/initialDelaySeconds',
  keywords: ['minimum', 'maximum'],
};
const shared63: JsonValue = {
  path: '/customRuntimeConfig/healthCheckConfig/periodSeconds',
  keywords: ['minimum', 'maximum'],
};
const shared64: JsonValue = {
  path: '/customRuntimeConfig/healthCheckConfig/timeoutSeconds',
  keywords: ['minimum', 'maximum'],
};
const shared65: JsonValue = {
  path: '/customRuntimeConfig/healthCheckConfig/failureThreshold',
  keywords: ['minimum', 'maximum'],
};
const shared66: JsonValue = {
  path: '/customRuntimeConfig/healthCheckConfig/successThreshold',
  keywords: ['minimum', 'maximum'],
};
const shared67: JsonValue = [
  shared55,
  shared56,
  shared57,
  shared58,
  shared59,
  shared60,
  shared61,
  shared62,
  shared63,
  shared64,
  shared65,
  shared66,
];
const shared68: JsonValue = [
  { path: '/customContainerConfig/port', keywords: ['minimum', 'maximum'] },
  { path: '/customRuntimeConfig/port', keywords: ['minimum', 'maximum'] },
];
const shared69: JsonValue = {
  id: 'tags-unique-keys',
  by: 'emulator',
  status: 'inferred',
  statement: 'tag keys are unique',
  reference: 'C.15',
  code: 'InvalidArgument',
};
const shared70: JsonValue = [
  { path: '/tags/*/Key', keywords: ['maxLength', 'pattern'] },
  { path: '/tags/*/Value', keywords: ['maxLength'] },
];
const shared71: JsonValue = {
  id: 'tag-lengths',
  by: 'schema',
  status: 'documented',
  statement: 'keys ≤ 64 chars, no `aliyun`/`acs:` prefix; values ≤ 128',
  reference: 'C.15, T.4',
  code: 'InvalidArgument',
  appliesTo: shared70,
};
const shared72: JsonValue = {
  enableInstanceMetrics: false,
  enableRequestMetrics: false,
  logBeginRule: 'None',
  logstore: '',
  project: '',
};
const shared73: JsonValue = {
  codeChecksum: '2220831586920633690',
  codeSize: 22,
  cpu: 0.35,
  createdTime: '2024-05-01T08:15:27Z',
  customDNS: { dnsOptions: [], nameServers: [], searches: [] },
  customRuntimeConfig: {},
  description: '',
  disableOndemand: false,
  diskSize: 512,
  environmentVariables: {},
  functionArn: 'acs:fc:cn-shanghai:1234567890123456:functions/hello',
  functionId: '84e294c4-1a72-4009-91cb-a2a8899f0c98',
  functionName: 'hello',
  gpuConfig: {},
  handler: 'index.handler',
  instanceConcurrency: 1,
  instanceIsolationMode: 'SHARE',
  instanceLifecycleConfig: {},
  internetAccess: true,
  lastModifiedTime: '2024-05-01T08:15:27Z',
  layers: [],
  logConfig: shared72,
  memorySize: 512,
  nasConfig: { groupId: 0, mountPoints: [], userId: 0 },
  ossMountConfig: { mountPoints: [] },
  resourceGroupId: 'rg-acfm1c7k24l3456',
  role: '',
  runtime: 'nodejs20',
  sessionAffinity: 'NONE',
  tags: [],
  timeout: 3,
  tracingConfig: {},
  vpcConfig: { securityGroupId: '', vSwitchIds: [], vpcId: '' },
};
const shared74: JsonValue = {
  failureThreshold: 1,
  initialDelaySeconds: 1,
  periodSeconds: 1,
  successThreshold: 2,
  timeoutSeconds: 2,
  httpGetUrl: '/ready',
};
const shared75: JsonValue = {
  image: 'registry-vpc.cn-hangzhou.aliyuncs.com/fc-demo/helloworld:v1beta1',
  entrypoint: ['/code/bootstrap'],
  command: ['arg1'],
  port: 9000,
  healthCheckConfig: shared74,
  accelerationInfo: { status: 'Preparing' },
  resolvedImageUri:
    'registry-vpc.cn-hangzhou.aliyuncs.com/fc-demo/helloworld@sha256:5ae769b5be30ebc48c5aed4d2cf7d27d4cbb8ac85309aac636047e74bddea464',
};
const shared76: JsonValue = {
  codeChecksum: '0',
  codeSize: 0,
  cpu: 2,
  createdTime: '2024-05-01T08:15:27Z',
  customContainerConfig: shared75,
  customDNS: { dnsOptions: [], nameServers: [], searches: [] },
  customRuntimeConfig: {},
  description: '',
  disableOndemand: false,
  diskSize: 10240,
  environmentVariables: {},
  functionArn: 'acs:fc:cn-shanghai:1234567890123456:functions/my-container-fn',
  functionId: '5ae769b5-be30-4bc4-8c5a-ed4d2cf7d27d',
  functionName: 'my-container-fn',
  gpuConfig: {},
  handler: 'handler',
  instanceConcurrency: 10,
  instanceIsolationMode: 'SHARE',
  instanceLifecycleConfig: {},
  internetAccess: true,
  lastModifiedTime: '2024-05-01T08:15:27Z',
  layers: [],
  logConfig: shared72,
  memorySize: 4096,
  nasConfig: { groupId: 0, mountPoints: [], userId: 0 },
  ossMountConfig: { mountPoints: [] },
  resourceGroupId: 'rg-acfm1c7k24l3456',
  role: '',
  runtime: 'custom-container',
  sessionAffinity: 'NONE',
  tags: [],
  timeout: 3,
  tracingConfig: {},
  vpcConfig: { securityGroupId: '', vSwitchIds: [], vpcId: '' },
};
const shared77: JsonValue = [shared73, shared76];
const shared78: JsonValue = { functions: shared77, nextToken: 'bXktZnVuY3Rpb24tMQ==' };
const shared79: JsonValue = {
  nameServers: ['8.8.8.8'],
  searches: ['ns1.svc.cluster-domain.example'],
  dnsOptions: [{ name: 'ndots', value: '2' }],
};
const shared80: JsonValue = {
  initializer: { handler: 'index.initializer', timeout: 10 },
  preStop: { handler: 'index.pre_stop', timeout: 10 },
};
const shared81: JsonValue = {
  arn: 'acs:fc:cn-shanghai:1234567890123456:layers/fc_layer/versions/1',
  size: 236768,
};
const shared82: JsonValue = [shared81];
const shared83: JsonValue = {
  enableInstanceMetrics: true,
  enableRequestMetrics: true,
  logBeginRule: 'DefaultRegex',
  project: 'test-project',
  logstore: 'test-logstore',
};
const shared84: JsonValue = {
  serverAddr: '0c4b8484a1-uni85.cn-shanghai.nas.aliyuncs.com:/',
  mountDir: '/home/test',
  enableTLS: true,
};
const shared85: JsonValue = [shared84];
const shared86: JsonValue = { userId: 100, groupId: 100, mountPoints: shared85 };
const shared87: JsonValue = {
  endpoint: 'http://tracing-analysis-dc-sh-internal.aliyuncs.com/adapt_xxx/api/traces',
};
const shared88: JsonValue = { type: 'Jaeger', params: shared87 };
const shared89: JsonValue = {
  vpcId: 'vpc-bp1example0000001',
  vSwitchIds: ['vsw-bp1example0000001'],
  securityGroupId: 'sg-bp1example0000001',
  role: 'acs:ram::1234567890123456:role/fc-test',
};
const shared90: JsonValue = {
  codeChecksum: '17523635390036478140',
  codeSize: 168,
  cpu: 0.5,
  createdTime: '2024-05-01T08:15:27Z',
  customDNS: shared79,
  customRuntimeConfig: {},
  description: 'my function',
  disableOndemand: false,
  diskSize: 512,
  environmentVariables: { key: 'value1' },
  functionArn: 'acs:fc:cn-shanghai:1234567890123456:functions/my-function-1',
  functionId: '6813ab3c-df03-4861-b4bf-9f4bdf9bf79b',
  functionName: 'my-function-1',
  gpuConfig: {},
  handler: 'index.handler',
  instanceConcurrency: 1,
  instanceIsolationMode: 'SHARE',
  instanceLifecycleConfig: shared80,
  internetAccess: true,
  lastModifiedTime: '2024-05-01T08:15:27Z',
  layers: shared82,
  logConfig: shared83,
  memorySize: 1024,
  nasConfig: shared86,
  ossMountConfig: shared14,
  resourceGroupId: 'rg-acfm1c7k24l3456',
  role: 'acs:ram::1234567890123456:role/fc-test',
  runtime: 'python3.10',
  sessionAffinity: 'NONE',
  tags: [{ Key: 'env', Value: 'test' }],
  timeout: 60,
  tracingConfig: shared88,
  vpcConfig: shared89,
};
const shared91: JsonValue = [shared90];
const shared92: JsonValue = { functions: shared91, nextToken: '' };
const shared93: JsonValue = {
  Code: 'InvalidArgument',
  Message: 'limit must be an integer between 1 and 100, got "0"',
};
const shared94: JsonValue = {
  Code: 'PathNotSupported',
  Message: "'PATCH' against '/2023-03-30/functions' is not supported",
};
const shared95: JsonValue = {
  Code: 'AccessDenied',
  Message:
    "the caller is not authorized to perform 'fc:ListFunctions' on resource 'acs:fc:cn-shanghai:1234567890123456:functions/*'",
};
const shared96: JsonValue = {
  id: 'request-body-not-allowed',
  by: 'emulator',
  status: 'inferred',
  statement:
    'the request carries no body (nothing but JSON white space after an optional BOM), or only `{}` (the SDK sends none; terraform sends `{}` on UntagResources), else 400 `InvalidArgument`',
  reference: 'lifecycle A.2',
  code: 'InvalidArgument',
};
const shared97: JsonValue = {
  type: 'string',
  pattern: '^[A-Za-z_][A-Za-z0-9_-]*$',
  minLength: 1,
  maxLength: 64,
};
const shared98: JsonValue = {
  codeChecksum: '17523635390036478140',
  codeSize: 168,
  cpu: 0.5,
  createdTime: '2024-05-01T08:15:27Z',
  customDNS: shared79,
  customRuntimeConfig: {},
  description: 'my function',
  disableOndemand: false,
  diskSize: 512,
  environmentVariables: { key: 'value1' },
  functionArn: 'acs:fc:cn-shanghai:1234567890123456:functions/my-function-1',
  functionId: '6813ab3c-df03-4861-b4bf-9f4bdf9bf79b',
  functionName: 'my-function-1',
  gpuConfig: {},
  handler: 'index.handler',
  instanceConcurrency: 1,
  instanceIsolationMode: 'SHARE',
  instanceLifecycleConfig: shared80,
  internetAccess: true,
  lastModifiedTime: '2024-05-01T08:15:27Z',
  lastUpdateStatus: 'Successful',
  lastUpdateStatusReason: '',
  lastUpdateStatusReasonCode: '',
  layers: shared82,
  logConfig: shared83,
  memorySize: 1024,
  nasConfig: shared86,
  ossMountConfig: shared14,
  resourceGroupId: 'rg-acfm1c7k24l3456',
  role: 'acs:ram::1234567890123456:role/fc-test',
  runtime: 'python3.10',
  sessionAffinity: 'NONE',
  state: 'Active',
  stateReason: '',
  stateReasonCode: '',
  tags: [{ Key: 'env', Value: 'test' }],
  timeout: 60,
  tracingConfig: shared88,
  vpcConfig: shared89,
};
const shared99: JsonValue = {
  codeChecksum: '0',
  codeSize: 0,
  cpu: 2,
  createdTime: '2024-05-01T08:15:27Z',
  customContainerConfig: shared75,
  customDNS: { dnsOptions: [], nameServers: [], searches: [] },
  customRuntimeConfig: {},
  description: '',
  disableOndemand: false,
  diskSize: 10240,
  environmentVariables: {},
  functionArn: 'acs:fc:cn-shanghai:1234567890123456:functions/my-container-fn',
  functionId: '5ae769b5-be30-4bc4-8c5a-ed4d2cf7d27d',
  functionName: 'my-container-fn',
  gpuConfig: {},
  handler: 'handler',
  instanceConcurrency: 10,
  instanceIsolationMode: 'SHARE',
  instanceLifecycleConfig: {},
  internetAccess: true,
  lastModifiedTime: '2024-05-01T08:15:27Z',
  lastUpdateStatus: 'InProgress',
  lastUpdateStatusReason: 'The system is currently processing the acceleration optimization for the image.',
  lastUpdateStatusReasonCode: 'ImageOptimizing',
  layers: [],
  logConfig: shared72,
  memorySize: 4096,
  nasConfig: { groupId: 0, mountPoints: [], userId: 0 },
  ossMountConfig: { mountPoints: [] },
  resourceGroupId: 'rg-acfm1c7k24l3456',
  role: '',
  runtime: 'custom-container',
  sessionAffinity: 'NONE',
  state: 'Pending',
  stateReason: 'Function creating',
  stateReasonCode: 'Creating',
  tags: [],
  timeout: 3,
  tracingConfig: {},
  vpcConfig: { securityGroupId: '', vSwitchIds: [], vpcId: '' },
};
const shared100: JsonValue = {
  image: 'registry-vpc.cn-hangzhou.aliyuncs.com/fc-demo/helloworld:v1beta1',
  entrypoint: ['/code/bootstrap'],
  command: ['arg1'],
  port: 9000,
  healthCheckConfig: shared74,
  accelerationInfo: { status: 'Ready' },
  resolvedImageUri:
    'registry-vpc.cn-hangzhou.aliyuncs.com/fc-demo/helloworld@sha256:5ae769b5be30ebc48c5aed4d2cf7d27d4cbb8ac85309aac636047e74bddea464',
};
const shared101: JsonValue = {
  codeChecksum: '0',
  codeSize: 0,
  cpu: 2,
  createdTime: '2024-05-01T08:15:27Z',
  customContainerConfig: shared100,
  customDNS: { dnsOptions: [], nameServers: [], searches: [] },
  customRuntimeConfig: {},
  description: '',
  disableOndemand: false,
  diskSize: 10240,
  environmentVariables: {},
  functionArn: 'acs:fc:cn-shanghai:1234567890123456:functions/my-container-fn',
  functionId: '5ae769b5-be30-4bc4-8c5a-ed4d2cf7d27d',
  functionName: 'my-container-fn',
  gpuConfig: {},
  handler: 'handler',
  instanceConcurrency: 10,
  instanceIsolationMode: 'SHARE',
  instanceLifecycleConfig: {},
  internetAccess: true,
  lastModifiedTime: '2024-05-01T08:15:27Z',
  lastUpdateStatus: 'Successful',
  lastUpdateStatusReason: '',
  lastUpdateStatusReasonCode: '',
  layers: [],
  logConfig: shared72,
  memorySize: 4096,
  nasConfig: { groupId: 0, mountPoints: [], userId: 0 },
  ossMountConfig: { mountPoints: [] },
  resourceGroupId: 'rg-acfm1c7k24l3456',
  role: '',
  runtime: 'custom-container',
  sessionAffinity: 'NONE',
  state: 'Active',
  stateReason: '',
  stateReasonCode: '',
  tags: [],
  timeout: 3,
  tracingConfig: {},
  vpcConfig: { securityGroupId: '', vSwitchIds: [], vpcId: '' },
};
const shared102: JsonValue = {
  Code: 'InvalidArgument',
  Message: 'functionName "9lives" is invalid: letters, digits, _ and -; does not start with a digit or -',
};
const shared103: JsonValue = { value: shared102, 'x-fc-grade': 'inferred' };
const shared104: JsonValue = {
  Code: 'PathNotSupported',
  Message: "'POST' against '/2023-03-30/functions/my-function-1' is not supported",
};
const shared105: JsonValue = { value: shared104 };
const shared106: JsonValue = {
  InvalidArgument: shared103,
  MissingRequiredHeader: shared18,
  PathNotSupported: shared105,
  SignatureNonceUsed: shared23,
};
const shared107: JsonValue = { schema: { $ref: '#/components/schemas/Error' }, examples: shared106 };
const shared108: JsonValue = { 'application/json': shared107 };
const shared109: JsonValue = { content: shared108, 'x-fc-grade': 'inferred' };
const shared110: JsonValue = {
  Code: 'AccessDenied',
  Message:
    "the caller is not authorized to perform 'fc:GetFunction' on resource 'acs:fc:cn-shanghai:1234567890123456:functions/my-function-1'",
};
const shared111: JsonValue = {
  Code: 'FunctionNotFound',
  Message: "function 'my-function-1' does not exist.",
};
const shared112: JsonValue = { value: shared111 };
const shared113: JsonValue = {
  Code: 'VersionNotFound',
  Message: "version '3' of function 'my-function-1' does not exist",
};
const shared114: JsonValue = {
  Code: 'AliasNotFound',
  Message: "alias 'prod' of function 'my-function-1' does not exist",
};
const shared115: JsonValue = {
  id: 'functionName-pattern',
  by: 'emulator',
  status: 'inferred',
  statement:
    'the path name obeys the create rule (letters, digits, `_` and `-`; does not start with a digit or `-`), else 400 `InvalidArgument`',
  reference: 'CF B.1, lifecycle A.2',
  code: 'InvalidArgument',
};
const shared116: JsonValue = {
  id: 'functionName-length',
  by: 'emulator',
  status: 'inferred',
  statement: 'the path name is 1 to 64 characters, else 400 `InvalidArgument`',
  reference: 'CF B.1, lifecycle A.2',
  code: 'InvalidArgument',
};
const shared117: JsonValue = {
  codeChecksum: '17523635390036478140',
  codeSize: 168,
  cpu: 0.5,
  createdTime: '2024-05-01T08:15:27Z',
  customDNS: shared79,
  customRuntimeConfig: {},
  description: 'my function',
  disableOndemand: false,
  diskSize: 512,
  environmentVariables: { key: 'value1' },
  functionArn: 'acs:fc:cn-shanghai:1234567890123456:functions/my-function-1',
  functionId: '6813ab3c-df03-4861-b4bf-9f4bdf9bf79b',
  functionName: 'my-function-1',
  gpuConfig: {},
  handler: 'index.handler',
  instanceConcurrency: 1,
  instanceIsolationMode: 'SHARE',
  instanceLifecycleConfig: shared80,
  internetAccess: true,
  lastModifiedTime: '2024-05-02T09:30:00Z',
  lastUpdateStatus: 'Successful',
  lastUpdateStatusReason: '',
  lastUpdateStatusReasonCode: '',
  layers: shared82,
  logConfig: shared83,
  memorySize: 2048,
  nasConfig: shared86,
  ossMountConfig: shared14,
  resourceGroupId: 'rg-acfm1c7k24l3456',
  role: 'acs:ram::1234567890123456:role/fc-test',
  runtime: 'python3.10',
  sessionAffinity: 'NONE',
  state: 'Active',
  stateReason: '',
  stateReasonCode: '',
  tags: [{ Key: 'env', Value: 'test' }],
  timeout: 60,
  tracingConfig: shared88,
  vpcConfig: shared89,
};
const shared118: JsonValue = {
  Code: 'InvalidArgument',
  Message: 'Either ossBucketName/ossObjectName or zipFile must be set',
};
const shared119: JsonValue = {
  Code: 'AccessDenied',
  Message:
    "the caller is not authorized to perform 'fc:UpdateFunction' on resource 'acs:fc:cn-shanghai:1234567890123456:functions/my-function-1'",
};
const shared120: JsonValue = { FunctionNotFound: shared112 };
const shared121: JsonValue = { schema: { $ref: '#/components/schemas/Error' }, examples: shared120 };
const shared122: JsonValue = { 'application/json': shared121 };
const shared123: JsonValue = { content: shared122 };
const shared124: JsonValue = {
  Code: 'ConcurrentUpdateError',
  Message:
    "ConcurrentUpdateError: function 'my-function-1' is still being updated; wait until its lastUpdateStatus is no longer InProgress",
};
const shared125: JsonValue = {
  Code: 'PreconditionFailed',
  Message: 'the resource being modified has been changed',
};
const shared126: JsonValue = {
  Code: 'AccessDenied',
  Message:
    "the caller is not authorized to perform 'fc:DeleteFunction' on resource 'acs:fc:cn-shanghai:1234567890123456:functions/my-function-1'",
};
const shared127: JsonValue = {
  Code: 'FunctionNotEmpty',
  Message: "function 'my-function-1' has active triggers",
};
const shared128: JsonValue = {
  urlInternet: 'https://http-t-adcbgjhmbe.cn-hangzhou.fcapp.run',
  urlIntranet: 'https://http-t-adcbgjhmbe.cn-hangzhou-vpc.fcapp.run',
};
const shared129: JsonValue = {
  createdTime: '2024-05-01T08:00:00Z',
  description: '',
  httpTrigger: shared128,
  lastModifiedTime: '2024-05-01T08:00:00Z',
  qualifier: 'LATEST',
  status: 'OK',
  targetArn: 'acs:fc:cn-hangzhou:1234567890123456:functions/my-function-1',
  triggerConfig: '{"authType":"anonymous","methods":["GET","POST"]}',
  triggerId: '546959b5-ce1a-4991-8891-df7a02b25086',
  triggerName: 'http-t',
  triggerType: 'http',
};
const shared130: JsonValue = { value: shared129 };
const shared131: JsonValue = { http: shared130 };
const shared132: JsonValue = { schema: { $ref: '#/components/schemas/Trigger' }, examples: shared131 };
const shared133: JsonValue = { 'application/json': shared132 };
const shared134: JsonValue = {
  Code: 'InvalidArgument',
  Message: 'triggerConfig must be the JSON text of an object, got "{authType"',
};
const shared135: JsonValue = {
  Code: 'LimitExceeded',
  Message: "the number of triggers of function 'my-function-1' exceeds the limit: 50",
};
const shared136: JsonValue = {
  Code: 'AccessDenied',
  Message:
    "the caller is not authorized to perform this action on resource 'acs:fc:cn-hangzhou:1234567890123456:functions/my-function-1'",
};
const shared137: JsonValue = { value: shared136, 'x-fc-grade': 'inferred' };
const shared138: JsonValue = {
  AccessDenied: shared137,
  SignatureNotMatch: shared27,
  InvalidAccessKeyID: shared28,
  RequestTimeTooSkewed: shared30,
};
const shared139: JsonValue = { schema: { $ref: '#/components/schemas/Error' }, examples: shared138 };
const shared140: JsonValue = { 'application/json': shared139 };
const shared141: JsonValue = { content: shared140 };
const shared142: JsonValue = { content: shared122, 'x-fc-grade': 'inferred' };
const shared143: JsonValue = {
  Code: 'TriggerAlreadyExists',
  Message: "trigger 'http-t' of function 'my-function-1' already exists",
};
const shared144: JsonValue = {
  id: 'triggerConfig-json',
  by: 'emulator',
  status: 'documented',
  statement: '`triggerConfig` is the JSON text of an object',
  reference: 'lifecycle I.4, T.1',
  code: 'InvalidArgument',
};
const shared145: JsonValue = {
  id: 'http-trigger-config',
  by: 'emulator',
  status: 'inferred',
  statement: '`http` config: known `authType`, HTTP `methods`, boolean `disableURLInternet`',
  reference: 'T.1',
  code: 'InvalidArgument',
};
const shared146: JsonValue = {
  id: 'timer-trigger-config',
  by: 'emulator',
  status: 'inferred',
  statement: '`timer` config: a `cronExpression` (`@every 4m` or six fields), boolean `enable`',
  reference: 'T.1',
  code: 'InvalidArgument',
};
const shared147: JsonValue = [shared129];
const shared148: JsonValue = { triggers: shared147 };
const shared149: JsonValue = { value: shared93 };
const shared150: JsonValue = {
  InvalidArgument: shared149,
  MissingRequiredHeader: shared18,
  SignatureNonceUsed: shared23,
};
const shared151: JsonValue = { schema: { $ref: '#/components/schemas/Error' }, examples: shared150 };
const shared152: JsonValue = { 'application/json': shared151 };
const shared153: JsonValue = { content: shared152 };
const shared154: JsonValue = { content: shared133 };
const shared155: JsonValue = {
  Code: 'InvalidArgument',
  Message: 'triggerName "9t" is invalid: 1 to 128 letters, digits, _ and -; does not start with a digit or -',
};
const shared156: JsonValue = {
  Code: 'TriggerNotFound',
  Message: "trigger 'http-t' of function 'my-function-1' does not exist",
};
const shared157: JsonValue = { value: shared156 };
const shared158: JsonValue = {
  id: 'triggerName-format',
  by: 'emulator',
  status: 'inferred',
  statement: "the path's trigger name obeys the create rule",
  reference: 'lifecycle I.4, T.1',
  code: 'InvalidArgument',
};
const shared159: JsonValue = [shared96, shared115, shared116, shared158];
const shared160: JsonValue = {
  Code: 'InvalidArgument',
  Message: 'triggerConfig.methods[0] "FETCH" is not one of GET, POST, PUT, DELETE, HEAD, PATCH, OPTIONS',
};
const shared161: JsonValue = { TriggerNotFound: shared157 };
const shared162: JsonValue = { schema: { $ref: '#/components/schemas/Error' }, examples: shared161 };
const shared163: JsonValue = { 'application/json': shared162 };
const shared164: JsonValue = { content: shared163 };
const shared165: JsonValue = { MissingRequiredHeader: shared18, SignatureNonceUsed: shared23 };
const shared166: JsonValue = { schema: { $ref: '#/components/schemas/Error' }, examples: shared165 };
const shared167: JsonValue = { 'application/json': shared166 };
const shared168: JsonValue = { content: shared167 };
const shared169: JsonValue = {
  Code: 'InvalidArgument',
  Message: 'ResourceType "alias" is not supported; use function',
};
const shared170: JsonValue = { value: shared169, 'x-fc-grade': 'inferred' };
const shared171: JsonValue = {
  id: 'tag-resource-ids',
  by: 'emulator',
  status: 'documented',
  statement: '`ResourceId`: function ARNs; `ResourceType`: `function`, any case',
  reference: 'lifecycle I.5, T.4',
  code: 'InvalidArgument',
};
const shared172: JsonValue = {
  id: 'tag-resource-ids-max',
  by: 'emulator',
  status: 'inferred',
  statement: 'at most 50 `ResourceId`s',
  reference: 'T.4',
  code: 'InvalidArgument',
};
const shared173: JsonValue = {
  Code: 'InvalidArgument',
  Message: 'TagKey must be the JSON text of an array of strings, got "env"',
};
const shared174: JsonValue = {
  NewResourceGroupId: 'rg-aek2xl5qajnwbua',
  OldResourceGroupId: 'rg-acfm1c7k24l3456',
  ResourceId: 'my-function-1',
};
const shared175: JsonValue = {
  Code: 'InvalidArgument',
  Message: 'NewResourceGroupId must be a non-empty string, got null',
};
const shared176: JsonValue = {
  Code: 'InvalidArgument',
  Message:
    'NewResourceGroupId "default" is not a resource group id: rg- followed by lowercase letters and digits, at most 64 characters',
};
const shared177: JsonValue = {
  Code: 'InvalidArgument',
  Message: 'reason must be at most 256 characters, got 300',
};
const shared178: JsonValue = {
  Code: 'InvalidArgument',
  Message: 'functionName "9bad" is invalid: letters, digits, _ and -; does not start with a digit or -',
};
const shared179: JsonValue = {
  createdTime: '2024-05-01T08:00:00Z',
  description: 'my version',
  lastModifiedTime: '2024-05-01T08:00:00Z',
  versionId: '1',
};
const shared180: JsonValue = [shared179];
const shared181: JsonValue = { direction: 'BACKWARD', versions: shared180 };
const shared182: JsonValue = {
  Code: 'InvalidArgument',
  Message: 'direction must be BACKWARD or FORWARD, got "UP"',
};
const shared183: JsonValue = {
  Code: 'InvalidArgument',
  Message:
    "version '1' of function 'my-function-1' is used by alias 'prod'; update or delete the alias first",
};
const shared184: JsonValue = { value: shared113 };
const shared185: JsonValue = {
  additionalVersionWeight: { '2': 0.1 },
  aliasName: 'prod',
  createdTime: '2024-05-01T08:00:00Z',
  description: 'my alias',
  lastModifiedTime: '2024-05-01T08:00:00Z',
  versionId: '1',
};
const shared186: JsonValue = { value: shared185 };
const shared187: JsonValue = { canary: shared186 };
const shared188: JsonValue = { schema: { $ref: '#/components/schemas/Alias' }, examples: shared187 };
const shared189: JsonValue = { 'application/json': shared188 };
const shared190: JsonValue = {
  Code: 'InvalidArgument',
  Message: 'additionalVersionWeight.2 must be a number from 0 to 1, got 5',
};
const shared191: JsonValue = {
  Code: 'AdditionalVersionContainsMajorVersion',
  Message: 'additionalVersionWeight map[1:0.1] should not contain major version 1',
};
const shared192: JsonValue = {
  Code: 'VersionNotFound',
  Message: "version '7' of function 'my-function-1' does not exist",
};
const shared193: JsonValue = { value: shared192 };
const shared194: JsonValue = {
  Code: 'AliasAlreadyExists',
  Message: 'alias prod of function my-function-1 already exists',
};
const shared195: JsonValue = {
  id: 'alias-input-types',
  by: 'emulator',
  status: 'documented',
  statement:
    '`aliasName` and `versionId` present (on create) and strings, `description` a string, `additionalVersionWeight` an object of numbers',
  reference: 'lifecycle I.3',
  code: 'InvalidArgument',
};
const shared196: JsonValue = {
  id: 'alias-weights',
  by: 'emulator',
  status: 'inferred',
  statement:
    'every weight of `additionalVersionWeight` is from 0 to 1 (the doc sample weight is 0.5, a fraction; no range is documented)',
  reference: 'lifecycle I.3',
  code: 'InvalidArgument',
};
const shared197: JsonValue = {
  id: 'alias-weights-not-main',
  by: 'emulator',
  status: 'documented',
  statement:
    "`additionalVersionWeight` does not name the main version (FC 2.0's rule and code `AdditionalVersionContainsMajorVersion`; its 400 and message inferred)",
  reference: 'lifecycle I.3',
  code: 'AdditionalVersionContainsMajorVersion',
};
const shared198: JsonValue = [shared185];
const shared199: JsonValue = { aliases: shared198 };
const shared200: JsonValue = { content: shared189 };
const shared201: JsonValue = {
  Code: 'InvalidArgument',
  Message:
    'aliasName "9a" is invalid: 1 to 128 letters, digits, _ and -; does not start with a digit or -; not LATEST',
};
const shared202: JsonValue = { value: shared114 };
const shared203: JsonValue = { AliasNotFound: shared202, FunctionNotFound: shared112 };
const shared204: JsonValue = { schema: { $ref: '#/components/schemas/Error' }, examples: shared203 };
const shared205: JsonValue = { 'application/json': shared204 };
const shared206: JsonValue = { content: shared205 };
const shared207: JsonValue = {
  id: 'aliasName-format',
  by: 'emulator',
  status: 'inferred',
  statement: "the path's alias name obeys the create rule",
  reference: 'lifecycle I.3',
  code: 'InvalidArgument',
};
const shared208: JsonValue = [shared96, shared115, shared116, shared207];
const shared209: JsonValue = {
  Code: 'AdditionalVersionContainsMajorVersion',
  Message: 'additionalVersionWeight map[2:0.5] should not contain major version 2',
};
const shared210: JsonValue = {
  Code: 'InvalidArgument',
  Message:
    'aliasName "LATEST" is invalid: 1 to 128 letters, digits, _ and -; does not start with a digit or -; not LATEST',
};
const shared211: JsonValue = {
  checksum: '2220831586920633690',
  url: 'http://127.0.0.1:9000/fc3-testkit/code/my-function-1/LATEST/2220831586920633690.zip',
};
const shared212: JsonValue = {
  Code: 'InvalidArgument',
  Message: "function 'my-container-fn' runs a container image (custom-container): it has no code package",
};
const shared213: JsonValue = {
  Code: 'AsyncConfigNotExists',
  Message: 'AsyncConfig for my-function-1:LATEST does not exist.',
};
const shared214: JsonValue = [shared96];
const shared215: JsonValue = {
  Code: 'OnDemandConfigNotFound',
  Message: "concurrency config of function 'my-function-1' does not exist",
};
const shared216: JsonValue = {
  Code: 'InvalidArgument',
  Message: 'ListAsyncInvokeConfigs takes no request body, got 2 bytes',
};
const shared217: JsonValue = {
  id: 'list-limit-range',
  by: 'emulator',
  status: 'inferred',
  statement: '`limit` is an integer from 1 to 100',
  reference: 'lifecycle E.1, T.6',
  code: 'InvalidArgument',
};
const shared218: JsonValue = [shared96, shared217];
const shared219: JsonValue = {
  Code: 'InvalidArgument',
  Message: 'ListScalingConfigs takes no request body, got 2 bytes',
};
const shared220: JsonValue = {
  not: { required: ['code', 'customContainerConfig'] },
  anyOf: [{ required: ['code'] }, { required: ['customContainerConfig'] }],
};
const shared221: JsonValue = [shared220];
const shared222: JsonValue = [
  'nodejs8',
  'nodejs10',
  'nodejs12',
  'nodejs14',
  'nodejs16',
  'nodejs18',
  'nodejs20',
  'go1',
  'python3',
  'python3.9',
  'python3.10',
  'python3.12',
  'python2.7',
  'java8',
  'java11',
  'php7.2',
  'dotnetcore2.1',
  'dotnetcore3.1',
  'custom',
  'custom.debian10',
  'custom.debian11',
  'custom.debian12',
  'custom-container',
  'micro-sandbox',
];
const shared223: JsonValue = { type: 'string', enum: shared222 };
const shared224: JsonValue = {
  functionName: shared97,
  runtime: shared223,
  handler: { type: 'string' },
  code: { $ref: '#/components/schemas/InputCodeLocation' },
  customContainerConfig: { $ref: '#/components/schemas/CustomContainerConfig' },
  cpu: { type: 'number', minimum: 0.05, maximum: 16, multipleOf: 0.05 },
  memorySize: { type: 'integer', minimum: 128, maximum: 32768, multipleOf: 64 },
  diskSize: { type: 'integer', enum: [512, 10240] },
  timeout: { type: 'integer', minimum: 1, maximum: 86400 },
  instanceConcurrency: { type: 'integer', minimum: 1, maximum: 200 },
  internetAccess: { type: 'boolean' },
  description: { type: 'string' },
  environmentVariables: { type: 'object', additionalProperties: { type: 'string' } },
  role: { type: 'string' },
  layers: { type: 'array', items: { type: 'string' } },
  logConfig: { $ref: '#/components/schemas/LogConfig' },
  nasConfig: { $ref: '#/components/schemas/NASConfig' },
  ossMountConfig: { $ref: '#/components/schemas/OSSMountConfig' },
  vpcConfig: { $ref: '#/components/schemas/VPCConfig' },
  customDNS: { $ref: '#/components/schemas/CustomDNS' },
  customRuntimeConfig: { $ref: '#/components/schemas/CustomRuntimeConfig' },
  gpuConfig: { $ref: '#/components/schemas/GPUConfig' },
  instanceLifecycleConfig: { $ref: '#/components/schemas/InstanceLifecycleConfig' },
  tracingConfig: { $ref: '#/components/schemas/TracingConfig' },
  tags: { type: 'array', items: { $ref: '#/components/schemas/Tag' } },
  resourceGroupId: { type: 'string' },
  sessionAffinity: { type: 'string' },
  sessionAffinityConfig: { type: 'string' },
  instanceIsolationMode: { type: 'string' },
  idleTimeout: { type: 'integer' },
  disableInjectCredentials: { type: 'string' },
  juiceFsConfig: { $ref: '#/components/schemas/JuiceFsConfig' },
  polarFsConfig: { $ref: '#/components/schemas/PolarFsConfig' },
  disableOndemand: { type: 'boolean', deprecated: true },
  enableLongLiving: { type: 'boolean', deprecated: true },
};
const shared225: JsonValue = {
  type: 'object',
  required: ['functionName', 'runtime', 'handler'],
  allOf: shared221,
  properties: shared224,
};
const shared226: JsonValue = {
  runtime: shared223,
  handler: { type: 'string' },
  code: { $ref: '#/components/schemas/InputCodeLocation' },
  customContainerConfig: { $ref: '#/components/schemas/CustomContainerConfig' },
  cpu: { type: 'number', minimum: 0.05, maximum: 16, multipleOf: 0.05 },
  memorySize: { type: 'integer', minimum: 128, maximum: 32768, multipleOf: 64 },
  diskSize: { type: 'integer', enum: [512, 10240] },
  timeout: { type: 'integer', minimum: 1, maximum: 86400 },
  instanceConcurrency: { type: 'integer', minimum: 1, maximum: 200 },
  internetAccess: { type: 'boolean' },
  description: { type: 'string' },
  environmentVariables: { type: 'object', additionalProperties: { type: 'string' } },
  role: { type: 'string' },
  layers: { type: 'array', items: { type: 'string' } },
  logConfig: { $ref: '#/components/schemas/LogConfig' },
  nasConfig: { $ref: '#/components/schemas/NASConfig' },
  ossMountConfig: { $ref: '#/components/schemas/OSSMountConfig' },
  vpcConfig: { $ref: '#/components/schemas/VPCConfig' },
  customDNS: { $ref: '#/components/schemas/CustomDNS' },
  customRuntimeConfig: { $ref: '#/components/schemas/CustomRuntimeConfig' },
  gpuConfig: { $ref: '#/components/schemas/GPUConfig' },
  instanceLifecycleConfig: { $ref: '#/components/schemas/InstanceLifecycleConfig' },
  tracingConfig: { $ref: '#/components/schemas/TracingConfig' },
  sessionAffinity: { type: 'string' },
  sessionAffinityConfig: { type: 'string' },
  instanceIsolationMode: { type: 'string' },
  idleTimeout: { type: 'integer' },
  disableInjectCredentials: { type: 'string' },
  juiceFsConfig: { $ref: '#/components/schemas/JuiceFsConfig' },
  polarFsConfig: { $ref: '#/components/schemas/PolarFsConfig' },
  disableOndemand: { type: 'boolean', deprecated: true },
  enableLongLiving: { type: 'boolean', deprecated: true },
};
const shared227: JsonValue = { type: 'object', properties: shared226 };
const shared228: JsonValue = {
  required: ['zipFile'],
  anyOf: [{ required: ['ossBucketName'] }, { required: ['ossObjectName'] }],
};
const shared229: JsonValue = {
  not: shared228,
  anyOf: [{ required: ['zipFile'] }, { required: ['ossBucketName', 'ossObjectName'] }],
};
const shared230: JsonValue = [shared229];
const shared231: JsonValue = {
  zipFile: { type: 'string' },
  ossBucketName: { type: 'string' },
  ossObjectName: { type: 'string' },
  checksum: { type: 'string' },
};
const shared232: JsonValue = { type: 'object', allOf: shared230, properties: shared231 };
const shared233: JsonValue = {
  image: { type: 'string' },
  command: { type: 'array', items: { type: 'string' } },
  entrypoint: { type: 'array', items: { type: 'string' } },
  port: { type: 'integer', minimum: 1, maximum: 65535 },
  healthCheckConfig: { $ref: '#/components/schemas/CustomHealthCheckConfig' },
  registryConfig: { $ref: '#/components/schemas/RegistryConfig' },
  acrInstanceId: { type: 'string', deprecated: true },
  accelerationType: { type: 'string', deprecated: true },
  accelerationInfo: { $ref: '#/components/schemas/AccelerationInfo' },
  resolvedImageUri: { type: 'string', readOnly: true },
};
const shared234: JsonValue = { type: 'object', properties: shared233 };
const shared235: JsonValue = {
  authConfig: { $ref: '#/components/schemas/RegistryAuthConfig' },
  certConfig: { $ref: '#/components/schemas/RegistryCertConfig' },
  networkConfig: { $ref: '#/components/schemas/RegistryNetworkConfig' },
};
const shared236: JsonValue = { type: 'object', properties: shared235 };
const shared237: JsonValue = {
  type: 'object',
  properties: { userName: { type: 'string' }, password: { type: 'string' } },
};
const shared238: JsonValue = {
  type: 'object',
  properties: { insecure: { type: 'boolean' }, rootCaCertBase64: { type: 'string' } },
};
const shared239: JsonValue = {
  vpcId: { type: 'string' },
  vSwitchId: { type: 'string' },
  securityGroupId: { type: 'string' },
};
const shared240: JsonValue = { type: 'object', properties: shared239 };
const shared241: JsonValue = {
  httpGetUrl: { type: 'string', maxLength: 2048 },
  initialDelaySeconds: { type: 'integer', minimum: 0, maximum: 120 },
  periodSeconds: { type: 'integer', minimum: 1, maximum: 120 },
  timeoutSeconds: { type: 'integer', minimum: 1, maximum: 3 },
  failureThreshold: { type: 'integer', minimum: 1, maximum: 120 },
  successThreshold: { type: 'integer', minimum: 1, maximum: 120 },
};
const shared242: JsonValue = { type: 'object', properties: shared241 };
const shared243: JsonValue = {
  command: { type: 'array', items: { type: 'string' } },
  args: { type: 'array', items: { type: 'string' } },
  port: { type: 'integer', minimum: 1, maximum: 65535 },
  healthCheckConfig: { $ref: '#/components/schemas/CustomHealthCheckConfig' },
};
const shared244: JsonValue = { type: 'object', properties: shared243 };
const shared245: JsonValue = {
  nameServers: { type: 'array', items: { type: 'string' } },
  searches: { type: 'array', items: { type: 'string' } },
  dnsOptions: { type: 'array', items: { $ref: '#/components/schemas/DNSOption' } },
};
const shared246: JsonValue = { type: 'object', properties: shared245 };
const shared247: JsonValue = {
  name: { type: 'string' },
  value: { type: 'string', description: 'Option value, e.g. `2`.' },
};
const shared248: JsonValue = { type: 'object', required: ['name'], properties: shared247 };
const shared249: JsonValue = {
  type: 'string',
  enum: ['fc.gpu.tesla.1', 'fc.gpu.ampere.1', 'fc.gpu.ada.1', 'g1'],
};
const shared250: JsonValue = { gpuMemorySize: { type: 'integer', multipleOf: 1024 }, gpuType: shared249 };
const shared251: JsonValue = { type: 'object', properties: shared250 };
const shared252: JsonValue = {
  initializer: { $ref: '#/components/schemas/LifecycleHook' },
  preStop: { $ref: '#/components/schemas/LifecycleHook' },
};
const shared253: JsonValue = { type: 'object', properties: shared252 };
const shared254: JsonValue = {
  handler: { type: 'string' },
  timeout: { type: 'integer' },
  command: { type: 'array', items: { type: 'string' } },
};
const shared255: JsonValue = { type: 'object', properties: shared254 };
const shared256: JsonValue = {
  project: { type: 'string' },
  logstore: { type: 'string' },
  logBeginRule: { type: 'string', enum: ['None', 'DefaultRegex'] },
  enableRequestMetrics: { type: 'boolean' },
  enableInstanceMetrics: { type: 'boolean' },
  enableLlmMetrics: { type: 'boolean' },
};
const shared257: JsonValue = { type: 'object', properties: shared256 };
const shared258: JsonValue = {
  type: 'array',
  maxItems: 5,
  items: { $ref: '#/components/schemas/NASMountConfig' },
};
const shared259: JsonValue = {
  userId: { type: 'integer' },
  groupId: { type: 'integer' },
  mountPoints: shared258,
};
const shared260: JsonValue = { type: 'object', properties: shared259 };
const shared261: JsonValue = {
  serverAddr: { type: 'string' },
  mountDir: { type: 'string' },
  enableTLS: { type: 'boolean' },
};
const shared262: JsonValue = { type: 'object', properties: shared261 };
const shared263: JsonValue = {
  type: 'array',
  maxItems: 5,
  items: { $ref: '#/components/schemas/OSSMountPoint' },
};
const shared264: JsonValue = { mountPoints: shared263 };
const shared265: JsonValue = { type: 'object', properties: shared264 };
const shared266: JsonValue = {
  bucketName: { type: 'string' },
  bucketPath: { type: 'string' },
  endpoint: { type: 'string' },
  mountDir: { type: 'string' },
  readOnly: { type: 'boolean' },
};
const shared267: JsonValue = { type: 'object', properties: shared266 };
const shared268: JsonValue = {
  vpcId: { type: 'string' },
  vSwitchIds: { type: 'array', items: { type: 'string' } },
  securityGroupId: { type: 'string' },
  role: { type: 'string' },
};
const shared269: JsonValue = { type: 'object', properties: shared268 };
const shared270: JsonValue = {
  type: { type: 'string', enum: ['Jaeger'] },
  params: { type: 'object', additionalProperties: { type: 'string' } },
};
const shared271: JsonValue = { type: 'object', properties: shared270 };
const shared272: JsonValue = {
  Key: { type: 'string', maxLength: 64, pattern: '^(?!aliyun|acs:)' },
  Value: { type: 'string', maxLength: 128 },
};
const shared273: JsonValue = { type: 'object', properties: shared272 };
const shared274: JsonValue = {
  envs: { type: 'object', additionalProperties: { type: 'string' } },
  mountPoints: { type: 'array', items: { $ref: '#/components/schemas/JuiceFsMountConfig' } },
};
const shared275: JsonValue = { type: 'object', properties: shared274 };
const shared276: JsonValue = {
  volumeName: { type: 'string' },
  token: { type: 'string' },
  remoteDir: { type: 'string' },
  mountDir: { type: 'string' },
  args: { type: 'array', items: { type: 'string' } },
};
const shared277: JsonValue = { type: 'object', properties: shared276 };
const shared278: JsonValue = {
  userId: { type: 'integer' },
  groupId: { type: 'integer' },
  mountPoints: { type: 'array', items: { $ref: '#/components/schemas/PolarFsMountConfig' } },
};
const shared279: JsonValue = { type: 'object', properties: shared278 };
const shared280: JsonValue = {
  instanceId: { type: 'string' },
  remoteDir: { type: 'string' },
  mountDir: { type: 'string' },
  readOnly: { type: 'boolean' },
};
const shared281: JsonValue = { type: 'object', properties: shared280 };
const shared282: JsonValue = {
  type: 'string',
  pattern: '^[A-Za-z_][A-Za-z0-9_-]*$',
  minLength: 1,
  maxLength: 128,
};
const shared283: JsonValue = [
  'oss',
  'log',
  'timer',
  'http',
  'tablestore',
  'cdn_events',
  'mns_topic',
  'eventbridge',
];
const shared284: JsonValue = { type: 'string', enum: shared283 };
const shared285: JsonValue = {
  triggerName: shared282,
  triggerType: shared284,
  triggerConfig: { type: 'string' },
  qualifier: { type: 'string' },
  sourceArn: { type: 'string' },
  invocationRole: { type: 'string' },
  description: { type: 'string' },
};
const shared286: JsonValue = {
  type: 'object',
  required: ['triggerName', 'triggerType', 'triggerConfig'],
  properties: shared285,
};
const shared287: JsonValue = {
  triggerConfig: { type: 'string' },
  qualifier: { type: 'string' },
  invocationRole: { type: 'string' },
  description: { type: 'string' },
};
const shared288: JsonValue = { type: 'object', properties: shared287 };
const shared289: JsonValue = {
  ResourceId: { type: 'array', items: { type: 'string' } },
  ResourceType: { type: 'string' },
  Tag: { type: 'array', items: { $ref: '#/components/schemas/Tag' } },
};
const shared290: JsonValue = {
  type: 'object',
  required: ['ResourceId', 'ResourceType', 'Tag'],
  properties: shared289,
};
const shared291: JsonValue = {
  NewResourceGroupId: { type: 'string' },
  ResourceId: { type: 'string' },
  ResourceType: { type: 'string' },
};
const shared292: JsonValue = { type: 'object', properties: shared291 };
const shared293: JsonValue = {
  type: 'object',
  properties: { abortOngoingRequest: { type: 'boolean' }, reason: { type: 'string' } },
};
const shared294: JsonValue = {
  type: 'object',
  additionalProperties: { type: 'number', minimum: 0, maximum: 1 },
};
const shared295: JsonValue = {
  additionalVersionWeight: shared294,
  aliasName: shared282,
  description: { type: 'string' },
  versionId: { type: 'string' },
};
const shared296: JsonValue = { type: 'object', required: ['aliasName', 'versionId'], properties: shared295 };
const shared297: JsonValue = {
  additionalVersionWeight: shared294,
  description: { type: 'string' },
  versionId: { type: 'string' },
};
const shared298: JsonValue = { type: 'object', properties: shared297 };
const shared299: JsonValue = {
  id: 'tag-lengths',
  status: 'documented',
  statement: 'keys ≤ 64 chars, no `aliyun`/`acs:` prefix; values ≤ 128',
  code: 'InvalidArgument',
  appliesTo: shared70,
};
const shared300: JsonValue = { ResourceExhausted: shared33, 'Throttling.User': shared35 };
const shared301: JsonValue = { InternalServerError: shared41 };
const shared302: JsonValue = { ServiceUnavailable: shared47, ResourceThrottled: shared49 };
const shared303: JsonValue = {
  InvalidArgument: shared102,
  MissingRequiredHeader: shared17,
  PathNotSupported: shared104,
  SignatureNonceUsed: shared22,
};
const shared304: JsonValue = {
  FunctionNotFound: shared111,
  VersionNotFound: shared113,
  AliasNotFound: shared114,
};
const shared305: JsonValue = { FunctionNotFound: shared111 };
const shared306: JsonValue = { http: shared129 };
const shared307: JsonValue = {
  AccessDenied: shared136,
  SignatureNotMatch: shared26,
  InvalidAccessKeyID: { Code: 'InvalidAccessKeyID', Message: "invalid access key ID 'testAK'" },
  RequestTimeTooSkewed: shared29,
};
const shared308: JsonValue = [
  { id: 'request-body-not-allowed', status: 'inferred', code: 'InvalidArgument' },
  { id: 'functionName-pattern', status: 'inferred', code: 'InvalidArgument' },
  { id: 'functionName-length', status: 'inferred', code: 'InvalidArgument' },
  { id: 'list-limit-range', status: 'inferred', code: 'InvalidArgument' },
  { id: 'list-next-token', status: 'inferred', code: 'InvalidArgument' },
];
const shared309: JsonValue = {
  InvalidArgument: shared93,
  MissingRequiredHeader: shared17,
  SignatureNonceUsed: shared22,
};
const shared310: JsonValue = [
  { id: 'request-body-not-allowed', status: 'inferred', code: 'InvalidArgument' },
  { id: 'functionName-pattern', status: 'inferred', code: 'InvalidArgument' },
  { id: 'functionName-length', status: 'inferred', code: 'InvalidArgument' },
  { id: 'triggerName-format', status: 'inferred', code: 'InvalidArgument' },
];
const shared311: JsonValue = { TriggerNotFound: shared156 };
const shared312: JsonValue = { MissingRequiredHeader: shared17, SignatureNonceUsed: shared22 };
const shared313: JsonValue = {
  id: 'alias-weights-not-main',
  status: 'documented',
  code: 'AdditionalVersionContainsMajorVersion',
};
const shared314: JsonValue = { canary: shared185 };
const shared315: JsonValue = [
  { id: 'request-body-not-allowed', status: 'inferred', code: 'InvalidArgument' },
  { id: 'functionName-pattern', status: 'inferred', code: 'InvalidArgument' },
  { id: 'functionName-length', status: 'inferred', code: 'InvalidArgument' },
  { id: 'aliasName-format', status: 'inferred', code: 'InvalidArgument' },
];
const shared316: JsonValue = { AliasNotFound: shared114, FunctionNotFound: shared111 };
const shared317: JsonValue = [
  { id: 'request-body-not-allowed', status: 'inferred', code: 'InvalidArgument' },
];
const shared318: JsonValue = [
  { id: 'request-body-not-allowed', status: 'inferred', code: 'InvalidArgument' },
  { id: 'list-limit-range', status: 'inferred', code: 'InvalidArgument' },
];

/**
 * The `paths` and `components` of spec/openapi.yaml without their prose, request-body examples,
 * parameters, security and response headers (scripts/lib/without-prose.ts): schemas, answer
 * examples, `x-fc-rules`, and `x-fc-grade` where the prose called a response or an example inferred.
 *
 * @example
 * const schemas = (specDocument.components as { schemas: Record<string, JsonValue> }).schemas;
 */
export const specDocument: { [key: string]: JsonValue } = {
  paths: {
    '/2023-03-30/functions': {
      post: {
        operationId: 'CreateFunction',
        tags: ['Functions'],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/CreateFunctionInput' } } },
        },
        responses: {
          '200': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Function' },
                examples: { sample: { value: shared16 } },
              },
            },
            'x-fc-grade': 'inferred',
          },
          '400': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  InvalidArgument: {
                    value: { Code: 'InvalidArgument', Message: 'Handler is required but not provided' },
                  },
                  MissingRequiredHeader: shared18,
                  PathNotSupported: { value: shared19 },
                  EntityTooLarge: shared21,
                  SignatureNonceUsed: shared23,
                  LimitExceeded: { value: shared24, 'x-fc-grade': 'inferred' },
                },
              },
            },
          },
          '403': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  AccessDenied: { value: shared25 },
                  SignatureNotMatch: shared27,
                  InvalidAccessKeyID: shared28,
                  RequestTimeTooSkewed: shared30,
                },
              },
            },
          },
          '409': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  FunctionAlreadyExists: { value: shared31, 'x-fc-grade': 'inferred' },
                  ConcurrentUpdateError: { value: shared32 },
                },
              },
            },
          },
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': [
          {
            id: 'functionName-required',
            by: 'schema',
            status: 'documented',
            statement: '`functionName` is required',
            reference: 'B.1',
            code: 'InvalidArgument',
            appliesTo: [{ path: '', keywords: ['required'], property: 'functionName' }],
          },
          {
            id: 'runtime-required',
            by: 'schema',
            status: 'documented',
            statement: '`runtime` is required',
            reference: 'B.1',
            code: 'InvalidArgument',
            appliesTo: [{ path: '', keywords: ['required'], property: 'runtime' }],
          },
          {
            id: 'handler-required',
            by: 'schema',
            status: 'documented',
            statement:
              '`handler` is required for every runtime, custom ones included ("Handler is required but not provided")',
            reference: 'B.1, C.3',
            code: 'InvalidArgument',
            appliesTo: [{ path: '', keywords: ['required'], property: 'handler' }],
          },
          {
            id: 'functionName-pattern',
            by: 'schema',
            status: 'documented',
            statement: 'letters, digits, `_` and `-`; does not start with a digit or `-`',
            reference: 'B.1',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/functionName', keywords: ['pattern'] }],
          },
          {
            id: 'functionName-length',
            by: 'schema',
            status: 'documented',
            statement: '1 to 64 characters',
            reference: 'B.1',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/functionName', keywords: ['minLength', 'maxLength'] }],
          },
          {
            id: 'runtime-enum',
            by: 'schema',
            status: 'documented',
            statement: 'one of the documented runtimes (union of SDK, Terraform and Serverless Devs lists)',
            reference: 'B.1',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/runtime', keywords: ['enum'] }],
          },
          {
            id: 'cpu-range',
            by: 'schema',
            status: 'documented',
            statement: '`cpu` in [0.05, 16]',
            reference: 'B.1, C.5',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/cpu', keywords: ['minimum', 'maximum'] }],
          },
          {
            id: 'cpu-multiple',
            by: 'schema',
            status: 'documented',
            statement: '`cpu` a multiple of 0.05',
            reference: 'B.1, C.5',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/cpu', keywords: ['multipleOf'] }],
          },
          {
            id: 'memorySize-range',
            by: 'schema',
            status: 'documented',
            statement: '`memorySize` in [128, 32768] MB',
            reference: 'B.1, C.5',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/memorySize', keywords: ['minimum', 'maximum'] }],
          },
          {
            id: 'memorySize-multiple',
            by: 'schema',
            status: 'documented',
            statement: '`memorySize` a multiple of 64',
            reference: 'B.1, C.5',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/memorySize', keywords: ['multipleOf'] }],
          },
          {
            id: 'diskSize-enum',
            by: 'schema',
            status: 'documented',
            statement: '`diskSize` is 512 or 10240',
            reference: 'B.1, C.6',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/diskSize', keywords: ['enum'] }],
          },
          {
            id: 'timeout-range',
            by: 'schema',
            status: 'documented',
            statement: '`timeout` in [1, 86400] s',
            reference: 'B.1',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/timeout', keywords: ['minimum', 'maximum'] }],
          },
          {
            id: 'instanceConcurrency-range',
            by: 'schema',
            status: 'inferred',
            statement: '`instanceConcurrency` in [1, 200]',
            reference: 'B.1',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/instanceConcurrency', keywords: ['minimum', 'maximum'] }],
          },
          {
            id: 'healthCheck-ranges',
            by: 'schema',
            status: 'documented',
            statement:
              'health check: initialDelaySeconds 0–120, periodSeconds 1–120, timeoutSeconds 1–3, failureThreshold 1–120, successThreshold 1–120, httpGetUrl ≤ 2048 chars',
            reference: 'B.2',
            code: 'InvalidArgument',
            appliesTo: shared67,
          },
          {
            id: 'port-range',
            by: 'schema',
            status: 'inferred',
            statement: 'container / custom runtime `port` in [1, 65535]',
            reference: 'B.2',
            code: 'InvalidArgument',
            appliesTo: shared68,
          },
          {
            id: 'logBeginRule-enum',
            by: 'schema',
            status: 'documented',
            statement: '`logConfig.logBeginRule` is `None` or `DefaultRegex`',
            reference: 'B.2',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/logConfig/logBeginRule', keywords: ['enum'] }],
          },
          {
            id: 'tracing-type-enum',
            by: 'schema',
            status: 'documented',
            statement: '`tracingConfig.type` is `Jaeger`',
            reference: 'B.2',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/tracingConfig/type', keywords: ['enum'] }],
          },
          {
            id: 'gpuType-enum',
            by: 'schema',
            status: 'documented',
            statement: '`gpuConfig.gpuType` is one of the documented GPU types',
            reference: 'B.2',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/gpuConfig/gpuType', keywords: ['enum'] }],
          },
          {
            id: 'gpuMemorySize-multiple',
            by: 'schema',
            status: 'documented',
            statement: '`gpuConfig.gpuMemorySize` a multiple of 1024',
            reference: 'B.2, C.9',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/gpuConfig/gpuMemorySize', keywords: ['multipleOf'] }],
          },
          {
            id: 'dnsOption-name-required',
            by: 'schema',
            status: 'documented',
            statement: 'each `customDNS.dnsOptions` item names its option (`name` is required)',
            reference: 'B.2',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/customDNS/dnsOptions/*', keywords: ['required'], property: 'name' }],
          },
          {
            id: 'nas-mount-points-max',
            by: 'schema',
            status: 'documented',
            statement: 'at most 5 NAS mount points',
            reference: 'B.1, G.11',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/nasConfig/mountPoints', keywords: ['maxItems'] }],
          },
          {
            id: 'oss-mount-points-max',
            by: 'schema',
            status: 'documented',
            statement: 'at most 5 OSS mount points',
            reference: 'B.1, G.11',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/ossMountConfig/mountPoints', keywords: ['maxItems'] }],
          },
          {
            id: 'field-types',
            by: 'schema',
            status: 'documented',
            statement:
              'every field has its documented JSON type (strings, integers, numbers, booleans, arrays, objects; map values are strings)',
            reference: 'B',
            code: 'InvalidArgument',
            appliesTo: [{ path: '*', keywords: ['type'] }],
          },
          {
            id: 'code-xor-container',
            by: 'schema',
            status: 'documented',
            statement: 'exactly one of `code` and `customContainerConfig`',
            reference: 'C.1',
            code: 'InvalidArgument',
            appliesTo: [{ path: '', keywords: ['not', 'anyOf'] }],
          },
          {
            id: 'zipFile-xor-oss',
            by: 'schema',
            status: 'documented',
            statement:
              'inside `code`: `zipFile`, or both `ossBucketName` and `ossObjectName`, never both ("Either ossBucketName/ossObjectName or zipFile must be set")',
            reference: 'B.2, C.2, C.4',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/code', keywords: ['not', 'anyOf'] }],
          },
          {
            id: 'custom-container-needs-image',
            by: 'emulator',
            status: 'documented',
            statement: 'runtime `custom-container` needs `customContainerConfig.image`',
            reference: 'C.2',
            code: 'InvalidArgument',
          },
          {
            id: 'code-required-for-code-runtimes',
            by: 'emulator',
            status: 'documented',
            statement: 'every runtime but `custom-container` needs `code`',
            reference: 'C.3',
            code: 'InvalidArgument',
          },
          {
            id: 'cpu-memory-ratio',
            by: 'emulator',
            status: 'documented',
            statement: 'when both are given, (memorySize / 1024) / cpu is in [1, 4]',
            reference: 'C.5',
            code: 'InvalidArgument',
          },
          {
            id: 'disk-needs-cpu',
            by: 'emulator',
            status: 'unverified',
            statement: '`diskSize` only together with `cpu`',
            reference: 'C.7',
            code: 'InvalidArgument',
          },
          {
            id: 'concurrency-custom-runtimes-only',
            by: 'emulator',
            status: 'documented',
            statement: '`instanceConcurrency` > 1 only for `custom`, `custom.debian*` and `custom-container`',
            reference: 'C.8',
            code: 'InvalidArgument',
          },
          {
            id: 'gpu-custom-container-only',
            by: 'emulator',
            status: 'inferred',
            statement: '`gpuConfig` only with runtime `custom-container`',
            reference: 'C.9',
            code: 'InvalidArgument',
          },
          {
            id: 'gpu-memory-per-card',
            by: 'emulator',
            status: 'inferred',
            statement: '`gpuMemorySize` within the card: tesla 16384, ampere 24576, ada 49152 MB',
            reference: 'C.9',
            code: 'InvalidArgument',
          },
          {
            id: 'custom-runtime-config-custom-only',
            by: 'emulator',
            status: 'inferred',
            statement: '`customRuntimeConfig` only for `custom` and `custom.debian*`',
            reference: 'C.10',
            code: 'InvalidArgument',
          },
          {
            id: 'isolation-needs-2-vcpu',
            by: 'emulator',
            status: 'documented',
            statement: '`instanceIsolationMode` other than `SHARE` needs `cpu` ≥ 2',
            reference: 'C.11',
            code: 'InvalidArgument',
          },
          {
            id: 'request-isolation-limits',
            by: 'emulator',
            status: 'documented',
            statement: '`REQUEST_EXCLUSIVE` forces `instanceConcurrency` 1 and no session affinity',
            reference: 'C.11',
            code: 'InvalidArgument',
          },
          {
            id: 'session-isolation-needs-affinity',
            by: 'emulator',
            status: 'documented',
            statement: '`SESSION_EXCLUSIVE` needs a session affinity other than `NONE`',
            reference: 'C.11',
            code: 'InvalidArgument',
          },
          {
            id: 'session-affinity-config-json',
            by: 'emulator',
            status: 'inferred',
            statement: '`sessionAffinityConfig` is the text of a JSON object',
            reference: 'B.1, C.12',
            code: 'InvalidArgument',
          },
          {
            id: 'hook-handler-xor-command',
            by: 'emulator',
            status: 'inferred',
            statement: 'a lifecycle hook sets `handler` or `command`, not both',
            reference: 'C.13',
            code: 'InvalidArgument',
          },
          {
            id: 'hook-timeout-limits',
            by: 'emulator',
            status: 'documented',
            statement: 'initializer timeout in [1, 300] s, preStop timeout in [1, 90] s',
            reference: 'B.2, G.11',
            code: 'InvalidArgument',
          },
          {
            id: 'tags-max',
            by: 'emulator',
            status: 'inferred',
            statement: 'at most 20 tags',
            reference: 'C.15',
            code: 'InvalidArgument',
          },
          shared69,
          shared71,
          {
            id: 'layers-arn-format',
            by: 'emulator',
            status: 'inferred',
            statement: 'each layer is `acs:fc:<region>:<account>:layers/<name>/versions/<n>`',
            reference: 'B.1',
            code: 'InvalidArgument',
          },
          {
            id: 'zipFile-base64',
            by: 'emulator',
            status: 'inferred',
            statement: '`code.zipFile` is standard Base64',
            reference: 'F',
            code: 'InvalidArgument',
          },
          {
            id: 'checksum-match',
            by: 'emulator',
            status: 'documented',
            statement: '`code.checksum`, when given with `zipFile`, equals the CRC-64/XZ of the decoded ZIP',
            reference: 'F',
            code: 'InvalidArgument',
          },
          {
            id: 'code-size-limit',
            by: 'emulator',
            status: 'documented',
            statement: 'the decoded ZIP is at most 100 MB (`EntityTooLarge`)',
            reference: 'F',
            code: 'EntityTooLarge',
          },
        ],
      },
      get: {
        operationId: 'ListFunctions',
        tags: ['Functions'],
        responses: {
          '200': {
            'x-fc-omitted-fields': [
              'state',
              'stateReason',
              'stateReasonCode',
              'lastUpdateStatus',
              'lastUpdateStatusReason',
              'lastUpdateStatusReasonCode',
            ],
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/ListFunctionsOutput' },
                examples: {
                  firstPage: { value: shared78, 'x-fc-grade': 'inferred' },
                  lastPage: { value: shared92 },
                  empty: { value: { functions: [] } },
                },
              },
            },
            'x-fc-grade': 'inferred',
          },
          '400': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  InvalidArgument: { value: shared93, 'x-fc-grade': 'inferred' },
                  MissingRequiredHeader: shared18,
                  PathNotSupported: { value: shared94 },
                  SignatureNonceUsed: shared23,
                },
              },
            },
          },
          '403': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  AccessDenied: { value: shared95 },
                  SignatureNotMatch: shared27,
                  InvalidAccessKeyID: shared28,
                  RequestTimeTooSkewed: shared30,
                },
              },
            },
          },
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': [
          shared96,
          {
            id: 'list-limit-range',
            by: 'emulator',
            status: 'documented',
            statement: '`limit` is an integer from 1 to 100',
            reference: 'lifecycle E.1',
            code: 'InvalidArgument',
          },
          {
            id: 'list-next-token',
            by: 'emulator',
            status: 'inferred',
            statement: '`nextToken` is empty or a token this server issued',
            reference: 'lifecycle E.1, E.2',
            code: 'InvalidArgument',
          },
          {
            id: 'list-tags-json',
            by: 'emulator',
            status: 'inferred',
            statement: '`tags` is the JSON text of an array of `{Key, Value}` objects',
            reference: 'lifecycle E.1',
            code: 'InvalidArgument',
          },
          {
            id: 'list-fc-version-enum',
            by: 'emulator',
            status: 'inferred',
            statement: '`fcVersion` is empty, `v2` or `v3`',
            reference: 'lifecycle E.1, G',
            code: 'InvalidArgument',
          },
        ],
      },
    },
    '/2023-03-30/functions/{functionName}': {
      parameters: [
        { name: 'functionName', in: 'path', required: true, schema: shared97, example: 'my-function-1' },
      ],
      get: {
        operationId: 'GetFunction',
        tags: ['Functions'],
        responses: {
          '200': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Function' },
                examples: {
                  codePackage: { value: shared98, 'x-fc-grade': 'inferred' },
                  containerPending: { value: shared99, 'x-fc-grade': 'inferred' },
                  containerActive: { value: shared101 },
                },
              },
            },
            'x-fc-grade': 'inferred',
          },
          '400': shared109,
          '403': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  AccessDenied: { value: shared110 },
                  SignatureNotMatch: shared27,
                  InvalidAccessKeyID: shared28,
                  RequestTimeTooSkewed: shared30,
                },
              },
            },
          },
          '404': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  FunctionNotFound: shared112,
                  VersionNotFound: { value: shared113, 'x-fc-grade': 'inferred' },
                  AliasNotFound: { value: shared114, 'x-fc-grade': 'inferred' },
                },
              },
            },
          },
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': [shared96, shared115, shared116],
      },
      put: {
        operationId: 'UpdateFunction',
        tags: ['Functions'],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/UpdateFunctionInput' } } },
        },
        responses: {
          '200': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Function' },
                examples: { memoryUpdated: { value: shared117 } },
              },
            },
            'x-fc-grade': 'inferred',
          },
          '400': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  InvalidArgument: { value: shared118 },
                  MissingRequiredHeader: shared18,
                  PathNotSupported: shared105,
                  EntityTooLarge: shared21,
                  SignatureNonceUsed: shared23,
                },
              },
            },
            'x-fc-grade': 'inferred',
          },
          '403': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  AccessDenied: { value: shared119 },
                  SignatureNotMatch: shared27,
                  InvalidAccessKeyID: shared28,
                  RequestTimeTooSkewed: shared30,
                },
              },
            },
          },
          '404': shared123,
          '409': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: { ConcurrentUpdateError: { value: shared124, 'x-fc-grade': 'inferred' } },
              },
            },
            'x-fc-grade': 'inferred',
          },
          '412': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: { PreconditionFailed: { value: shared125 } },
              },
            },
          },
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': [
          shared115,
          shared116,
          {
            id: 'update-name-matches-path',
            by: 'emulator',
            status: 'inferred',
            statement: 'a `functionName` in the body equals the path name',
            reference: 'lifecycle C.1',
            code: 'InvalidArgument',
          },
          {
            id: 'update-not-in-progress',
            by: 'emulator',
            status: 'inferred',
            statement:
              'no update while the previous update of the function is still `InProgress` (409 `ConcurrentUpdateError`)',
            reference: 'lifecycle C.4',
            code: 'ConcurrentUpdateError',
          },
        ],
      },
      delete: {
        operationId: 'DeleteFunction',
        tags: ['Functions'],
        responses: {
          '204': { 'x-fc-grade': 'inferred' },
          '400': shared109,
          '403': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  AccessDenied: { value: shared126 },
                  SignatureNotMatch: shared27,
                  InvalidAccessKeyID: shared28,
                  RequestTimeTooSkewed: shared30,
                },
              },
            },
          },
          '404': shared123,
          '409': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: { FunctionNotEmpty: { value: shared127, 'x-fc-grade': 'inferred' } },
              },
            },
            'x-fc-grade': 'inferred',
          },
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': [
          shared96,
          shared115,
          shared116,
          {
            id: 'delete-no-qualifier',
            by: 'emulator',
            status: 'inferred',
            statement:
              'the request names no `qualifier`: DeleteFunction has none and takes every version and alias with the function (a version goes with DeleteFunctionVersion), else 400 `InvalidArgument`',
            reference: 'lifecycle D.1',
            code: 'InvalidArgument',
          },
        ],
      },
    },
    '/2023-03-30/functions/{functionName}/triggers': {
      parameters: [{ $ref: '#/components/parameters/FunctionName' }],
      post: {
        operationId: 'CreateTrigger',
        tags: ['Triggers'],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/CreateTriggerInput' } } },
        },
        responses: {
          '200': { content: shared133, 'x-fc-grade': 'inferred' },
          '400': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  InvalidArgument: { value: shared134, 'x-fc-grade': 'inferred' },
                  LimitExceeded: { value: shared135, 'x-fc-grade': 'inferred' },
                  MissingRequiredHeader: shared18,
                  SignatureNonceUsed: shared23,
                },
              },
            },
          },
          '403': shared141,
          '404': shared142,
          '409': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: { TriggerAlreadyExists: { value: shared143, 'x-fc-grade': 'inferred' } },
              },
            },
          },
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': [
          shared115,
          shared116,
          {
            id: 'triggerName-format',
            by: 'emulator',
            status: 'documented',
            statement: '`triggerName`: 1 to 128 letters, digits, `_`, `-`; no leading digit or `-`',
            reference: 'lifecycle I.4, T.1',
            code: 'InvalidArgument',
          },
          {
            id: 'trigger-input-types',
            by: 'emulator',
            status: 'documented',
            statement:
              '`triggerName`, `triggerType`, `triggerConfig` present; fields strings; a documented `triggerType`',
            reference: 'lifecycle I.4, T.1',
            code: 'InvalidArgument',
          },
          shared144,
          shared145,
          shared146,
          {
            id: 'triggers-per-function-max',
            by: 'emulator',
            status: 'inferred',
            statement: 'at most 50 triggers per function (400 `LimitExceeded`)',
            reference: 'CF G.11, lifecycle I.4',
            code: 'LimitExceeded',
          },
        ],
      },
      get: {
        operationId: 'ListTriggers',
        tags: ['Triggers'],
        responses: {
          '200': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/ListTriggersOutput' },
                examples: { page: { value: shared148 } },
              },
            },
          },
          '400': shared153,
          '403': shared141,
          '404': shared142,
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': [
          shared96,
          shared115,
          shared116,
          {
            id: 'list-limit-range',
            by: 'emulator',
            status: 'inferred',
            statement: '`limit` is an integer from 1 to 100',
            reference: 'lifecycle E.1, I.4',
            code: 'InvalidArgument',
          },
          {
            id: 'list-next-token',
            by: 'emulator',
            status: 'inferred',
            statement: '`nextToken` is empty or a token this server issued',
            reference: 'lifecycle E.1, I.4',
            code: 'InvalidArgument',
          },
        ],
      },
    },
    '/2023-03-30/functions/{functionName}/triggers/{triggerName}': {
      parameters: [
        { $ref: '#/components/parameters/FunctionName' },
        { $ref: '#/components/parameters/TriggerName' },
      ],
      get: {
        operationId: 'GetTrigger',
        tags: ['Triggers'],
        responses: {
          '200': shared154,
          '400': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  InvalidArgument: { value: shared155, 'x-fc-grade': 'inferred' },
                  MissingRequiredHeader: shared18,
                  SignatureNonceUsed: shared23,
                },
              },
            },
          },
          '403': shared141,
          '404': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: { TriggerNotFound: shared157, FunctionNotFound: shared112 },
              },
            },
          },
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': shared159,
      },
      put: {
        operationId: 'UpdateTrigger',
        tags: ['Triggers'],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/UpdateTriggerInput' } } },
        },
        responses: {
          '200': shared154,
          '400': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  InvalidArgument: { value: shared160, 'x-fc-grade': 'inferred' },
                  MissingRequiredHeader: shared18,
                  SignatureNonceUsed: shared23,
                },
              },
            },
          },
          '403': shared141,
          '404': shared164,
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': [
          shared115,
          shared116,
          shared158,
          {
            id: 'update-trigger-types',
            by: 'emulator',
            status: 'documented',
            statement: "the body's fields are strings",
            reference: 'lifecycle I.4, T.1',
            code: 'InvalidArgument',
          },
          shared144,
          shared145,
          shared146,
        ],
      },
      delete: {
        operationId: 'DeleteTrigger',
        tags: ['Triggers'],
        responses: {
          '204': { 'x-fc-grade': 'inferred' },
          '400': shared168,
          '403': shared141,
          '404': shared164,
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': shared159,
      },
    },
    '/2023-03-30/tags-v2': {
      post: {
        operationId: 'TagResources',
        tags: ['Tags'],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/TagResourcesInput' } } },
        },
        responses: {
          '204': { 'x-fc-grade': 'inferred' },
          '400': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  InvalidArgument: shared170,
                  MissingRequiredHeader: shared18,
                  SignatureNonceUsed: shared23,
                },
              },
            },
          },
          '403': shared141,
          '404': shared142,
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': [
          shared171,
          shared172,
          {
            id: 'tag-pairs',
            by: 'emulator',
            status: 'documented',
            statement: '`Tag`: `{Key, Value}` pairs, `Key` non-empty',
            reference: 'lifecycle I.5, T.4',
            code: 'InvalidArgument',
          },
          shared71,
          shared69,
          {
            id: 'tags-max',
            by: 'emulator',
            status: 'inferred',
            statement: 'a function keeps at most 20 tags',
            reference: 'CF C.15, T.4',
            code: 'InvalidArgument',
          },
        ],
      },
      delete: {
        operationId: 'UntagResources',
        tags: ['Tags'],
        responses: {
          '204': { 'x-fc-grade': 'inferred' },
          '400': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  InvalidArgument: { value: shared173, 'x-fc-grade': 'inferred' },
                  MissingRequiredHeader: shared18,
                  SignatureNonceUsed: shared23,
                },
              },
            },
          },
          '403': shared141,
          '404': shared142,
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': [
          shared96,
          shared171,
          shared172,
          {
            id: 'untag-keys',
            by: 'emulator',
            status: 'documented',
            statement: '`TagKey`: JSON array of 1 to 50 keys, or `All=true`',
            reference: 'lifecycle I.5, T.4',
            code: 'InvalidArgument',
          },
        ],
      },
    },
    '/2023-03-30/resource-groups': {
      put: {
        operationId: 'ChangeResourceGroup',
        tags: ['Function settings'],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/ChangeResourceGroupInput' } },
          },
        },
        responses: {
          '200': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/ChangeResourceGroupOutput' },
                examples: { moved: { value: shared174 } },
              },
            },
          },
          '400': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  InvalidArgument: { value: shared175 },
                  UnsupportedResourceType: shared170,
                  NotAResourceGroupId: { value: shared176, 'x-fc-grade': 'inferred' },
                  MissingRequiredHeader: shared18,
                  SignatureNonceUsed: shared23,
                },
              },
            },
          },
          '403': shared141,
          '404': shared142,
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': [
          {
            id: 'resource-group-fields',
            by: 'emulator',
            status: 'documented',
            statement:
              "`NewResourceGroupId` and `ResourceId` (a function name) are given as strings: the SDK's field names",
            reference: 'lifecycle I.5',
            code: 'InvalidArgument',
          },
          {
            id: 'resource-group-values',
            by: 'emulator',
            status: 'inferred',
            statement:
              '`NewResourceGroupId` and `ResourceId` are not empty, and `ResourceType` is given and is `function`, in any case (as the tag calls compare it)',
            reference: 'lifecycle H.1, I.5',
            code: 'InvalidArgument',
          },
          {
            id: 'resource-group-keys-any-case',
            by: 'emulator',
            status: 'inferred',
            statement:
              "the body's keys match in any letter case (terraform sends `resourceId`, `newResourceGroupId`, `resourceType`): the SDK's spelling wins, two other spellings of one key are refused as ambiguous; switched off, only the SDK's names count",
            reference: 'lifecycle H.4',
            code: 'InvalidArgument',
          },
          {
            id: 'resource-group-id-format',
            by: 'emulator',
            status: 'inferred',
            statement:
              '`NewResourceGroupId` is `rg-` followed by lowercase letters and digits, at most 64 characters',
            reference: 'lifecycle I.5',
            code: 'InvalidArgument',
          },
        ],
      },
    },
    '/2023-03-30/functions/{functionName}/invoke/disable': {
      parameters: [{ $ref: '#/components/parameters/FunctionName' }],
      post: {
        operationId: 'DisableFunctionInvocation',
        tags: ['Function settings'],
        requestBody: {
          required: false,
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/DisableFunctionInvocationRequest' } },
          },
        },
        responses: {
          '200': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/DisableFunctionInvocationResponseBody' },
                examples: { disabled: { value: { success: true } } },
              },
            },
            'x-fc-grade': 'inferred',
          },
          '400': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  InvalidArgument: {
                    value: { Code: 'InvalidArgument', Message: 'reason must be a string, got 5' },
                  },
                  ReasonTooLong: { value: shared177, 'x-fc-grade': 'inferred' },
                  MissingRequiredHeader: shared18,
                  SignatureNonceUsed: shared23,
                },
              },
            },
          },
          '403': shared141,
          '404': shared123,
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': [
          shared115,
          shared116,
          {
            id: 'invocation-input-types',
            by: 'emulator',
            status: 'documented',
            statement: '`reason` is a string and `abortOngoingRequest` a boolean, when given',
            reference: 'lifecycle A.1, I.5',
            code: 'InvalidArgument',
          },
          {
            id: 'invocation-reason-length',
            by: 'emulator',
            status: 'inferred',
            statement:
              "`reason` is at most 256 characters (code points): ROS's bound of a function's `description` (CF B.1), as the API states none",
            reference: 'CF B.1, lifecycle I.5',
            code: 'InvalidArgument',
          },
        ],
      },
    },
    '/2023-03-30/functions/{functionName}/invoke/enable': {
      parameters: [{ $ref: '#/components/parameters/FunctionName' }],
      post: {
        operationId: 'EnableFunctionInvocation',
        tags: ['Function settings'],
        requestBody: { required: false, content: { 'application/json': { schema: { type: 'object' } } } },
        responses: {
          '200': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/EnableFunctionInvocationResponseBody' },
                examples: { enabled: { value: { success: true } } },
              },
            },
            'x-fc-grade': 'inferred',
          },
          '400': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  InvalidArgument: { value: shared178, 'x-fc-grade': 'inferred' },
                  MissingRequiredHeader: shared18,
                  SignatureNonceUsed: shared23,
                },
              },
            },
          },
          '403': shared141,
          '404': shared123,
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': [shared115, shared116],
      },
    },
    '/2023-03-30/functions/{functionName}/versions': {
      parameters: [{ $ref: '#/components/parameters/FunctionName' }],
      post: {
        operationId: 'PublishFunctionVersion',
        tags: ['Versions'],
        requestBody: {
          required: false,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/PublishVersionInput' } } },
        },
        responses: {
          '200': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Version' },
                examples: { published: { value: shared179 } },
              },
            },
            'x-fc-grade': 'inferred',
          },
          '400': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  InvalidArgument: {
                    value: { Code: 'InvalidArgument', Message: 'description must be a string, got 5' },
                  },
                  MissingRequiredHeader: shared18,
                  SignatureNonceUsed: shared23,
                },
              },
            },
          },
          '403': shared141,
          '404': shared123,
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': [
          shared115,
          shared116,
          {
            id: 'version-input-types',
            by: 'emulator',
            status: 'documented',
            statement: '`description` is a string (the SDK model `PublishVersionInput`)',
            reference: 'lifecycle I.2',
            code: 'InvalidArgument',
          },
        ],
      },
      get: {
        operationId: 'ListFunctionVersions',
        tags: ['Versions'],
        responses: {
          '200': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/ListVersionsOutput' },
                examples: { page: { value: shared181 } },
              },
            },
          },
          '400': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  InvalidArgument: { value: shared182 },
                  MissingRequiredHeader: shared18,
                  SignatureNonceUsed: shared23,
                },
              },
            },
          },
          '403': shared141,
          '404': shared123,
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': [
          shared96,
          shared115,
          shared116,
          {
            id: 'list-limit-range',
            by: 'emulator',
            status: 'inferred',
            statement: '`limit` is an integer from 1 to 100',
            reference: 'lifecycle E.1, I.2',
            code: 'InvalidArgument',
          },
          {
            id: 'list-next-token',
            by: 'emulator',
            status: 'inferred',
            statement:
              '`nextToken` is empty or a token this server issued (with the rule off, a version id to start at)',
            reference: 'lifecycle E.1, I.2',
            code: 'InvalidArgument',
          },
          {
            id: 'list-direction',
            by: 'emulator',
            status: 'documented',
            statement: '`direction` is empty, `BACKWARD` or `FORWARD`',
            reference: 'lifecycle I.2',
            code: 'InvalidArgument',
          },
        ],
      },
    },
    '/2023-03-30/functions/{functionName}/versions/{versionId}': {
      parameters: [
        { $ref: '#/components/parameters/FunctionName' },
        { $ref: '#/components/parameters/VersionId' },
      ],
      delete: {
        operationId: 'DeleteFunctionVersion',
        tags: ['Versions'],
        responses: {
          '204': { 'x-fc-grade': 'inferred' },
          '400': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  InvalidArgument: { value: shared183, 'x-fc-grade': 'inferred' },
                  MissingRequiredHeader: shared18,
                  SignatureNonceUsed: shared23,
                },
              },
            },
          },
          '403': shared141,
          '404': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: { VersionNotFound: shared184, FunctionNotFound: shared112 },
              },
            },
          },
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': [
          shared96,
          shared115,
          shared116,
          {
            id: 'version-latest-kept',
            by: 'emulator',
            status: 'documented',
            statement: '`LATEST` cannot be deleted',
            reference: 'lifecycle I.2',
            code: 'InvalidArgument',
          },
          {
            id: 'versionId-format',
            by: 'emulator',
            status: 'inferred',
            statement:
              "the path's version id is a version number (1, 2, …) without leading zeros, at most 10 digits",
            reference: 'lifecycle I.2, A.1',
            code: 'InvalidArgument',
          },
          {
            id: 'version-in-use',
            by: 'emulator',
            status: 'inferred',
            statement: 'a version an alias routes to (main version or weight) cannot be deleted',
            reference: 'lifecycle I.2, I.3',
            code: 'InvalidArgument',
          },
        ],
      },
    },
    '/2023-03-30/functions/{functionName}/aliases': {
      parameters: [{ $ref: '#/components/parameters/FunctionName' }],
      post: {
        operationId: 'CreateAlias',
        tags: ['Aliases'],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/CreateAliasInput' } } },
        },
        responses: {
          '200': { content: shared189, 'x-fc-grade': 'inferred' },
          '400': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  InvalidArgument: { value: shared190 },
                  AdditionalVersionContainsMajorVersion: { value: shared191, 'x-fc-grade': 'inferred' },
                  MissingRequiredHeader: shared18,
                  SignatureNonceUsed: shared23,
                },
              },
            },
          },
          '403': shared141,
          '404': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: { FunctionNotFound: shared112, VersionNotFound: shared193 },
              },
            },
          },
          '409': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: { AliasAlreadyExists: { value: shared194 } },
              },
            },
          },
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': [
          shared115,
          shared116,
          shared195,
          {
            id: 'aliasName-format',
            by: 'emulator',
            status: 'inferred',
            statement:
              "`aliasName`: 1 to 128 letters, digits, `_`, `-`; no leading digit or `-`; not `LATEST` (FC 2.0's CreateAlias rule, API 2021-04-06; FC 3.0 documents none)",
            reference: 'lifecycle I.3',
            code: 'InvalidArgument',
          },
          shared196,
          shared197,
        ],
      },
      get: {
        operationId: 'ListAliases',
        tags: ['Aliases'],
        responses: {
          '200': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/ListAliasesOutput' },
                examples: { page: { value: shared199 } },
              },
            },
          },
          '400': shared153,
          '403': shared141,
          '404': shared123,
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': [
          shared96,
          shared115,
          shared116,
          {
            id: 'list-limit-range',
            by: 'emulator',
            status: 'inferred',
            statement: '`limit` is an integer from 1 to 100',
            reference: 'lifecycle E.1, I.3',
            code: 'InvalidArgument',
          },
          {
            id: 'list-next-token',
            by: 'emulator',
            status: 'inferred',
            statement: '`nextToken` is empty or a token this server issued',
            reference: 'lifecycle E.1, I.3',
            code: 'InvalidArgument',
          },
        ],
      },
    },
    '/2023-03-30/functions/{functionName}/aliases/{aliasName}': {
      parameters: [
        { $ref: '#/components/parameters/FunctionName' },
        { $ref: '#/components/parameters/AliasName' },
      ],
      get: {
        operationId: 'GetAlias',
        tags: ['Aliases'],
        responses: {
          '200': shared200,
          '400': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  InvalidArgument: { value: shared201, 'x-fc-grade': 'inferred' },
                  MissingRequiredHeader: shared18,
                  SignatureNonceUsed: shared23,
                },
              },
            },
          },
          '403': shared141,
          '404': shared206,
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': shared208,
      },
      put: {
        operationId: 'UpdateAlias',
        tags: ['Aliases'],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/UpdateAliasInput' } } },
        },
        responses: {
          '200': shared200,
          '400': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  InvalidArgument: {
                    value: { Code: 'InvalidArgument', Message: 'versionId must be a string, got 2' },
                  },
                  AdditionalVersionContainsMajorVersion: { value: shared209, 'x-fc-grade': 'inferred' },
                  MissingRequiredHeader: shared18,
                  SignatureNonceUsed: shared23,
                },
              },
            },
          },
          '403': shared141,
          '404': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  AliasNotFound: shared202,
                  VersionNotFound: shared193,
                  FunctionNotFound: shared112,
                },
              },
            },
          },
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': [shared115, shared116, shared207, shared195, shared196, shared197],
      },
      delete: {
        operationId: 'DeleteAlias',
        tags: ['Aliases'],
        responses: {
          '204': { 'x-fc-grade': 'inferred' },
          '400': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  InvalidArgument: { value: shared210, 'x-fc-grade': 'inferred' },
                  MissingRequiredHeader: shared18,
                  SignatureNonceUsed: shared23,
                },
              },
            },
          },
          '403': shared141,
          '404': shared206,
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': shared208,
      },
    },
    '/2023-03-30/functions/{functionName}/code': {
      parameters: [{ $ref: '#/components/parameters/FunctionName' }],
      get: {
        operationId: 'GetFunctionCode',
        tags: ['Functions'],
        responses: {
          '200': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/OutputFuncCode' },
                examples: { package: { value: shared211 } },
              },
            },
            'x-fc-grade': 'inferred',
          },
          '400': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  InvalidArgument: { value: shared212, 'x-fc-grade': 'inferred' },
                  MissingRequiredHeader: shared18,
                  SignatureNonceUsed: shared23,
                },
              },
            },
          },
          '403': shared141,
          '404': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  FunctionNotFound: shared112,
                  VersionNotFound: shared184,
                  AliasNotFound: shared202,
                },
              },
            },
          },
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': [
          shared96,
          shared115,
          shared116,
          {
            id: 'code-package-only',
            by: 'emulator',
            status: 'inferred',
            statement:
              'the function has a code package; a custom-container function answers 400 `InvalidArgument` (off: its checksum `"0"` and a URL whose download answers 404)',
            reference: 'lifecycle I.1',
            code: 'InvalidArgument',
          },
        ],
      },
    },
    '/2023-03-30/functions/{functionName}/async-invoke-config': {
      parameters: [{ $ref: '#/components/parameters/FunctionName' }],
      get: {
        operationId: 'GetAsyncInvokeConfig',
        tags: ['Function settings'],
        responses: {
          '200': {},
          '400': shared168,
          '403': shared141,
          '404': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: { AsyncConfigNotExists: { value: shared213 }, FunctionNotFound: shared112 },
              },
            },
          },
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': shared214,
      },
    },
    '/2023-03-30/functions/{functionName}/concurrency': {
      parameters: [{ $ref: '#/components/parameters/FunctionName' }],
      get: {
        operationId: 'GetConcurrencyConfig',
        tags: ['Function settings'],
        responses: {
          '200': {},
          '400': shared168,
          '403': shared141,
          '404': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: { OnDemandConfigNotFound: { value: shared215 }, FunctionNotFound: shared112 },
              },
            },
            'x-fc-grade': 'inferred',
          },
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': shared214,
      },
    },
    '/2023-03-30/functions/{functionName}/scaling-config': {
      parameters: [{ $ref: '#/components/parameters/FunctionName' }],
      get: {
        operationId: 'GetScalingConfig',
        tags: ['Function settings'],
        responses: {
          '200': {
            content: {
              'application/json': {
                schema: { type: 'object' },
                examples: { none: { value: { currentInstances: 0, minInstances: 0, targetInstances: 0 } } },
              },
            },
            'x-fc-grade': 'inferred',
          },
          '400': shared168,
          '403': shared141,
          '404': shared123,
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': shared214,
      },
    },
    '/2023-03-30/functions/{functionName}/provision-config': {
      parameters: [{ $ref: '#/components/parameters/FunctionName' }],
      get: {
        operationId: 'GetProvisionConfig',
        tags: ['Function settings'],
        responses: {
          '200': {
            content: {
              'application/json': {
                schema: { type: 'object' },
                examples: { none: { value: { current: 0, target: 0 } } },
              },
            },
            'x-fc-grade': 'inferred',
          },
          '400': shared168,
          '403': shared141,
          '404': shared123,
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': shared214,
      },
    },
    '/2023-03-30/functions/{functionName}/vpc-bindings': {
      parameters: [{ $ref: '#/components/parameters/FunctionName' }],
      get: {
        operationId: 'ListVpcBindings',
        tags: ['Function settings'],
        responses: {
          '200': {
            content: {
              'application/json': {
                schema: { type: 'object' },
                examples: { none: { value: { vpcIds: [] } } },
              },
            },
          },
          '400': shared168,
          '403': shared141,
          '404': shared123,
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': shared214,
      },
    },
    '/2023-03-30/async-invoke-configs': {
      get: {
        operationId: 'ListAsyncInvokeConfigs',
        tags: ['Function settings'],
        responses: {
          '200': {
            content: {
              'application/json': {
                schema: { type: 'object' },
                examples: { none: { value: { configs: [] } } },
              },
            },
          },
          '400': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  InvalidArgument: { value: shared216 },
                  MissingRequiredHeader: shared18,
                  SignatureNonceUsed: shared23,
                },
              },
            },
          },
          '403': shared141,
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': shared218,
      },
    },
    '/2023-03-30/scaling-configs': {
      get: {
        operationId: 'ListScalingConfigs',
        tags: ['Function settings'],
        responses: {
          '200': {
            content: {
              'application/json': {
                schema: { type: 'object' },
                examples: { none: { value: { scalingConfigs: [] } } },
              },
            },
          },
          '400': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  InvalidArgument: { value: shared219 },
                  MissingRequiredHeader: shared18,
                  SignatureNonceUsed: shared23,
                },
              },
            },
          },
          '403': shared141,
          '429': shared40,
          '500': shared46,
          '503': shared54,
        },
        'x-fc-rules': shared218,
      },
    },
  },
  components: {
    schemas: {
      CreateFunctionInput: shared225,
      UpdateFunctionInput: shared227,
      InputCodeLocation: shared232,
      CustomContainerConfig: shared234,
      AccelerationInfo: { type: 'object', readOnly: true, properties: { status: { type: 'string' } } },
      RegistryConfig: shared236,
      RegistryAuthConfig: shared237,
      RegistryCertConfig: shared238,
      RegistryNetworkConfig: shared240,
      CustomHealthCheckConfig: shared242,
      CustomRuntimeConfig: shared244,
      CustomDNS: shared246,
      DNSOption: shared248,
      GPUConfig: shared251,
      InstanceLifecycleConfig: shared253,
      LifecycleHook: shared255,
      LogConfig: shared257,
      NASConfig: shared260,
      NASMountConfig: shared262,
      OSSMountConfig: shared265,
      OSSMountPoint: shared267,
      VPCConfig: shared269,
      TracingConfig: shared271,
      Tag: shared273,
      JuiceFsConfig: shared275,
      JuiceFsMountConfig: shared277,
      PolarFsConfig: shared279,
      PolarFsMountConfig: shared281,
      Function: {
        type: 'object',
        properties: {
          functionId: { type: 'string' },
          functionName: { type: 'string' },
          functionArn: { type: 'string' },
          runtime: { type: 'string' },
          handler: { type: 'string' },
          description: { type: 'string' },
          role: { type: 'string' },
          cpu: { type: 'number' },
          memorySize: { type: 'integer' },
          diskSize: { type: 'integer' },
          timeout: { type: 'integer' },
          instanceConcurrency: { type: 'integer' },
          idleTimeout: { type: 'integer' },
          internetAccess: { type: 'boolean' },
          environmentVariables: { type: 'object', additionalProperties: { type: 'string' } },
          codeChecksum: { type: 'string' },
          codeSize: { type: 'integer' },
          createdTime: { type: 'string', format: 'date-time' },
          lastModifiedTime: { type: 'string', format: 'date-time' },
          state: { type: 'string', enum: ['Pending', 'Active', 'Failed', 'Inactive', 'InActive'] },
          stateReason: { type: 'string' },
          stateReasonCode: { type: 'string' },
          lastUpdateStatus: { type: 'string', enum: ['Successful', 'Failed', 'InProgress'] },
          lastUpdateStatusReason: { type: 'string' },
          lastUpdateStatusReasonCode: { type: 'string' },
          layers: { type: 'array', items: { $ref: '#/components/schemas/FunctionLayer' } },
          customContainerConfig: { $ref: '#/components/schemas/CustomContainerConfig' },
          customRuntimeConfig: { $ref: '#/components/schemas/CustomRuntimeConfig' },
          customDNS: { $ref: '#/components/schemas/CustomDNS' },
          gpuConfig: { $ref: '#/components/schemas/GPUConfig' },
          instanceLifecycleConfig: { $ref: '#/components/schemas/InstanceLifecycleConfig' },
          logConfig: { $ref: '#/components/schemas/LogConfig' },
          nasConfig: { $ref: '#/components/schemas/NASConfig' },
          ossMountConfig: { $ref: '#/components/schemas/OSSMountConfig' },
          polarFsConfig: { $ref: '#/components/schemas/PolarFsConfig' },
          juiceFsConfig: { $ref: '#/components/schemas/JuiceFsConfig' },
          tracingConfig: { $ref: '#/components/schemas/TracingConfig' },
          vpcConfig: { $ref: '#/components/schemas/VPCConfig' },
          tags: { type: 'array', items: { $ref: '#/components/schemas/Tag' } },
          resourceGroupId: { type: 'string' },
          instanceIsolationMode: { type: 'string' },
          sessionAffinity: { type: 'string' },
          sessionAffinityConfig: { type: 'string' },
          disableOndemand: { type: 'boolean', deprecated: true },
          enableLongLiving: { type: 'boolean', deprecated: true },
          disableInjectCredentials: { type: 'string' },
          invocationRestriction: { $ref: '#/components/schemas/FunctionRestriction' },
          lockInfo: { $ref: '#/components/schemas/FunctionLockInfo' },
        },
      },
      ListFunctionsOutput: {
        type: 'object',
        properties: {
          functions: { type: 'array', items: { $ref: '#/components/schemas/Function' } },
          nextToken: { type: 'string' },
        },
      },
      FunctionLayer: { type: 'object', properties: { arn: { type: 'string' }, size: { type: 'integer' } } },
      FunctionRestriction: {
        type: 'object',
        properties: {
          disable: { type: 'boolean' },
          reason: { type: 'string' },
          lastModifiedTime: { type: 'string' },
        },
      },
      FunctionLockInfo: {
        type: 'object',
        properties: {
          lockedBy: { type: 'string' },
          lockedAt: { type: 'string' },
          lockedResources: { type: 'array', items: { type: 'string' } },
        },
      },
      CreateTriggerInput: shared286,
      UpdateTriggerInput: shared288,
      Trigger: {
        type: 'object',
        properties: {
          createdTime: { type: 'string' },
          description: { type: 'string' },
          httpTrigger: { $ref: '#/components/schemas/HTTPTrigger' },
          invocationRole: { type: 'string' },
          lastModifiedTime: { type: 'string' },
          qualifier: { type: 'string' },
          sourceArn: { type: 'string' },
          status: { type: 'string' },
          targetArn: { type: 'string' },
          triggerConfig: { type: 'string' },
          triggerId: { type: 'string' },
          triggerName: { type: 'string' },
          triggerType: { type: 'string' },
        },
      },
      HTTPTrigger: {
        type: 'object',
        properties: { urlInternet: { type: 'string' }, urlIntranet: { type: 'string' } },
      },
      ListTriggersOutput: {
        type: 'object',
        properties: {
          nextToken: { type: 'string' },
          triggers: { type: 'array', items: { $ref: '#/components/schemas/Trigger' } },
        },
      },
      TagResourcesInput: shared290,
      ChangeResourceGroupInput: shared292,
      ChangeResourceGroupOutput: {
        type: 'object',
        properties: {
          NewResourceGroupId: { type: 'string' },
          OldResourceGroupId: { type: 'string' },
          ResourceId: { type: 'string' },
        },
      },
      DisableFunctionInvocationRequest: shared293,
      DisableFunctionInvocationResponseBody: { type: 'object', properties: { success: { type: 'boolean' } } },
      EnableFunctionInvocationResponseBody: { type: 'object', properties: { success: { type: 'boolean' } } },
      PublishVersionInput: { type: 'object', properties: { description: { type: 'string' } } },
      OutputFuncCode: {
        type: 'object',
        properties: { checksum: { type: 'string' }, url: { type: 'string' } },
      },
      Version: {
        type: 'object',
        properties: {
          createdTime: { type: 'string' },
          description: { type: 'string' },
          lastModifiedTime: { type: 'string' },
          versionId: { type: 'string' },
        },
      },
      ListVersionsOutput: {
        type: 'object',
        properties: {
          direction: { type: 'string' },
          nextToken: { type: 'string' },
          versions: { type: 'array', items: { $ref: '#/components/schemas/Version' } },
        },
      },
      CreateAliasInput: shared296,
      UpdateAliasInput: shared298,
      Alias: {
        type: 'object',
        properties: {
          additionalVersionWeight: { type: 'object', additionalProperties: { type: 'number' } },
          aliasName: { type: 'string' },
          createdTime: { type: 'string' },
          description: { type: 'string' },
          lastModifiedTime: { type: 'string' },
          versionId: { type: 'string' },
        },
      },
      ListAliasesOutput: {
        type: 'object',
        properties: {
          aliases: { type: 'array', items: { $ref: '#/components/schemas/Alias' } },
          nextToken: { type: 'string' },
        },
      },
      Error: {
        type: 'object',
        required: ['Code', 'Message', 'RequestId'],
        properties: { Code: { type: 'string' }, Message: { type: 'string' }, RequestId: { type: 'string' } },
      },
    },
  },
};

/**
 * The part of {@link specDocument} that the emulator reads (scripts/lib/emulator-view.ts), all
 * that a browser bundle of the MSW handlers carries: each operation's id, its `x-fc-rules` without
 * references (statements only where the schema validator quotes them) and its answers' example
 * values for `Prefer`; the component schemas request bodies use.
 *
 * @example
 * const paths = emulatorDocument.paths as { [path: string]: JsonValue };
 */
export const emulatorDocument: { [key: string]: JsonValue } = {
  paths: {
    '/2023-03-30/functions': {
      post: {
        operationId: 'CreateFunction',
        'x-fc-rules': [
          {
            id: 'functionName-required',
            status: 'documented',
            code: 'InvalidArgument',
            appliesTo: [{ path: '', keywords: ['required'], property: 'functionName' }],
          },
          {
            id: 'runtime-required',
            status: 'documented',
            code: 'InvalidArgument',
            appliesTo: [{ path: '', keywords: ['required'], property: 'runtime' }],
          },
          {
            id: 'handler-required',
            status: 'documented',
            code: 'InvalidArgument',
            appliesTo: [{ path: '', keywords: ['required'], property: 'handler' }],
          },
          {
            id: 'functionName-pattern',
            status: 'documented',
            statement: 'letters, digits, `_` and `-`; does not start with a digit or `-`',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/functionName', keywords: ['pattern'] }],
          },
          {
            id: 'functionName-length',
            status: 'documented',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/functionName', keywords: ['minLength', 'maxLength'] }],
          },
          {
            id: 'runtime-enum',
            status: 'documented',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/runtime', keywords: ['enum'] }],
          },
          {
            id: 'cpu-range',
            status: 'documented',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/cpu', keywords: ['minimum', 'maximum'] }],
          },
          {
            id: 'cpu-multiple',
            status: 'documented',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/cpu', keywords: ['multipleOf'] }],
          },
          {
            id: 'memorySize-range',
            status: 'documented',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/memorySize', keywords: ['minimum', 'maximum'] }],
          },
          {
            id: 'memorySize-multiple',
            status: 'documented',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/memorySize', keywords: ['multipleOf'] }],
          },
          {
            id: 'diskSize-enum',
            status: 'documented',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/diskSize', keywords: ['enum'] }],
          },
          {
            id: 'timeout-range',
            status: 'documented',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/timeout', keywords: ['minimum', 'maximum'] }],
          },
          {
            id: 'instanceConcurrency-range',
            status: 'inferred',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/instanceConcurrency', keywords: ['minimum', 'maximum'] }],
          },
          { id: 'healthCheck-ranges', status: 'documented', code: 'InvalidArgument', appliesTo: shared67 },
          { id: 'port-range', status: 'inferred', code: 'InvalidArgument', appliesTo: shared68 },
          {
            id: 'logBeginRule-enum',
            status: 'documented',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/logConfig/logBeginRule', keywords: ['enum'] }],
          },
          {
            id: 'tracing-type-enum',
            status: 'documented',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/tracingConfig/type', keywords: ['enum'] }],
          },
          {
            id: 'gpuType-enum',
            status: 'documented',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/gpuConfig/gpuType', keywords: ['enum'] }],
          },
          {
            id: 'gpuMemorySize-multiple',
            status: 'documented',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/gpuConfig/gpuMemorySize', keywords: ['multipleOf'] }],
          },
          {
            id: 'dnsOption-name-required',
            status: 'documented',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/customDNS/dnsOptions/*', keywords: ['required'], property: 'name' }],
          },
          {
            id: 'nas-mount-points-max',
            status: 'documented',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/nasConfig/mountPoints', keywords: ['maxItems'] }],
          },
          {
            id: 'oss-mount-points-max',
            status: 'documented',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/ossMountConfig/mountPoints', keywords: ['maxItems'] }],
          },
          {
            id: 'field-types',
            status: 'documented',
            code: 'InvalidArgument',
            appliesTo: [{ path: '*', keywords: ['type'] }],
          },
          {
            id: 'code-xor-container',
            status: 'documented',
            statement: 'exactly one of `code` and `customContainerConfig`',
            code: 'InvalidArgument',
            appliesTo: [{ path: '', keywords: ['not', 'anyOf'] }],
          },
          {
            id: 'zipFile-xor-oss',
            status: 'documented',
            statement:
              'inside `code`: `zipFile`, or both `ossBucketName` and `ossObjectName`, never both ("Either ossBucketName/ossObjectName or zipFile must be set")',
            code: 'InvalidArgument',
            appliesTo: [{ path: '/code', keywords: ['not', 'anyOf'] }],
          },
          { id: 'custom-container-needs-image', status: 'documented', code: 'InvalidArgument' },
          { id: 'code-required-for-code-runtimes', status: 'documented', code: 'InvalidArgument' },
          { id: 'cpu-memory-ratio', status: 'documented', code: 'InvalidArgument' },
          { id: 'disk-needs-cpu', status: 'unverified', code: 'InvalidArgument' },
          { id: 'concurrency-custom-runtimes-only', status: 'documented', code: 'InvalidArgument' },
          { id: 'gpu-custom-container-only', status: 'inferred', code: 'InvalidArgument' },
          { id: 'gpu-memory-per-card', status: 'inferred', code: 'InvalidArgument' },
          { id: 'custom-runtime-config-custom-only', status: 'inferred', code: 'InvalidArgument' },
          { id: 'isolation-needs-2-vcpu', status: 'documented', code: 'InvalidArgument' },
          { id: 'request-isolation-limits', status: 'documented', code: 'InvalidArgument' },
          { id: 'session-isolation-needs-affinity', status: 'documented', code: 'InvalidArgument' },
          { id: 'session-affinity-config-json', status: 'inferred', code: 'InvalidArgument' },
          { id: 'hook-handler-xor-command', status: 'inferred', code: 'InvalidArgument' },
          { id: 'hook-timeout-limits', status: 'documented', code: 'InvalidArgument' },
          { id: 'tags-max', status: 'inferred', code: 'InvalidArgument' },
          { id: 'tags-unique-keys', status: 'inferred', code: 'InvalidArgument' },
          shared299,
          { id: 'layers-arn-format', status: 'inferred', code: 'InvalidArgument' },
          { id: 'zipFile-base64', status: 'inferred', code: 'InvalidArgument' },
          { id: 'checksum-match', status: 'documented', code: 'InvalidArgument' },
          { id: 'code-size-limit', status: 'documented', code: 'EntityTooLarge' },
        ],
        responses: {
          '200': { sample: shared16 },
          '400': {
            InvalidArgument: { Code: 'InvalidArgument', Message: 'Handler is required but not provided' },
            MissingRequiredHeader: shared17,
            PathNotSupported: shared19,
            EntityTooLarge: shared20,
            SignatureNonceUsed: shared22,
            LimitExceeded: shared24,
          },
          '403': {
            AccessDenied: shared25,
            SignatureNotMatch: shared26,
            InvalidAccessKeyID: { Code: 'InvalidAccessKeyID', Message: "invalid access key ID 'testAK'" },
            RequestTimeTooSkewed: shared29,
          },
          '409': { FunctionAlreadyExists: shared31, ConcurrentUpdateError: shared32 },
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
      get: {
        operationId: 'ListFunctions',
        'x-fc-rules': [
          { id: 'request-body-not-allowed', status: 'inferred', code: 'InvalidArgument' },
          { id: 'list-limit-range', status: 'documented', code: 'InvalidArgument' },
          { id: 'list-next-token', status: 'inferred', code: 'InvalidArgument' },
          { id: 'list-tags-json', status: 'inferred', code: 'InvalidArgument' },
          { id: 'list-fc-version-enum', status: 'inferred', code: 'InvalidArgument' },
        ],
        responses: {
          '200': { firstPage: shared78, lastPage: shared92, empty: { functions: [] } },
          '400': {
            InvalidArgument: shared93,
            MissingRequiredHeader: shared17,
            PathNotSupported: shared94,
            SignatureNonceUsed: shared22,
          },
          '403': {
            AccessDenied: shared95,
            SignatureNotMatch: shared26,
            InvalidAccessKeyID: { Code: 'InvalidAccessKeyID', Message: "invalid access key ID 'testAK'" },
            RequestTimeTooSkewed: shared29,
          },
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
    },
    '/2023-03-30/functions/{functionName}': {
      get: {
        operationId: 'GetFunction',
        'x-fc-rules': [
          { id: 'request-body-not-allowed', status: 'inferred', code: 'InvalidArgument' },
          { id: 'functionName-pattern', status: 'inferred', code: 'InvalidArgument' },
          { id: 'functionName-length', status: 'inferred', code: 'InvalidArgument' },
        ],
        responses: {
          '200': { codePackage: shared98, containerPending: shared99, containerActive: shared101 },
          '400': shared303,
          '403': {
            AccessDenied: shared110,
            SignatureNotMatch: shared26,
            InvalidAccessKeyID: { Code: 'InvalidAccessKeyID', Message: "invalid access key ID 'testAK'" },
            RequestTimeTooSkewed: shared29,
          },
          '404': shared304,
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
      put: {
        operationId: 'UpdateFunction',
        'x-fc-rules': [
          { id: 'functionName-pattern', status: 'inferred', code: 'InvalidArgument' },
          { id: 'functionName-length', status: 'inferred', code: 'InvalidArgument' },
          { id: 'update-name-matches-path', status: 'inferred', code: 'InvalidArgument' },
          { id: 'update-not-in-progress', status: 'inferred', code: 'ConcurrentUpdateError' },
        ],
        responses: {
          '200': { memoryUpdated: shared117 },
          '400': {
            InvalidArgument: shared118,
            MissingRequiredHeader: shared17,
            PathNotSupported: shared104,
            EntityTooLarge: shared20,
            SignatureNonceUsed: shared22,
          },
          '403': {
            AccessDenied: shared119,
            SignatureNotMatch: shared26,
            InvalidAccessKeyID: { Code: 'InvalidAccessKeyID', Message: "invalid access key ID 'testAK'" },
            RequestTimeTooSkewed: shared29,
          },
          '404': shared305,
          '409': { ConcurrentUpdateError: shared124 },
          '412': { PreconditionFailed: shared125 },
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
      delete: {
        operationId: 'DeleteFunction',
        'x-fc-rules': [
          { id: 'request-body-not-allowed', status: 'inferred', code: 'InvalidArgument' },
          { id: 'functionName-pattern', status: 'inferred', code: 'InvalidArgument' },
          { id: 'functionName-length', status: 'inferred', code: 'InvalidArgument' },
          { id: 'delete-no-qualifier', status: 'inferred', code: 'InvalidArgument' },
        ],
        responses: {
          '204': null,
          '400': shared303,
          '403': {
            AccessDenied: shared126,
            SignatureNotMatch: shared26,
            InvalidAccessKeyID: { Code: 'InvalidAccessKeyID', Message: "invalid access key ID 'testAK'" },
            RequestTimeTooSkewed: shared29,
          },
          '404': shared305,
          '409': { FunctionNotEmpty: shared127 },
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
    },
    '/2023-03-30/functions/{functionName}/triggers': {
      post: {
        operationId: 'CreateTrigger',
        'x-fc-rules': [
          { id: 'functionName-pattern', status: 'inferred', code: 'InvalidArgument' },
          { id: 'functionName-length', status: 'inferred', code: 'InvalidArgument' },
          { id: 'triggerName-format', status: 'documented', code: 'InvalidArgument' },
          { id: 'trigger-input-types', status: 'documented', code: 'InvalidArgument' },
          { id: 'triggerConfig-json', status: 'documented', code: 'InvalidArgument' },
          { id: 'http-trigger-config', status: 'inferred', code: 'InvalidArgument' },
          { id: 'timer-trigger-config', status: 'inferred', code: 'InvalidArgument' },
          { id: 'triggers-per-function-max', status: 'inferred', code: 'LimitExceeded' },
        ],
        responses: {
          '200': shared306,
          '400': {
            InvalidArgument: shared134,
            LimitExceeded: shared135,
            MissingRequiredHeader: shared17,
            SignatureNonceUsed: shared22,
          },
          '403': shared307,
          '404': shared305,
          '409': { TriggerAlreadyExists: shared143 },
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
      get: {
        operationId: 'ListTriggers',
        'x-fc-rules': shared308,
        responses: {
          '200': { page: shared148 },
          '400': shared309,
          '403': shared307,
          '404': shared305,
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
    },
    '/2023-03-30/functions/{functionName}/triggers/{triggerName}': {
      get: {
        operationId: 'GetTrigger',
        'x-fc-rules': shared310,
        responses: {
          '200': shared306,
          '400': {
            InvalidArgument: shared155,
            MissingRequiredHeader: shared17,
            SignatureNonceUsed: shared22,
          },
          '403': shared307,
          '404': { TriggerNotFound: shared156, FunctionNotFound: shared111 },
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
      put: {
        operationId: 'UpdateTrigger',
        'x-fc-rules': [
          { id: 'functionName-pattern', status: 'inferred', code: 'InvalidArgument' },
          { id: 'functionName-length', status: 'inferred', code: 'InvalidArgument' },
          { id: 'triggerName-format', status: 'inferred', code: 'InvalidArgument' },
          { id: 'update-trigger-types', status: 'documented', code: 'InvalidArgument' },
          { id: 'triggerConfig-json', status: 'documented', code: 'InvalidArgument' },
          { id: 'http-trigger-config', status: 'inferred', code: 'InvalidArgument' },
          { id: 'timer-trigger-config', status: 'inferred', code: 'InvalidArgument' },
        ],
        responses: {
          '200': shared306,
          '400': {
            InvalidArgument: shared160,
            MissingRequiredHeader: shared17,
            SignatureNonceUsed: shared22,
          },
          '403': shared307,
          '404': shared311,
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
      delete: {
        operationId: 'DeleteTrigger',
        'x-fc-rules': shared310,
        responses: {
          '204': null,
          '400': shared312,
          '403': shared307,
          '404': shared311,
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
    },
    '/2023-03-30/tags-v2': {
      post: {
        operationId: 'TagResources',
        'x-fc-rules': [
          { id: 'tag-resource-ids', status: 'documented', code: 'InvalidArgument' },
          { id: 'tag-resource-ids-max', status: 'inferred', code: 'InvalidArgument' },
          { id: 'tag-pairs', status: 'documented', code: 'InvalidArgument' },
          shared299,
          { id: 'tags-unique-keys', status: 'inferred', code: 'InvalidArgument' },
          { id: 'tags-max', status: 'inferred', code: 'InvalidArgument' },
        ],
        responses: {
          '204': null,
          '400': {
            InvalidArgument: shared169,
            MissingRequiredHeader: shared17,
            SignatureNonceUsed: shared22,
          },
          '403': shared307,
          '404': shared305,
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
      delete: {
        operationId: 'UntagResources',
        'x-fc-rules': [
          { id: 'request-body-not-allowed', status: 'inferred', code: 'InvalidArgument' },
          { id: 'tag-resource-ids', status: 'documented', code: 'InvalidArgument' },
          { id: 'tag-resource-ids-max', status: 'inferred', code: 'InvalidArgument' },
          { id: 'untag-keys', status: 'documented', code: 'InvalidArgument' },
        ],
        responses: {
          '204': null,
          '400': {
            InvalidArgument: shared173,
            MissingRequiredHeader: shared17,
            SignatureNonceUsed: shared22,
          },
          '403': shared307,
          '404': shared305,
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
    },
    '/2023-03-30/resource-groups': {
      put: {
        operationId: 'ChangeResourceGroup',
        'x-fc-rules': [
          { id: 'resource-group-fields', status: 'documented', code: 'InvalidArgument' },
          { id: 'resource-group-values', status: 'inferred', code: 'InvalidArgument' },
          { id: 'resource-group-keys-any-case', status: 'inferred', code: 'InvalidArgument' },
          { id: 'resource-group-id-format', status: 'inferred', code: 'InvalidArgument' },
        ],
        responses: {
          '200': { moved: shared174 },
          '400': {
            InvalidArgument: shared175,
            UnsupportedResourceType: shared169,
            NotAResourceGroupId: shared176,
            MissingRequiredHeader: shared17,
            SignatureNonceUsed: shared22,
          },
          '403': shared307,
          '404': shared305,
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
    },
    '/2023-03-30/functions/{functionName}/invoke/disable': {
      post: {
        operationId: 'DisableFunctionInvocation',
        'x-fc-rules': [
          { id: 'functionName-pattern', status: 'inferred', code: 'InvalidArgument' },
          { id: 'functionName-length', status: 'inferred', code: 'InvalidArgument' },
          { id: 'invocation-input-types', status: 'documented', code: 'InvalidArgument' },
          { id: 'invocation-reason-length', status: 'inferred', code: 'InvalidArgument' },
        ],
        responses: {
          '200': { disabled: { success: true } },
          '400': {
            InvalidArgument: { Code: 'InvalidArgument', Message: 'reason must be a string, got 5' },
            ReasonTooLong: shared177,
            MissingRequiredHeader: shared17,
            SignatureNonceUsed: shared22,
          },
          '403': shared307,
          '404': shared305,
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
    },
    '/2023-03-30/functions/{functionName}/invoke/enable': {
      post: {
        operationId: 'EnableFunctionInvocation',
        'x-fc-rules': [
          { id: 'functionName-pattern', status: 'inferred', code: 'InvalidArgument' },
          { id: 'functionName-length', status: 'inferred', code: 'InvalidArgument' },
        ],
        responses: {
          '200': { enabled: { success: true } },
          '400': {
            InvalidArgument: shared178,
            MissingRequiredHeader: shared17,
            SignatureNonceUsed: shared22,
          },
          '403': shared307,
          '404': shared305,
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
    },
    '/2023-03-30/functions/{functionName}/versions': {
      post: {
        operationId: 'PublishFunctionVersion',
        'x-fc-rules': [
          { id: 'functionName-pattern', status: 'inferred', code: 'InvalidArgument' },
          { id: 'functionName-length', status: 'inferred', code: 'InvalidArgument' },
          { id: 'version-input-types', status: 'documented', code: 'InvalidArgument' },
        ],
        responses: {
          '200': { published: shared179 },
          '400': {
            InvalidArgument: { Code: 'InvalidArgument', Message: 'description must be a string, got 5' },
            MissingRequiredHeader: shared17,
            SignatureNonceUsed: shared22,
          },
          '403': shared307,
          '404': shared305,
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
      get: {
        operationId: 'ListFunctionVersions',
        'x-fc-rules': [
          { id: 'request-body-not-allowed', status: 'inferred', code: 'InvalidArgument' },
          { id: 'functionName-pattern', status: 'inferred', code: 'InvalidArgument' },
          { id: 'functionName-length', status: 'inferred', code: 'InvalidArgument' },
          { id: 'list-limit-range', status: 'inferred', code: 'InvalidArgument' },
          { id: 'list-next-token', status: 'inferred', code: 'InvalidArgument' },
          { id: 'list-direction', status: 'documented', code: 'InvalidArgument' },
        ],
        responses: {
          '200': { page: shared181 },
          '400': {
            InvalidArgument: shared182,
            MissingRequiredHeader: shared17,
            SignatureNonceUsed: shared22,
          },
          '403': shared307,
          '404': shared305,
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
    },
    '/2023-03-30/functions/{functionName}/versions/{versionId}': {
      delete: {
        operationId: 'DeleteFunctionVersion',
        'x-fc-rules': [
          { id: 'request-body-not-allowed', status: 'inferred', code: 'InvalidArgument' },
          { id: 'functionName-pattern', status: 'inferred', code: 'InvalidArgument' },
          { id: 'functionName-length', status: 'inferred', code: 'InvalidArgument' },
          { id: 'version-latest-kept', status: 'documented', code: 'InvalidArgument' },
          { id: 'versionId-format', status: 'inferred', code: 'InvalidArgument' },
          { id: 'version-in-use', status: 'inferred', code: 'InvalidArgument' },
        ],
        responses: {
          '204': null,
          '400': {
            InvalidArgument: shared183,
            MissingRequiredHeader: shared17,
            SignatureNonceUsed: shared22,
          },
          '403': shared307,
          '404': { VersionNotFound: shared113, FunctionNotFound: shared111 },
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
    },
    '/2023-03-30/functions/{functionName}/aliases': {
      post: {
        operationId: 'CreateAlias',
        'x-fc-rules': [
          { id: 'functionName-pattern', status: 'inferred', code: 'InvalidArgument' },
          { id: 'functionName-length', status: 'inferred', code: 'InvalidArgument' },
          { id: 'alias-input-types', status: 'documented', code: 'InvalidArgument' },
          { id: 'aliasName-format', status: 'inferred', code: 'InvalidArgument' },
          { id: 'alias-weights', status: 'inferred', code: 'InvalidArgument' },
          shared313,
        ],
        responses: {
          '200': shared314,
          '400': {
            InvalidArgument: shared190,
            AdditionalVersionContainsMajorVersion: shared191,
            MissingRequiredHeader: shared17,
            SignatureNonceUsed: shared22,
          },
          '403': shared307,
          '404': { FunctionNotFound: shared111, VersionNotFound: shared192 },
          '409': { AliasAlreadyExists: shared194 },
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
      get: {
        operationId: 'ListAliases',
        'x-fc-rules': shared308,
        responses: {
          '200': { page: shared199 },
          '400': shared309,
          '403': shared307,
          '404': shared305,
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
    },
    '/2023-03-30/functions/{functionName}/aliases/{aliasName}': {
      get: {
        operationId: 'GetAlias',
        'x-fc-rules': shared315,
        responses: {
          '200': shared314,
          '400': {
            InvalidArgument: shared201,
            MissingRequiredHeader: shared17,
            SignatureNonceUsed: shared22,
          },
          '403': shared307,
          '404': shared316,
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
      put: {
        operationId: 'UpdateAlias',
        'x-fc-rules': [
          { id: 'functionName-pattern', status: 'inferred', code: 'InvalidArgument' },
          { id: 'functionName-length', status: 'inferred', code: 'InvalidArgument' },
          { id: 'aliasName-format', status: 'inferred', code: 'InvalidArgument' },
          { id: 'alias-input-types', status: 'documented', code: 'InvalidArgument' },
          { id: 'alias-weights', status: 'inferred', code: 'InvalidArgument' },
          shared313,
        ],
        responses: {
          '200': shared314,
          '400': {
            InvalidArgument: { Code: 'InvalidArgument', Message: 'versionId must be a string, got 2' },
            AdditionalVersionContainsMajorVersion: shared209,
            MissingRequiredHeader: shared17,
            SignatureNonceUsed: shared22,
          },
          '403': shared307,
          '404': { AliasNotFound: shared114, VersionNotFound: shared192, FunctionNotFound: shared111 },
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
      delete: {
        operationId: 'DeleteAlias',
        'x-fc-rules': shared315,
        responses: {
          '204': null,
          '400': {
            InvalidArgument: shared210,
            MissingRequiredHeader: shared17,
            SignatureNonceUsed: shared22,
          },
          '403': shared307,
          '404': shared316,
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
    },
    '/2023-03-30/functions/{functionName}/code': {
      get: {
        operationId: 'GetFunctionCode',
        'x-fc-rules': [
          { id: 'request-body-not-allowed', status: 'inferred', code: 'InvalidArgument' },
          { id: 'functionName-pattern', status: 'inferred', code: 'InvalidArgument' },
          { id: 'functionName-length', status: 'inferred', code: 'InvalidArgument' },
          { id: 'code-package-only', status: 'inferred', code: 'InvalidArgument' },
        ],
        responses: {
          '200': { package: shared211 },
          '400': {
            InvalidArgument: shared212,
            MissingRequiredHeader: shared17,
            SignatureNonceUsed: shared22,
          },
          '403': shared307,
          '404': shared304,
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
    },
    '/2023-03-30/functions/{functionName}/async-invoke-config': {
      get: {
        operationId: 'GetAsyncInvokeConfig',
        'x-fc-rules': shared317,
        responses: {
          '200': null,
          '400': shared312,
          '403': shared307,
          '404': { AsyncConfigNotExists: shared213, FunctionNotFound: shared111 },
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
    },
    '/2023-03-30/functions/{functionName}/concurrency': {
      get: {
        operationId: 'GetConcurrencyConfig',
        'x-fc-rules': shared317,
        responses: {
          '200': null,
          '400': shared312,
          '403': shared307,
          '404': { OnDemandConfigNotFound: shared215, FunctionNotFound: shared111 },
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
    },
    '/2023-03-30/functions/{functionName}/scaling-config': {
      get: {
        operationId: 'GetScalingConfig',
        'x-fc-rules': shared317,
        responses: {
          '200': { none: { currentInstances: 0, minInstances: 0, targetInstances: 0 } },
          '400': shared312,
          '403': shared307,
          '404': shared305,
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
    },
    '/2023-03-30/functions/{functionName}/provision-config': {
      get: {
        operationId: 'GetProvisionConfig',
        'x-fc-rules': shared317,
        responses: {
          '200': { none: { current: 0, target: 0 } },
          '400': shared312,
          '403': shared307,
          '404': shared305,
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
    },
    '/2023-03-30/functions/{functionName}/vpc-bindings': {
      get: {
        operationId: 'ListVpcBindings',
        'x-fc-rules': shared317,
        responses: {
          '200': { none: { vpcIds: [] } },
          '400': shared312,
          '403': shared307,
          '404': shared305,
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
    },
    '/2023-03-30/async-invoke-configs': {
      get: {
        operationId: 'ListAsyncInvokeConfigs',
        'x-fc-rules': shared318,
        responses: {
          '200': { none: { configs: [] } },
          '400': {
            InvalidArgument: shared216,
            MissingRequiredHeader: shared17,
            SignatureNonceUsed: shared22,
          },
          '403': shared307,
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
    },
    '/2023-03-30/scaling-configs': {
      get: {
        operationId: 'ListScalingConfigs',
        'x-fc-rules': shared318,
        responses: {
          '200': { none: { scalingConfigs: [] } },
          '400': {
            InvalidArgument: shared219,
            MissingRequiredHeader: shared17,
            SignatureNonceUsed: shared22,
          },
          '403': shared307,
          '429': shared300,
          '500': shared301,
          '503': shared302,
        },
      },
    },
  },
  components: {
    schemas: {
      CreateFunctionInput: shared225,
      UpdateFunctionInput: shared227,
      InputCodeLocation: shared232,
      CustomContainerConfig: shared234,
      AccelerationInfo: { type: 'object', readOnly: true, properties: { status: { type: 'string' } } },
      RegistryConfig: shared236,
      RegistryAuthConfig: shared237,
      RegistryCertConfig: shared238,
      RegistryNetworkConfig: shared240,
      CustomHealthCheckConfig: shared242,
      CustomRuntimeConfig: shared244,
      CustomDNS: shared246,
      DNSOption: shared248,
      GPUConfig: shared251,
      InstanceLifecycleConfig: shared253,
      LifecycleHook: shared255,
      LogConfig: shared257,
      NASConfig: shared260,
      NASMountConfig: shared262,
      OSSMountConfig: shared265,
      OSSMountPoint: shared267,
      VPCConfig: shared269,
      TracingConfig: shared271,
      Tag: shared273,
      JuiceFsConfig: shared275,
      JuiceFsMountConfig: shared277,
      PolarFsConfig: shared279,
      PolarFsMountConfig: shared281,
      CreateTriggerInput: shared286,
      UpdateTriggerInput: shared288,
      TagResourcesInput: shared290,
      ChangeResourceGroupInput: shared292,
      DisableFunctionInvocationRequest: shared293,
      PublishVersionInput: { type: 'object', properties: { description: { type: 'string' } } },
      CreateAliasInput: shared296,
      UpdateAliasInput: shared298,
    },
  },
};

/**
 * The request-body examples of the spec by operationId, then example name (the contract suite
 * builds cases from them; the emulator does not read them).
 *
 * @example
 * requestExamples.CreateFunction?.sample; // { functionName: 'my-function-1', … }
 */
export const requestExamples: { [operationId: string]: { [name: string]: JsonValue } } = {
  CreateFunction: {
    sample: {
      functionName: 'my-function-1',
      runtime: 'python3.10',
      handler: 'index.handler',
      description: 'my function',
      code: {
        zipFile:
          'UEsDBBQAAAAAAO1BgVZBhpGhNgAAADYAAAAIAAAAaW5kZXgucHlkZWYgaGFuZGxlcihldmVudCwgY29udGV4dCk6CiAgICByZXR1cm4gJ2hlbGxvIHdvcmxkJwpQSwECFAMUAAAAAADtQYFWQYaRoTYAAAA2AAAACAAAAAAAAAAAAAAApAEAAAAAaW5kZXgucHlQSwUGAAAAAAEAAQA2AAAAXAAAAAAA',
        checksum: '17523635390036478140',
      },
      cpu: 0.5,
      memorySize: 1024,
      diskSize: 512,
      timeout: 60,
      instanceConcurrency: 1,
      internetAccess: true,
      environmentVariables: {
        key: 'value1',
      },
      role: 'acs:ram::1234567890123456:role/fc-test',
      layers: ['acs:fc:cn-shanghai:1234567890123456:layers/fc_layer/versions/1'],
      customDNS: {
        nameServers: ['8.8.8.8'],
        searches: ['ns1.svc.cluster-domain.example'],
        dnsOptions: [
          {
            name: 'ndots',
            value: '2',
          },
        ],
      },
      instanceLifecycleConfig: {
        initializer: {
          handler: 'index.initializer',
          timeout: 10,
        },
        preStop: {
          handler: 'index.pre_stop',
          timeout: 10,
        },
      },
      logConfig: {
        project: 'test-project',
        logstore: 'test-logstore',
        logBeginRule: 'DefaultRegex',
        enableRequestMetrics: true,
        enableInstanceMetrics: true,
      },
      nasConfig: {
        userId: 100,
        groupId: 100,
        mountPoints: [
          {
            serverAddr: '0c4b8484a1-uni85.cn-shanghai.nas.aliyuncs.com:/',
            mountDir: '/home/test',
            enableTLS: true,
          },
        ],
      },
      ossMountConfig: {
        mountPoints: [
          {
            bucketName: 'my-bucket',
            bucketPath: '/my-dir',
            endpoint: 'http://oss-cn-shanghai.aliyuncs.com',
            mountDir: '/mnt/dir',
            readOnly: true,
          },
        ],
      },
      tracingConfig: {
        type: 'Jaeger',
        params: {
          endpoint: 'http://tracing-analysis-dc-sh-internal.aliyuncs.com/adapt_xxx/api/traces',
        },
      },
      vpcConfig: {
        vpcId: 'vpc-bp1example0000001',
        vSwitchIds: ['vsw-bp1example0000001'],
        securityGroupId: 'sg-bp1example0000001',
        role: 'acs:ram::1234567890123456:role/fc-test',
      },
      tags: [
        {
          Key: 'env',
          Value: 'test',
        },
      ],
      instanceIsolationMode: 'SHARE',
      sessionAffinity: 'NONE',
    },
    minimal: {
      functionName: 'hello',
      runtime: 'nodejs20',
      handler: 'index.handler',
      code: {
        zipFile: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==',
      },
    },
    container: {
      functionName: 'my-container-fn',
      runtime: 'custom-container',
      handler: 'handler',
      cpu: 2,
      memorySize: 4096,
      diskSize: 10240,
      instanceConcurrency: 10,
      customContainerConfig: {
        image: 'registry-vpc.cn-hangzhou.aliyuncs.com/fc-demo/helloworld:v1beta1',
        entrypoint: ['/code/bootstrap'],
        command: ['arg1'],
        port: 9000,
        healthCheckConfig: {
          httpGetUrl: '/ready',
          initialDelaySeconds: 1,
          periodSeconds: 1,
          timeoutSeconds: 2,
          failureThreshold: 1,
          successThreshold: 2,
        },
      },
    },
    clearing: {
      functionName: 'clearing_values',
      runtime: 'custom.debian10',
      handler: 'index.handler',
      code: {
        ossBucketName: 'my-bucket',
        ossObjectName: 'code.zip',
      },
      description: '',
      role: '',
      environmentVariables: {},
      layers: [],
      vpcConfig: {
        securityGroupId: '',
        vSwitchIds: [],
        vpcId: '',
      },
      nasConfig: {
        groupId: 0,
        userId: 0,
        mountPoints: [],
      },
      ossMountConfig: {
        mountPoints: [],
      },
      tracingConfig: {},
      logConfig: {
        enableInstanceMetrics: false,
        enableRequestMetrics: false,
        logBeginRule: 'None',
        logstore: '',
        project: '',
      },
      instanceIsolationMode: 'SHARE',
      sessionAffinity: 'NONE',
    },
  },
  UpdateFunction: {
    terraform: {
      functionName: 'my-function-1',
      runtime: 'python3.10',
      handler: 'index.handler',
      memorySize: 2048,
    },
    codeOnly: {
      code: {
        zipFile: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==',
        checksum: '2220831586920633690',
      },
    },
    serverlessDevs: {
      code: {
        ossBucketName: 'my-bucket',
        ossObjectName: '1234567890123456/code.zip',
      },
      description: '',
      environmentVariables: {},
      handler: 'index.handler',
      instanceIsolationMode: 'SHARE',
      internetAccess: true,
      layers: [],
      logConfig: {
        enableInstanceMetrics: false,
        enableRequestMetrics: false,
        logBeginRule: 'None',
        logstore: '',
        project: '',
      },
      memorySize: 512,
      nasConfig: {
        groupId: 0,
        mountPoints: [],
        userId: 0,
      },
      ossMountConfig: {
        mountPoints: [],
      },
      role: '',
      runtime: 'nodejs18',
      sessionAffinity: 'NONE',
      timeout: 3,
      tracingConfig: {},
      vpcConfig: {
        securityGroupId: '',
        vSwitchIds: [],
        vpcId: '',
      },
    },
  },
  CreateTrigger: {
    http: {
      triggerName: 'http-t',
      triggerType: 'http',
      triggerConfig: '{"authType":"anonymous","methods":["GET","POST"]}',
      qualifier: 'LATEST',
      description: '',
    },
  },
  UpdateTrigger: {
    methods: {
      triggerConfig: '{"authType":"anonymous","methods":["GET","POST","PUT"]}',
    },
  },
  TagResources: {
    devsapp: {
      ResourceId: ['acs:fc:cn-hangzhou:1234567890123456:functions/my-function-1'],
      ResourceType: 'FUNCTION',
      Tag: [
        {
          Key: 'env',
          Value: 'prod',
        },
      ],
    },
  },
  ChangeResourceGroup: {
    devsapp: {
      NewResourceGroupId: 'rg-aek2xl5qajnwbua',
      ResourceId: 'my-function-1',
      ResourceType: 'function',
    },
    terraform: {
      resourceId: 'my-function-1',
      newResourceGroupId: 'rg-aek2xl5qajnwbua',
      resourceType: 'function',
    },
  },
  DisableFunctionInvocation: {
    devsapp: {
      reason: 'functionai-delete',
      abortOngoingRequest: true,
    },
  },
  PublishFunctionVersion: {
    devsapp: {
      description: 'my version',
    },
  },
  CreateAlias: {
    canary: {
      aliasName: 'prod',
      versionId: '1',
      description: 'my alias',
      additionalVersionWeight: {
        '2': 0.1,
      },
    },
  },
  UpdateAlias: {
    promote: {
      versionId: '2',
      additionalVersionWeight: {},
    },
  },
};

// Parameters several operations share, written once.
const parameter0: JsonValue = {
  name: 'x-acs-version',
  in: 'header',
  required: false,
  schema: { type: 'string', enum: ['2023-03-30'] },
};
const parameter1: JsonValue = {
  name: 'x-acs-date',
  in: 'header',
  required: false,
  schema: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$' },
};
const parameter2: JsonValue = {
  name: 'x-acs-signature-nonce',
  in: 'header',
  required: false,
  schema: { type: 'string' },
};
const parameter3: JsonValue = {
  name: 'x-acs-content-sha256',
  in: 'header',
  required: false,
  schema: { type: 'string', pattern: '^[0-9a-f]{64}$' },
};
const parameter4: JsonValue = {
  name: 'x-acs-credentials-provider',
  in: 'header',
  required: false,
  schema: { type: 'string' },
};
const parameter5: JsonValue = {
  name: 'x-acs-accesskey-id',
  in: 'header',
  required: false,
  schema: { type: 'string' },
};
const parameter6: JsonValue = {
  name: 'x-acs-security-token',
  in: 'header',
  required: false,
  schema: { type: 'string' },
};
const parameter7: JsonValue = {
  name: 'limit',
  in: 'query',
  required: false,
  schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
  example: 10,
};
const parameter8: JsonValue = {
  name: 'nextToken',
  in: 'query',
  required: false,
  schema: { type: 'string' },
  example: 'MTIzNCNhYmM=',
};
const parameter9: JsonValue = {
  name: 'qualifier',
  in: 'query',
  required: false,
  schema: { type: 'string' },
  example: 'LATEST',
};
const parameter10: JsonValue = [parameter9];
const parameter11: JsonValue = {
  name: 'limit',
  in: 'query',
  schema: { type: 'integer', minimum: 1, maximum: 100 },
};
const parameter12: JsonValue = [parameter11];

/**
 * Each operation's parameters by operationId, shared ones resolved (the validating proxy checks
 * headers with them; the emulator does not read them).
 *
 * @example
 * operationParameters.CreateFunction?.length; // the x-acs-* headers and the rest
 */
export const operationParameters: { [operationId: string]: JsonValue[] } = {
  CreateFunction: [
    {
      name: 'x-acs-action',
      in: 'header',
      required: false,
      schema: { type: 'string', enum: ['CreateFunction'] },
    },
    parameter0,
    parameter1,
    parameter2,
    parameter3,
    parameter4,
    parameter5,
    parameter6,
  ],
  ListFunctions: [
    {
      name: 'x-acs-action',
      in: 'header',
      required: false,
      schema: { type: 'string', enum: ['ListFunctions'] },
    },
    parameter0,
    parameter1,
    parameter2,
    parameter3,
    parameter4,
    parameter5,
    parameter6,
    {
      name: 'description',
      in: 'query',
      required: false,
      schema: { type: 'string' },
      example: 'test_description',
    },
    {
      name: 'fcVersion',
      in: 'query',
      required: false,
      schema: { type: 'string', enum: ['', 'v2', 'v3'] },
      example: 'v3',
    },
    {
      name: 'functionName',
      in: 'query',
      required: false,
      schema: { type: 'string' },
      example: 'my-function-1',
    },
    { name: 'gpuType', in: 'query', required: false, schema: { type: 'string' }, example: 'fc.gpu.tesla.1' },
    parameter7,
    parameter8,
    { name: 'prefix', in: 'query', required: false, schema: { type: 'string' }, example: 'my-func' },
    {
      name: 'resourceGroupId',
      in: 'query',
      required: false,
      schema: { type: 'string' },
      example: 'rg-acfm1c7k24l3456',
    },
    { name: 'runtime', in: 'query', required: false, schema: { type: 'string' }, example: 'python3.10' },
    {
      name: 'tags',
      in: 'query',
      required: false,
      content: {
        'application/json': {
          schema: { type: 'array', items: { $ref: '#/components/schemas/Tag' } },
          example: [{ Key: 'env', Value: 'test' }],
        },
      },
    },
  ],
  GetFunction: [
    {
      name: 'x-acs-action',
      in: 'header',
      required: false,
      schema: { type: 'string', enum: ['GetFunction'] },
    },
    parameter0,
    parameter1,
    parameter2,
    parameter3,
    parameter4,
    parameter5,
    parameter6,
    parameter9,
  ],
  UpdateFunction: [
    {
      name: 'x-acs-action',
      in: 'header',
      required: false,
      schema: { type: 'string', enum: ['UpdateFunction'] },
    },
    parameter0,
    parameter1,
    parameter2,
    parameter3,
    parameter4,
    parameter5,
    parameter6,
  ],
  DeleteFunction: [
    {
      name: 'x-acs-action',
      in: 'header',
      required: false,
      schema: { type: 'string', enum: ['DeleteFunction'] },
    },
    parameter0,
    parameter1,
    parameter2,
    parameter3,
    parameter4,
    parameter5,
    parameter6,
  ],
  ListTriggers: [
    parameter7,
    parameter8,
    { name: 'prefix', in: 'query', required: false, schema: { type: 'string' }, example: 'http' },
  ],
  UntagResources: [
    { name: 'All', in: 'query', required: false, schema: { type: 'boolean' }, example: true },
    {
      name: 'ResourceId',
      in: 'query',
      required: true,
      content: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } },
      example: '["acs:fc:cn-hangzhou:1234567890123456:functions/my-function-1"]',
    },
    { name: 'ResourceType', in: 'query', required: true, schema: { type: 'string' }, example: 'function' },
    {
      name: 'TagKey',
      in: 'query',
      required: false,
      content: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } },
      example: '["env"]',
    },
  ],
  ListFunctionVersions: [
    {
      name: 'direction',
      in: 'query',
      required: false,
      schema: { type: 'string', enum: ['BACKWARD', 'FORWARD'] },
      example: 'BACKWARD',
    },
    parameter7,
    parameter8,
  ],
  ListAliases: [
    parameter7,
    parameter8,
    { name: 'prefix', in: 'query', required: false, schema: { type: 'string' }, example: 'my-alias' },
  ],
  GetFunctionCode: parameter10,
  GetAsyncInvokeConfig: parameter10,
  GetScalingConfig: parameter10,
  GetProvisionConfig: parameter10,
  ListAsyncInvokeConfigs: parameter12,
  ListScalingConfigs: parameter12,
};
