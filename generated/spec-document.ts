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
  bucketName: 'my-bucket',
  bucketPath: '/my-dir',
  endpoint: 'http://oss-cn-shanghai.aliyuncs.com',
  mountDir: '/mnt/dir',
  readOnly: true,
};
const shared2: JsonValue = [shared1];
const shared3: JsonValue = { mountPoints: shared2 };
const shared4: JsonValue = {
  Code: 'MissingRequiredHeader',
  Message: 'required HTTP header x-acs-date was not specified',
};
const shared5: JsonValue = {
  Code: 'EntityTooLarge',
  Message: 'payload size exceeds maximum allowed size (104857600 bytes)',
};
const shared6: JsonValue = {
  Code: 'SignatureNonceUsed',
  Message: 'Specified signature nonce was used already.',
};
const shared7: JsonValue = {
  Code: 'SignatureNotMatch',
  Message:
    'The request signature we calculated does not match the signature you provided. Check your access key and signing method',
};
const shared8: JsonValue = {
  Code: 'RequestTimeTooSkewed',
  Message:
    "the difference between the request time '2024-01-01T00:00:00Z' and the current time '2024-01-01T00:20:00Z' is too large",
};
const shared9: JsonValue = {
  Code: 'ResourceExhausted',
  Message: 'request rate exceeded, please retry later',
};
const shared10: JsonValue = {
  Code: 'Throttling.User',
  Message: 'Request was denied due to user flow control.',
};
const shared11: JsonValue = { ResourceExhausted: shared9, 'Throttling.User': shared10 };
const shared12: JsonValue = {
  Code: 'InternalServerError',
  Message: 'an internal error has occurred. Please retry.',
};
const shared13: JsonValue = { InternalServerError: shared12 };
const shared14: JsonValue = {
  Code: 'ServiceUnavailable',
  Message: 'the service is temporarily unavailable, please retry later',
};
const shared15: JsonValue = {
  Code: 'ResourceThrottled',
  Message: 'machine quota exceeded, please retry later',
};
const shared16: JsonValue = { ServiceUnavailable: shared14, ResourceThrottled: shared15 };
const shared17: JsonValue = {
  enableInstanceMetrics: false,
  enableRequestMetrics: false,
  logBeginRule: 'None',
  logstore: '',
  project: '',
};
const shared18: JsonValue = {
  failureThreshold: 1,
  initialDelaySeconds: 1,
  periodSeconds: 1,
  successThreshold: 2,
  timeoutSeconds: 2,
  httpGetUrl: '/ready',
};
const shared19: JsonValue = {
  image: 'registry-vpc.cn-hangzhou.aliyuncs.com/fc-demo/helloworld:v1beta1',
  entrypoint: ['/code/bootstrap'],
  command: ['arg1'],
  port: 9000,
  healthCheckConfig: shared18,
  accelerationInfo: { status: 'Preparing' },
  resolvedImageUri:
    'registry-vpc.cn-hangzhou.aliyuncs.com/fc-demo/helloworld@sha256:5ae769b5be30ebc48c5aed4d2cf7d27d4cbb8ac85309aac636047e74bddea464',
};
const shared20: JsonValue = {
  nameServers: ['8.8.8.8'],
  searches: ['ns1.svc.cluster-domain.example'],
  dnsOptions: [{ name: 'ndots', value: '2' }],
};
const shared21: JsonValue = {
  initializer: { handler: 'index.initializer', timeout: 10 },
  preStop: { handler: 'index.pre_stop', timeout: 10 },
};
const shared22: JsonValue = {
  arn: 'acs:fc:cn-shanghai:1234567890123456:layers/fc_layer/versions/1',
  size: 236768,
};
const shared23: JsonValue = [shared22];
const shared24: JsonValue = {
  enableInstanceMetrics: true,
  enableRequestMetrics: true,
  logBeginRule: 'DefaultRegex',
  project: 'test-project',
  logstore: 'test-logstore',
};
const shared25: JsonValue = {
  serverAddr: '0c4b8484a1-uni85.cn-shanghai.nas.aliyuncs.com:/',
  mountDir: '/home/test',
  enableTLS: true,
};
const shared26: JsonValue = [shared25];
const shared27: JsonValue = { userId: 100, groupId: 100, mountPoints: shared26 };
const shared28: JsonValue = {
  endpoint: 'http://tracing-analysis-dc-sh-internal.aliyuncs.com/adapt_xxx/api/traces',
};
const shared29: JsonValue = { type: 'Jaeger', params: shared28 };
const shared30: JsonValue = {
  vpcId: 'vpc-bp1example0000001',
  vSwitchIds: ['vsw-bp1example0000001'],
  securityGroupId: 'sg-bp1example0000001',
  role: 'acs:ram::1234567890123456:role/fc-test',
};
const shared31: JsonValue = {
  Code: 'InvalidArgument',
  Message: 'limit must be an integer between 1 and 100, got "0"',
};
const shared32: JsonValue = {
  Code: 'InvalidArgument',
  Message: 'functionName "9lives" is invalid: letters, digits, _ and -; does not start with a digit or -',
};
const shared33: JsonValue = {
  Code: 'PathNotSupported',
  Message: "'POST' against '/2023-03-30/functions/my-function-1' is not supported",
};
const shared34: JsonValue = {
  InvalidArgument: shared32,
  MissingRequiredHeader: shared4,
  PathNotSupported: shared33,
  SignatureNonceUsed: shared6,
};
const shared35: JsonValue = { Code: 'FunctionNotFound', Message: "function 'my-function-1' does not exist." };
const shared36: JsonValue = {
  Code: 'VersionNotFound',
  Message: "version '3' of function 'my-function-1' does not exist",
};
const shared37: JsonValue = {
  Code: 'AliasNotFound',
  Message: "alias 'prod' of function 'my-function-1' does not exist",
};
const shared38: JsonValue = {
  FunctionNotFound: shared35,
  VersionNotFound: shared36,
  AliasNotFound: shared37,
};
const shared39: JsonValue = { FunctionNotFound: shared35 };
const shared40: JsonValue = {
  urlInternet: 'https://http-t-adcbgjhmbe.cn-hangzhou.fcapp.run',
  urlIntranet: 'https://http-t-adcbgjhmbe.cn-hangzhou-vpc.fcapp.run',
};
const shared41: JsonValue = {
  createdTime: '2024-05-01T08:00:00Z',
  description: '',
  httpTrigger: shared40,
  lastModifiedTime: '2024-05-01T08:00:00Z',
  qualifier: 'LATEST',
  status: 'OK',
  targetArn: 'acs:fc:cn-hangzhou:1234567890123456:functions/my-function-1',
  triggerConfig: '{"authType":"anonymous","methods":["GET","POST"]}',
  triggerId: '546959b5-ce1a-4991-8891-df7a02b25086',
  triggerName: 'http-t',
  triggerType: 'http',
};
const shared42: JsonValue = { http: shared41 };
const shared43: JsonValue = {
  Code: 'AccessDenied',
  Message:
    "the caller is not authorized to perform this action on resource 'acs:fc:cn-hangzhou:1234567890123456:functions/my-function-1'",
};
const shared44: JsonValue = {
  AccessDenied: shared43,
  SignatureNotMatch: shared7,
  InvalidAccessKeyID: { Code: 'InvalidAccessKeyID', Message: "invalid access key ID 'testAK'" },
  RequestTimeTooSkewed: shared8,
};
const shared45: JsonValue = [
  { id: 'request-body-not-allowed', status: 'inferred' },
  { id: 'functionName-pattern', status: 'inferred' },
  { id: 'functionName-length', status: 'inferred' },
  { id: 'list-limit-range', status: 'inferred' },
  { id: 'list-next-token', status: 'inferred' },
];
const shared46: JsonValue = {
  InvalidArgument: shared31,
  MissingRequiredHeader: shared4,
  SignatureNonceUsed: shared6,
};
const shared47: JsonValue = [
  { id: 'request-body-not-allowed', status: 'inferred' },
  { id: 'functionName-pattern', status: 'inferred' },
  { id: 'functionName-length', status: 'inferred' },
  { id: 'triggerName-format', status: 'inferred' },
];
const shared48: JsonValue = {
  Code: 'TriggerNotFound',
  Message: "trigger 'http-t' of function 'my-function-1' does not exist",
};
const shared49: JsonValue = { TriggerNotFound: shared48 };
const shared50: JsonValue = { MissingRequiredHeader: shared4, SignatureNonceUsed: shared6 };
const shared51: JsonValue = {
  Code: 'InvalidArgument',
  Message: 'ResourceType "alias" is not supported; use function',
};
const shared52: JsonValue = {
  createdTime: '2024-05-01T08:00:00Z',
  description: 'my version',
  lastModifiedTime: '2024-05-01T08:00:00Z',
  versionId: '1',
};
const shared53: JsonValue = {
  additionalVersionWeight: { '2': 0.1 },
  aliasName: 'prod',
  createdTime: '2024-05-01T08:00:00Z',
  description: 'my alias',
  lastModifiedTime: '2024-05-01T08:00:00Z',
  versionId: '1',
};
const shared54: JsonValue = { canary: shared53 };
const shared55: JsonValue = {
  Code: 'VersionNotFound',
  Message: "version '7' of function 'my-function-1' does not exist",
};
const shared56: JsonValue = [
  { id: 'request-body-not-allowed', status: 'inferred' },
  { id: 'functionName-pattern', status: 'inferred' },
  { id: 'functionName-length', status: 'inferred' },
  { id: 'aliasName-format', status: 'inferred' },
];
const shared57: JsonValue = { AliasNotFound: shared37, FunctionNotFound: shared35 };
const shared58: JsonValue = [
  { id: 'request-body-not-allowed', status: 'inferred' },
  { id: 'list-limit-range', status: 'inferred' },
];
const shared59: JsonValue = { value: shared4 };
const shared60: JsonValue = { value: shared5, 'x-fc-grade': 'inferred' };
const shared61: JsonValue = { value: shared6, 'x-fc-grade': 'inferred' };
const shared62: JsonValue = { value: shared7 };
const shared63: JsonValue = {
  value: { Code: 'InvalidAccessKeyID', Message: "invalid access key ID 'testAK'" },
};
const shared64: JsonValue = { value: shared8, 'x-fc-grade': 'inferred' };
const shared65: JsonValue = { value: shared9 };
const shared66: JsonValue = { value: shared10, 'x-fc-grade': 'inferred' };
const shared67: JsonValue = { ResourceExhausted: shared65, 'Throttling.User': shared66 };
const shared68: JsonValue = { schema: { $ref: '#/components/schemas/Error' }, examples: shared67 };
const shared69: JsonValue = { 'application/json': shared68 };
const shared70: JsonValue = { content: shared69 };
const shared71: JsonValue = { value: shared12 };
const shared72: JsonValue = { InternalServerError: shared71 };
const shared73: JsonValue = { schema: { $ref: '#/components/schemas/Error' }, examples: shared72 };
const shared74: JsonValue = { 'application/json': shared73 };
const shared75: JsonValue = { content: shared74 };
const shared76: JsonValue = { value: shared14, 'x-fc-grade': 'inferred' };
const shared77: JsonValue = { value: shared15 };
const shared78: JsonValue = { ServiceUnavailable: shared76, ResourceThrottled: shared77 };
const shared79: JsonValue = { schema: { $ref: '#/components/schemas/Error' }, examples: shared78 };
const shared80: JsonValue = { 'application/json': shared79 };
const shared81: JsonValue = { content: shared80 };
const shared82: JsonValue = {
  id: 'tags-unique-keys',
  by: 'emulator',
  status: 'inferred',
  statement: 'tag keys are unique',
  reference: 'C.15',
  code: 'InvalidArgument',
};
const shared83: JsonValue = [
  { path: '/tags/*/Key', keywords: ['maxLength', 'pattern'] },
  { path: '/tags/*/Value', keywords: ['maxLength'] },
];
const shared84: JsonValue = {
  id: 'tag-lengths',
  by: 'schema',
  status: 'documented',
  statement: 'keys ≤ 64 chars, no `aliyun`/`acs:` prefix; values ≤ 128',
  reference: 'C.15, T.4',
  code: 'InvalidArgument',
  appliesTo: shared83,
};
const shared85: JsonValue = {
  id: 'request-body-not-allowed',
  by: 'emulator',
  status: 'inferred',
  statement:
    'the request carries no body (nothing but JSON white space after an optional BOM), or only `{}` (the SDK sends none; terraform sends `{}` on UntagResources), else 400 `InvalidArgument`',
  reference: 'lifecycle A.2',
  code: 'InvalidArgument',
};
const shared86: JsonValue = {
  type: 'string',
  pattern: '^[A-Za-z_][A-Za-z0-9_-]*$',
  minLength: 1,
  maxLength: 64,
};
const shared87: JsonValue = { value: shared32, 'x-fc-grade': 'inferred' };
const shared88: JsonValue = { value: shared33 };
const shared89: JsonValue = {
  InvalidArgument: shared87,
  MissingRequiredHeader: shared59,
  PathNotSupported: shared88,
  SignatureNonceUsed: shared61,
};
const shared90: JsonValue = { schema: { $ref: '#/components/schemas/Error' }, examples: shared89 };
const shared91: JsonValue = { 'application/json': shared90 };
const shared92: JsonValue = { content: shared91, 'x-fc-grade': 'inferred' };
const shared93: JsonValue = { value: shared35 };
const shared94: JsonValue = {
  id: 'functionName-pattern',
  by: 'emulator',
  status: 'inferred',
  statement:
    'the path name obeys the create rule (letters, digits, `_` and `-`; does not start with a digit or `-`), else 400 `InvalidArgument`',
  reference: 'CF B.1, lifecycle A.2',
  code: 'InvalidArgument',
};
const shared95: JsonValue = {
  id: 'functionName-length',
  by: 'emulator',
  status: 'inferred',
  statement: 'the path name is 1 to 64 characters, else 400 `InvalidArgument`',
  reference: 'CF B.1, lifecycle A.2',
  code: 'InvalidArgument',
};
const shared96: JsonValue = { FunctionNotFound: shared93 };
const shared97: JsonValue = { schema: { $ref: '#/components/schemas/Error' }, examples: shared96 };
const shared98: JsonValue = { 'application/json': shared97 };
const shared99: JsonValue = { content: shared98 };
const shared100: JsonValue = { value: shared41 };
const shared101: JsonValue = { http: shared100 };
const shared102: JsonValue = { schema: { $ref: '#/components/schemas/Trigger' }, examples: shared101 };
const shared103: JsonValue = { 'application/json': shared102 };
const shared104: JsonValue = { value: shared43, 'x-fc-grade': 'inferred' };
const shared105: JsonValue = {
  AccessDenied: shared104,
  SignatureNotMatch: shared62,
  InvalidAccessKeyID: shared63,
  RequestTimeTooSkewed: shared64,
};
const shared106: JsonValue = { schema: { $ref: '#/components/schemas/Error' }, examples: shared105 };
const shared107: JsonValue = { 'application/json': shared106 };
const shared108: JsonValue = { content: shared107 };
const shared109: JsonValue = { content: shared98, 'x-fc-grade': 'inferred' };
const shared110: JsonValue = {
  id: 'triggerConfig-json',
  by: 'emulator',
  status: 'documented',
  statement: '`triggerConfig` is the JSON text of an object',
  reference: 'lifecycle I.4, T.1',
  code: 'InvalidArgument',
};
const shared111: JsonValue = {
  id: 'http-trigger-config',
  by: 'emulator',
  status: 'inferred',
  statement: '`http` config: known `authType`, HTTP `methods`, boolean `disableURLInternet`',
  reference: 'T.1',
  code: 'InvalidArgument',
};
const shared112: JsonValue = {
  id: 'timer-trigger-config',
  by: 'emulator',
  status: 'inferred',
  statement: '`timer` config: a `cronExpression` (`@every 4m` or six fields), boolean `enable`',
  reference: 'T.1',
  code: 'InvalidArgument',
};
const shared113: JsonValue = { value: shared31 };
const shared114: JsonValue = {
  InvalidArgument: shared113,
  MissingRequiredHeader: shared59,
  SignatureNonceUsed: shared61,
};
const shared115: JsonValue = { schema: { $ref: '#/components/schemas/Error' }, examples: shared114 };
const shared116: JsonValue = { 'application/json': shared115 };
const shared117: JsonValue = { content: shared116 };
const shared118: JsonValue = { content: shared103 };
const shared119: JsonValue = { value: shared48 };
const shared120: JsonValue = {
  id: 'triggerName-format',
  by: 'emulator',
  status: 'inferred',
  statement: "the path's trigger name obeys the create rule",
  reference: 'lifecycle I.4, T.1',
  code: 'InvalidArgument',
};
const shared121: JsonValue = [shared85, shared94, shared95, shared120];
const shared122: JsonValue = { TriggerNotFound: shared119 };
const shared123: JsonValue = { schema: { $ref: '#/components/schemas/Error' }, examples: shared122 };
const shared124: JsonValue = { 'application/json': shared123 };
const shared125: JsonValue = { content: shared124 };
const shared126: JsonValue = { MissingRequiredHeader: shared59, SignatureNonceUsed: shared61 };
const shared127: JsonValue = { schema: { $ref: '#/components/schemas/Error' }, examples: shared126 };
const shared128: JsonValue = { 'application/json': shared127 };
const shared129: JsonValue = { content: shared128 };
const shared130: JsonValue = { value: shared51, 'x-fc-grade': 'inferred' };
const shared131: JsonValue = {
  id: 'tag-resource-ids',
  by: 'emulator',
  status: 'documented',
  statement: '`ResourceId`: function ARNs; `ResourceType`: `function`, any case',
  reference: 'lifecycle I.5, T.4',
  code: 'InvalidArgument',
};
const shared132: JsonValue = {
  id: 'tag-resource-ids-max',
  by: 'emulator',
  status: 'inferred',
  statement: 'at most 50 `ResourceId`s',
  reference: 'T.4',
  code: 'InvalidArgument',
};
const shared133: JsonValue = { value: shared36 };
const shared134: JsonValue = { value: shared53 };
const shared135: JsonValue = { canary: shared134 };
const shared136: JsonValue = { schema: { $ref: '#/components/schemas/Alias' }, examples: shared135 };
const shared137: JsonValue = { 'application/json': shared136 };
const shared138: JsonValue = { value: shared55 };
const shared139: JsonValue = {
  id: 'alias-input-types',
  by: 'emulator',
  status: 'documented',
  statement:
    '`aliasName` and `versionId` present (on create) and strings, `description` a string, `additionalVersionWeight` an object of numbers',
  reference: 'lifecycle I.3',
  code: 'InvalidArgument',
};
const shared140: JsonValue = {
  id: 'alias-weights',
  by: 'emulator',
  status: 'inferred',
  statement:
    'every weight of `additionalVersionWeight` is from 0 to 1 (the doc sample weight is 0.5, a fraction; no range is documented)',
  reference: 'lifecycle I.3',
  code: 'InvalidArgument',
};
const shared141: JsonValue = {
  id: 'alias-weights-not-main',
  by: 'emulator',
  status: 'documented',
  statement:
    "`additionalVersionWeight` does not name the main version (FC 2.0's rule and code `AdditionalVersionContainsMajorVersion`; its 400 and message inferred)",
  reference: 'lifecycle I.3',
  code: 'AdditionalVersionContainsMajorVersion',
};
const shared142: JsonValue = { content: shared137 };
const shared143: JsonValue = { value: shared37 };
const shared144: JsonValue = { AliasNotFound: shared143, FunctionNotFound: shared93 };
const shared145: JsonValue = { schema: { $ref: '#/components/schemas/Error' }, examples: shared144 };
const shared146: JsonValue = { 'application/json': shared145 };
const shared147: JsonValue = { content: shared146 };
const shared148: JsonValue = {
  id: 'aliasName-format',
  by: 'emulator',
  status: 'inferred',
  statement: "the path's alias name obeys the create rule",
  reference: 'lifecycle I.3',
  code: 'InvalidArgument',
};
const shared149: JsonValue = [shared85, shared94, shared95, shared148];
const shared150: JsonValue = [shared85];
const shared151: JsonValue = {
  id: 'list-limit-range',
  by: 'emulator',
  status: 'inferred',
  statement: '`limit` is an integer from 1 to 100',
  reference: 'lifecycle E.1, T.6',
  code: 'InvalidArgument',
};
const shared152: JsonValue = [shared85, shared151];
const shared153: JsonValue = [
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
const shared154: JsonValue = { type: 'string', enum: shared153 };
const shared155: JsonValue = {
  type: 'string',
  pattern: '^[A-Za-z_][A-Za-z0-9_-]*$',
  minLength: 1,
  maxLength: 128,
};
const shared156: JsonValue = {
  type: 'object',
  additionalProperties: { type: 'number', minimum: 0, maximum: 1 },
};

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
                examples: {
                  sample: {
                    value: {
                      codeChecksum: '2825179536350****',
                      codeSize: 412,
                      cpu: 1,
                      createdTime: '2023-04-01T08:15:27Z',
                      customContainerConfig: {
                        accelerationInfo: { status: 'Ready' },
                        accelerationType: 'default',
                        acrInstanceId: 'cri-xxxxxxxxxx',
                        command: ['arg1'],
                        entrypoint: ['/code/bootstrap'],
                        healthCheckConfig: shared0,
                        image: 'registry-vpc.cn-hangzhou.aliyuncs.com/fc-demo/helloworld:v1beta1',
                        port: 9000,
                        registryConfig: {
                          authConfig: { password: 'abc***', userName: 'admin' },
                          certConfig: { insecure: true, rootCaCertBase64: 'cm9vdF9jYV9jZXJ0' },
                          networkConfig: {
                            securityGroupId: 'sg-xxxxxxxxxxxxxx',
                            vSwitchId: 'vsw-xxxxxxxxxxxxxx',
                            vpcId: 'vpc-xxxxxxxxxxxxxx',
                          },
                        },
                        resolvedImageUri:
                          'stand-sh-registry-vpc.cn-shanghai.cr.aliyuncs.com/fc-demo2/springboot-helloworld@sha256:68d1****0d64d6',
                      },
                      customDNS: {
                        dnsOptions: [{ name: 'ndots', value: '2' }],
                        nameServers: ['8.8.x.x'],
                        searches: ['ns1.svc.cluster-domain.example'],
                      },
                      customRuntimeConfig: {
                        args: ['arg1'],
                        command: ['/code/bootstrap'],
                        healthCheckConfig: shared0,
                        port: 9000,
                      },
                      description: 'my function',
                      diskSize: 512,
                      environmentVariables: { key: 'value1' },
                      functionArn: 'acs:fc:cn-shanghai:123:functions/functionName',
                      functionId: 'aa715851-1c20-4b89-a8fb-***',
                      functionName: 'my-function-1',
                      gpuConfig: { gpuMemorySize: 2048, gpuType: 'fc.gpu.ampere.1' },
                      handler: 'index.handler',
                      instanceConcurrency: 1,
                      instanceLifecycleConfig: {
                        initializer: { handler: 'index.initializer', timeout: 10 },
                        preStop: { handler: 'index.initializer', timeout: 10 },
                      },
                      internetAccess: true,
                      lastModifiedTime: '2023-05-01T08:15:27Z',
                      lastUpdateStatus: 'InProgress',
                      lastUpdateStatusReason:
                        'The system is currently processing the acceleration optimization for the image.',
                      lastUpdateStatusReasonCode: 'ImageOptimizing',
                      layers: [
                        { arn: 'acs:fc:cn-beijing:186824xxxxxx:layers/fc_layer/versions/1', size: 421 },
                      ],
                      logConfig: {
                        enableInstanceMetrics: true,
                        enableRequestMetrics: true,
                        logBeginRule: 'DefaultRegex',
                        logstore: 'test-logstore',
                        project: 'test-project',
                      },
                      memorySize: 512,
                      nasConfig: {
                        groupId: 100,
                        mountPoints: [
                          {
                            enableTLS: true,
                            mountDir: '/home/test',
                            serverAddr: '***-uni85.cn-hangzhou.nas.com:/',
                          },
                        ],
                        userId: 100,
                      },
                      ossMountConfig: shared3,
                      role: 'acs:ram::188077086902****:role/fc-test',
                      runtime: 'python3.10',
                      state: 'Pending',
                      stateReason: 'Function creating',
                      stateReasonCode: 'Creating',
                      timeout: 60,
                      tracingConfig: { params: { key: 'tracing_analysis_jaeger_endpoint' }, type: 'Jaeger' },
                      vpcConfig: {
                        securityGroupId: 'sg-bp18hj1wtxgy3b0***',
                        vSwitchIds: ['vsw-bp1ozpcrdc6r****'],
                        vpcId: 'vpc-***',
                        role: 'acs:ram::188077086902****:role/fc-test',
                      },
                    },
                  },
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
                  InvalidArgument: {
                    value: { Code: 'InvalidArgument', Message: 'Handler is required but not provided' },
                  },
                  MissingRequiredHeader: shared59,
                  PathNotSupported: {
                    value: {
                      Code: 'PathNotSupported',
                      Message: "'PUT' against '/2023-03-30/functions' is not supported",
                    },
                  },
                  EntityTooLarge: shared60,
                  SignatureNonceUsed: shared61,
                  LimitExceeded: {
                    value: {
                      Code: 'LimitExceeded',
                      Message: 'resource-count quota exceeded for functions in this region',
                    },
                    'x-fc-grade': 'inferred',
                  },
                },
              },
            },
          },
          '403': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  AccessDenied: {
                    value: {
                      Code: 'AccessDenied',
                      Message:
                        "the caller is not authorized to perform 'fc:CreateFunction' on resource 'acs:fc:cn-hangzhou:1234567890123456:functions/my-function-1'",
                    },
                  },
                  SignatureNotMatch: shared62,
                  InvalidAccessKeyID: shared63,
                  RequestTimeTooSkewed: shared64,
                },
              },
            },
          },
          '409': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  FunctionAlreadyExists: {
                    value: {
                      Code: 'FunctionAlreadyExists',
                      Message: "function 'my-function-1' already exists",
                    },
                    'x-fc-grade': 'inferred',
                  },
                  ConcurrentUpdateError: {
                    value: {
                      Code: 'ConcurrentUpdateError',
                      Message:
                        'ConcurrentUpdateError: function my-function-1 is being modified by another request',
                    },
                  },
                },
              },
            },
          },
          '429': shared70,
          '500': shared75,
          '503': shared81,
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
            appliesTo: [
              { path: '/customContainerConfig/healthCheckConfig/httpGetUrl', keywords: ['maxLength'] },
              {
                path: '/customContainerConfig/healthCheckConfig/initialDelaySeconds',
                keywords: ['minimum', 'maximum'],
              },
              {
                path: '/customContainerConfig/healthCheckConfig/periodSeconds',
                keywords: ['minimum', 'maximum'],
              },
              {
                path: '/customContainerConfig/healthCheckConfig/timeoutSeconds',
                keywords: ['minimum', 'maximum'],
              },
              {
                path: '/customContainerConfig/healthCheckConfig/failureThreshold',
                keywords: ['minimum', 'maximum'],
              },
              {
                path: '/customContainerConfig/healthCheckConfig/successThreshold',
                keywords: ['minimum', 'maximum'],
              },
              { path: '/customRuntimeConfig/healthCheckConfig/httpGetUrl', keywords: ['maxLength'] },
              {
                path: '/customRuntimeConfig/healthCheckConfig/initialDelaySeconds',
                keywords: ['minimum', 'maximum'],
              },
              {
                path: '/customRuntimeConfig/healthCheckConfig/periodSeconds',
                keywords: ['minimum', 'maximum'],
              },
              {
                path: '/customRuntimeConfig/healthCheckConfig/timeoutSeconds',
                keywords: ['minimum', 'maximum'],
              },
              {
                path: '/customRuntimeConfig/healthCheckConfig/failureThreshold',
                keywords: ['minimum', 'maximum'],
              },
              {
                path: '/customRuntimeConfig/healthCheckConfig/successThreshold',
                keywords: ['minimum', 'maximum'],
              },
            ],
          },
          {
            id: 'port-range',
            by: 'schema',
            status: 'inferred',
            statement: 'container / custom runtime `port` in [1, 65535]',
            reference: 'B.2',
            code: 'InvalidArgument',
            appliesTo: [
              { path: '/customContainerConfig/port', keywords: ['minimum', 'maximum'] },
              { path: '/customRuntimeConfig/port', keywords: ['minimum', 'maximum'] },
            ],
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
            id: 'cpu-memory-ratio-default-memory',
            by: 'emulator',
            status: 'inferred',
            statement:
              '`cpu` without `memorySize` keeps the ratio against the memorySize the function reads back, 512 (on update: its own, 512 when never set)',
            reference: 'C.5, D.3',
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
            statement:
              '`customRuntimeConfig` only for `custom` and `custom.debian*`; the empty shell (`{}`, or only empty `command` / `args`) GetFunction reads back counts as unset',
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
          shared82,
          shared84,
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
                  firstPage: {
                    value: {
                      functions: [
                        {
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
                          logConfig: shared17,
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
                        },
                        {
                          codeChecksum: '0',
                          codeSize: 0,
                          cpu: 2,
                          createdTime: '2024-05-01T08:15:27Z',
                          customContainerConfig: shared19,
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
                          logConfig: shared17,
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
                        },
                      ],
                      nextToken: 'bXktZnVuY3Rpb24tMQ==',
                    },
                    'x-fc-grade': 'inferred',
                  },
                  lastPage: {
                    value: {
                      functions: [
                        {
                          codeChecksum: '17523635390036478140',
                          codeSize: 168,
                          cpu: 0.5,
                          createdTime: '2024-05-01T08:15:27Z',
                          customDNS: shared20,
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
                          instanceLifecycleConfig: shared21,
                          internetAccess: true,
                          lastModifiedTime: '2024-05-01T08:15:27Z',
                          layers: shared23,
                          logConfig: shared24,
                          memorySize: 1024,
                          nasConfig: shared27,
                          ossMountConfig: shared3,
                          resourceGroupId: 'rg-acfm1c7k24l3456',
                          role: 'acs:ram::1234567890123456:role/fc-test',
                          runtime: 'python3.10',
                          sessionAffinity: 'NONE',
                          tags: [{ Key: 'env', Value: 'test' }],
                          timeout: 60,
                          tracingConfig: shared29,
                          vpcConfig: shared30,
                        },
                      ],
                      nextToken: '',
                    },
                  },
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
                  InvalidArgument: { value: shared31, 'x-fc-grade': 'inferred' },
                  MissingRequiredHeader: shared59,
                  PathNotSupported: {
                    value: {
                      Code: 'PathNotSupported',
                      Message: "'PATCH' against '/2023-03-30/functions' is not supported",
                    },
                  },
                  SignatureNonceUsed: shared61,
                },
              },
            },
          },
          '403': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  AccessDenied: {
                    value: {
                      Code: 'AccessDenied',
                      Message:
                        "the caller is not authorized to perform 'fc:ListFunctions' on resource 'acs:fc:cn-shanghai:1234567890123456:functions/*'",
                    },
                  },
                  SignatureNotMatch: shared62,
                  InvalidAccessKeyID: shared63,
                  RequestTimeTooSkewed: shared64,
                },
              },
            },
          },
          '429': shared70,
          '500': shared75,
          '503': shared81,
        },
        'x-fc-rules': [
          shared85,
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
        { name: 'functionName', in: 'path', required: true, schema: shared86, example: 'my-function-1' },
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
                  codePackage: {
                    value: {
                      codeChecksum: '17523635390036478140',
                      codeSize: 168,
                      cpu: 0.5,
                      createdTime: '2024-05-01T08:15:27Z',
                      customDNS: shared20,
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
                      instanceLifecycleConfig: shared21,
                      internetAccess: true,
                      lastModifiedTime: '2024-05-01T08:15:27Z',
                      lastUpdateStatus: 'Successful',
                      lastUpdateStatusReason: '',
                      lastUpdateStatusReasonCode: '',
                      layers: shared23,
                      logConfig: shared24,
                      memorySize: 1024,
                      nasConfig: shared27,
                      ossMountConfig: shared3,
                      resourceGroupId: 'rg-acfm1c7k24l3456',
                      role: 'acs:ram::1234567890123456:role/fc-test',
                      runtime: 'python3.10',
                      sessionAffinity: 'NONE',
                      state: 'Active',
                      stateReason: '',
                      stateReasonCode: '',
                      tags: [{ Key: 'env', Value: 'test' }],
                      timeout: 60,
                      tracingConfig: shared29,
                      vpcConfig: shared30,
                    },
                    'x-fc-grade': 'inferred',
                  },
                  containerPending: {
                    value: {
                      codeChecksum: '0',
                      codeSize: 0,
                      cpu: 2,
                      createdTime: '2024-05-01T08:15:27Z',
                      customContainerConfig: shared19,
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
                      lastUpdateStatusReason:
                        'The system is currently processing the acceleration optimization for the image.',
                      lastUpdateStatusReasonCode: 'ImageOptimizing',
                      layers: [],
                      logConfig: shared17,
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
                    },
                    'x-fc-grade': 'inferred',
                  },
                  containerActive: {
                    value: {
                      codeChecksum: '0',
                      codeSize: 0,
                      cpu: 2,
                      createdTime: '2024-05-01T08:15:27Z',
                      customContainerConfig: {
                        image: 'registry-vpc.cn-hangzhou.aliyuncs.com/fc-demo/helloworld:v1beta1',
                        entrypoint: ['/code/bootstrap'],
                        command: ['arg1'],
                        port: 9000,
                        healthCheckConfig: shared18,
                        accelerationInfo: { status: 'Ready' },
                        resolvedImageUri:
                          'registry-vpc.cn-hangzhou.aliyuncs.com/fc-demo/helloworld@sha256:5ae769b5be30ebc48c5aed4d2cf7d27d4cbb8ac85309aac636047e74bddea464',
                      },
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
                      logConfig: shared17,
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
                    },
                  },
                },
              },
            },
            'x-fc-grade': 'inferred',
          },
          '400': shared92,
          '403': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  AccessDenied: {
                    value: {
                      Code: 'AccessDenied',
                      Message:
                        "the caller is not authorized to perform 'fc:GetFunction' on resource 'acs:fc:cn-shanghai:1234567890123456:functions/my-function-1'",
                    },
                  },
                  SignatureNotMatch: shared62,
                  InvalidAccessKeyID: shared63,
                  RequestTimeTooSkewed: shared64,
                },
              },
            },
          },
          '404': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  FunctionNotFound: shared93,
                  VersionNotFound: { value: shared36, 'x-fc-grade': 'inferred' },
                  AliasNotFound: { value: shared37, 'x-fc-grade': 'inferred' },
                },
              },
            },
          },
          '429': shared70,
          '500': shared75,
          '503': shared81,
        },
        'x-fc-rules': [shared85, shared94, shared95],
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
                examples: {
                  memoryUpdated: {
                    value: {
                      codeChecksum: '17523635390036478140',
                      codeSize: 168,
                      cpu: 0.5,
                      createdTime: '2024-05-01T08:15:27Z',
                      customDNS: shared20,
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
                      instanceLifecycleConfig: shared21,
                      internetAccess: true,
                      lastModifiedTime: '2024-05-02T09:30:00Z',
                      lastUpdateStatus: 'Successful',
                      lastUpdateStatusReason: '',
                      lastUpdateStatusReasonCode: '',
                      layers: shared23,
                      logConfig: shared24,
                      memorySize: 2048,
                      nasConfig: shared27,
                      ossMountConfig: shared3,
                      resourceGroupId: 'rg-acfm1c7k24l3456',
                      role: 'acs:ram::1234567890123456:role/fc-test',
                      runtime: 'python3.10',
                      sessionAffinity: 'NONE',
                      state: 'Active',
                      stateReason: '',
                      stateReasonCode: '',
                      tags: [{ Key: 'env', Value: 'test' }],
                      timeout: 60,
                      tracingConfig: shared29,
                      vpcConfig: shared30,
                    },
                  },
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
                  InvalidArgument: {
                    value: {
                      Code: 'InvalidArgument',
                      Message: 'Either ossBucketName/ossObjectName or zipFile must be set',
                    },
                  },
                  MissingRequiredHeader: shared59,
                  PathNotSupported: shared88,
                  EntityTooLarge: shared60,
                  SignatureNonceUsed: shared61,
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
                  AccessDenied: {
                    value: {
                      Code: 'AccessDenied',
                      Message:
                        "the caller is not authorized to perform 'fc:UpdateFunction' on resource 'acs:fc:cn-shanghai:1234567890123456:functions/my-function-1'",
                    },
                  },
                  SignatureNotMatch: shared62,
                  InvalidAccessKeyID: shared63,
                  RequestTimeTooSkewed: shared64,
                },
              },
            },
          },
          '404': shared99,
          '409': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  ConcurrentUpdateError: {
                    value: {
                      Code: 'ConcurrentUpdateError',
                      Message:
                        "ConcurrentUpdateError: function 'my-function-1' is still being updated; wait until its lastUpdateStatus is no longer InProgress",
                    },
                    'x-fc-grade': 'inferred',
                  },
                },
              },
            },
            'x-fc-grade': 'inferred',
          },
          '412': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  PreconditionFailed: {
                    value: {
                      Code: 'PreconditionFailed',
                      Message: 'the resource being modified has been changed',
                    },
                  },
                },
              },
            },
          },
          '429': shared70,
          '500': shared75,
          '503': shared81,
        },
        'x-fc-rules': [
          shared94,
          shared95,
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
          '400': shared92,
          '403': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  AccessDenied: {
                    value: {
                      Code: 'AccessDenied',
                      Message:
                        "the caller is not authorized to perform 'fc:DeleteFunction' on resource 'acs:fc:cn-shanghai:1234567890123456:functions/my-function-1'",
                    },
                  },
                  SignatureNotMatch: shared62,
                  InvalidAccessKeyID: shared63,
                  RequestTimeTooSkewed: shared64,
                },
              },
            },
          },
          '404': shared99,
          '409': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  FunctionNotEmpty: {
                    value: {
                      Code: 'FunctionNotEmpty',
                      Message: "function 'my-function-1' has active triggers",
                    },
                    'x-fc-grade': 'inferred',
                  },
                  ProvisionConfigExist: {
                    value: {
                      Code: 'ProvisionConfigExist',
                      Message: "function 'my-function-1' has provision config",
                    },
                    'x-fc-grade': 'inferred',
                  },
                  ResidentScalingConfigExists: {
                    value: {
                      Code: 'ResidentScalingConfigExists',
                      Message: "function 'my-function-1' has resident scaling config",
                    },
                    'x-fc-grade': 'inferred',
                  },
                },
              },
            },
            'x-fc-grade': 'inferred',
          },
          '429': shared70,
          '500': shared75,
          '503': shared81,
        },
        'x-fc-rules': [
          shared85,
          shared94,
          shared95,
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
          '200': { content: shared103, 'x-fc-grade': 'inferred' },
          '400': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  InvalidArgument: {
                    value: {
                      Code: 'InvalidArgument',
                      Message: 'triggerConfig must be the JSON text of an object, got "{authType"',
                    },
                    'x-fc-grade': 'inferred',
                  },
                  LimitExceeded: {
                    value: {
                      Code: 'LimitExceeded',
                      Message: "the number of triggers of function 'my-function-1' exceeds the limit: 50",
                    },
                    'x-fc-grade': 'inferred',
                  },
                  MissingRequiredHeader: shared59,
                  SignatureNonceUsed: shared61,
                },
              },
            },
          },
          '403': shared108,
          '404': shared109,
          '409': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  TriggerAlreadyExists: {
                    value: {
                      Code: 'TriggerAlreadyExists',
                      Message: "trigger 'http-t' of function 'my-function-1' already exists",
                    },
                    'x-fc-grade': 'inferred',
                  },
                },
              },
            },
          },
          '429': shared70,
          '500': shared75,
          '503': shared81,
        },
        'x-fc-rules': [
          shared94,
          shared95,
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
          shared110,
          shared111,
          shared112,
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
                examples: { page: { value: { triggers: [shared41] } } },
              },
            },
          },
          '400': shared117,
          '403': shared108,
          '404': shared109,
          '429': shared70,
          '500': shared75,
          '503': shared81,
        },
        'x-fc-rules': [
          shared85,
          shared94,
          shared95,
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
          '200': shared118,
          '400': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  InvalidArgument: {
                    value: {
                      Code: 'InvalidArgument',
                      Message:
                        'triggerName "9t" is invalid: 1 to 128 letters, digits, _ and -; does not start with a digit or -',
                    },
                    'x-fc-grade': 'inferred',
                  },
                  MissingRequiredHeader: shared59,
                  SignatureNonceUsed: shared61,
                },
              },
            },
          },
          '403': shared108,
          '404': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: { TriggerNotFound: shared119, FunctionNotFound: shared93 },
              },
            },
          },
          '429': shared70,
          '500': shared75,
          '503': shared81,
        },
        'x-fc-rules': shared121,
      },
      put: {
        operationId: 'UpdateTrigger',
        tags: ['Triggers'],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/UpdateTriggerInput' } } },
        },
        responses: {
          '200': shared118,
          '400': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  InvalidArgument: {
                    value: {
                      Code: 'InvalidArgument',
                      Message:
                        'triggerConfig.methods[0] "FETCH" is not one of GET, POST, PUT, DELETE, HEAD, PATCH, OPTIONS',
                    },
                    'x-fc-grade': 'inferred',
                  },
                  MissingRequiredHeader: shared59,
                  SignatureNonceUsed: shared61,
                },
              },
            },
          },
          '403': shared108,
          '404': shared125,
          '429': shared70,
          '500': shared75,
          '503': shared81,
        },
        'x-fc-rules': [
          shared94,
          shared95,
          shared120,
          {
            id: 'update-trigger-types',
            by: 'emulator',
            status: 'documented',
            statement: "the body's fields are strings",
            reference: 'lifecycle I.4, T.1',
            code: 'InvalidArgument',
          },
          shared110,
          shared111,
          shared112,
        ],
      },
      delete: {
        operationId: 'DeleteTrigger',
        tags: ['Triggers'],
        responses: {
          '204': { 'x-fc-grade': 'inferred' },
          '400': shared129,
          '403': shared108,
          '404': shared125,
          '429': shared70,
          '500': shared75,
          '503': shared81,
        },
        'x-fc-rules': shared121,
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
                  InvalidArgument: shared130,
                  MissingRequiredHeader: shared59,
                  SignatureNonceUsed: shared61,
                },
              },
            },
          },
          '403': shared108,
          '404': shared109,
          '429': shared70,
          '500': shared75,
          '503': shared81,
        },
        'x-fc-rules': [
          shared131,
          shared132,
          {
            id: 'tag-pairs',
            by: 'emulator',
            status: 'documented',
            statement: '`Tag`: `{Key, Value}` pairs, `Key` non-empty',
            reference: 'lifecycle I.5, T.4',
            code: 'InvalidArgument',
          },
          shared84,
          shared82,
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
                  InvalidArgument: {
                    value: {
                      Code: 'InvalidArgument',
                      Message: 'TagKey must be the JSON text of an array of strings, got "env"',
                    },
                    'x-fc-grade': 'inferred',
                  },
                  MissingRequiredHeader: shared59,
                  SignatureNonceUsed: shared61,
                },
              },
            },
          },
          '403': shared108,
          '404': shared109,
          '429': shared70,
          '500': shared75,
          '503': shared81,
        },
        'x-fc-rules': [
          shared85,
          shared131,
          shared132,
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
                examples: {
                  moved: {
                    value: {
                      NewResourceGroupId: 'rg-aek2xl5qajnwbua',
                      OldResourceGroupId: 'rg-acfm1c7k24l3456',
                      ResourceId: 'my-function-1',
                    },
                  },
                },
              },
            },
          },
          '400': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  InvalidArgument: {
                    value: {
                      Code: 'InvalidArgument',
                      Message: 'NewResourceGroupId must be a non-empty string, got null',
                    },
                  },
                  UnsupportedResourceType: shared130,
                  NotAResourceGroupId: {
                    value: {
                      Code: 'InvalidArgument',
                      Message:
                        'NewResourceGroupId "default" is not a resource group id: rg- followed by lowercase letters and digits, at most 64 characters',
                    },
                    'x-fc-grade': 'inferred',
                  },
                  MissingRequiredHeader: shared59,
                  SignatureNonceUsed: shared61,
                },
              },
            },
          },
          '403': shared108,
          '404': shared109,
          '429': shared70,
          '500': shared75,
          '503': shared81,
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
                  ReasonTooLong: {
                    value: {
                      Code: 'InvalidArgument',
                      Message: 'reason must be at most 256 characters, got 300',
                    },
                    'x-fc-grade': 'inferred',
                  },
                  MissingRequiredHeader: shared59,
                  SignatureNonceUsed: shared61,
                },
              },
            },
          },
          '403': shared108,
          '404': shared99,
          '429': shared70,
          '500': shared75,
          '503': shared81,
        },
        'x-fc-rules': [
          shared94,
          shared95,
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
                  InvalidArgument: {
                    value: {
                      Code: 'InvalidArgument',
                      Message:
                        'functionName "9bad" is invalid: letters, digits, _ and -; does not start with a digit or -',
                    },
                    'x-fc-grade': 'inferred',
                  },
                  MissingRequiredHeader: shared59,
                  SignatureNonceUsed: shared61,
                },
              },
            },
          },
          '403': shared108,
          '404': shared99,
          '429': shared70,
          '500': shared75,
          '503': shared81,
        },
        'x-fc-rules': [shared94, shared95],
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
                examples: { published: { value: shared52 } },
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
                  MissingRequiredHeader: shared59,
                  SignatureNonceUsed: shared61,
                },
              },
            },
          },
          '403': shared108,
          '404': shared99,
          '429': shared70,
          '500': shared75,
          '503': shared81,
        },
        'x-fc-rules': [
          shared94,
          shared95,
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
                examples: { page: { value: { direction: 'BACKWARD', versions: [shared52] } } },
              },
            },
          },
          '400': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  InvalidArgument: {
                    value: {
                      Code: 'InvalidArgument',
                      Message: 'direction must be BACKWARD or FORWARD, got "UP"',
                    },
                  },
                  MissingRequiredHeader: shared59,
                  SignatureNonceUsed: shared61,
                },
              },
            },
          },
          '403': shared108,
          '404': shared99,
          '429': shared70,
          '500': shared75,
          '503': shared81,
        },
        'x-fc-rules': [
          shared85,
          shared94,
          shared95,
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
                  InvalidArgument: {
                    value: {
                      Code: 'InvalidArgument',
                      Message:
                        "version '1' of function 'my-function-1' is used by alias 'prod'; update or delete the alias first",
                    },
                    'x-fc-grade': 'inferred',
                  },
                  MissingRequiredHeader: shared59,
                  SignatureNonceUsed: shared61,
                },
              },
            },
          },
          '403': shared108,
          '404': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: { VersionNotFound: shared133, FunctionNotFound: shared93 },
              },
            },
          },
          '429': shared70,
          '500': shared75,
          '503': shared81,
        },
        'x-fc-rules': [
          shared85,
          shared94,
          shared95,
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
          '200': { content: shared137, 'x-fc-grade': 'inferred' },
          '400': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  InvalidArgument: {
                    value: {
                      Code: 'InvalidArgument',
                      Message: 'additionalVersionWeight.2 must be a number from 0 to 1, got 5',
                    },
                  },
                  AdditionalVersionContainsMajorVersion: {
                    value: {
                      Code: 'AdditionalVersionContainsMajorVersion',
                      Message: 'additionalVersionWeight map[1:0.1] should not contain major version 1',
                    },
                    'x-fc-grade': 'inferred',
                  },
                  MissingRequiredHeader: shared59,
                  SignatureNonceUsed: shared61,
                },
              },
            },
          },
          '403': shared108,
          '404': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: { FunctionNotFound: shared93, VersionNotFound: shared138 },
              },
            },
          },
          '409': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  AliasAlreadyExists: {
                    value: {
                      Code: 'AliasAlreadyExists',
                      Message: 'alias prod of function my-function-1 already exists',
                    },
                  },
                },
              },
            },
          },
          '429': shared70,
          '500': shared75,
          '503': shared81,
        },
        'x-fc-rules': [
          shared94,
          shared95,
          shared139,
          {
            id: 'aliasName-format',
            by: 'emulator',
            status: 'inferred',
            statement:
              "`aliasName`: 1 to 128 letters, digits, `_`, `-`; no leading digit or `-`; not `LATEST` (FC 2.0's CreateAlias rule, API 2021-04-06; FC 3.0 documents none)",
            reference: 'lifecycle I.3',
            code: 'InvalidArgument',
          },
          shared140,
          shared141,
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
                examples: { page: { value: { aliases: [shared53] } } },
              },
            },
          },
          '400': shared117,
          '403': shared108,
          '404': shared99,
          '429': shared70,
          '500': shared75,
          '503': shared81,
        },
        'x-fc-rules': [
          shared85,
          shared94,
          shared95,
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
          '200': shared142,
          '400': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  InvalidArgument: {
                    value: {
                      Code: 'InvalidArgument',
                      Message:
                        'aliasName "9a" is invalid: 1 to 128 letters, digits, _ and -; does not start with a digit or -; not LATEST',
                    },
                    'x-fc-grade': 'inferred',
                  },
                  MissingRequiredHeader: shared59,
                  SignatureNonceUsed: shared61,
                },
              },
            },
          },
          '403': shared108,
          '404': shared147,
          '429': shared70,
          '500': shared75,
          '503': shared81,
        },
        'x-fc-rules': shared149,
      },
      put: {
        operationId: 'UpdateAlias',
        tags: ['Aliases'],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/UpdateAliasInput' } } },
        },
        responses: {
          '200': shared142,
          '400': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  InvalidArgument: {
                    value: { Code: 'InvalidArgument', Message: 'versionId must be a string, got 2' },
                  },
                  AdditionalVersionContainsMajorVersion: {
                    value: {
                      Code: 'AdditionalVersionContainsMajorVersion',
                      Message: 'additionalVersionWeight map[2:0.5] should not contain major version 2',
                    },
                    'x-fc-grade': 'inferred',
                  },
                  MissingRequiredHeader: shared59,
                  SignatureNonceUsed: shared61,
                },
              },
            },
          },
          '403': shared108,
          '404': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  AliasNotFound: shared143,
                  VersionNotFound: shared138,
                  FunctionNotFound: shared93,
                },
              },
            },
          },
          '429': shared70,
          '500': shared75,
          '503': shared81,
        },
        'x-fc-rules': [shared94, shared95, shared148, shared139, shared140, shared141],
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
                  InvalidArgument: {
                    value: {
                      Code: 'InvalidArgument',
                      Message:
                        'aliasName "LATEST" is invalid: 1 to 128 letters, digits, _ and -; does not start with a digit or -; not LATEST',
                    },
                    'x-fc-grade': 'inferred',
                  },
                  MissingRequiredHeader: shared59,
                  SignatureNonceUsed: shared61,
                },
              },
            },
          },
          '403': shared108,
          '404': shared147,
          '429': shared70,
          '500': shared75,
          '503': shared81,
        },
        'x-fc-rules': shared149,
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
                examples: {
                  package: {
                    value: {
                      checksum: '2220831586920633690',
                      url: 'http://127.0.0.1:9000/fc3-testkit/code/my-function-1/LATEST/2220831586920633690.zip',
                    },
                  },
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
                  InvalidArgument: {
                    value: {
                      Code: 'InvalidArgument',
                      Message:
                        "function 'my-container-fn' runs a container image (custom-container): it has no code package",
                    },
                    'x-fc-grade': 'inferred',
                  },
                  MissingRequiredHeader: shared59,
                  SignatureNonceUsed: shared61,
                },
              },
            },
          },
          '403': shared108,
          '404': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  FunctionNotFound: shared93,
                  VersionNotFound: shared133,
                  AliasNotFound: shared143,
                },
              },
            },
          },
          '429': shared70,
          '500': shared75,
          '503': shared81,
        },
        'x-fc-rules': [
          shared85,
          shared94,
          shared95,
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
          '400': shared129,
          '403': shared108,
          '404': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  AsyncConfigNotExists: {
                    value: {
                      Code: 'AsyncConfigNotExists',
                      Message: 'AsyncConfig for my-function-1:LATEST does not exist.',
                    },
                  },
                  FunctionNotFound: shared93,
                },
              },
            },
          },
          '429': shared70,
          '500': shared75,
          '503': shared81,
        },
        'x-fc-rules': shared150,
      },
    },
    '/2023-03-30/functions/{functionName}/concurrency': {
      parameters: [{ $ref: '#/components/parameters/FunctionName' }],
      get: {
        operationId: 'GetConcurrencyConfig',
        tags: ['Function settings'],
        responses: {
          '200': {},
          '400': shared129,
          '403': shared108,
          '404': {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Error' },
                examples: {
                  OnDemandConfigNotFound: {
                    value: {
                      Code: 'OnDemandConfigNotFound',
                      Message: "concurrency config of function 'my-function-1' does not exist",
                    },
                  },
                  FunctionNotFound: shared93,
                },
              },
            },
            'x-fc-grade': 'inferred',
          },
          '429': shared70,
          '500': shared75,
          '503': shared81,
        },
        'x-fc-rules': shared150,
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
          '400': shared129,
          '403': shared108,
          '404': shared99,
          '429': shared70,
          '500': shared75,
          '503': shared81,
        },
        'x-fc-rules': shared150,
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
          '400': shared129,
          '403': shared108,
          '404': shared99,
          '429': shared70,
          '500': shared75,
          '503': shared81,
        },
        'x-fc-rules': shared150,
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
          '400': shared129,
          '403': shared108,
          '404': shared99,
          '429': shared70,
          '500': shared75,
          '503': shared81,
        },
        'x-fc-rules': shared150,
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
                  InvalidArgument: {
                    value: {
                      Code: 'InvalidArgument',
                      Message: 'ListAsyncInvokeConfigs takes no request body, got 2 bytes',
                    },
                  },
                  MissingRequiredHeader: shared59,
                  SignatureNonceUsed: shared61,
                },
              },
            },
          },
          '403': shared108,
          '429': shared70,
          '500': shared75,
          '503': shared81,
        },
        'x-fc-rules': shared152,
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
                  InvalidArgument: {
                    value: {
                      Code: 'InvalidArgument',
                      Message: 'ListScalingConfigs takes no request body, got 2 bytes',
                    },
                  },
                  MissingRequiredHeader: shared59,
                  SignatureNonceUsed: shared61,
                },
              },
            },
          },
          '403': shared108,
          '429': shared70,
          '500': shared75,
          '503': shared81,
        },
        'x-fc-rules': shared152,
      },
    },
  },
  components: {
    schemas: {
      CreateFunctionInput: {
        type: 'object',
        required: ['functionName', 'runtime', 'handler'],
        allOf: [
          {
            not: { required: ['code', 'customContainerConfig'] },
            anyOf: [{ required: ['code'] }, { required: ['customContainerConfig'] }],
          },
        ],
        properties: {
          functionName: shared86,
          runtime: shared154,
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
        },
      },
      UpdateFunctionInput: {
        type: 'object',
        properties: {
          runtime: shared154,
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
        },
      },
      InputCodeLocation: {
        type: 'object',
        allOf: [
          {
            not: {
              required: ['zipFile'],
              anyOf: [{ required: ['ossBucketName'] }, { required: ['ossObjectName'] }],
            },
            anyOf: [{ required: ['zipFile'] }, { required: ['ossBucketName', 'ossObjectName'] }],
          },
        ],
        properties: {
          zipFile: { type: 'string' },
          ossBucketName: { type: 'string' },
          ossObjectName: { type: 'string' },
          checksum: { type: 'string' },
        },
      },
      CustomContainerConfig: {
        type: 'object',
        properties: {
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
        },
      },
      AccelerationInfo: { type: 'object', readOnly: true, properties: { status: { type: 'string' } } },
      RegistryConfig: {
        type: 'object',
        properties: {
          authConfig: { $ref: '#/components/schemas/RegistryAuthConfig' },
          certConfig: { $ref: '#/components/schemas/RegistryCertConfig' },
          networkConfig: { $ref: '#/components/schemas/RegistryNetworkConfig' },
        },
      },
      RegistryAuthConfig: {
        type: 'object',
        properties: { userName: { type: 'string' }, password: { type: 'string' } },
      },
      RegistryCertConfig: {
        type: 'object',
        properties: { insecure: { type: 'boolean' }, rootCaCertBase64: { type: 'string' } },
      },
      RegistryNetworkConfig: {
        type: 'object',
        properties: {
          vpcId: { type: 'string' },
          vSwitchId: { type: 'string' },
          securityGroupId: { type: 'string' },
        },
      },
      CustomHealthCheckConfig: {
        type: 'object',
        properties: {
          httpGetUrl: { type: 'string', maxLength: 2048 },
          initialDelaySeconds: { type: 'integer', minimum: 0, maximum: 120 },
          periodSeconds: { type: 'integer', minimum: 1, maximum: 120 },
          timeoutSeconds: { type: 'integer', minimum: 1, maximum: 3 },
          failureThreshold: { type: 'integer', minimum: 1, maximum: 120 },
          successThreshold: { type: 'integer', minimum: 1, maximum: 120 },
        },
      },
      CustomRuntimeConfig: {
        type: 'object',
        properties: {
          command: { type: 'array', items: { type: 'string' } },
          args: { type: 'array', items: { type: 'string' } },
          port: { type: 'integer', minimum: 1, maximum: 65535 },
          healthCheckConfig: { $ref: '#/components/schemas/CustomHealthCheckConfig' },
        },
      },
      CustomDNS: {
        type: 'object',
        properties: {
          nameServers: { type: 'array', items: { type: 'string' } },
          searches: { type: 'array', items: { type: 'string' } },
          dnsOptions: { type: 'array', items: { $ref: '#/components/schemas/DNSOption' } },
        },
      },
      DNSOption: {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string' },
          value: { type: 'string', description: 'Option value, e.g. `2`.' },
        },
      },
      GPUConfig: {
        type: 'object',
        properties: {
          gpuMemorySize: { type: 'integer', multipleOf: 1024 },
          gpuType: { type: 'string', enum: ['fc.gpu.tesla.1', 'fc.gpu.ampere.1', 'fc.gpu.ada.1', 'g1'] },
        },
      },
      InstanceLifecycleConfig: {
        type: 'object',
        properties: {
          initializer: { $ref: '#/components/schemas/LifecycleHook' },
          preStop: { $ref: '#/components/schemas/LifecycleHook' },
        },
      },
      LifecycleHook: {
        type: 'object',
        properties: {
          handler: { type: 'string' },
          timeout: { type: 'integer' },
          command: { type: 'array', items: { type: 'string' } },
        },
      },
      LogConfig: {
        type: 'object',
        properties: {
          project: { type: 'string' },
          logstore: { type: 'string' },
          logBeginRule: { type: 'string', enum: ['None', 'DefaultRegex'] },
          enableRequestMetrics: { type: 'boolean' },
          enableInstanceMetrics: { type: 'boolean' },
          enableLlmMetrics: { type: 'boolean' },
        },
      },
      NASConfig: {
        type: 'object',
        properties: {
          userId: { type: 'integer' },
          groupId: { type: 'integer' },
          mountPoints: { type: 'array', maxItems: 5, items: { $ref: '#/components/schemas/NASMountConfig' } },
        },
      },
      NASMountConfig: {
        type: 'object',
        properties: {
          serverAddr: { type: 'string' },
          mountDir: { type: 'string' },
          enableTLS: { type: 'boolean' },
        },
      },
      OSSMountConfig: {
        type: 'object',
        properties: {
          mountPoints: { type: 'array', maxItems: 5, items: { $ref: '#/components/schemas/OSSMountPoint' } },
        },
      },
      OSSMountPoint: {
        type: 'object',
        properties: {
          bucketName: { type: 'string' },
          bucketPath: { type: 'string' },
          endpoint: { type: 'string' },
          mountDir: { type: 'string' },
          readOnly: { type: 'boolean' },
        },
      },
      VPCConfig: {
        type: 'object',
        properties: {
          vpcId: { type: 'string' },
          vSwitchIds: { type: 'array', items: { type: 'string' } },
          securityGroupId: { type: 'string' },
          role: { type: 'string' },
        },
      },
      TracingConfig: {
        type: 'object',
        properties: {
          type: { type: 'string', enum: ['Jaeger'] },
          params: { type: 'object', additionalProperties: { type: 'string' } },
        },
      },
      Tag: {
        type: 'object',
        properties: {
          Key: { type: 'string', maxLength: 64, pattern: '^(?!aliyun|acs:)' },
          Value: { type: 'string', maxLength: 128 },
        },
      },
      JuiceFsConfig: {
        type: 'object',
        properties: {
          envs: { type: 'object', additionalProperties: { type: 'string' } },
          mountPoints: { type: 'array', items: { $ref: '#/components/schemas/JuiceFsMountConfig' } },
        },
      },
      JuiceFsMountConfig: {
        type: 'object',
        properties: {
          volumeName: { type: 'string' },
          token: { type: 'string' },
          remoteDir: { type: 'string' },
          mountDir: { type: 'string' },
          args: { type: 'array', items: { type: 'string' } },
        },
      },
      PolarFsConfig: {
        type: 'object',
        properties: {
          userId: { type: 'integer' },
          groupId: { type: 'integer' },
          mountPoints: { type: 'array', items: { $ref: '#/components/schemas/PolarFsMountConfig' } },
        },
      },
      PolarFsMountConfig: {
        type: 'object',
        properties: {
          instanceId: { type: 'string' },
          remoteDir: { type: 'string' },
          mountDir: { type: 'string' },
          readOnly: { type: 'boolean' },
        },
      },
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
      CreateTriggerInput: {
        type: 'object',
        required: ['triggerName', 'triggerType', 'triggerConfig'],
        properties: {
          triggerName: shared155,
          triggerType: {
            type: 'string',
            enum: ['oss', 'log', 'timer', 'http', 'tablestore', 'cdn_events', 'mns_topic', 'eventbridge'],
          },
          triggerConfig: { type: 'string' },
          qualifier: { type: 'string' },
          sourceArn: { type: 'string' },
          invocationRole: { type: 'string' },
          description: { type: 'string' },
        },
      },
      UpdateTriggerInput: {
        type: 'object',
        properties: {
          triggerConfig: { type: 'string' },
          qualifier: { type: 'string' },
          invocationRole: { type: 'string' },
          description: { type: 'string' },
        },
      },
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
      TagResourcesInput: {
        type: 'object',
        required: ['ResourceId', 'ResourceType', 'Tag'],
        properties: {
          ResourceId: { type: 'array', items: { type: 'string' } },
          ResourceType: { type: 'string' },
          Tag: { type: 'array', items: { $ref: '#/components/schemas/Tag' } },
        },
      },
      ChangeResourceGroupInput: {
        type: 'object',
        properties: {
          NewResourceGroupId: { type: 'string' },
          ResourceId: { type: 'string' },
          ResourceType: { type: 'string' },
        },
      },
      ChangeResourceGroupOutput: {
        type: 'object',
        properties: {
          NewResourceGroupId: { type: 'string' },
          OldResourceGroupId: { type: 'string' },
          ResourceId: { type: 'string' },
        },
      },
      DisableFunctionInvocationRequest: {
        type: 'object',
        properties: { abortOngoingRequest: { type: 'boolean' }, reason: { type: 'string' } },
      },
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
      CreateAliasInput: {
        type: 'object',
        required: ['aliasName', 'versionId'],
        properties: {
          additionalVersionWeight: shared156,
          aliasName: shared155,
          description: { type: 'string' },
          versionId: { type: 'string' },
        },
      },
      UpdateAliasInput: {
        type: 'object',
        properties: {
          additionalVersionWeight: shared156,
          description: { type: 'string' },
          versionId: { type: 'string' },
        },
      },
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
 * that a browser bundle of the MSW handlers carries: by operationId, each operation's `rules` (its
 * `x-fc-rules` without references, statements only where the schema validator quotes them) and
 * its answers' example values for `Prefer`; the component schemas the request bodies it validates
 * with a schema use.
 *
 * @example
 * const operations = emulatorDocument.operations as { [operationId: string]: JsonValue };
 */
export const emulatorDocument: { [key: string]: JsonValue } = {
  operations: {
    CreateFunction: {
      rules: [
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
        {
          id: 'healthCheck-ranges',
          status: 'documented',
          code: 'InvalidArgument',
          appliesTo: [
            { path: '/customContainerConfig/healthCheckConfig/httpGetUrl', keywords: ['maxLength'] },
            {
              path: '/customContainerConfig/healthCheckConfig/initialDelaySeconds',
              keywords: ['minimum', 'maximum'],
            },
            {
              path: '/customContainerConfig/healthCheckConfig/periodSeconds',
              keywords: ['minimum', 'maximum'],
            },
            {
              path: '/customContainerConfig/healthCheckConfig/timeoutSeconds',
              keywords: ['minimum', 'maximum'],
            },
            {
              path: '/customContainerConfig/healthCheckConfig/failureThreshold',
              keywords: ['minimum', 'maximum'],
            },
            {
              path: '/customContainerConfig/healthCheckConfig/successThreshold',
              keywords: ['minimum', 'maximum'],
            },
            { path: '/customRuntimeConfig/healthCheckConfig/httpGetUrl', keywords: ['maxLength'] },
            {
              path: '/customRuntimeConfig/healthCheckConfig/initialDelaySeconds',
              keywords: ['minimum', 'maximum'],
            },
            {
              path: '/customRuntimeConfig/healthCheckConfig/periodSeconds',
              keywords: ['minimum', 'maximum'],
            },
            {
              path: '/customRuntimeConfig/healthCheckConfig/timeoutSeconds',
              keywords: ['minimum', 'maximum'],
            },
            {
              path: '/customRuntimeConfig/healthCheckConfig/failureThreshold',
              keywords: ['minimum', 'maximum'],
            },
            {
              path: '/customRuntimeConfig/healthCheckConfig/successThreshold',
              keywords: ['minimum', 'maximum'],
            },
          ],
        },
        {
          id: 'port-range',
          status: 'inferred',
          code: 'InvalidArgument',
          appliesTo: [
            { path: '/customContainerConfig/port', keywords: ['minimum', 'maximum'] },
            { path: '/customRuntimeConfig/port', keywords: ['minimum', 'maximum'] },
          ],
        },
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
        { id: 'cpu-memory-ratio-default-memory', status: 'inferred', code: 'InvalidArgument' },
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
        {
          id: 'tag-lengths',
          status: 'documented',
          statement: 'keys ≤ 64 chars, no `aliyun`/`acs:` prefix; values ≤ 128',
          code: 'InvalidArgument',
          appliesTo: [
            { path: '/tags/*/Key', keywords: ['maxLength', 'pattern'] },
            { path: '/tags/*/Value', keywords: ['maxLength'] },
          ],
        },
        { id: 'layers-arn-format', status: 'inferred', code: 'InvalidArgument' },
        { id: 'zipFile-base64', status: 'inferred', code: 'InvalidArgument' },
        { id: 'checksum-match', status: 'documented', code: 'InvalidArgument' },
        { id: 'code-size-limit', status: 'documented', code: 'EntityTooLarge' },
      ],
      responses: {
        '200': {
          sample: {
            codeChecksum: '2825179536350****',
            codeSize: 412,
            cpu: 1,
            createdTime: '2023-04-01T08:15:27Z',
            customContainerConfig: {
              accelerationInfo: { status: 'Ready' },
              accelerationType: 'default',
              acrInstanceId: 'cri-xxxxxxxxxx',
              command: ['arg1'],
              entrypoint: ['/code/bootstrap'],
              healthCheckConfig: shared0,
              image: 'registry-vpc.cn-hangzhou.aliyuncs.com/fc-demo/helloworld:v1beta1',
              port: 9000,
              registryConfig: {
                authConfig: { password: 'abc***', userName: 'admin' },
                certConfig: { insecure: true, rootCaCertBase64: 'cm9vdF9jYV9jZXJ0' },
                networkConfig: {
                  securityGroupId: 'sg-xxxxxxxxxxxxxx',
                  vSwitchId: 'vsw-xxxxxxxxxxxxxx',
                  vpcId: 'vpc-xxxxxxxxxxxxxx',
                },
              },
              resolvedImageUri:
                'stand-sh-registry-vpc.cn-shanghai.cr.aliyuncs.com/fc-demo2/springboot-helloworld@sha256:68d1****0d64d6',
            },
            customDNS: {
              dnsOptions: [{ name: 'ndots', value: '2' }],
              nameServers: ['8.8.x.x'],
              searches: ['ns1.svc.cluster-domain.example'],
            },
            customRuntimeConfig: {
              args: ['arg1'],
              command: ['/code/bootstrap'],
              healthCheckConfig: shared0,
              port: 9000,
            },
            description: 'my function',
            diskSize: 512,
            environmentVariables: { key: 'value1' },
            functionArn: 'acs:fc:cn-shanghai:123:functions/functionName',
            functionId: 'aa715851-1c20-4b89-a8fb-***',
            functionName: 'my-function-1',
            gpuConfig: { gpuMemorySize: 2048, gpuType: 'fc.gpu.ampere.1' },
            handler: 'index.handler',
            instanceConcurrency: 1,
            instanceLifecycleConfig: {
              initializer: { handler: 'index.initializer', timeout: 10 },
              preStop: { handler: 'index.initializer', timeout: 10 },
            },
            internetAccess: true,
            lastModifiedTime: '2023-05-01T08:15:27Z',
            lastUpdateStatus: 'InProgress',
            lastUpdateStatusReason:
              'The system is currently processing the acceleration optimization for the image.',
            lastUpdateStatusReasonCode: 'ImageOptimizing',
            layers: [{ arn: 'acs:fc:cn-beijing:186824xxxxxx:layers/fc_layer/versions/1', size: 421 }],
            logConfig: {
              enableInstanceMetrics: true,
              enableRequestMetrics: true,
              logBeginRule: 'DefaultRegex',
              logstore: 'test-logstore',
              project: 'test-project',
            },
            memorySize: 512,
            nasConfig: {
              groupId: 100,
              mountPoints: [
                { enableTLS: true, mountDir: '/home/test', serverAddr: '***-uni85.cn-hangzhou.nas.com:/' },
              ],
              userId: 100,
            },
            ossMountConfig: shared3,
            role: 'acs:ram::188077086902****:role/fc-test',
            runtime: 'python3.10',
            state: 'Pending',
            stateReason: 'Function creating',
            stateReasonCode: 'Creating',
            timeout: 60,
            tracingConfig: { params: { key: 'tracing_analysis_jaeger_endpoint' }, type: 'Jaeger' },
            vpcConfig: {
              securityGroupId: 'sg-bp18hj1wtxgy3b0***',
              vSwitchIds: ['vsw-bp1ozpcrdc6r****'],
              vpcId: 'vpc-***',
              role: 'acs:ram::188077086902****:role/fc-test',
            },
          },
        },
        '400': {
          InvalidArgument: { Code: 'InvalidArgument', Message: 'Handler is required but not provided' },
          MissingRequiredHeader: shared4,
          PathNotSupported: {
            Code: 'PathNotSupported',
            Message: "'PUT' against '/2023-03-30/functions' is not supported",
          },
          EntityTooLarge: shared5,
          SignatureNonceUsed: shared6,
          LimitExceeded: {
            Code: 'LimitExceeded',
            Message: 'resource-count quota exceeded for functions in this region',
          },
        },
        '403': {
          AccessDenied: {
            Code: 'AccessDenied',
            Message:
              "the caller is not authorized to perform 'fc:CreateFunction' on resource 'acs:fc:cn-hangzhou:1234567890123456:functions/my-function-1'",
          },
          SignatureNotMatch: shared7,
          InvalidAccessKeyID: { Code: 'InvalidAccessKeyID', Message: "invalid access key ID 'testAK'" },
          RequestTimeTooSkewed: shared8,
        },
        '409': {
          FunctionAlreadyExists: {
            Code: 'FunctionAlreadyExists',
            Message: "function 'my-function-1' already exists",
          },
          ConcurrentUpdateError: {
            Code: 'ConcurrentUpdateError',
            Message: 'ConcurrentUpdateError: function my-function-1 is being modified by another request',
          },
        },
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    ListFunctions: {
      rules: [
        { id: 'request-body-not-allowed', status: 'inferred' },
        { id: 'list-limit-range', status: 'documented' },
        { id: 'list-next-token', status: 'inferred' },
        { id: 'list-tags-json', status: 'inferred' },
        { id: 'list-fc-version-enum', status: 'inferred' },
      ],
      responses: {
        '200': {
          firstPage: {
            functions: [
              {
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
                logConfig: shared17,
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
              },
              {
                codeChecksum: '0',
                codeSize: 0,
                cpu: 2,
                createdTime: '2024-05-01T08:15:27Z',
                customContainerConfig: shared19,
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
                logConfig: shared17,
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
              },
            ],
            nextToken: 'bXktZnVuY3Rpb24tMQ==',
          },
          lastPage: {
            functions: [
              {
                codeChecksum: '17523635390036478140',
                codeSize: 168,
                cpu: 0.5,
                createdTime: '2024-05-01T08:15:27Z',
                customDNS: shared20,
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
                instanceLifecycleConfig: shared21,
                internetAccess: true,
                lastModifiedTime: '2024-05-01T08:15:27Z',
                layers: shared23,
                logConfig: shared24,
                memorySize: 1024,
                nasConfig: shared27,
                ossMountConfig: shared3,
                resourceGroupId: 'rg-acfm1c7k24l3456',
                role: 'acs:ram::1234567890123456:role/fc-test',
                runtime: 'python3.10',
                sessionAffinity: 'NONE',
                tags: [{ Key: 'env', Value: 'test' }],
                timeout: 60,
                tracingConfig: shared29,
                vpcConfig: shared30,
              },
            ],
            nextToken: '',
          },
          empty: { functions: [] },
        },
        '400': {
          InvalidArgument: shared31,
          MissingRequiredHeader: shared4,
          PathNotSupported: {
            Code: 'PathNotSupported',
            Message: "'PATCH' against '/2023-03-30/functions' is not supported",
          },
          SignatureNonceUsed: shared6,
        },
        '403': {
          AccessDenied: {
            Code: 'AccessDenied',
            Message:
              "the caller is not authorized to perform 'fc:ListFunctions' on resource 'acs:fc:cn-shanghai:1234567890123456:functions/*'",
          },
          SignatureNotMatch: shared7,
          InvalidAccessKeyID: { Code: 'InvalidAccessKeyID', Message: "invalid access key ID 'testAK'" },
          RequestTimeTooSkewed: shared8,
        },
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    GetFunction: {
      rules: [
        { id: 'request-body-not-allowed', status: 'inferred' },
        { id: 'functionName-pattern', status: 'inferred' },
        { id: 'functionName-length', status: 'inferred' },
      ],
      responses: {
        '200': {
          codePackage: {
            codeChecksum: '17523635390036478140',
            codeSize: 168,
            cpu: 0.5,
            createdTime: '2024-05-01T08:15:27Z',
            customDNS: shared20,
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
            instanceLifecycleConfig: shared21,
            internetAccess: true,
            lastModifiedTime: '2024-05-01T08:15:27Z',
            lastUpdateStatus: 'Successful',
            lastUpdateStatusReason: '',
            lastUpdateStatusReasonCode: '',
            layers: shared23,
            logConfig: shared24,
            memorySize: 1024,
            nasConfig: shared27,
            ossMountConfig: shared3,
            resourceGroupId: 'rg-acfm1c7k24l3456',
            role: 'acs:ram::1234567890123456:role/fc-test',
            runtime: 'python3.10',
            sessionAffinity: 'NONE',
            state: 'Active',
            stateReason: '',
            stateReasonCode: '',
            tags: [{ Key: 'env', Value: 'test' }],
            timeout: 60,
            tracingConfig: shared29,
            vpcConfig: shared30,
          },
          containerPending: {
            codeChecksum: '0',
            codeSize: 0,
            cpu: 2,
            createdTime: '2024-05-01T08:15:27Z',
            customContainerConfig: shared19,
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
            lastUpdateStatusReason:
              'The system is currently processing the acceleration optimization for the image.',
            lastUpdateStatusReasonCode: 'ImageOptimizing',
            layers: [],
            logConfig: shared17,
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
          },
          containerActive: {
            codeChecksum: '0',
            codeSize: 0,
            cpu: 2,
            createdTime: '2024-05-01T08:15:27Z',
            customContainerConfig: {
              image: 'registry-vpc.cn-hangzhou.aliyuncs.com/fc-demo/helloworld:v1beta1',
              entrypoint: ['/code/bootstrap'],
              command: ['arg1'],
              port: 9000,
              healthCheckConfig: shared18,
              accelerationInfo: { status: 'Ready' },
              resolvedImageUri:
                'registry-vpc.cn-hangzhou.aliyuncs.com/fc-demo/helloworld@sha256:5ae769b5be30ebc48c5aed4d2cf7d27d4cbb8ac85309aac636047e74bddea464',
            },
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
            logConfig: shared17,
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
          },
        },
        '400': shared34,
        '403': {
          AccessDenied: {
            Code: 'AccessDenied',
            Message:
              "the caller is not authorized to perform 'fc:GetFunction' on resource 'acs:fc:cn-shanghai:1234567890123456:functions/my-function-1'",
          },
          SignatureNotMatch: shared7,
          InvalidAccessKeyID: { Code: 'InvalidAccessKeyID', Message: "invalid access key ID 'testAK'" },
          RequestTimeTooSkewed: shared8,
        },
        '404': shared38,
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    UpdateFunction: {
      rules: [
        { id: 'functionName-pattern', status: 'inferred' },
        { id: 'functionName-length', status: 'inferred' },
        { id: 'update-name-matches-path', status: 'inferred' },
        { id: 'update-not-in-progress', status: 'inferred' },
      ],
      responses: {
        '200': {
          memoryUpdated: {
            codeChecksum: '17523635390036478140',
            codeSize: 168,
            cpu: 0.5,
            createdTime: '2024-05-01T08:15:27Z',
            customDNS: shared20,
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
            instanceLifecycleConfig: shared21,
            internetAccess: true,
            lastModifiedTime: '2024-05-02T09:30:00Z',
            lastUpdateStatus: 'Successful',
            lastUpdateStatusReason: '',
            lastUpdateStatusReasonCode: '',
            layers: shared23,
            logConfig: shared24,
            memorySize: 2048,
            nasConfig: shared27,
            ossMountConfig: shared3,
            resourceGroupId: 'rg-acfm1c7k24l3456',
            role: 'acs:ram::1234567890123456:role/fc-test',
            runtime: 'python3.10',
            sessionAffinity: 'NONE',
            state: 'Active',
            stateReason: '',
            stateReasonCode: '',
            tags: [{ Key: 'env', Value: 'test' }],
            timeout: 60,
            tracingConfig: shared29,
            vpcConfig: shared30,
          },
        },
        '400': {
          InvalidArgument: {
            Code: 'InvalidArgument',
            Message: 'Either ossBucketName/ossObjectName or zipFile must be set',
          },
          MissingRequiredHeader: shared4,
          PathNotSupported: shared33,
          EntityTooLarge: shared5,
          SignatureNonceUsed: shared6,
        },
        '403': {
          AccessDenied: {
            Code: 'AccessDenied',
            Message:
              "the caller is not authorized to perform 'fc:UpdateFunction' on resource 'acs:fc:cn-shanghai:1234567890123456:functions/my-function-1'",
          },
          SignatureNotMatch: shared7,
          InvalidAccessKeyID: { Code: 'InvalidAccessKeyID', Message: "invalid access key ID 'testAK'" },
          RequestTimeTooSkewed: shared8,
        },
        '404': shared39,
        '409': {
          ConcurrentUpdateError: {
            Code: 'ConcurrentUpdateError',
            Message:
              "ConcurrentUpdateError: function 'my-function-1' is still being updated; wait until its lastUpdateStatus is no longer InProgress",
          },
        },
        '412': {
          PreconditionFailed: {
            Code: 'PreconditionFailed',
            Message: 'the resource being modified has been changed',
          },
        },
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    DeleteFunction: {
      rules: [
        { id: 'request-body-not-allowed', status: 'inferred' },
        { id: 'functionName-pattern', status: 'inferred' },
        { id: 'functionName-length', status: 'inferred' },
        { id: 'delete-no-qualifier', status: 'inferred' },
      ],
      responses: {
        '204': null,
        '400': shared34,
        '403': {
          AccessDenied: {
            Code: 'AccessDenied',
            Message:
              "the caller is not authorized to perform 'fc:DeleteFunction' on resource 'acs:fc:cn-shanghai:1234567890123456:functions/my-function-1'",
          },
          SignatureNotMatch: shared7,
          InvalidAccessKeyID: { Code: 'InvalidAccessKeyID', Message: "invalid access key ID 'testAK'" },
          RequestTimeTooSkewed: shared8,
        },
        '404': shared39,
        '409': {
          FunctionNotEmpty: {
            Code: 'FunctionNotEmpty',
            Message: "function 'my-function-1' has active triggers",
          },
          ProvisionConfigExist: {
            Code: 'ProvisionConfigExist',
            Message: "function 'my-function-1' has provision config",
          },
          ResidentScalingConfigExists: {
            Code: 'ResidentScalingConfigExists',
            Message: "function 'my-function-1' has resident scaling config",
          },
        },
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    CreateTrigger: {
      rules: [
        { id: 'functionName-pattern', status: 'inferred' },
        { id: 'functionName-length', status: 'inferred' },
        { id: 'triggerName-format', status: 'documented' },
        { id: 'trigger-input-types', status: 'documented' },
        { id: 'triggerConfig-json', status: 'documented' },
        { id: 'http-trigger-config', status: 'inferred' },
        { id: 'timer-trigger-config', status: 'inferred' },
        { id: 'triggers-per-function-max', status: 'inferred' },
      ],
      responses: {
        '200': shared42,
        '400': {
          InvalidArgument: {
            Code: 'InvalidArgument',
            Message: 'triggerConfig must be the JSON text of an object, got "{authType"',
          },
          LimitExceeded: {
            Code: 'LimitExceeded',
            Message: "the number of triggers of function 'my-function-1' exceeds the limit: 50",
          },
          MissingRequiredHeader: shared4,
          SignatureNonceUsed: shared6,
        },
        '403': shared44,
        '404': shared39,
        '409': {
          TriggerAlreadyExists: {
            Code: 'TriggerAlreadyExists',
            Message: "trigger 'http-t' of function 'my-function-1' already exists",
          },
        },
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    ListTriggers: {
      rules: shared45,
      responses: {
        '200': { page: { triggers: [shared41] } },
        '400': shared46,
        '403': shared44,
        '404': shared39,
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    GetTrigger: {
      rules: shared47,
      responses: {
        '200': shared42,
        '400': {
          InvalidArgument: {
            Code: 'InvalidArgument',
            Message:
              'triggerName "9t" is invalid: 1 to 128 letters, digits, _ and -; does not start with a digit or -',
          },
          MissingRequiredHeader: shared4,
          SignatureNonceUsed: shared6,
        },
        '403': shared44,
        '404': { TriggerNotFound: shared48, FunctionNotFound: shared35 },
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    UpdateTrigger: {
      rules: [
        { id: 'functionName-pattern', status: 'inferred' },
        { id: 'functionName-length', status: 'inferred' },
        { id: 'triggerName-format', status: 'inferred' },
        { id: 'update-trigger-types', status: 'documented' },
        { id: 'triggerConfig-json', status: 'documented' },
        { id: 'http-trigger-config', status: 'inferred' },
        { id: 'timer-trigger-config', status: 'inferred' },
      ],
      responses: {
        '200': shared42,
        '400': {
          InvalidArgument: {
            Code: 'InvalidArgument',
            Message:
              'triggerConfig.methods[0] "FETCH" is not one of GET, POST, PUT, DELETE, HEAD, PATCH, OPTIONS',
          },
          MissingRequiredHeader: shared4,
          SignatureNonceUsed: shared6,
        },
        '403': shared44,
        '404': shared49,
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    DeleteTrigger: {
      rules: shared47,
      responses: {
        '204': null,
        '400': shared50,
        '403': shared44,
        '404': shared49,
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    TagResources: {
      rules: [
        { id: 'tag-resource-ids', status: 'documented' },
        { id: 'tag-resource-ids-max', status: 'inferred' },
        { id: 'tag-pairs', status: 'documented' },
        { id: 'tag-lengths', status: 'documented' },
        { id: 'tags-unique-keys', status: 'inferred' },
        { id: 'tags-max', status: 'inferred' },
      ],
      responses: {
        '204': null,
        '400': { InvalidArgument: shared51, MissingRequiredHeader: shared4, SignatureNonceUsed: shared6 },
        '403': shared44,
        '404': shared39,
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    UntagResources: {
      rules: [
        { id: 'request-body-not-allowed', status: 'inferred' },
        { id: 'tag-resource-ids', status: 'documented' },
        { id: 'tag-resource-ids-max', status: 'inferred' },
        { id: 'untag-keys', status: 'documented' },
      ],
      responses: {
        '204': null,
        '400': {
          InvalidArgument: {
            Code: 'InvalidArgument',
            Message: 'TagKey must be the JSON text of an array of strings, got "env"',
          },
          MissingRequiredHeader: shared4,
          SignatureNonceUsed: shared6,
        },
        '403': shared44,
        '404': shared39,
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    ChangeResourceGroup: {
      rules: [
        { id: 'resource-group-fields', status: 'documented' },
        { id: 'resource-group-values', status: 'inferred' },
        { id: 'resource-group-keys-any-case', status: 'inferred' },
        { id: 'resource-group-id-format', status: 'inferred' },
      ],
      responses: {
        '200': {
          moved: {
            NewResourceGroupId: 'rg-aek2xl5qajnwbua',
            OldResourceGroupId: 'rg-acfm1c7k24l3456',
            ResourceId: 'my-function-1',
          },
        },
        '400': {
          InvalidArgument: {
            Code: 'InvalidArgument',
            Message: 'NewResourceGroupId must be a non-empty string, got null',
          },
          UnsupportedResourceType: shared51,
          NotAResourceGroupId: {
            Code: 'InvalidArgument',
            Message:
              'NewResourceGroupId "default" is not a resource group id: rg- followed by lowercase letters and digits, at most 64 characters',
          },
          MissingRequiredHeader: shared4,
          SignatureNonceUsed: shared6,
        },
        '403': shared44,
        '404': shared39,
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    DisableFunctionInvocation: {
      rules: [
        { id: 'functionName-pattern', status: 'inferred' },
        { id: 'functionName-length', status: 'inferred' },
        { id: 'invocation-input-types', status: 'documented' },
        { id: 'invocation-reason-length', status: 'inferred' },
      ],
      responses: {
        '200': { disabled: { success: true } },
        '400': {
          InvalidArgument: { Code: 'InvalidArgument', Message: 'reason must be a string, got 5' },
          ReasonTooLong: {
            Code: 'InvalidArgument',
            Message: 'reason must be at most 256 characters, got 300',
          },
          MissingRequiredHeader: shared4,
          SignatureNonceUsed: shared6,
        },
        '403': shared44,
        '404': shared39,
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    EnableFunctionInvocation: {
      rules: [
        { id: 'functionName-pattern', status: 'inferred' },
        { id: 'functionName-length', status: 'inferred' },
      ],
      responses: {
        '200': { enabled: { success: true } },
        '400': {
          InvalidArgument: {
            Code: 'InvalidArgument',
            Message:
              'functionName "9bad" is invalid: letters, digits, _ and -; does not start with a digit or -',
          },
          MissingRequiredHeader: shared4,
          SignatureNonceUsed: shared6,
        },
        '403': shared44,
        '404': shared39,
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    PublishFunctionVersion: {
      rules: [
        { id: 'functionName-pattern', status: 'inferred' },
        { id: 'functionName-length', status: 'inferred' },
        { id: 'version-input-types', status: 'documented' },
      ],
      responses: {
        '200': { published: shared52 },
        '400': {
          InvalidArgument: { Code: 'InvalidArgument', Message: 'description must be a string, got 5' },
          MissingRequiredHeader: shared4,
          SignatureNonceUsed: shared6,
        },
        '403': shared44,
        '404': shared39,
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    ListFunctionVersions: {
      rules: [
        { id: 'request-body-not-allowed', status: 'inferred' },
        { id: 'functionName-pattern', status: 'inferred' },
        { id: 'functionName-length', status: 'inferred' },
        { id: 'list-limit-range', status: 'inferred' },
        { id: 'list-next-token', status: 'inferred' },
        { id: 'list-direction', status: 'documented' },
      ],
      responses: {
        '200': { page: { direction: 'BACKWARD', versions: [shared52] } },
        '400': {
          InvalidArgument: {
            Code: 'InvalidArgument',
            Message: 'direction must be BACKWARD or FORWARD, got "UP"',
          },
          MissingRequiredHeader: shared4,
          SignatureNonceUsed: shared6,
        },
        '403': shared44,
        '404': shared39,
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    DeleteFunctionVersion: {
      rules: [
        { id: 'request-body-not-allowed', status: 'inferred' },
        { id: 'functionName-pattern', status: 'inferred' },
        { id: 'functionName-length', status: 'inferred' },
        { id: 'version-latest-kept', status: 'documented' },
        { id: 'versionId-format', status: 'inferred' },
        { id: 'version-in-use', status: 'inferred' },
      ],
      responses: {
        '204': null,
        '400': {
          InvalidArgument: {
            Code: 'InvalidArgument',
            Message:
              "version '1' of function 'my-function-1' is used by alias 'prod'; update or delete the alias first",
          },
          MissingRequiredHeader: shared4,
          SignatureNonceUsed: shared6,
        },
        '403': shared44,
        '404': { VersionNotFound: shared36, FunctionNotFound: shared35 },
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    CreateAlias: {
      rules: [
        { id: 'functionName-pattern', status: 'inferred' },
        { id: 'functionName-length', status: 'inferred' },
        { id: 'alias-input-types', status: 'documented' },
        { id: 'aliasName-format', status: 'inferred' },
        { id: 'alias-weights', status: 'inferred' },
        { id: 'alias-weights-not-main', status: 'documented' },
      ],
      responses: {
        '200': shared54,
        '400': {
          InvalidArgument: {
            Code: 'InvalidArgument',
            Message: 'additionalVersionWeight.2 must be a number from 0 to 1, got 5',
          },
          AdditionalVersionContainsMajorVersion: {
            Code: 'AdditionalVersionContainsMajorVersion',
            Message: 'additionalVersionWeight map[1:0.1] should not contain major version 1',
          },
          MissingRequiredHeader: shared4,
          SignatureNonceUsed: shared6,
        },
        '403': shared44,
        '404': { FunctionNotFound: shared35, VersionNotFound: shared55 },
        '409': {
          AliasAlreadyExists: {
            Code: 'AliasAlreadyExists',
            Message: 'alias prod of function my-function-1 already exists',
          },
        },
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    ListAliases: {
      rules: shared45,
      responses: {
        '200': { page: { aliases: [shared53] } },
        '400': shared46,
        '403': shared44,
        '404': shared39,
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    GetAlias: {
      rules: shared56,
      responses: {
        '200': shared54,
        '400': {
          InvalidArgument: {
            Code: 'InvalidArgument',
            Message:
              'aliasName "9a" is invalid: 1 to 128 letters, digits, _ and -; does not start with a digit or -; not LATEST',
          },
          MissingRequiredHeader: shared4,
          SignatureNonceUsed: shared6,
        },
        '403': shared44,
        '404': shared57,
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    UpdateAlias: {
      rules: [
        { id: 'functionName-pattern', status: 'inferred' },
        { id: 'functionName-length', status: 'inferred' },
        { id: 'aliasName-format', status: 'inferred' },
        { id: 'alias-input-types', status: 'documented' },
        { id: 'alias-weights', status: 'inferred' },
        { id: 'alias-weights-not-main', status: 'documented' },
      ],
      responses: {
        '200': shared54,
        '400': {
          InvalidArgument: { Code: 'InvalidArgument', Message: 'versionId must be a string, got 2' },
          AdditionalVersionContainsMajorVersion: {
            Code: 'AdditionalVersionContainsMajorVersion',
            Message: 'additionalVersionWeight map[2:0.5] should not contain major version 2',
          },
          MissingRequiredHeader: shared4,
          SignatureNonceUsed: shared6,
        },
        '403': shared44,
        '404': { AliasNotFound: shared37, VersionNotFound: shared55, FunctionNotFound: shared35 },
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    DeleteAlias: {
      rules: shared56,
      responses: {
        '204': null,
        '400': {
          InvalidArgument: {
            Code: 'InvalidArgument',
            Message:
              'aliasName "LATEST" is invalid: 1 to 128 letters, digits, _ and -; does not start with a digit or -; not LATEST',
          },
          MissingRequiredHeader: shared4,
          SignatureNonceUsed: shared6,
        },
        '403': shared44,
        '404': shared57,
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    GetFunctionCode: {
      rules: [
        { id: 'request-body-not-allowed', status: 'inferred' },
        { id: 'functionName-pattern', status: 'inferred' },
        { id: 'functionName-length', status: 'inferred' },
        { id: 'code-package-only', status: 'inferred' },
      ],
      responses: {
        '200': {
          package: {
            checksum: '2220831586920633690',
            url: 'http://127.0.0.1:9000/fc3-testkit/code/my-function-1/LATEST/2220831586920633690.zip',
          },
        },
        '400': {
          InvalidArgument: {
            Code: 'InvalidArgument',
            Message:
              "function 'my-container-fn' runs a container image (custom-container): it has no code package",
          },
          MissingRequiredHeader: shared4,
          SignatureNonceUsed: shared6,
        },
        '403': shared44,
        '404': shared38,
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    GetAsyncInvokeConfig: {
      rules: [{ id: 'request-body-not-allowed', status: 'inferred' }],
      responses: {
        '200': null,
        '400': shared50,
        '403': shared44,
        '404': {
          AsyncConfigNotExists: {
            Code: 'AsyncConfigNotExists',
            Message: 'AsyncConfig for my-function-1:LATEST does not exist.',
          },
          FunctionNotFound: shared35,
        },
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    GetConcurrencyConfig: {
      rules: [{ id: 'request-body-not-allowed', status: 'inferred' }],
      responses: {
        '200': null,
        '400': shared50,
        '403': shared44,
        '404': {
          OnDemandConfigNotFound: {
            Code: 'OnDemandConfigNotFound',
            Message: "concurrency config of function 'my-function-1' does not exist",
          },
          FunctionNotFound: shared35,
        },
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    GetScalingConfig: {
      rules: [{ id: 'request-body-not-allowed', status: 'inferred' }],
      responses: {
        '200': { none: { currentInstances: 0, minInstances: 0, targetInstances: 0 } },
        '400': shared50,
        '403': shared44,
        '404': shared39,
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    GetProvisionConfig: {
      rules: [{ id: 'request-body-not-allowed', status: 'inferred' }],
      responses: {
        '200': { none: { current: 0, target: 0 } },
        '400': shared50,
        '403': shared44,
        '404': shared39,
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    ListVpcBindings: {
      rules: [{ id: 'request-body-not-allowed', status: 'inferred' }],
      responses: {
        '200': { none: { vpcIds: [] } },
        '400': shared50,
        '403': shared44,
        '404': shared39,
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    ListAsyncInvokeConfigs: {
      rules: shared58,
      responses: {
        '200': { none: { configs: [] } },
        '400': {
          InvalidArgument: {
            Code: 'InvalidArgument',
            Message: 'ListAsyncInvokeConfigs takes no request body, got 2 bytes',
          },
          MissingRequiredHeader: shared4,
          SignatureNonceUsed: shared6,
        },
        '403': shared44,
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
    ListScalingConfigs: {
      rules: shared58,
      responses: {
        '200': { none: { scalingConfigs: [] } },
        '400': {
          InvalidArgument: {
            Code: 'InvalidArgument',
            Message: 'ListScalingConfigs takes no request body, got 2 bytes',
          },
          MissingRequiredHeader: shared4,
          SignatureNonceUsed: shared6,
        },
        '403': shared44,
        '429': shared11,
        '500': shared13,
        '503': shared16,
      },
    },
  },
  components: {
    schemas: {
      CreateFunctionInput: {
        type: 'object',
        required: ['functionName', 'runtime', 'handler'],
        allOf: [
          {
            not: { required: ['code', 'customContainerConfig'] },
            anyOf: [{ required: ['code'] }, { required: ['customContainerConfig'] }],
          },
        ],
        properties: {
          functionName: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_-]*$', minLength: 1, maxLength: 64 },
          runtime: {
            type: 'string',
            enum: [
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
            ],
          },
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
        },
      },
      InputCodeLocation: {
        type: 'object',
        allOf: [
          {
            not: {
              required: ['zipFile'],
              anyOf: [{ required: ['ossBucketName'] }, { required: ['ossObjectName'] }],
            },
            anyOf: [{ required: ['zipFile'] }, { required: ['ossBucketName', 'ossObjectName'] }],
          },
        ],
        properties: {
          zipFile: { type: 'string' },
          ossBucketName: { type: 'string' },
          ossObjectName: { type: 'string' },
          checksum: { type: 'string' },
        },
      },
      CustomContainerConfig: {
        type: 'object',
        properties: {
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
        },
      },
      AccelerationInfo: { type: 'object', readOnly: true, properties: { status: { type: 'string' } } },
      RegistryConfig: {
        type: 'object',
        properties: {
          authConfig: { $ref: '#/components/schemas/RegistryAuthConfig' },
          certConfig: { $ref: '#/components/schemas/RegistryCertConfig' },
          networkConfig: { $ref: '#/components/schemas/RegistryNetworkConfig' },
        },
      },
      RegistryAuthConfig: {
        type: 'object',
        properties: { userName: { type: 'string' }, password: { type: 'string' } },
      },
      RegistryCertConfig: {
        type: 'object',
        properties: { insecure: { type: 'boolean' }, rootCaCertBase64: { type: 'string' } },
      },
      RegistryNetworkConfig: {
        type: 'object',
        properties: {
          vpcId: { type: 'string' },
          vSwitchId: { type: 'string' },
          securityGroupId: { type: 'string' },
        },
      },
      CustomHealthCheckConfig: {
        type: 'object',
        properties: {
          httpGetUrl: { type: 'string', maxLength: 2048 },
          initialDelaySeconds: { type: 'integer', minimum: 0, maximum: 120 },
          periodSeconds: { type: 'integer', minimum: 1, maximum: 120 },
          timeoutSeconds: { type: 'integer', minimum: 1, maximum: 3 },
          failureThreshold: { type: 'integer', minimum: 1, maximum: 120 },
          successThreshold: { type: 'integer', minimum: 1, maximum: 120 },
        },
      },
      CustomRuntimeConfig: {
        type: 'object',
        properties: {
          command: { type: 'array', items: { type: 'string' } },
          args: { type: 'array', items: { type: 'string' } },
          port: { type: 'integer', minimum: 1, maximum: 65535 },
          healthCheckConfig: { $ref: '#/components/schemas/CustomHealthCheckConfig' },
        },
      },
      CustomDNS: {
        type: 'object',
        properties: {
          nameServers: { type: 'array', items: { type: 'string' } },
          searches: { type: 'array', items: { type: 'string' } },
          dnsOptions: { type: 'array', items: { $ref: '#/components/schemas/DNSOption' } },
        },
      },
      DNSOption: {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string' },
          value: { type: 'string', description: 'Option value, e.g. `2`.' },
        },
      },
      GPUConfig: {
        type: 'object',
        properties: {
          gpuMemorySize: { type: 'integer', multipleOf: 1024 },
          gpuType: { type: 'string', enum: ['fc.gpu.tesla.1', 'fc.gpu.ampere.1', 'fc.gpu.ada.1', 'g1'] },
        },
      },
      InstanceLifecycleConfig: {
        type: 'object',
        properties: {
          initializer: { $ref: '#/components/schemas/LifecycleHook' },
          preStop: { $ref: '#/components/schemas/LifecycleHook' },
        },
      },
      LifecycleHook: {
        type: 'object',
        properties: {
          handler: { type: 'string' },
          timeout: { type: 'integer' },
          command: { type: 'array', items: { type: 'string' } },
        },
      },
      LogConfig: {
        type: 'object',
        properties: {
          project: { type: 'string' },
          logstore: { type: 'string' },
          logBeginRule: { type: 'string', enum: ['None', 'DefaultRegex'] },
          enableRequestMetrics: { type: 'boolean' },
          enableInstanceMetrics: { type: 'boolean' },
          enableLlmMetrics: { type: 'boolean' },
        },
      },
      NASConfig: {
        type: 'object',
        properties: {
          userId: { type: 'integer' },
          groupId: { type: 'integer' },
          mountPoints: { type: 'array', maxItems: 5, items: { $ref: '#/components/schemas/NASMountConfig' } },
        },
      },
      NASMountConfig: {
        type: 'object',
        properties: {
          serverAddr: { type: 'string' },
          mountDir: { type: 'string' },
          enableTLS: { type: 'boolean' },
        },
      },
      OSSMountConfig: {
        type: 'object',
        properties: {
          mountPoints: { type: 'array', maxItems: 5, items: { $ref: '#/components/schemas/OSSMountPoint' } },
        },
      },
      OSSMountPoint: {
        type: 'object',
        properties: {
          bucketName: { type: 'string' },
          bucketPath: { type: 'string' },
          endpoint: { type: 'string' },
          mountDir: { type: 'string' },
          readOnly: { type: 'boolean' },
        },
      },
      VPCConfig: {
        type: 'object',
        properties: {
          vpcId: { type: 'string' },
          vSwitchIds: { type: 'array', items: { type: 'string' } },
          securityGroupId: { type: 'string' },
          role: { type: 'string' },
        },
      },
      TracingConfig: {
        type: 'object',
        properties: {
          type: { type: 'string', enum: ['Jaeger'] },
          params: { type: 'object', additionalProperties: { type: 'string' } },
        },
      },
      Tag: {
        type: 'object',
        properties: {
          Key: { type: 'string', maxLength: 64, pattern: '^(?!aliyun|acs:)' },
          Value: { type: 'string', maxLength: 128 },
        },
      },
      JuiceFsConfig: {
        type: 'object',
        properties: {
          envs: { type: 'object', additionalProperties: { type: 'string' } },
          mountPoints: { type: 'array', items: { $ref: '#/components/schemas/JuiceFsMountConfig' } },
        },
      },
      JuiceFsMountConfig: {
        type: 'object',
        properties: {
          volumeName: { type: 'string' },
          token: { type: 'string' },
          remoteDir: { type: 'string' },
          mountDir: { type: 'string' },
          args: { type: 'array', items: { type: 'string' } },
        },
      },
      PolarFsConfig: {
        type: 'object',
        properties: {
          userId: { type: 'integer' },
          groupId: { type: 'integer' },
          mountPoints: { type: 'array', items: { $ref: '#/components/schemas/PolarFsMountConfig' } },
        },
      },
      PolarFsMountConfig: {
        type: 'object',
        properties: {
          instanceId: { type: 'string' },
          remoteDir: { type: 'string' },
          mountDir: { type: 'string' },
          readOnly: { type: 'boolean' },
        },
      },
      CreateTriggerInput: {
        type: 'object',
        required: ['triggerName', 'triggerType', 'triggerConfig'],
        properties: {
          triggerName: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_-]*$', minLength: 1, maxLength: 128 },
          triggerType: {
            type: 'string',
            enum: ['oss', 'log', 'timer', 'http', 'tablestore', 'cdn_events', 'mns_topic', 'eventbridge'],
          },
          triggerConfig: { type: 'string' },
          qualifier: { type: 'string' },
          sourceArn: { type: 'string' },
          invocationRole: { type: 'string' },
          description: { type: 'string' },
        },
      },
      UpdateTriggerInput: {
        type: 'object',
        properties: {
          triggerConfig: { type: 'string' },
          qualifier: { type: 'string' },
          invocationRole: { type: 'string' },
          description: { type: 'string' },
        },
      },
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
