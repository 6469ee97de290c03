// Generated from spec/openapi.yaml by `npm run gen` — do not edit.
// Regenerate with `npm run gen`; CI runs `npm run gen:check`.

/** Any JSON value: the loose type of {@link specDocument}. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * The whole of spec/openapi.yaml as a plain object: schemas for Ajv, examples and `x-fc-rules`.
 *
 * @example
 * const schemas = (specDocument.components as { schemas: Record<string, JsonValue> }).schemas;
 */
export const specDocument: { [key: string]: JsonValue } = {
  openapi: '3.1.0',
  info: {
    title: 'Function Compute 3.0 function resource (fc3-testkit contract)',
    version: '2023-03-30',
    license: {
      name: 'MIT',
      identifier: 'MIT',
    },
    description:
      'Contract of the Alibaba Cloud Function Compute 3.0 function resource (API version\n2023-03-30) as used by fc3-testkit: `CreateFunction` (`POST /2023-03-30/functions`),\n`ListFunctions` (`GET /2023-03-30/functions`), and `GetFunction`, `UpdateFunction` and\n`DeleteFunction` (`GET`, `PUT`, `DELETE /2023-03-30/functions/{functionName}`).\n\nThis document is the single source of truth of the toolkit: the TypeScript types in\n`generated/openapi.ts`, the emulator\'s JSON Schema validation (Ajv, draft 2020-12), the\nexamples served by Prism and the rule catalogues (`x-fc-rules` on each operation, mirrored\nin `docs/rules.md`) all derive from it.\n\nTwo fact references of the project are cited. Bare section numbers such as "B.1", and\n"CF B.1" where both references meet, refer to `reference/fc3-createfunction.md`;\n"lifecycle C.2" refers to `reference/fc3-function-lifecycle.md` (GetFunction,\nUpdateFunction, DeleteFunction, ListFunctions and the state lifecycle). Facts marked\n"(inferred)" are not stated by a primary source; they are design choices of the toolkit and\nare listed in `docs/fidelity.md`.\n\nConventions:\n\n- Wire names are the official ones (SDK `names()` maps), including the capitalised `Key`\n  and `Value` of tags (B.2).\n- Unknown request fields are allowed everywhere (no `additionalProperties: false`): the real\n  service ignores them (G.6, ADR 003).\n- Schemas carry only the constraints that have a rule id in `x-fc-rules`; cross-field rules\n  are enforced by the emulator (`by: emulator`). Path and query values are checked by the\n  emulator too; their parameter schemas state the same limits for Prism and for readers.\n- Success is `200` with a `Function` body for CreateFunction, GetFunction and\n  UpdateFunction, `200` with a `ListFunctionsOutput` for ListFunctions, and `204` without a\n  body for DeleteFunction (all inferred: D.1, ADR 001, lifecycle B.2, C.3, D.2, E.2);\n  errors use the FC 3.0 envelope `{Code, Message, RequestId}` (E.1, ADR 002). The first\n  example under a status is the one `Prefer: code=NNN` selects.\n- Signing headers and `Authorization` are optional: a local mock may run without\n  credentials (A.4).\n- The documented sample response is kept verbatim as the `sample` example of the\n  CreateFunction 200 response. Its known inconsistencies are listed, not fixed, in\n  `x-fc-doc-quirks` (ADR 005).',
  },
  servers: [
    {
      url: 'https://{accountId}.{regionId}.fc.aliyuncs.com',
      description: 'Account-scoped Function Compute endpoint (A.2).',
      variables: {
        accountId: {
          default: '1234567890123456',
          description: 'Numeric Alibaba Cloud account id that owns the function.',
        },
        regionId: {
          default: 'cn-hangzhou',
          description: 'Region id, for example `cn-hangzhou` or `cn-shanghai`.',
        },
      },
    },
    {
      url: 'https://fcv3.{regionId}.aliyuncs.com',
      description: "OpenAPI gateway endpoint used by the SDK's regional endpoint map (A.2).",
      variables: {
        regionId: {
          default: 'cn-hangzhou',
          description: 'Region id, for example `cn-hangzhou` or `cn-shanghai`.',
        },
      },
    },
  ],
  tags: [
    {
      name: 'Functions',
      description: 'Function management of Function Compute 3.0.',
    },
  ],
  security: [
    {},
    {
      acs3: [],
    },
  ],
  'x-fc-doc-quirks': [
    {
      id: 'cpu-memory-ratio',
      path: '/cpu',
      statement:
        'The sample pairs `cpu: 1` with `memorySize: 512`, i.e. (512 / 1024) / 1 = 0.5 GB per vCPU, outside the documented [1, 4] band that rule `cpu-memory-ratio` enforces on requests.',
      reference: 'C.5',
    },
    {
      id: 'arn-name-mismatch',
      path: '/functionArn',
      statement:
        "`functionArn` ends in `functions/functionName` (a placeholder, with account `123`) while `functionName` is `my-function-1`; a real ARN ends in the function's own name.",
      reference: 'D.2',
    },
    {
      id: 'layer-region-mismatch',
      path: '/layers/0/arn',
      statement:
        "The layer ARN names region `cn-beijing` and a masked account (`186824xxxxxx`), while the function ARN is in `cn-shanghai`; layers are regional resources of the caller's account.",
      reference: 'B.1',
    },
    {
      id: 'container-config-on-python',
      path: '/customContainerConfig',
      statement:
        'A `python3.10` function reports a `customContainerConfig`; container settings belong to runtime `custom-container` and exclude a code package.',
      reference: 'C.1, C.2',
    },
    {
      id: 'gpu-on-python',
      path: '/gpuConfig',
      statement:
        'A `python3.10` function reports a `gpuConfig`; rule `gpu-custom-container-only` (inferred) reserves GPUs for `custom-container`.',
      reference: 'C.9',
    },
    {
      id: 'custom-runtime-config-on-python',
      path: '/customRuntimeConfig',
      statement:
        'A `python3.10` function reports a `customRuntimeConfig`, which rule `custom-runtime-config-custom-only` (inferred) reserves for `custom` and `custom.debian*`.',
      reference: 'C.10',
    },
    {
      id: 'codeChecksum-masked',
      path: '/codeChecksum',
      statement:
        '`codeChecksum` is masked (`2825179536350****`) and therefore not the decimal CRC-64/XZ the service computes; the contract suite checks the computed value separately.',
      reference: 'F, D.2',
    },
    {
      id: 'functionId-masked',
      path: '/functionId',
      statement: '`functionId` is masked (`aa715851-1c20-4b89-a8fb-***`), so it is not a complete UUID.',
      reference: 'D.2',
    },
    {
      id: 'account-ids-masked',
      path: '/role',
      statement:
        'Account ids inside RAM role ARNs are masked (`188077086902****`), here and in `vpcConfig.role`.',
      reference: 'B.1',
    },
    {
      id: 'registry-password-masked',
      path: '/customContainerConfig/registryConfig/authConfig/password',
      statement:
        'The registry password is shown as `abc***`; whether the service masks it or the page redacted it is not documented (masking inferred).',
      reference: 'D.2',
    },
    {
      id: 'network-ids-masked',
      path: '/vpcConfig/vpcId',
      statement:
        'VPC, vSwitch and security group ids are partly masked (`vpc-***`, `vsw-bp1ozpcrdc6r****`, `sg-bp18hj1wtxgy3b0***`).',
      reference: 'B.2',
    },
    {
      id: 'nas-server-masked',
      path: '/nasConfig/mountPoints/0/serverAddr',
      statement:
        'The NAS server address is masked (`***-uni85.cn-hangzhou.nas.com:/`) and uses `nas.com` instead of the `nas.aliyuncs.com` domain shown in B.2.',
      reference: 'B.2',
    },
    {
      id: 'name-server-masked',
      path: '/customDNS/nameServers/0',
      statement: 'The DNS name server `8.8.x.x` is a placeholder, not an IP address.',
      reference: 'B.2',
    },
    {
      id: 'resolved-image-differs',
      path: '/customContainerConfig/resolvedImageUri',
      statement:
        '`resolvedImageUri` names another registry, region and repository (`stand-sh-registry-vpc.cn-shanghai…/fc-demo2/springboot-helloworld`) than `image` (`registry-vpc.cn-hangzhou…/fc-demo/helloworld`), and its digest is masked.',
      reference: 'B.2',
    },
    {
      id: 'acceleration-type-lowercase',
      path: '/customContainerConfig/accelerationType',
      statement:
        '`accelerationType` is `default` (lower case) while the field documents `Default` / `None`; the Chinese page of the same sample shows `Default`.',
      reference: 'B.2',
    },
    {
      id: 'acceleration-status-contradiction',
      path: '/customContainerConfig/accelerationInfo/status',
      statement:
        '`accelerationInfo.status` is `Ready` while `lastUpdateStatusReasonCode` says the image is still being optimised (`ImageOptimizing`).',
      reference: 'B.2, D.4',
    },
    {
      id: 'modified-after-created',
      path: '/lastModifiedTime',
      statement:
        '`lastModifiedTime` is a month after `createdTime`, which is impossible for the answer to a create call (both are expected to be equal, inferred).',
      reference: 'D.2',
    },
  ],
  paths: {
    '/2023-03-30/functions': {
      post: {
        operationId: 'CreateFunction',
        summary: 'Create a function',
        description:
          'Creates a function from a ZIP code package (`code`) or a container image (`customContainerConfig`) and returns the stored configuration plus the fields the service computes (A.1, D.2). Requests are ROA style with a JSON body; the SDK signs them with ACS3-HMAC-SHA256 (A.4). Signing headers are optional in this contract because a local mock may run without credentials; the emulator verifies signatures only when credentials are configured.',
        tags: ['Functions'],
        security: [
          {},
          {
            acs3: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/XAcsAction',
          },
          {
            $ref: '#/components/parameters/XAcsVersion',
          },
          {
            $ref: '#/components/parameters/XAcsDate',
          },
          {
            $ref: '#/components/parameters/XAcsSignatureNonce',
          },
          {
            $ref: '#/components/parameters/XAcsContentSha256',
          },
          {
            $ref: '#/components/parameters/XAcsCredentialsProvider',
          },
          {
            $ref: '#/components/parameters/XAcsAccesskeyId',
          },
          {
            $ref: '#/components/parameters/XAcsSecurityToken',
          },
        ],
        requestBody: {
          required: true,
          description: 'The function to create (B.1).',
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CreateFunctionInput',
              },
              examples: {
                sample: {
                  summary: 'Code-package function mirroring the documented sample',
                  description:
                    'The documented sample response turned into a request that satisfies every rule of docs/rules.md: python3.10 with a ZIP package (one `index.py`) and its CRC-64/XZ checksum, 0.5 vCPU with 1024 MB (ratio 2), no container, GPU or custom-runtime settings.',
                  value: {
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
                },
                minimal: {
                  summary: 'The smallest valid request',
                  value: {
                    functionName: 'hello',
                    runtime: 'nodejs20',
                    handler: 'index.handler',
                    code: {
                      zipFile: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==',
                    },
                  },
                },
                container: {
                  summary: 'Custom container function',
                  value: {
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
                },
                clearing: {
                  summary: 'Empty "clearing" values that the service accepts (B.3)',
                  description:
                    'Serverless Devs sends these empty defaults on every create, so the schema must accept empty strings, empty lists and zero user/group ids.',
                  value: {
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
              },
            },
          },
        },
        responses: {
          '200': {
            description:
              'The function was created (status 200 is inferred, D.1 and ADR 001). The body is the stored configuration plus service-computed fields (D.2).',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Function',
                },
                examples: {
                  sample: {
                    summary: 'Documented sample response, verbatim',
                    description:
                      'The "Sample success responses" JSON of the English CreateFunction page (revision of Sep 14, 2024), value for value. Its inconsistencies are listed in `x-fc-doc-quirks` and are intentionally kept.',
                    value: {
                      codeChecksum: '2825179536350****',
                      codeSize: 412,
                      cpu: 1,
                      createdTime: '2023-04-01T08:15:27Z',
                      customContainerConfig: {
                        accelerationInfo: {
                          status: 'Ready',
                        },
                        accelerationType: 'default',
                        acrInstanceId: 'cri-xxxxxxxxxx',
                        command: ['arg1'],
                        entrypoint: ['/code/bootstrap'],
                        healthCheckConfig: {
                          failureThreshold: 1,
                          httpGetUrl: '/ready',
                          initialDelaySeconds: 1,
                          periodSeconds: 1,
                          successThreshold: 2,
                          timeoutSeconds: 2,
                        },
                        image: 'registry-vpc.cn-hangzhou.aliyuncs.com/fc-demo/helloworld:v1beta1',
                        port: 9000,
                        registryConfig: {
                          authConfig: {
                            password: 'abc***',
                            userName: 'admin',
                          },
                          certConfig: {
                            insecure: true,
                            rootCaCertBase64: 'cm9vdF9jYV9jZXJ0',
                          },
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
                        dnsOptions: [
                          {
                            name: 'ndots',
                            value: '2',
                          },
                        ],
                        nameServers: ['8.8.x.x'],
                        searches: ['ns1.svc.cluster-domain.example'],
                      },
                      customRuntimeConfig: {
                        args: ['arg1'],
                        command: ['/code/bootstrap'],
                        healthCheckConfig: {
                          failureThreshold: 1,
                          httpGetUrl: '/ready',
                          initialDelaySeconds: 1,
                          periodSeconds: 1,
                          successThreshold: 2,
                          timeoutSeconds: 2,
                        },
                        port: 9000,
                      },
                      description: 'my function',
                      diskSize: 512,
                      environmentVariables: {
                        key: 'value1',
                      },
                      functionArn: 'acs:fc:cn-shanghai:123:functions/functionName',
                      functionId: 'aa715851-1c20-4b89-a8fb-***',
                      functionName: 'my-function-1',
                      gpuConfig: {
                        gpuMemorySize: 2048,
                        gpuType: 'fc.gpu.ampere.1',
                      },
                      handler: 'index.handler',
                      instanceConcurrency: 1,
                      instanceLifecycleConfig: {
                        initializer: {
                          handler: 'index.initializer',
                          timeout: 10,
                        },
                        preStop: {
                          handler: 'index.initializer',
                          timeout: 10,
                        },
                      },
                      internetAccess: true,
                      lastModifiedTime: '2023-05-01T08:15:27Z',
                      lastUpdateStatus: 'InProgress',
                      lastUpdateStatusReason:
                        'The system is currently processing the acceleration optimization for the image.',
                      lastUpdateStatusReasonCode: 'ImageOptimizing',
                      layers: [
                        {
                          arn: 'acs:fc:cn-beijing:186824xxxxxx:layers/fc_layer/versions/1',
                          size: 421,
                        },
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
                      role: 'acs:ram::188077086902****:role/fc-test',
                      runtime: 'python3.10',
                      state: 'Pending',
                      stateReason: 'Function creating',
                      stateReasonCode: 'Creating',
                      timeout: 60,
                      tracingConfig: {
                        params: {
                          key: 'tracing_analysis_jaeger_endpoint',
                        },
                        type: 'Jaeger',
                      },
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
          },
          '400': {
            description:
              'The request was rejected: invalid input (every rule of `x-fc-rules`), a missing header, an unsupported path, an oversized package, a replayed nonce or a quota (E.2).',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  InvalidArgument: {
                    summary: 'Validation failure (documented)',
                    value: {
                      Code: 'InvalidArgument',
                      Message: 'Handler is required but not provided',
                      RequestId: '1-64e70cf1-5cbef92ea8fc8c42899cf5d1',
                    },
                  },
                  MissingRequiredHeader: {
                    summary: 'A required header is absent (documented)',
                    value: {
                      Code: 'MissingRequiredHeader',
                      Message: 'required HTTP header x-acs-date was not specified',
                      RequestId: '1-64e70cf1-6d0c1a2b3c4d5e6f7a8b9c0d',
                    },
                  },
                  PathNotSupported: {
                    summary: 'Unknown method or path (documented)',
                    value: {
                      Code: 'PathNotSupported',
                      Message: "'PUT' against '/2023-03-30/functions' is not supported",
                      RequestId: '1-64e70cf1-7e1d2b3c4d5e6f7a8b9c0d1e',
                    },
                  },
                  EntityTooLarge: {
                    summary: 'Code package over 100 MB (documented code, inferred mapping)',
                    value: {
                      Code: 'EntityTooLarge',
                      Message: 'payload size exceeds maximum allowed size (104857600 bytes)',
                      RequestId: '1-64e70cf1-8f2e3c4d5e6f7a8b9c0d1e2f',
                    },
                  },
                  SignatureNonceUsed: {
                    summary: 'Replayed x-acs-signature-nonce (inferred, POP-style code)',
                    value: {
                      Code: 'SignatureNonceUsed',
                      Message: 'Specified signature nonce was used already.',
                      RequestId: '1-64e70cf1-9a3f4d5e6f7a8b9c0d1e2f3a',
                    },
                  },
                  LimitExceeded: {
                    summary: 'Function quota reached (inferred for 3.0)',
                    value: {
                      Code: 'LimitExceeded',
                      Message: 'resource-count quota exceeded for functions in this region',
                      RequestId: '1-64e70cf1-ab4a5e6f7a8b9c0d1e2f3a4b',
                    },
                  },
                },
              },
            },
          },
          '403': {
            description: 'Authentication or authorisation failed (A.4, E.2).',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  AccessDenied: {
                    summary: 'RAM denies fc:CreateFunction (documented code)',
                    value: {
                      Code: 'AccessDenied',
                      Message:
                        "the caller is not authorized to perform 'fc:CreateFunction' on resource 'acs:fc:cn-hangzhou:1234567890123456:functions/my-function-1'",
                      RequestId: '1-64e70cf1-bc5b6f7a8b9c0d1e2f3a4b5c',
                    },
                  },
                  SignatureNotMatch: {
                    summary: 'Wrong signature or body hash (documented)',
                    value: {
                      Code: 'SignatureNotMatch',
                      Message:
                        'The request signature we calculated does not match the signature you provided. Check your access key and signing method',
                      RequestId: '1-64e70cf1-cd6c7a8b9c0d1e2f3a4b5c6d',
                    },
                  },
                  InvalidAccessKeyID: {
                    summary: 'Unknown AccessKey id (documented)',
                    value: {
                      Code: 'InvalidAccessKeyID',
                      Message: "invalid access key ID 'testAK'",
                      RequestId: '1-64e70cf1-de7d8b9c0d1e2f3a4b5c6d7e',
                    },
                  },
                  RequestTimeTooSkewed: {
                    summary: 'x-acs-date more than 15 minutes off (inferred code)',
                    value: {
                      Code: 'RequestTimeTooSkewed',
                      Message:
                        "the difference between the request time '2024-01-01T00:00:00Z' and the current time '2024-01-01T00:20:00Z' is too large",
                      RequestId: '1-64e70cf1-ef8e9c0d1e2f3a4b5c6d7e8f',
                    },
                  },
                },
              },
            },
          },
          '409': {
            description: 'The function already exists, or a concurrent write won (E.2, G.7).',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  FunctionAlreadyExists: {
                    summary: 'Name already taken (code documented, status and wording inferred)',
                    value: {
                      Code: 'FunctionAlreadyExists',
                      Message: "function 'my-function-1' already exists",
                      RequestId: '1-64e70cf1-f09fad1e2f3a4b5c6d7e8f90',
                    },
                  },
                  ConcurrentUpdateError: {
                    summary: 'Racing writes (FC 2.0 code)',
                    value: {
                      Code: 'ConcurrentUpdateError',
                      Message:
                        'ConcurrentUpdateError: function my-function-1 is being modified by another request',
                      RequestId: '1-64e70cf1-01a0be2f3a4b5c6d7e8f9012',
                    },
                  },
                },
              },
            },
          },
          '429': {
            description:
              'Rate or concurrency limit reached (E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (E.1).',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  ResourceExhausted: {
                    summary: 'Rate limit (FC 1.0 code)',
                    value: {
                      Code: 'ResourceExhausted',
                      Message: 'request rate exceeded, please retry later',
                      RequestId: '1-64e70cf1-12b1cf3a4b5c6d7e8f901234',
                    },
                  },
                  'Throttling.User': {
                    summary: 'Per-user flow control (inferred POP-style code)',
                    value: {
                      Code: 'Throttling.User',
                      Message: 'Request was denied due to user flow control.',
                      RequestId: '1-64e70cf1-23c2d04b5c6d7e8f90123456',
                    },
                  },
                },
              },
            },
          },
          '500': {
            description: 'Unexpected server failure (E.2); produced by fault injection only.',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  InternalServerError: {
                    summary: 'Internal error (documented)',
                    value: {
                      Code: 'InternalServerError',
                      Message: 'an internal error has occurred. Please retry.',
                      RequestId: '1-64e70cf1-34d3e15c6d7e8f9012345678',
                    },
                  },
                },
              },
            },
          },
          '503': {
            description: 'Service temporarily unavailable or out of capacity (E.2); fault injection only.',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  ServiceUnavailable: {
                    summary: 'Service unavailable (message inferred)',
                    value: {
                      Code: 'ServiceUnavailable',
                      Message: 'the service is temporarily unavailable, please retry later',
                      RequestId: '1-64e70cf1-45e4f26d7e8f901234567890',
                    },
                  },
                  ResourceThrottled: {
                    summary: 'Machine quota exceeded (FC 1.0 code)',
                    value: {
                      Code: 'ResourceThrottled',
                      Message: 'machine quota exceeded, please retry later',
                      RequestId: '1-64e70cf1-56f5037e8f90123456789012',
                    },
                  },
                },
              },
            },
          },
        },
        'x-fc-rules': [
          {
            id: 'functionName-required',
            by: 'schema',
            status: 'documented',
            statement: '`functionName` is required',
            reference: 'B.1',
            code: 'InvalidArgument',
            appliesTo: [
              {
                path: '',
                keywords: ['required'],
                property: 'functionName',
              },
            ],
          },
          {
            id: 'runtime-required',
            by: 'schema',
            status: 'documented',
            statement: '`runtime` is required',
            reference: 'B.1',
            code: 'InvalidArgument',
            appliesTo: [
              {
                path: '',
                keywords: ['required'],
                property: 'runtime',
              },
            ],
          },
          {
            id: 'handler-required',
            by: 'schema',
            status: 'documented',
            statement:
              '`handler` is required for every runtime, custom ones included ("Handler is required but not provided")',
            reference: 'B.1, C.3',
            code: 'InvalidArgument',
            appliesTo: [
              {
                path: '',
                keywords: ['required'],
                property: 'handler',
              },
            ],
          },
          {
            id: 'functionName-pattern',
            by: 'schema',
            status: 'documented',
            statement: 'letters, digits, `_` and `-`; does not start with a digit or `-`',
            reference: 'B.1',
            code: 'InvalidArgument',
            appliesTo: [
              {
                path: '/functionName',
                keywords: ['pattern'],
              },
            ],
          },
          {
            id: 'functionName-length',
            by: 'schema',
            status: 'documented',
            statement: '1 to 64 characters',
            reference: 'B.1',
            code: 'InvalidArgument',
            appliesTo: [
              {
                path: '/functionName',
                keywords: ['minLength', 'maxLength'],
              },
            ],
          },
          {
            id: 'runtime-enum',
            by: 'schema',
            status: 'documented',
            statement: 'one of the documented runtimes (union of SDK, Terraform and Serverless Devs lists)',
            reference: 'B.1',
            code: 'InvalidArgument',
            appliesTo: [
              {
                path: '/runtime',
                keywords: ['enum'],
              },
            ],
          },
          {
            id: 'cpu-range',
            by: 'schema',
            status: 'documented',
            statement: '`cpu` in [0.05, 16]',
            reference: 'B.1, C.5',
            code: 'InvalidArgument',
            appliesTo: [
              {
                path: '/cpu',
                keywords: ['minimum', 'maximum'],
              },
            ],
          },
          {
            id: 'cpu-multiple',
            by: 'schema',
            status: 'documented',
            statement: '`cpu` a multiple of 0.05',
            reference: 'B.1, C.5',
            code: 'InvalidArgument',
            appliesTo: [
              {
                path: '/cpu',
                keywords: ['multipleOf'],
              },
            ],
          },
          {
            id: 'memorySize-range',
            by: 'schema',
            status: 'documented',
            statement: '`memorySize` in [128, 32768] MB',
            reference: 'B.1, C.5',
            code: 'InvalidArgument',
            appliesTo: [
              {
                path: '/memorySize',
                keywords: ['minimum', 'maximum'],
              },
            ],
          },
          {
            id: 'memorySize-multiple',
            by: 'schema',
            status: 'documented',
            statement: '`memorySize` a multiple of 64',
            reference: 'B.1, C.5',
            code: 'InvalidArgument',
            appliesTo: [
              {
                path: '/memorySize',
                keywords: ['multipleOf'],
              },
            ],
          },
          {
            id: 'diskSize-enum',
            by: 'schema',
            status: 'documented',
            statement: '`diskSize` is 512 or 10240',
            reference: 'B.1, C.6',
            code: 'InvalidArgument',
            appliesTo: [
              {
                path: '/diskSize',
                keywords: ['enum'],
              },
            ],
          },
          {
            id: 'timeout-range',
            by: 'schema',
            status: 'documented',
            statement: '`timeout` in [1, 86400] s',
            reference: 'B.1',
            code: 'InvalidArgument',
            appliesTo: [
              {
                path: '/timeout',
                keywords: ['minimum', 'maximum'],
              },
            ],
          },
          {
            id: 'instanceConcurrency-range',
            by: 'schema',
            status: 'inferred',
            statement: '`instanceConcurrency` in [1, 200]',
            reference: 'B.1',
            code: 'InvalidArgument',
            appliesTo: [
              {
                path: '/instanceConcurrency',
                keywords: ['minimum', 'maximum'],
              },
            ],
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
              {
                path: '/customContainerConfig/healthCheckConfig/httpGetUrl',
                keywords: ['maxLength'],
              },
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
              {
                path: '/customRuntimeConfig/healthCheckConfig/httpGetUrl',
                keywords: ['maxLength'],
              },
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
              {
                path: '/customContainerConfig/port',
                keywords: ['minimum', 'maximum'],
              },
              {
                path: '/customRuntimeConfig/port',
                keywords: ['minimum', 'maximum'],
              },
            ],
          },
          {
            id: 'logBeginRule-enum',
            by: 'schema',
            status: 'documented',
            statement: '`logConfig.logBeginRule` is `None` or `DefaultRegex`',
            reference: 'B.2',
            code: 'InvalidArgument',
            appliesTo: [
              {
                path: '/logConfig/logBeginRule',
                keywords: ['enum'],
              },
            ],
          },
          {
            id: 'tracing-type-enum',
            by: 'schema',
            status: 'documented',
            statement: '`tracingConfig.type` is `Jaeger`',
            reference: 'B.2',
            code: 'InvalidArgument',
            appliesTo: [
              {
                path: '/tracingConfig/type',
                keywords: ['enum'],
              },
            ],
          },
          {
            id: 'gpuType-enum',
            by: 'schema',
            status: 'documented',
            statement: '`gpuConfig.gpuType` is one of the documented GPU types',
            reference: 'B.2',
            code: 'InvalidArgument',
            appliesTo: [
              {
                path: '/gpuConfig/gpuType',
                keywords: ['enum'],
              },
            ],
          },
          {
            id: 'gpuMemorySize-multiple',
            by: 'schema',
            status: 'documented',
            statement: '`gpuConfig.gpuMemorySize` a multiple of 1024',
            reference: 'B.2, C.9',
            code: 'InvalidArgument',
            appliesTo: [
              {
                path: '/gpuConfig/gpuMemorySize',
                keywords: ['multipleOf'],
              },
            ],
          },
          {
            id: 'dnsOption-name-required',
            by: 'schema',
            status: 'documented',
            statement: 'each `customDNS.dnsOptions` item names its option (`name` is required)',
            reference: 'B.2',
            code: 'InvalidArgument',
            appliesTo: [
              {
                path: '/customDNS/dnsOptions/*',
                keywords: ['required'],
                property: 'name',
              },
            ],
          },
          {
            id: 'nas-mount-points-max',
            by: 'schema',
            status: 'documented',
            statement: 'at most 5 NAS mount points',
            reference: 'B.1, G.11',
            code: 'InvalidArgument',
            appliesTo: [
              {
                path: '/nasConfig/mountPoints',
                keywords: ['maxItems'],
              },
            ],
          },
          {
            id: 'oss-mount-points-max',
            by: 'schema',
            status: 'documented',
            statement: 'at most 5 OSS mount points',
            reference: 'B.1, G.11',
            code: 'InvalidArgument',
            appliesTo: [
              {
                path: '/ossMountConfig/mountPoints',
                keywords: ['maxItems'],
              },
            ],
          },
          {
            id: 'field-types',
            by: 'schema',
            status: 'documented',
            statement:
              'every field has its documented JSON type (strings, integers, numbers, booleans, arrays, objects; map values are strings)',
            reference: 'B',
            code: 'InvalidArgument',
            appliesTo: [
              {
                path: '*',
                keywords: ['type'],
              },
            ],
          },
          {
            id: 'code-xor-container',
            by: 'schema',
            status: 'documented',
            statement: 'exactly one of `code` and `customContainerConfig`',
            reference: 'C.1',
            code: 'InvalidArgument',
            appliesTo: [
              {
                path: '',
                keywords: ['not', 'anyOf'],
              },
            ],
          },
          {
            id: 'zipFile-xor-oss',
            by: 'schema',
            status: 'documented',
            statement:
              'inside `code`: `zipFile`, or both `ossBucketName` and `ossObjectName`, never both ("Either ossBucketName/ossObjectName or zipFile must be set")',
            reference: 'B.2, C.2, C.4',
            code: 'InvalidArgument',
            appliesTo: [
              {
                path: '/code',
                keywords: ['not', 'anyOf'],
              },
            ],
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
          {
            id: 'tags-unique-keys',
            by: 'emulator',
            status: 'inferred',
            statement: 'tag keys are unique',
            reference: 'C.15',
            code: 'InvalidArgument',
          },
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
        summary: 'List functions',
        description:
          "Lists the functions of the account and region one page at a time (lifecycle E). Every query parameter is optional (lifecycle E.1). Filters (semantics inferred, lifecycle E.1): `prefix` keeps names that start with it; `description`, `functionName`, `gpuType`, `resourceGroupId` and `runtime` keep exact matches; `tags` keeps functions that carry every given pair; `fcVersion` `v3` keeps FC 3.0 functions and `v2` FC 2.0 ones, of which an emulator has none. The SDK sends a key whenever the field is set, empty strings included (`?prefix=`, `?nextToken=`; lifecycle A.2): an empty value filters nothing (inferred). Items come in ascending byte-wise name order, 20 per page unless `limit` says otherwise (FC 2.0, inferred), and leave out the six state fields (documented, lifecycle E.2; see `x-fc-omitted-fields` on the 200 response). Requests are ROA style with no body; the SDK signs the empty body's SHA-256 (lifecycle A.2, CF A.4).",
        tags: ['Functions'],
        security: [
          {},
          {
            acs3: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/XAcsActionListFunctions',
          },
          {
            $ref: '#/components/parameters/XAcsVersion',
          },
          {
            $ref: '#/components/parameters/XAcsDate',
          },
          {
            $ref: '#/components/parameters/XAcsSignatureNonce',
          },
          {
            $ref: '#/components/parameters/XAcsContentSha256',
          },
          {
            $ref: '#/components/parameters/XAcsCredentialsProvider',
          },
          {
            $ref: '#/components/parameters/XAcsAccesskeyId',
          },
          {
            $ref: '#/components/parameters/XAcsSecurityToken',
          },
          {
            name: 'description',
            in: 'query',
            required: false,
            description:
              'Keeps functions whose description equals this text (exact match inferred, lifecycle E.1).',
            schema: {
              type: 'string',
            },
            example: 'test_description',
          },
          {
            name: 'fcVersion',
            in: 'query',
            required: false,
            description:
              '`v3` lists only FC 3.0 functions, `v2` only FC 2.0 functions; empty or absent lists both (documented, lifecycle E.1). Any other value answers 400 `InvalidArgument` (rule `list-fc-version-enum`, inferred, lifecycle G).',
            schema: {
              type: 'string',
              enum: ['', 'v2', 'v3'],
            },
            example: 'v3',
          },
          {
            name: 'functionName',
            in: 'query',
            required: false,
            description:
              '"Function name" (documented without further semantics, lifecycle E.1); keeps the function of exactly this name (inferred).',
            schema: {
              type: 'string',
            },
            example: 'my-function-1',
          },
          {
            name: 'gpuType',
            in: 'query',
            required: false,
            description: 'Keeps functions whose `gpuConfig.gpuType` equals this value (lifecycle E.1).',
            schema: {
              type: 'string',
            },
            example: 'fc.gpu.tesla.1',
          },
          {
            name: 'limit',
            in: 'query',
            required: false,
            description:
              'Page size, an integer from 1 to 100 (documented, lifecycle E.1); default 20 (FC 2.0, inferred). The SDK sends any number unchecked (`limit=0` included, lifecycle A.2); a value outside the range or not an integer answers 400 `InvalidArgument` (rule `list-limit-range`).',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 100,
              default: 20,
            },
            example: 10,
          },
          {
            name: 'nextToken',
            in: 'query',
            required: false,
            description:
              'Opaque pagination token: the `nextToken` of the previous page, unchanged (lifecycle E.1). Empty or absent starts from the first page; Serverless Devs sends `nextToken=` on its first call (lifecycle E.2). A token this server did not issue answers 400 `InvalidArgument` (rule `list-next-token`, inferred).',
            schema: {
              type: 'string',
            },
            example: 'MTIzNCNhYmM=',
          },
          {
            name: 'prefix',
            in: 'query',
            required: false,
            description: 'Keeps functions whose name starts with this text (lifecycle E.1).',
            schema: {
              type: 'string',
            },
            example: 'my-func',
          },
          {
            name: 'resourceGroupId',
            in: 'query',
            required: false,
            description: 'Keeps functions of this resource group (lifecycle E.1).',
            schema: {
              type: 'string',
            },
            example: 'rg-acfm1c7k24l3456',
          },
          {
            name: 'runtime',
            in: 'query',
            required: false,
            description: 'Keeps functions of this runtime, e.g. `python3.10` (lifecycle E.1).',
            schema: {
              type: 'string',
            },
            example: 'python3.10',
          },
          {
            name: 'tags',
            in: 'query',
            required: false,
            description:
              'Keeps functions that carry every given tag (semantics inferred, lifecycle E.1). The SDK sends the whole array as ONE query value holding its JSON text, with the capitalised wire names, e.g. `tags=[{"Key":"env","Value":"test"}]` percent-encoded; `[]` is sent for an empty array and filters nothing (lifecycle E.1, A.2). Text that is not a JSON array of `{Key, Value}` objects answers 400 `InvalidArgument` (rule `list-tags-json`, inferred).',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/Tag',
                  },
                },
                example: [
                  {
                    Key: 'env',
                    Value: 'test',
                  },
                ],
              },
            },
          },
        ],
        responses: {
          '200': {
            description:
              'One page of functions (status 200 inferred, lifecycle E.2). The items leave out the fields listed in `x-fc-omitted-fields` (documented, lifecycle B.2, E.2).',
            'x-fc-omitted-fields': [
              'state',
              'stateReason',
              'stateReasonCode',
              'lastUpdateStatus',
              'lastUpdateStatusReason',
              'lastUpdateStatusReasonCode',
            ],
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ListFunctionsOutput',
                },
                examples: {
                  firstPage: {
                    summary: 'First page of `?limit=2`',
                    description:
                      'Three functions exist (`hello`, `my-container-fn`, `my-function-1`); the first page holds the first two in name order, without the six state fields, and a token for the rest (lifecycle E.1, E.2; order and token format inferred).',
                    value: {
                      functions: [
                        {
                          codeChecksum: '2220831586920633690',
                          codeSize: 22,
                          cpu: 0.35,
                          createdTime: '2024-05-01T08:15:27Z',
                          customDNS: {
                            dnsOptions: [],
                            nameServers: [],
                            searches: [],
                          },
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
                          resourceGroupId: 'rg-acfm1c7k24l3456',
                          role: '',
                          runtime: 'nodejs20',
                          sessionAffinity: 'NONE',
                          tags: [],
                          timeout: 3,
                          tracingConfig: {},
                          vpcConfig: {
                            securityGroupId: '',
                            vSwitchIds: [],
                            vpcId: '',
                          },
                        },
                        {
                          codeChecksum: '0',
                          codeSize: 0,
                          cpu: 2,
                          createdTime: '2024-05-01T08:15:27Z',
                          customContainerConfig: {
                            image: 'registry-vpc.cn-hangzhou.aliyuncs.com/fc-demo/helloworld:v1beta1',
                            entrypoint: ['/code/bootstrap'],
                            command: ['arg1'],
                            port: 9000,
                            healthCheckConfig: {
                              failureThreshold: 1,
                              initialDelaySeconds: 1,
                              periodSeconds: 1,
                              successThreshold: 2,
                              timeoutSeconds: 2,
                              httpGetUrl: '/ready',
                            },
                            accelerationInfo: {
                              status: 'Preparing',
                            },
                            resolvedImageUri:
                              'registry-vpc.cn-hangzhou.aliyuncs.com/fc-demo/helloworld@sha256:5ae769b5be30ebc48c5aed4d2cf7d27d4cbb8ac85309aac636047e74bddea464',
                          },
                          customDNS: {
                            dnsOptions: [],
                            nameServers: [],
                            searches: [],
                          },
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
                          logConfig: {
                            enableInstanceMetrics: false,
                            enableRequestMetrics: false,
                            logBeginRule: 'None',
                            logstore: '',
                            project: '',
                          },
                          memorySize: 4096,
                          nasConfig: {
                            groupId: 0,
                            mountPoints: [],
                            userId: 0,
                          },
                          ossMountConfig: {
                            mountPoints: [],
                          },
                          resourceGroupId: 'rg-acfm1c7k24l3456',
                          role: '',
                          runtime: 'custom-container',
                          sessionAffinity: 'NONE',
                          tags: [],
                          timeout: 3,
                          tracingConfig: {},
                          vpcConfig: {
                            securityGroupId: '',
                            vSwitchIds: [],
                            vpcId: '',
                          },
                        },
                      ],
                      nextToken: 'bXktZnVuY3Rpb24tMQ==',
                    },
                  },
                  lastPage: {
                    summary: 'Last page, with an empty nextToken',
                    description:
                      'The page after `firstPage`: the remaining function and `nextToken: ""`, which both Serverless Devs and Terraform read as "no next page" (lifecycle E.2).',
                    value: {
                      functions: [
                        {
                          codeChecksum: '17523635390036478140',
                          codeSize: 168,
                          cpu: 0.5,
                          createdTime: '2024-05-01T08:15:27Z',
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
                          customRuntimeConfig: {},
                          description: 'my function',
                          disableOndemand: false,
                          diskSize: 512,
                          environmentVariables: {
                            key: 'value1',
                          },
                          functionArn: 'acs:fc:cn-shanghai:1234567890123456:functions/my-function-1',
                          functionId: '6813ab3c-df03-4861-b4bf-9f4bdf9bf79b',
                          functionName: 'my-function-1',
                          gpuConfig: {},
                          handler: 'index.handler',
                          instanceConcurrency: 1,
                          instanceIsolationMode: 'SHARE',
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
                          internetAccess: true,
                          lastModifiedTime: '2024-05-01T08:15:27Z',
                          layers: [
                            {
                              arn: 'acs:fc:cn-shanghai:1234567890123456:layers/fc_layer/versions/1',
                              size: 236768,
                            },
                          ],
                          logConfig: {
                            enableInstanceMetrics: true,
                            enableRequestMetrics: true,
                            logBeginRule: 'DefaultRegex',
                            project: 'test-project',
                            logstore: 'test-logstore',
                          },
                          memorySize: 1024,
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
                          resourceGroupId: 'rg-acfm1c7k24l3456',
                          role: 'acs:ram::1234567890123456:role/fc-test',
                          runtime: 'python3.10',
                          sessionAffinity: 'NONE',
                          tags: [
                            {
                              Key: 'env',
                              Value: 'test',
                            },
                          ],
                          timeout: 60,
                          tracingConfig: {
                            type: 'Jaeger',
                            params: {
                              endpoint:
                                'http://tracing-analysis-dc-sh-internal.aliyuncs.com/adapt_xxx/api/traces',
                            },
                          },
                          vpcConfig: {
                            vpcId: 'vpc-bp1example0000001',
                            vSwitchIds: ['vsw-bp1example0000001'],
                            securityGroupId: 'sg-bp1example0000001',
                            role: 'acs:ram::1234567890123456:role/fc-test',
                          },
                        },
                      ],
                      nextToken: '',
                    },
                  },
                  empty: {
                    summary: 'Nothing matches',
                    description:
                      '`functions` is always present, `[]` when nothing matches; `nextToken` may be omitted (lifecycle E.2).',
                    value: {
                      functions: [],
                    },
                  },
                },
              },
            },
          },
          '400': {
            description:
              'The request was rejected: a query value breaks a rule of `x-fc-rules` (limit, nextToken, tags, fcVersion), a missing header, an unsupported method or a replayed nonce (lifecycle E.1, G; CF E.2).',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  InvalidArgument: {
                    summary: 'limit outside 1–100 (documented range, answer inferred)',
                    value: {
                      Code: 'InvalidArgument',
                      Message: 'limit must be between 1 and 100, got 0',
                      RequestId: '1-6632f4a1-510209025f89bc6364ba56b3',
                    },
                  },
                  MissingRequiredHeader: {
                    summary: 'A required header is absent (documented)',
                    value: {
                      Code: 'MissingRequiredHeader',
                      Message: 'required HTTP header x-acs-date was not specified',
                      RequestId: '1-6632f4a1-30461fd546b238cbf59acc7c',
                    },
                  },
                  PathNotSupported: {
                    summary: 'Unknown method on this path (documented)',
                    value: {
                      Code: 'PathNotSupported',
                      Message: "'PATCH' against '/2023-03-30/functions' is not supported",
                      RequestId: '1-6632f4a1-b31784c7835da93b45fe4bf0',
                    },
                  },
                  SignatureNonceUsed: {
                    summary: 'Replayed x-acs-signature-nonce (inferred, POP-style code)',
                    value: {
                      Code: 'SignatureNonceUsed',
                      Message: 'Specified signature nonce was used already.',
                      RequestId: '1-6632f4a1-c91cce9c34d534181929e1f4',
                    },
                  },
                },
              },
            },
          },
          '403': {
            description: 'Authentication or authorisation failed (CF A.4, CF E.2).',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  AccessDenied: {
                    summary: 'RAM denies fc:ListFunctions (documented code)',
                    value: {
                      Code: 'AccessDenied',
                      Message:
                        "the caller is not authorized to perform 'fc:ListFunctions' on resource 'acs:fc:cn-shanghai:1234567890123456:functions/*'",
                      RequestId: '1-6632f4a1-245a4d1710f4393dab3c8d28',
                    },
                  },
                  SignatureNotMatch: {
                    summary: 'Wrong signature or body hash (documented)',
                    value: {
                      Code: 'SignatureNotMatch',
                      Message:
                        'The request signature we calculated does not match the signature you provided. Check your access key and signing method',
                      RequestId: '1-6632f4a1-971f721979fb259a81cdafd8',
                    },
                  },
                  InvalidAccessKeyID: {
                    summary: 'Unknown AccessKey id (documented)',
                    value: {
                      Code: 'InvalidAccessKeyID',
                      Message: "invalid access key ID 'testAK'",
                      RequestId: '1-6632f4a1-33cc348066e6e665df5e8813',
                    },
                  },
                  RequestTimeTooSkewed: {
                    summary: 'x-acs-date more than 15 minutes off (inferred code)',
                    value: {
                      Code: 'RequestTimeTooSkewed',
                      Message:
                        "the difference between the request time '2024-01-01T00:00:00Z' and the current time '2024-01-01T00:20:00Z' is too large",
                      RequestId: '1-6632f4a1-c37015b55300cd2e2e8a2512',
                    },
                  },
                },
              },
            },
          },
          '429': {
            description:
              'Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1).',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  ResourceExhausted: {
                    summary: 'Rate limit (FC 1.0 code)',
                    value: {
                      Code: 'ResourceExhausted',
                      Message: 'request rate exceeded, please retry later',
                      RequestId: '1-6632f4a1-d53dfbc3192a79ace868d469',
                    },
                  },
                  'Throttling.User': {
                    summary: 'Per-user flow control (inferred POP-style code)',
                    value: {
                      Code: 'Throttling.User',
                      Message: 'Request was denied due to user flow control.',
                      RequestId: '1-6632f4a1-8c3795d53740c04050c263f6',
                    },
                  },
                },
              },
            },
          },
          '500': {
            description: 'Unexpected server failure (CF E.2); produced by fault injection only.',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  InternalServerError: {
                    summary: 'Internal error (documented)',
                    value: {
                      Code: 'InternalServerError',
                      Message: 'an internal error has occurred. Please retry.',
                      RequestId: '1-6632f4a1-fabb6ed83061c41600e1d45c',
                    },
                  },
                },
              },
            },
          },
          '503': {
            description: 'Service temporarily unavailable or out of capacity (CF E.2); fault injection only.',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  ServiceUnavailable: {
                    summary: 'Service unavailable (message inferred)',
                    value: {
                      Code: 'ServiceUnavailable',
                      Message: 'the service is temporarily unavailable, please retry later',
                      RequestId: '1-6632f4a1-6897c255f6c94966c2ce7f29',
                    },
                  },
                  ResourceThrottled: {
                    summary: 'Machine quota exceeded (FC 1.0 code)',
                    value: {
                      Code: 'ResourceThrottled',
                      Message: 'machine quota exceeded, please retry later',
                      RequestId: '1-6632f4a1-f094b90ca5f44599458df442',
                    },
                  },
                },
              },
            },
          },
        },
        'x-fc-rules': [
          {
            id: 'request-body-not-allowed',
            by: 'emulator',
            status: 'inferred',
            statement: 'the request carries no body (the SDK sends none), else 400 `InvalidArgument`',
            reference: 'lifecycle A.2',
            code: 'InvalidArgument',
          },
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
        {
          name: 'functionName',
          in: 'path',
          required: true,
          description:
            'Name of the function, with the constraints of `CreateFunctionInput.functionName`: letters, digits, `_` and `-`, not starting with a digit or `-`, 1 to 64 characters, case-sensitive (CF B.1, CF G.9). The SDK percent-encodes the segment (space `%20`, `/` `%2F`, `*` `%2A`, `+` `%2B`, `~` kept; lifecycle A.2), so a valid name travels as it is; the server decodes the segment once before it checks the name. A name that breaks the rules answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`; inferred: the service may as well answer 404 `FunctionNotFound`).',
          schema: {
            type: 'string',
            pattern: '^[A-Za-z_][A-Za-z0-9_-]*$',
            minLength: 1,
            maxLength: 64,
          },
          example: 'my-function-1',
        },
      ],
      get: {
        operationId: 'GetFunction',
        summary: 'Get a function',
        description:
          'Returns one function: its configuration, the service-computed fields and, as the only function read that has them, the six state fields `state`, `stateReason`, `stateReasonCode`, `lastUpdateStatus`, `lastUpdateStatusReason` and `lastUpdateStatusReasonCode` (lifecycle B.2, F.1). Clients poll it after a create or update until `state` is `Active` and `lastUpdateStatus` is not `InProgress` (Serverless Devs every 2 s for custom containers, lifecycle F.5); it must answer right after a create (Terraform reads immediately, lifecycle H.4). Requests are ROA style with no body (lifecycle A.2).',
        tags: ['Functions'],
        security: [
          {},
          {
            acs3: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/XAcsActionGetFunction',
          },
          {
            $ref: '#/components/parameters/XAcsVersion',
          },
          {
            $ref: '#/components/parameters/XAcsDate',
          },
          {
            $ref: '#/components/parameters/XAcsSignatureNonce',
          },
          {
            $ref: '#/components/parameters/XAcsContentSha256',
          },
          {
            $ref: '#/components/parameters/XAcsCredentialsProvider',
          },
          {
            $ref: '#/components/parameters/XAcsAccesskeyId',
          },
          {
            $ref: '#/components/parameters/XAcsSecurityToken',
          },
          {
            name: 'qualifier',
            in: 'query',
            required: false,
            description:
              'Version or alias to read (documented, lifecycle B.1). Absent, empty (the SDK sends `?qualifier=` for an empty string, lifecycle A.2) or `LATEST`: the editable configuration (inferred). A version id such as `1` reads that published version; an unknown one answers 404 `VersionNotFound` (Terraform, lifecycle B.1). Any other value is an alias name, resolved to its version; an unknown one answers 404 `AliasNotFound` (FC 2.0, inferred).',
            schema: {
              type: 'string',
            },
            example: 'LATEST',
          },
        ],
        responses: {
          '200': {
            description:
              'The function (status 200 inferred, lifecycle B.2): the full `Function` model, state fields included.',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Function',
                },
                examples: {
                  codePackage: {
                    summary: 'Code-package function, ready (the request `sample` after CreateFunction)',
                    description:
                      'What GetFunction returns for the CreateFunction request `sample` once created in `cn-shanghai`: a code package is `Active` / `Successful` at once, with empty reasons (inferred, lifecycle F.3, F.6).',
                    value: {
                      codeChecksum: '17523635390036478140',
                      codeSize: 168,
                      cpu: 0.5,
                      createdTime: '2024-05-01T08:15:27Z',
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
                      customRuntimeConfig: {},
                      description: 'my function',
                      disableOndemand: false,
                      diskSize: 512,
                      environmentVariables: {
                        key: 'value1',
                      },
                      functionArn: 'acs:fc:cn-shanghai:1234567890123456:functions/my-function-1',
                      functionId: '6813ab3c-df03-4861-b4bf-9f4bdf9bf79b',
                      functionName: 'my-function-1',
                      gpuConfig: {},
                      handler: 'index.handler',
                      instanceConcurrency: 1,
                      instanceIsolationMode: 'SHARE',
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
                      internetAccess: true,
                      lastModifiedTime: '2024-05-01T08:15:27Z',
                      lastUpdateStatus: 'Successful',
                      lastUpdateStatusReason: '',
                      lastUpdateStatusReasonCode: '',
                      layers: [
                        {
                          arn: 'acs:fc:cn-shanghai:1234567890123456:layers/fc_layer/versions/1',
                          size: 236768,
                        },
                      ],
                      logConfig: {
                        enableInstanceMetrics: true,
                        enableRequestMetrics: true,
                        logBeginRule: 'DefaultRegex',
                        project: 'test-project',
                        logstore: 'test-logstore',
                      },
                      memorySize: 1024,
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
                      resourceGroupId: 'rg-acfm1c7k24l3456',
                      role: 'acs:ram::1234567890123456:role/fc-test',
                      runtime: 'python3.10',
                      sessionAffinity: 'NONE',
                      state: 'Active',
                      stateReason: '',
                      stateReasonCode: '',
                      tags: [
                        {
                          Key: 'env',
                          Value: 'test',
                        },
                      ],
                      timeout: 60,
                      tracingConfig: {
                        type: 'Jaeger',
                        params: {
                          endpoint:
                            'http://tracing-analysis-dc-sh-internal.aliyuncs.com/adapt_xxx/api/traces',
                        },
                      },
                      vpcConfig: {
                        vpcId: 'vpc-bp1example0000001',
                        vSwitchIds: ['vsw-bp1example0000001'],
                        securityGroupId: 'sg-bp1example0000001',
                        role: 'acs:ram::1234567890123456:role/fc-test',
                      },
                    },
                  },
                  containerPending: {
                    summary: 'Custom container right after creation',
                    description:
                      'The request `container` just created: `Pending` with the documented reasons (`Function creating` / `Creating`), the update phase `InProgress` / `ImageOptimizing` and the image acceleration `Preparing` (lifecycle B.2, F.1, F.6; the pairing is inferred).',
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
                        healthCheckConfig: {
                          failureThreshold: 1,
                          initialDelaySeconds: 1,
                          periodSeconds: 1,
                          successThreshold: 2,
                          timeoutSeconds: 2,
                          httpGetUrl: '/ready',
                        },
                        accelerationInfo: {
                          status: 'Preparing',
                        },
                        resolvedImageUri:
                          'registry-vpc.cn-hangzhou.aliyuncs.com/fc-demo/helloworld@sha256:5ae769b5be30ebc48c5aed4d2cf7d27d4cbb8ac85309aac636047e74bddea464',
                      },
                      customDNS: {
                        dnsOptions: [],
                        nameServers: [],
                        searches: [],
                      },
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
                      logConfig: {
                        enableInstanceMetrics: false,
                        enableRequestMetrics: false,
                        logBeginRule: 'None',
                        logstore: '',
                        project: '',
                      },
                      memorySize: 4096,
                      nasConfig: {
                        groupId: 0,
                        mountPoints: [],
                        userId: 0,
                      },
                      ossMountConfig: {
                        mountPoints: [],
                      },
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
                      vpcConfig: {
                        securityGroupId: '',
                        vSwitchIds: [],
                        vpcId: '',
                      },
                    },
                  },
                  containerActive: {
                    summary: 'Custom container once its image is ready',
                    description:
                      'The same function after preparation: `Active`, `Successful`, acceleration `Ready` and the pinned `resolvedImageUri` digest (lifecycle F.2, F.6).',
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
                        healthCheckConfig: {
                          failureThreshold: 1,
                          initialDelaySeconds: 1,
                          periodSeconds: 1,
                          successThreshold: 2,
                          timeoutSeconds: 2,
                          httpGetUrl: '/ready',
                        },
                        accelerationInfo: {
                          status: 'Ready',
                        },
                        resolvedImageUri:
                          'registry-vpc.cn-hangzhou.aliyuncs.com/fc-demo/helloworld@sha256:5ae769b5be30ebc48c5aed4d2cf7d27d4cbb8ac85309aac636047e74bddea464',
                      },
                      customDNS: {
                        dnsOptions: [],
                        nameServers: [],
                        searches: [],
                      },
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
                      logConfig: {
                        enableInstanceMetrics: false,
                        enableRequestMetrics: false,
                        logBeginRule: 'None',
                        logstore: '',
                        project: '',
                      },
                      memorySize: 4096,
                      nasConfig: {
                        groupId: 0,
                        mountPoints: [],
                        userId: 0,
                      },
                      ossMountConfig: {
                        mountPoints: [],
                      },
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
                      vpcConfig: {
                        securityGroupId: '',
                        vSwitchIds: [],
                        vpcId: '',
                      },
                    },
                  },
                },
              },
            },
          },
          '400': {
            description:
              'The request was rejected: a path name that breaks the name rules (inferred), a missing header, an unsupported method or a replayed nonce (CF E.2).',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  InvalidArgument: {
                    summary: 'The path name breaks the name rules (inferred)',
                    value: {
                      Code: 'InvalidArgument',
                      Message:
                        'functionName "9lives" is invalid: letters, digits, _ and -; does not start with a digit or -',
                      RequestId: '1-6632f4a1-7d7c34e0669e902c8cace370',
                    },
                  },
                  MissingRequiredHeader: {
                    summary: 'A required header is absent (documented)',
                    value: {
                      Code: 'MissingRequiredHeader',
                      Message: 'required HTTP header x-acs-date was not specified',
                      RequestId: '1-6632f4a1-8c1b3b2c3d4c6606a37a1dd8',
                    },
                  },
                  PathNotSupported: {
                    summary: 'Unknown method on this path (documented)',
                    value: {
                      Code: 'PathNotSupported',
                      Message: "'POST' against '/2023-03-30/functions/my-function-1' is not supported",
                      RequestId: '1-6632f4a1-f936f9b0fdcc13940c1c7fc1',
                    },
                  },
                  SignatureNonceUsed: {
                    summary: 'Replayed x-acs-signature-nonce (inferred, POP-style code)',
                    value: {
                      Code: 'SignatureNonceUsed',
                      Message: 'Specified signature nonce was used already.',
                      RequestId: '1-6632f4a1-44ae6cdce6d7ba375e62f488',
                    },
                  },
                },
              },
            },
          },
          '403': {
            description: 'Authentication or authorisation failed (CF A.4, CF E.2).',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  AccessDenied: {
                    summary: 'RAM denies fc:GetFunction (documented code)',
                    value: {
                      Code: 'AccessDenied',
                      Message:
                        "the caller is not authorized to perform 'fc:GetFunction' on resource 'acs:fc:cn-shanghai:1234567890123456:functions/my-function-1'",
                      RequestId: '1-6632f4a1-a68593be2e6d3606872d5f81',
                    },
                  },
                  SignatureNotMatch: {
                    summary: 'Wrong signature or body hash (documented)',
                    value: {
                      Code: 'SignatureNotMatch',
                      Message:
                        'The request signature we calculated does not match the signature you provided. Check your access key and signing method',
                      RequestId: '1-6632f4a1-379c1edb9d0553c4f8b84f47',
                    },
                  },
                  InvalidAccessKeyID: {
                    summary: 'Unknown AccessKey id (documented)',
                    value: {
                      Code: 'InvalidAccessKeyID',
                      Message: "invalid access key ID 'testAK'",
                      RequestId: '1-6632f4a1-7bfd58ab11af698ff16a4533',
                    },
                  },
                  RequestTimeTooSkewed: {
                    summary: 'x-acs-date more than 15 minutes off (inferred code)',
                    value: {
                      Code: 'RequestTimeTooSkewed',
                      Message:
                        "the difference between the request time '2024-01-01T00:00:00Z' and the current time '2024-01-01T00:20:00Z' is too large",
                      RequestId: '1-6632f4a1-a2ec63ca47e8839f20b79326',
                    },
                  },
                },
              },
            },
          },
          '404': {
            description: 'No such function, or no such version or alias for `qualifier` (lifecycle B.3, G).',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  FunctionNotFound: {
                    summary: 'No function of that name (documented code, status and message)',
                    value: {
                      Code: 'FunctionNotFound',
                      Message: "function 'my-function-1' does not exist.",
                      RequestId: '1-6632f4a1-17a0878aa37c6cbce6b2c6f0',
                    },
                  },
                  VersionNotFound: {
                    summary:
                      'Unknown version in qualifier (code from Terraform and FC 2.0, 3.0 wording inferred)',
                    value: {
                      Code: 'VersionNotFound',
                      Message: "version '3' of function 'my-function-1' does not exist",
                      RequestId: '1-6632f4a1-298e27aff174b0095b600859',
                    },
                  },
                  AliasNotFound: {
                    summary: 'Unknown alias in qualifier (FC 2.0 code, 3.0 wording inferred)',
                    value: {
                      Code: 'AliasNotFound',
                      Message: "alias 'prod' of function 'my-function-1' does not exist",
                      RequestId: '1-6632f4a1-28726da6b2f3e6a9c47ece79',
                    },
                  },
                },
              },
            },
          },
          '429': {
            description:
              'Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1).',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  ResourceExhausted: {
                    summary: 'Rate limit (FC 1.0 code)',
                    value: {
                      Code: 'ResourceExhausted',
                      Message: 'request rate exceeded, please retry later',
                      RequestId: '1-6632f4a1-c4581b8782dd0b8d47a875c9',
                    },
                  },
                  'Throttling.User': {
                    summary: 'Per-user flow control (inferred POP-style code)',
                    value: {
                      Code: 'Throttling.User',
                      Message: 'Request was denied due to user flow control.',
                      RequestId: '1-6632f4a1-58364e2238b75500d07adfc4',
                    },
                  },
                },
              },
            },
          },
          '500': {
            description: 'Unexpected server failure (CF E.2); produced by fault injection only.',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  InternalServerError: {
                    summary: 'Internal error (documented)',
                    value: {
                      Code: 'InternalServerError',
                      Message: 'an internal error has occurred. Please retry.',
                      RequestId: '1-6632f4a1-ff547c97c854813661b5d428',
                    },
                  },
                },
              },
            },
          },
          '503': {
            description: 'Service temporarily unavailable or out of capacity (CF E.2); fault injection only.',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  ServiceUnavailable: {
                    summary: 'Service unavailable (message inferred)',
                    value: {
                      Code: 'ServiceUnavailable',
                      Message: 'the service is temporarily unavailable, please retry later',
                      RequestId: '1-6632f4a1-d34e95305a0d0e2afb96ec59',
                    },
                  },
                  ResourceThrottled: {
                    summary: 'Machine quota exceeded (FC 1.0 code)',
                    value: {
                      Code: 'ResourceThrottled',
                      Message: 'machine quota exceeded, please retry later',
                      RequestId: '1-6632f4a1-fa8115e0e8d0f0009ed9860d',
                    },
                  },
                },
              },
            },
          },
        },
        'x-fc-rules': [
          {
            id: 'request-body-not-allowed',
            by: 'emulator',
            status: 'inferred',
            statement: 'the request carries no body (the SDK sends none), else 400 `InvalidArgument`',
            reference: 'lifecycle A.2',
            code: 'InvalidArgument',
          },
          {
            id: 'functionName-pattern',
            by: 'emulator',
            status: 'inferred',
            statement:
              'the path name obeys the create rule (letters, digits, `_` and `-`; does not start with a digit or `-`), else 400 `InvalidArgument`',
            reference: 'CF B.1, lifecycle A.2',
            code: 'InvalidArgument',
          },
          {
            id: 'functionName-length',
            by: 'emulator',
            status: 'inferred',
            statement: 'the path name is 1 to 64 characters, else 400 `InvalidArgument`',
            reference: 'CF B.1, lifecycle A.2',
            code: 'InvalidArgument',
          },
        ],
      },
      put: {
        operationId: 'UpdateFunction',
        summary: 'Update a function',
        description:
          'Changes the configuration of an existing function and returns it (lifecycle C). Merge (lifecycle C.2, inferred from three client behaviours): every top-level key present in the body replaces the stored value, nested objects included as a whole; every absent key keeps its value; explicit empty values (`""`, `[]`, `{}`, empty shells) clear a setting (lifecycle C.2). Every CreateFunction rule (its `x-fc-rules`: required fields, `code` / `customContainerConfig` exclusive, ranges, cross-field rules) is checked again on the merged configuration and answers as on create: 400 `InvalidArgument`, or 400 `EntityTooLarge` for an oversized package (lifecycle C.5). A runtime switch between a code package and a container needs the body to carry the matching `code` or `customContainerConfig` (inferred, lifecycle C.1). The answer moves `lastModifiedTime` to the update time, recomputes `codeChecksum` and `codeSize` when `code` is in the body, and never changes `functionName`, `functionId`, `functionArn`, `createdTime`, `tags`, `resourceGroupId` or `invocationRestriction` (lifecycle F.7). A custom container with a new image is `InProgress` until it is ready (lifecycle F.2); another update meanwhile answers 409 `ConcurrentUpdateError` (rule `update-not-in-progress`, inferred, lifecycle C.4). The SDK sends no `If-Match` (lifecycle C.1). Requests are ROA style with a JSON body (lifecycle A.2); an SDK request without `body` arrives with `content-length: 0` and is answered like an empty body on create, 400 `InvalidArgument` (inferred).',
        tags: ['Functions'],
        security: [
          {},
          {
            acs3: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/XAcsActionUpdateFunction',
          },
          {
            $ref: '#/components/parameters/XAcsVersion',
          },
          {
            $ref: '#/components/parameters/XAcsDate',
          },
          {
            $ref: '#/components/parameters/XAcsSignatureNonce',
          },
          {
            $ref: '#/components/parameters/XAcsContentSha256',
          },
          {
            $ref: '#/components/parameters/XAcsCredentialsProvider',
          },
          {
            $ref: '#/components/parameters/XAcsAccesskeyId',
          },
          {
            $ref: '#/components/parameters/XAcsSecurityToken',
          },
        ],
        requestBody: {
          required: true,
          description: 'The fields to change (lifecycle C.1); every field is optional.',
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/UpdateFunctionInput',
              },
              examples: {
                terraform: {
                  summary: 'Memory change as Terraform sends it',
                  description:
                    'Terraform always adds `functionName` (equal to the path name), `runtime` and `handler` to the changed attributes (lifecycle C.1, H.4). `functionName` is not an UpdateFunctionInput field; it is ignored once it matches the path.',
                  value: {
                    functionName: 'my-function-1',
                    runtime: 'python3.10',
                    handler: 'index.handler',
                    memorySize: 2048,
                  },
                },
                codeOnly: {
                  summary: 'New code only, as `s deploy --function code` sends it',
                  description:
                    'Only `code` (here the 22-byte empty ZIP and its CRC-64/XZ, CF F); every other field keeps its stored value (lifecycle C.2).',
                  value: {
                    code: {
                      zipFile: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==',
                      checksum: '2220831586920633690',
                    },
                  },
                },
                serverlessDevs: {
                  summary: 'Full Serverless Devs update with clearing values',
                  description:
                    'The update body Serverless Devs sends for a minimal nodejs function with fresh code (lifecycle C.2): explicit empty blocks overwrite the stored ones; no `functionName`, `tags` or `resourceGroupId` (the SDK model drops them).',
                  value: {
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
              },
            },
          },
        },
        responses: {
          '200': {
            description:
              'The function after the update (documented, lifecycle C.3; status 200 inferred), state fields included.',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Function',
                },
                examples: {
                  memoryUpdated: {
                    summary: 'The `codePackage` function after the `terraform` request',
                    description:
                      '`memorySize` is 2048 (0.5 vCPU, ratio 4), `lastModifiedTime` is the update time, and every other field, `createdTime`, `functionId` and `codeChecksum` included, is unchanged (lifecycle C.3, F.7).',
                    value: {
                      codeChecksum: '17523635390036478140',
                      codeSize: 168,
                      cpu: 0.5,
                      createdTime: '2024-05-01T08:15:27Z',
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
                      customRuntimeConfig: {},
                      description: 'my function',
                      disableOndemand: false,
                      diskSize: 512,
                      environmentVariables: {
                        key: 'value1',
                      },
                      functionArn: 'acs:fc:cn-shanghai:1234567890123456:functions/my-function-1',
                      functionId: '6813ab3c-df03-4861-b4bf-9f4bdf9bf79b',
                      functionName: 'my-function-1',
                      gpuConfig: {},
                      handler: 'index.handler',
                      instanceConcurrency: 1,
                      instanceIsolationMode: 'SHARE',
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
                      internetAccess: true,
                      lastModifiedTime: '2024-05-02T09:30:00Z',
                      lastUpdateStatus: 'Successful',
                      lastUpdateStatusReason: '',
                      lastUpdateStatusReasonCode: '',
                      layers: [
                        {
                          arn: 'acs:fc:cn-shanghai:1234567890123456:layers/fc_layer/versions/1',
                          size: 236768,
                        },
                      ],
                      logConfig: {
                        enableInstanceMetrics: true,
                        enableRequestMetrics: true,
                        logBeginRule: 'DefaultRegex',
                        project: 'test-project',
                        logstore: 'test-logstore',
                      },
                      memorySize: 2048,
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
                      resourceGroupId: 'rg-acfm1c7k24l3456',
                      role: 'acs:ram::1234567890123456:role/fc-test',
                      runtime: 'python3.10',
                      sessionAffinity: 'NONE',
                      state: 'Active',
                      stateReason: '',
                      stateReasonCode: '',
                      tags: [
                        {
                          Key: 'env',
                          Value: 'test',
                        },
                      ],
                      timeout: 60,
                      tracingConfig: {
                        type: 'Jaeger',
                        params: {
                          endpoint:
                            'http://tracing-analysis-dc-sh-internal.aliyuncs.com/adapt_xxx/api/traces',
                        },
                      },
                      vpcConfig: {
                        vpcId: 'vpc-bp1example0000001',
                        vSwitchIds: ['vsw-bp1example0000001'],
                        securityGroupId: 'sg-bp1example0000001',
                        role: 'acs:ram::1234567890123456:role/fc-test',
                      },
                    },
                  },
                },
              },
            },
          },
          '400': {
            description:
              'The request was rejected: the merged configuration breaks a CreateFunction rule or the body names another function (every rule of `x-fc-rules`), a bad path name (inferred), a missing header, an unsupported method, an oversized package or a replayed nonce (lifecycle C.5, CF E.2).',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  InvalidArgument: {
                    summary: 'Validation failure on the merged configuration (documented text)',
                    value: {
                      Code: 'InvalidArgument',
                      Message: 'Either ossBucketName/ossObjectName or zipFile must be set',
                      RequestId: '1-6632f4a1-1df46f8ad3ba4b1cea1cb08d',
                    },
                  },
                  MissingRequiredHeader: {
                    summary: 'A required header is absent (documented)',
                    value: {
                      Code: 'MissingRequiredHeader',
                      Message: 'required HTTP header x-acs-date was not specified',
                      RequestId: '1-6632f4a1-c46a54dfa0b2b3938f96312a',
                    },
                  },
                  PathNotSupported: {
                    summary: 'Unknown method on this path (documented)',
                    value: {
                      Code: 'PathNotSupported',
                      Message: "'POST' against '/2023-03-30/functions/my-function-1' is not supported",
                      RequestId: '1-6632f4a1-8a501338f477d01ab15df7dc',
                    },
                  },
                  EntityTooLarge: {
                    summary: 'Code package over 100 MB (documented code, inferred mapping)',
                    value: {
                      Code: 'EntityTooLarge',
                      Message: 'payload size exceeds maximum allowed size (104857600 bytes)',
                      RequestId: '1-6632f4a1-b8a45d489ef663c16887aeba',
                    },
                  },
                  SignatureNonceUsed: {
                    summary: 'Replayed x-acs-signature-nonce (inferred, POP-style code)',
                    value: {
                      Code: 'SignatureNonceUsed',
                      Message: 'Specified signature nonce was used already.',
                      RequestId: '1-6632f4a1-8029b94c427c97ae355047f7',
                    },
                  },
                },
              },
            },
          },
          '403': {
            description: 'Authentication or authorisation failed (CF A.4, CF E.2).',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  AccessDenied: {
                    summary: 'RAM denies fc:UpdateFunction (documented code)',
                    value: {
                      Code: 'AccessDenied',
                      Message:
                        "the caller is not authorized to perform 'fc:UpdateFunction' on resource 'acs:fc:cn-shanghai:1234567890123456:functions/my-function-1'",
                      RequestId: '1-6632f4a1-54ab2f78cf580515905a8c01',
                    },
                  },
                  SignatureNotMatch: {
                    summary: 'Wrong signature or body hash (documented)',
                    value: {
                      Code: 'SignatureNotMatch',
                      Message:
                        'The request signature we calculated does not match the signature you provided. Check your access key and signing method',
                      RequestId: '1-6632f4a1-0ae42e874973a4a20b96712c',
                    },
                  },
                  InvalidAccessKeyID: {
                    summary: 'Unknown AccessKey id (documented)',
                    value: {
                      Code: 'InvalidAccessKeyID',
                      Message: "invalid access key ID 'testAK'",
                      RequestId: '1-6632f4a1-b3cb1307ced6de715eb3d733',
                    },
                  },
                  RequestTimeTooSkewed: {
                    summary: 'x-acs-date more than 15 minutes off (inferred code)',
                    value: {
                      Code: 'RequestTimeTooSkewed',
                      Message:
                        "the difference between the request time '2024-01-01T00:00:00Z' and the current time '2024-01-01T00:20:00Z' is too large",
                      RequestId: '1-6632f4a1-7122d45a05cbc624dd62f09a',
                    },
                  },
                },
              },
            },
          },
          '404': {
            description: 'No such function (lifecycle C.5, G).',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  FunctionNotFound: {
                    summary: 'No function of that name (documented code, status and message)',
                    value: {
                      Code: 'FunctionNotFound',
                      Message: "function 'my-function-1' does not exist.",
                      RequestId: '1-6632f4a1-c71b35f112f978e6efaf70a2',
                    },
                  },
                },
              },
            },
          },
          '409': {
            description:
              'The previous update of this function is still in progress (rule `update-not-in- progress`; status from FC 2.0, trigger inferred, lifecycle C.4).',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  ConcurrentUpdateError: {
                    summary: 'Update while the last one is InProgress (FC 2.0 status, trigger inferred)',
                    value: {
                      Code: 'ConcurrentUpdateError',
                      Message:
                        "ConcurrentUpdateError: the last update of function 'my-function-1' is still InProgress",
                      RequestId: '1-6632f4a1-f3572010ad7627b3e76bdc5e',
                    },
                  },
                },
              },
            },
          },
          '412': {
            description:
              'The resource changed since it was read (documented code, FC 2.0 status). The 3.0 SDK sends no `If-Match` and `Function` has no ETag, so only fault injection or `Prefer` produce it (lifecycle C.4).',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  PreconditionFailed: {
                    summary: 'ETag mismatch (documented code and message, FC 2.0 status)',
                    value: {
                      Code: 'PreconditionFailed',
                      Message: 'the resource being modified has been changed',
                      RequestId: '1-6632f4a1-93524d116fdd4a22add083dd',
                    },
                  },
                },
              },
            },
          },
          '429': {
            description:
              'Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1).',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  ResourceExhausted: {
                    summary: 'Rate limit (FC 1.0 code)',
                    value: {
                      Code: 'ResourceExhausted',
                      Message: 'request rate exceeded, please retry later',
                      RequestId: '1-6632f4a1-6b6003654785fc5f6e92a2ca',
                    },
                  },
                  'Throttling.User': {
                    summary: 'Per-user flow control (inferred POP-style code)',
                    value: {
                      Code: 'Throttling.User',
                      Message: 'Request was denied due to user flow control.',
                      RequestId: '1-6632f4a1-1f013e52aeb83bc90ff1b218',
                    },
                  },
                },
              },
            },
          },
          '500': {
            description: 'Unexpected server failure (CF E.2); produced by fault injection only.',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  InternalServerError: {
                    summary: 'Internal error (documented)',
                    value: {
                      Code: 'InternalServerError',
                      Message: 'an internal error has occurred. Please retry.',
                      RequestId: '1-6632f4a1-38b6bfc29f3ba3506b0cbc56',
                    },
                  },
                },
              },
            },
          },
          '503': {
            description: 'Service temporarily unavailable or out of capacity (CF E.2); fault injection only.',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  ServiceUnavailable: {
                    summary: 'Service unavailable (message inferred)',
                    value: {
                      Code: 'ServiceUnavailable',
                      Message: 'the service is temporarily unavailable, please retry later',
                      RequestId: '1-6632f4a1-bb38e9fc70d0c6053b0eac8f',
                    },
                  },
                  ResourceThrottled: {
                    summary: 'Machine quota exceeded (FC 1.0 code)',
                    value: {
                      Code: 'ResourceThrottled',
                      Message: 'machine quota exceeded, please retry later',
                      RequestId: '1-6632f4a1-5f163e5a032f73d300d45ebb',
                    },
                  },
                },
              },
            },
          },
        },
        'x-fc-rules': [
          {
            id: 'functionName-pattern',
            by: 'emulator',
            status: 'inferred',
            statement:
              'the path name obeys the create rule (letters, digits, `_` and `-`; does not start with a digit or `-`), else 400 `InvalidArgument`',
            reference: 'CF B.1, lifecycle A.2',
            code: 'InvalidArgument',
          },
          {
            id: 'functionName-length',
            by: 'emulator',
            status: 'inferred',
            statement: 'the path name is 1 to 64 characters, else 400 `InvalidArgument`',
            reference: 'CF B.1, lifecycle A.2',
            code: 'InvalidArgument',
          },
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
        summary: 'Delete a function',
        description:
          'Deletes a function (lifecycle D). No query, no body and no qualifier: versions are deleted with DeleteFunctionVersion (lifecycle D.1). Refused with 409 `FunctionNotEmpty` while the function has triggers (documented code, status inferred, lifecycle D.3); versions, aliases and other function-scoped settings go with it (inferred, lifecycle D.3). The SDK reads a success body as text and drops it (`bodyType: none`), so 200 and 204 with or without a body all succeed; error bodies must still be JSON (lifecycle A.2, D.2). Requests are ROA style with no body (lifecycle A.2).',
        tags: ['Functions'],
        security: [
          {},
          {
            acs3: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/XAcsActionDeleteFunction',
          },
          {
            $ref: '#/components/parameters/XAcsVersion',
          },
          {
            $ref: '#/components/parameters/XAcsDate',
          },
          {
            $ref: '#/components/parameters/XAcsSignatureNonce',
          },
          {
            $ref: '#/components/parameters/XAcsContentSha256',
          },
          {
            $ref: '#/components/parameters/XAcsCredentialsProvider',
          },
          {
            $ref: '#/components/parameters/XAcsAccesskeyId',
          },
          {
            $ref: '#/components/parameters/XAcsSecurityToken',
          },
        ],
        responses: {
          '204': {
            description:
              'Deleted; no body (inferred, lifecycle D.2: the FC 3.0 page shows `{}`, FC 2.0 pages show 204 and 200, and every client accepts both; 204 follows FC 2.0 and its SDK tests).',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
          },
          '400': {
            description:
              'The request was rejected: a path name that breaks the name rules (inferred), a missing header, an unsupported method or a replayed nonce (CF E.2).',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  InvalidArgument: {
                    summary: 'The path name breaks the name rules (inferred)',
                    value: {
                      Code: 'InvalidArgument',
                      Message:
                        'functionName "9lives" is invalid: letters, digits, _ and -; does not start with a digit or -',
                      RequestId: '1-6632f4a1-92e790e46617acf4db6ac092',
                    },
                  },
                  MissingRequiredHeader: {
                    summary: 'A required header is absent (documented)',
                    value: {
                      Code: 'MissingRequiredHeader',
                      Message: 'required HTTP header x-acs-date was not specified',
                      RequestId: '1-6632f4a1-569c29230bf2411725e6fb85',
                    },
                  },
                  PathNotSupported: {
                    summary: 'Unknown method on this path (documented)',
                    value: {
                      Code: 'PathNotSupported',
                      Message: "'POST' against '/2023-03-30/functions/my-function-1' is not supported",
                      RequestId: '1-6632f4a1-6f5824ed1cabf23956ed73eb',
                    },
                  },
                  SignatureNonceUsed: {
                    summary: 'Replayed x-acs-signature-nonce (inferred, POP-style code)',
                    value: {
                      Code: 'SignatureNonceUsed',
                      Message: 'Specified signature nonce was used already.',
                      RequestId: '1-6632f4a1-cfef524a93ef1986b18a2044',
                    },
                  },
                },
              },
            },
          },
          '403': {
            description: 'Authentication or authorisation failed (CF A.4, CF E.2).',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  AccessDenied: {
                    summary: 'RAM denies fc:DeleteFunction (documented code)',
                    value: {
                      Code: 'AccessDenied',
                      Message:
                        "the caller is not authorized to perform 'fc:DeleteFunction' on resource 'acs:fc:cn-shanghai:1234567890123456:functions/my-function-1'",
                      RequestId: '1-6632f4a1-8babfbf7eb139e299885257b',
                    },
                  },
                  SignatureNotMatch: {
                    summary: 'Wrong signature or body hash (documented)',
                    value: {
                      Code: 'SignatureNotMatch',
                      Message:
                        'The request signature we calculated does not match the signature you provided. Check your access key and signing method',
                      RequestId: '1-6632f4a1-43822995d0d06c8f4b0e40d2',
                    },
                  },
                  InvalidAccessKeyID: {
                    summary: 'Unknown AccessKey id (documented)',
                    value: {
                      Code: 'InvalidAccessKeyID',
                      Message: "invalid access key ID 'testAK'",
                      RequestId: '1-6632f4a1-1c32f16847754f2a4d06722c',
                    },
                  },
                  RequestTimeTooSkewed: {
                    summary: 'x-acs-date more than 15 minutes off (inferred code)',
                    value: {
                      Code: 'RequestTimeTooSkewed',
                      Message:
                        "the difference between the request time '2024-01-01T00:00:00Z' and the current time '2024-01-01T00:20:00Z' is too large",
                      RequestId: '1-6632f4a1-2f9a7260bdd1987aeab50bcd',
                    },
                  },
                },
              },
            },
          },
          '404': {
            description: 'No such function (lifecycle D.4, G). Terraform treats it as a successful delete.',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  FunctionNotFound: {
                    summary: 'No function of that name (documented code, status and message)',
                    value: {
                      Code: 'FunctionNotFound',
                      Message: "function 'my-function-1' does not exist.",
                      RequestId: '1-6632f4a1-8b5b7d8ee64f7094d17a4467',
                    },
                  },
                },
              },
            },
          },
          '409': {
            description:
              'The function still has triggers (documented code and message; status 409 inferred, lifecycle D.3).',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  FunctionNotEmpty: {
                    summary: 'Triggers must be deleted first (documented code, status inferred)',
                    value: {
                      Code: 'FunctionNotEmpty',
                      Message: "function 'my-function-1' has active triggers",
                      RequestId: '1-6632f4a1-baecfeaf1f74b4342d0d6b8e',
                    },
                  },
                },
              },
            },
          },
          '429': {
            description:
              'Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1).',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  ResourceExhausted: {
                    summary: 'Rate limit (FC 1.0 code)',
                    value: {
                      Code: 'ResourceExhausted',
                      Message: 'request rate exceeded, please retry later',
                      RequestId: '1-6632f4a1-d6412d2599a839f1a83ed181',
                    },
                  },
                  'Throttling.User': {
                    summary: 'Per-user flow control (inferred POP-style code)',
                    value: {
                      Code: 'Throttling.User',
                      Message: 'Request was denied due to user flow control.',
                      RequestId: '1-6632f4a1-97d19845b3b8228b53d0598a',
                    },
                  },
                },
              },
            },
          },
          '500': {
            description: 'Unexpected server failure (CF E.2); produced by fault injection only.',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  InternalServerError: {
                    summary: 'Internal error (documented)',
                    value: {
                      Code: 'InternalServerError',
                      Message: 'an internal error has occurred. Please retry.',
                      RequestId: '1-6632f4a1-2ba7650d8e188f6742260cff',
                    },
                  },
                },
              },
            },
          },
          '503': {
            description: 'Service temporarily unavailable or out of capacity (CF E.2); fault injection only.',
            headers: {
              'x-acs-request-id': {
                $ref: '#/components/headers/XAcsRequestId',
              },
              'x-fc-request-id': {
                $ref: '#/components/headers/XFcRequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Error',
                },
                examples: {
                  ServiceUnavailable: {
                    summary: 'Service unavailable (message inferred)',
                    value: {
                      Code: 'ServiceUnavailable',
                      Message: 'the service is temporarily unavailable, please retry later',
                      RequestId: '1-6632f4a1-0f3d7d1863dd90922bec1747',
                    },
                  },
                  ResourceThrottled: {
                    summary: 'Machine quota exceeded (FC 1.0 code)',
                    value: {
                      Code: 'ResourceThrottled',
                      Message: 'machine quota exceeded, please retry later',
                      RequestId: '1-6632f4a1-ca489b920b36a8e18b345294',
                    },
                  },
                },
              },
            },
          },
        },
        'x-fc-rules': [
          {
            id: 'request-body-not-allowed',
            by: 'emulator',
            status: 'inferred',
            statement: 'the request carries no body (the SDK sends none), else 400 `InvalidArgument`',
            reference: 'lifecycle A.2',
            code: 'InvalidArgument',
          },
          {
            id: 'functionName-pattern',
            by: 'emulator',
            status: 'inferred',
            statement:
              'the path name obeys the create rule (letters, digits, `_` and `-`; does not start with a digit or `-`), else 400 `InvalidArgument`',
            reference: 'CF B.1, lifecycle A.2',
            code: 'InvalidArgument',
          },
          {
            id: 'functionName-length',
            by: 'emulator',
            status: 'inferred',
            statement: 'the path name is 1 to 64 characters, else 400 `InvalidArgument`',
            reference: 'CF B.1, lifecycle A.2',
            code: 'InvalidArgument',
          },
        ],
      },
    },
  },
  components: {
    securitySchemes: {
      acs3: {
        type: 'apiKey',
        in: 'header',
        name: 'Authorization',
        description:
          "ACS3-HMAC-SHA256 request signature (A.4). The header reads `ACS3-HMAC-SHA256 Credential=<AccessKeyId>,SignedHeaders=<h1;h2;…>,Signature=<hex>`. The signature is the lowercase hex HMAC-SHA256, keyed with the AccessKey secret, of `ACS3-HMAC-SHA256\\n` + hex(SHA-256(canonical request)); the canonical request joins the method, path, sorted query, the sorted `host` / `content-type` / `x-acs-*` header lines, the signed header list and the body's SHA-256. `x-acs-date` must be within 15 minutes of server time and `x-acs-signature-nonce` must not repeat. Optional here: the emulator verifies signatures only when credentials are configured (ADR 004, architecture decision 4).",
      },
    },
    headers: {
      XAcsRequestId: {
        description:
          'Request id as the OpenAPI gateway reports it (inferred, D.1); same value as `x-fc-request-id`. Format `1-` + 8 hex digits + `-` + 24 hex digits.',
        required: true,
        schema: {
          type: 'string',
          examples: ['1-64e70cf1-5cbef92ea8fc8c42899cf5d1'],
        },
      },
      XFcRequestId: {
        description:
          'Request id as Function Compute reports it (inferred from FC 2.0 and invoke responses, D.1); same value as `x-acs-request-id`.',
        required: true,
        schema: {
          type: 'string',
          examples: ['1-64e70cf1-5cbef92ea8fc8c42899cf5d1'],
        },
      },
    },
    parameters: {
      XAcsAction: {
        name: 'x-acs-action',
        in: 'header',
        required: false,
        description: 'API action name; the SDK always sends `CreateFunction` and signs it (A.1, A.3).',
        schema: {
          type: 'string',
          enum: ['CreateFunction'],
        },
      },
      XAcsActionGetFunction: {
        name: 'x-acs-action',
        in: 'header',
        required: false,
        description:
          'API action name; the SDK always sends `GetFunction` and signs it (lifecycle A.1, CF A.3).',
        schema: {
          type: 'string',
          enum: ['GetFunction'],
        },
      },
      XAcsActionUpdateFunction: {
        name: 'x-acs-action',
        in: 'header',
        required: false,
        description:
          'API action name; the SDK always sends `UpdateFunction` and signs it (lifecycle A.1, CF A.3).',
        schema: {
          type: 'string',
          enum: ['UpdateFunction'],
        },
      },
      XAcsActionDeleteFunction: {
        name: 'x-acs-action',
        in: 'header',
        required: false,
        description:
          'API action name; the SDK always sends `DeleteFunction` and signs it (lifecycle A.1, CF A.3).',
        schema: {
          type: 'string',
          enum: ['DeleteFunction'],
        },
      },
      XAcsActionListFunctions: {
        name: 'x-acs-action',
        in: 'header',
        required: false,
        description:
          'API action name; the SDK always sends `ListFunctions` and signs it (lifecycle A.1, CF A.3).',
        schema: {
          type: 'string',
          enum: ['ListFunctions'],
        },
      },
      XAcsVersion: {
        name: 'x-acs-version',
        in: 'header',
        required: false,
        description: 'API version; the SDK always sends `2023-03-30` and signs it (A.1, A.3).',
        schema: {
          type: 'string',
          enum: ['2023-03-30'],
        },
      },
      XAcsDate: {
        name: 'x-acs-date',
        in: 'header',
        required: false,
        description:
          'Signing time in UTC with seconds precision, e.g. `2024-01-01T00:00:00Z`; must be within 15 minutes of server time when signatures are verified (A.3, A.4).',
        schema: {
          type: 'string',
          pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$',
        },
      },
      XAcsSignatureNonce: {
        name: 'x-acs-signature-nonce',
        in: 'header',
        required: false,
        description:
          'Unique value per attempt (the SDK sends 64 lowercase hex digits); a repeated nonce is rejected as a replay (A.3, A.4).',
        schema: {
          type: 'string',
        },
      },
      XAcsContentSha256: {
        name: 'x-acs-content-sha256',
        in: 'header',
        required: false,
        description: 'Lowercase hex SHA-256 of the exact body bytes (A.3).',
        schema: {
          type: 'string',
          pattern: '^[0-9a-f]{64}$',
        },
      },
      XAcsCredentialsProvider: {
        name: 'x-acs-credentials-provider',
        in: 'header',
        required: false,
        description: 'Credential kind used for signing, e.g. `static_ak` or `static_sts` (A.3).',
        schema: {
          type: 'string',
        },
      },
      XAcsAccesskeyId: {
        name: 'x-acs-accesskey-id',
        in: 'header',
        required: false,
        description: 'AccessKey id, sent only with STS credentials (A.3).',
        schema: {
          type: 'string',
        },
      },
      XAcsSecurityToken: {
        name: 'x-acs-security-token',
        in: 'header',
        required: false,
        description: 'STS security token, sent only with STS credentials (A.3).',
        schema: {
          type: 'string',
        },
      },
    },
    schemas: {
      CreateFunctionInput: {
        type: 'object',
        description:
          'Request body of CreateFunction (B.1). Give exactly one of `code` and `customContainerConfig` (C.1). Unknown fields are allowed and ignored (G.6).',
        required: ['functionName', 'runtime', 'handler'],
        allOf: [
          {
            not: {
              required: ['code', 'customContainerConfig'],
            },
            anyOf: [
              {
                required: ['code'],
              },
              {
                required: ['customContainerConfig'],
              },
            ],
          },
        ],
        properties: {
          functionName: {
            type: 'string',
            description:
              'Name of the function, unique per account and region and case-sensitive: letters, digits, `_` and `-`, not starting with a digit or `-`, 1 to 64 characters (B.1).',
            pattern: '^[A-Za-z_][A-Za-z0-9_-]*$',
            minLength: 1,
            maxLength: 64,
          },
          runtime: {
            type: 'string',
            description:
              'Language runtime. Accepted values are the union of the SDK list and the extra values of Terraform and Serverless Devs (B.1; the union is inferred).',
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
          handler: {
            type: 'string',
            description:
              'Entry point, in a runtime-specific format such as `index.handler`. Required for every runtime, custom ones included (B.1, C.3).',
          },
          code: {
            $ref: '#/components/schemas/InputCodeLocation',
          },
          customContainerConfig: {
            $ref: '#/components/schemas/CustomContainerConfig',
          },
          cpu: {
            type: 'number',
            description:
              'vCPUs: a multiple of 0.05 from 0.05 to 16. Memory in GB divided by cpu must lie in [1, 4] (emulator rule `cpu-memory-ratio`). Default 0.35 (inferred, D.3).',
            minimum: 0.05,
            maximum: 16,
            multipleOf: 0.05,
          },
          memorySize: {
            type: 'integer',
            description: 'Memory in MB, a multiple of 64 from 128 to 32768. Default 512 (inferred, D.3).',
            minimum: 128,
            maximum: 32768,
            multipleOf: 64,
          },
          diskSize: {
            type: 'integer',
            description: 'Disk size in MB, 512 or 10240 (B.1). Default 512 (inferred, D.3).',
            enum: [512, 10240],
          },
          timeout: {
            type: 'integer',
            description: 'Maximum run time of one invocation in seconds, 1 to 86400; default 3 (B.1).',
            minimum: 1,
            maximum: 86400,
          },
          instanceConcurrency: {
            type: 'integer',
            description:
              'Requests one instance may serve at once, 1 to 200 (range inferred, B.1). Values above 1 are only allowed for custom runtimes and custom containers (C.8). Default 1 (inferred, D.3).',
            minimum: 1,
            maximum: 200,
          },
          internetAccess: {
            type: 'boolean',
            description: 'Whether the function may reach the Internet; default true (B.1).',
          },
          description: {
            type: 'string',
            description: 'Free-text description of the function.',
          },
          environmentVariables: {
            type: 'object',
            description: 'Environment variables made available to the function; values are strings.',
            additionalProperties: {
              type: 'string',
            },
          },
          role: {
            type: 'string',
            description:
              'RAM role ARN the function assumes, e.g. `acs:ram::<uid>:role/<name>`; an empty string means no role (B.1, B.3).',
          },
          layers: {
            type: 'array',
            description:
              'Layer version ARNs `acs:fc:<region>:<uid>:layers/<name>/versions/<n>`; on file clashes the layer with the lower index wins (B.1). The format is checked by the emulator (rule `layers-arn-format`).',
            items: {
              type: 'string',
            },
          },
          logConfig: {
            $ref: '#/components/schemas/LogConfig',
          },
          nasConfig: {
            $ref: '#/components/schemas/NASConfig',
          },
          ossMountConfig: {
            $ref: '#/components/schemas/OSSMountConfig',
          },
          vpcConfig: {
            $ref: '#/components/schemas/VPCConfig',
          },
          customDNS: {
            $ref: '#/components/schemas/CustomDNS',
          },
          customRuntimeConfig: {
            $ref: '#/components/schemas/CustomRuntimeConfig',
          },
          gpuConfig: {
            $ref: '#/components/schemas/GPUConfig',
          },
          instanceLifecycleConfig: {
            $ref: '#/components/schemas/InstanceLifecycleConfig',
          },
          tracingConfig: {
            $ref: '#/components/schemas/TracingConfig',
          },
          tags: {
            type: 'array',
            description: 'Tags attached to the function (at most 20 with unique keys, inferred, C.15).',
            items: {
              $ref: '#/components/schemas/Tag',
            },
          },
          resourceGroupId: {
            type: 'string',
            description:
              "Resource group of the function; the service uses the account's default group when omitted.",
          },
          sessionAffinity: {
            type: 'string',
            description:
              'Session affinity kind. Values seen: `NONE` (default), `MCP_SSE`, `GENERATED_COOKIE`, `HEADER_FIELD` (B.1); no enum because the list is still growing.',
          },
          sessionAffinityConfig: {
            type: 'string',
            description:
              'Settings of the chosen session affinity as JSON text, e.g. `{"sseEndpointPath":"/sse","sessionConcurrencyPerInstance":20}` (B.1, C.12).',
          },
          instanceIsolationMode: {
            type: 'string',
            description:
              'Instance isolation: `SHARE` (default), `SESSION_EXCLUSIVE`, or `REQUEST_EXCLUSIVE` (inferred name); non-shared modes need at least 2 vCPU (C.11).',
          },
          idleTimeout: {
            type: 'integer',
            description:
              'Idle timeout of an instance in seconds; Terraform sends -1 to restore the default (B.1).',
          },
          disableInjectCredentials: {
            type: 'string',
            description:
              'Which credentials are not injected into the runtime; values `All`, `Env`, `Request` per secondary sources (unverified, B.1).',
          },
          juiceFsConfig: {
            $ref: '#/components/schemas/JuiceFsConfig',
          },
          polarFsConfig: {
            $ref: '#/components/schemas/PolarFsConfig',
          },
          disableOndemand: {
            type: 'boolean',
            deprecated: true,
            description: 'Deprecated. The service echoes `false` when it is omitted (B.1).',
          },
          enableLongLiving: {
            type: 'boolean',
            deprecated: true,
            description: 'Deprecated (B.1).',
          },
        },
      },
      UpdateFunctionInput: {
        type: 'object',
        description:
          'Request body of UpdateFunction (lifecycle C.1): every field of CreateFunctionInput except `functionName` (the path names the function), `tags` (TagResources / UntagResources) and `resourceGroupId` (ChangeResourceGroup), each with the same schema. Nothing is required: top-level keys present in the body replace the stored ones, absent keys keep them (lifecycle C.2, inferred), and the rules of CreateFunction (required fields, the XOR of `code` and `customContainerConfig`, every cross-field rule) are checked on the merged configuration, not on this body alone. Unknown fields are allowed and ignored (G.6), so a `functionName`, `tags` or `resourceGroupId` in the body is not an update; a `functionName` must still equal the path name (rule `update-name-matches-path`).',
        properties: {
          runtime: {
            type: 'string',
            description:
              'Language runtime. Accepted values are the union of the SDK list and the extra values of Terraform and Serverless Devs (B.1; the union is inferred).',
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
          handler: {
            type: 'string',
            description:
              'Entry point, in a runtime-specific format such as `index.handler`. Required for every runtime, custom ones included (B.1, C.3).',
          },
          code: {
            $ref: '#/components/schemas/InputCodeLocation',
          },
          customContainerConfig: {
            $ref: '#/components/schemas/CustomContainerConfig',
          },
          cpu: {
            type: 'number',
            description:
              'vCPUs: a multiple of 0.05 from 0.05 to 16. Memory in GB divided by cpu must lie in [1, 4] (emulator rule `cpu-memory-ratio`). Default 0.35 (inferred, D.3).',
            minimum: 0.05,
            maximum: 16,
            multipleOf: 0.05,
          },
          memorySize: {
            type: 'integer',
            description: 'Memory in MB, a multiple of 64 from 128 to 32768. Default 512 (inferred, D.3).',
            minimum: 128,
            maximum: 32768,
            multipleOf: 64,
          },
          diskSize: {
            type: 'integer',
            description: 'Disk size in MB, 512 or 10240 (B.1). Default 512 (inferred, D.3).',
            enum: [512, 10240],
          },
          timeout: {
            type: 'integer',
            description: 'Maximum run time of one invocation in seconds, 1 to 86400; default 3 (B.1).',
            minimum: 1,
            maximum: 86400,
          },
          instanceConcurrency: {
            type: 'integer',
            description:
              'Requests one instance may serve at once, 1 to 200 (range inferred, B.1). Values above 1 are only allowed for custom runtimes and custom containers (C.8). Default 1 (inferred, D.3).',
            minimum: 1,
            maximum: 200,
          },
          internetAccess: {
            type: 'boolean',
            description: 'Whether the function may reach the Internet; default true (B.1).',
          },
          description: {
            type: 'string',
            description: 'Free-text description of the function.',
          },
          environmentVariables: {
            type: 'object',
            description: 'Environment variables made available to the function; values are strings.',
            additionalProperties: {
              type: 'string',
            },
          },
          role: {
            type: 'string',
            description:
              'RAM role ARN the function assumes, e.g. `acs:ram::<uid>:role/<name>`; an empty string means no role (B.1, B.3).',
          },
          layers: {
            type: 'array',
            description:
              'Layer version ARNs `acs:fc:<region>:<uid>:layers/<name>/versions/<n>`; on file clashes the layer with the lower index wins (B.1). The format is checked by the emulator (rule `layers-arn-format`).',
            items: {
              type: 'string',
            },
          },
          logConfig: {
            $ref: '#/components/schemas/LogConfig',
          },
          nasConfig: {
            $ref: '#/components/schemas/NASConfig',
          },
          ossMountConfig: {
            $ref: '#/components/schemas/OSSMountConfig',
          },
          vpcConfig: {
            $ref: '#/components/schemas/VPCConfig',
          },
          customDNS: {
            $ref: '#/components/schemas/CustomDNS',
          },
          customRuntimeConfig: {
            $ref: '#/components/schemas/CustomRuntimeConfig',
          },
          gpuConfig: {
            $ref: '#/components/schemas/GPUConfig',
          },
          instanceLifecycleConfig: {
            $ref: '#/components/schemas/InstanceLifecycleConfig',
          },
          tracingConfig: {
            $ref: '#/components/schemas/TracingConfig',
          },
          sessionAffinity: {
            type: 'string',
            description:
              'Session affinity kind. Values seen: `NONE` (default), `MCP_SSE`, `GENERATED_COOKIE`, `HEADER_FIELD` (B.1); no enum because the list is still growing.',
          },
          sessionAffinityConfig: {
            type: 'string',
            description:
              'Settings of the chosen session affinity as JSON text, e.g. `{"sseEndpointPath":"/sse","sessionConcurrencyPerInstance":20}` (B.1, C.12).',
          },
          instanceIsolationMode: {
            type: 'string',
            description:
              'Instance isolation: `SHARE` (default), `SESSION_EXCLUSIVE`, or `REQUEST_EXCLUSIVE` (inferred name); non-shared modes need at least 2 vCPU (C.11).',
          },
          idleTimeout: {
            type: 'integer',
            description:
              'Idle timeout of an instance in seconds; Terraform sends -1 to restore the default (B.1).',
          },
          disableInjectCredentials: {
            type: 'string',
            description:
              'Which credentials are not injected into the runtime; values `All`, `Env`, `Request` per secondary sources (unverified, B.1).',
          },
          juiceFsConfig: {
            $ref: '#/components/schemas/JuiceFsConfig',
          },
          polarFsConfig: {
            $ref: '#/components/schemas/PolarFsConfig',
          },
          disableOndemand: {
            type: 'boolean',
            deprecated: true,
            description: 'Deprecated. The service echoes `false` when it is omitted (B.1).',
          },
          enableLongLiving: {
            type: 'boolean',
            deprecated: true,
            description: 'Deprecated (B.1).',
          },
        },
      },
      InputCodeLocation: {
        type: 'object',
        description:
          'ZIP code package: either `zipFile`, or both `ossBucketName` and `ossObjectName`, never both (B.2, C.4).',
        allOf: [
          {
            not: {
              required: ['zipFile'],
              anyOf: [
                {
                  required: ['ossBucketName'],
                },
                {
                  required: ['ossObjectName'],
                },
              ],
            },
            anyOf: [
              {
                required: ['zipFile'],
              },
              {
                required: ['ossBucketName', 'ossObjectName'],
              },
            ],
          },
        ],
        properties: {
          zipFile: {
            type: 'string',
            description:
              'Standard Base64 of the ZIP bytes (it starts with `UEsDB` for "PK\\3\\4"). The decoded ZIP may be at most 100 MB (F).',
          },
          ossBucketName: {
            type: 'string',
            description: "OSS bucket, in the function's region, that holds the ZIP (F).",
          },
          ossObjectName: {
            type: 'string',
            description: 'Object key of the ZIP inside `ossBucketName` (F).',
          },
          checksum: {
            type: 'string',
            description:
              'CRC-64/XZ (ECMA-182) of the ZIP as an unsigned decimal string; when present the service compares it with the package (F).',
          },
        },
      },
      CustomContainerConfig: {
        type: 'object',
        description:
          'Container image settings for runtime `custom-container` (B.2). The same model is returned in responses, where `accelerationInfo` and `resolvedImageUri` are added by the service.',
        properties: {
          image: {
            type: 'string',
            description:
              'Image reference, e.g. `registry-vpc.cn-hangzhou.aliyuncs.com/fc-demo/helloworld:v1beta1`.',
          },
          command: {
            type: 'array',
            description: 'Arguments passed to the container at start.',
            items: {
              type: 'string',
            },
          },
          entrypoint: {
            type: 'array',
            description: 'Entrypoint of the container.',
            items: {
              type: 'string',
            },
          },
          port: {
            type: 'integer',
            description: "Port the container's HTTP server listens on, 1 to 65535 (range inferred, B.2).",
            minimum: 1,
            maximum: 65535,
          },
          healthCheckConfig: {
            $ref: '#/components/schemas/CustomHealthCheckConfig',
          },
          registryConfig: {
            $ref: '#/components/schemas/RegistryConfig',
          },
          acrInstanceId: {
            type: 'string',
            deprecated: true,
            description:
              'Container Registry Enterprise Edition instance id (`cri-…`); deprecated per Terraform (B.2).',
          },
          accelerationType: {
            type: 'string',
            deprecated: true,
            description:
              'Image acceleration, `Default` (on) or `None` (off); deprecated per Terraform. No enum: the documented sample uses lower-case `default` (B.2).',
          },
          accelerationInfo: {
            $ref: '#/components/schemas/AccelerationInfo',
          },
          resolvedImageUri: {
            type: 'string',
            readOnly: true,
            description: 'Output only. Image digest the service actually resolved (B.2).',
          },
        },
      },
      AccelerationInfo: {
        type: 'object',
        readOnly: true,
        description: 'Output only. State of the image acceleration, e.g. `{"status":"Ready"}` (B.2).',
        properties: {
          status: {
            type: 'string',
            description: 'Acceleration state, e.g. `Ready`.',
          },
        },
      },
      RegistryConfig: {
        type: 'object',
        description: 'How the service reaches a private image registry (B.2).',
        properties: {
          authConfig: {
            $ref: '#/components/schemas/RegistryAuthConfig',
          },
          certConfig: {
            $ref: '#/components/schemas/RegistryCertConfig',
          },
          networkConfig: {
            $ref: '#/components/schemas/RegistryNetworkConfig',
          },
        },
      },
      RegistryAuthConfig: {
        type: 'object',
        description: 'Credentials of the image registry (B.2).',
        properties: {
          userName: {
            type: 'string',
            description: 'Registry user name.',
          },
          password: {
            type: 'string',
            description: 'Registry password (shown masked in the documented sample).',
          },
        },
      },
      RegistryCertConfig: {
        type: 'object',
        description: 'TLS settings of the image registry (B.2).',
        properties: {
          insecure: {
            type: 'boolean',
            description: 'Whether certificate verification is skipped.',
          },
          rootCaCertBase64: {
            type: 'string',
            description: "Base64 of the registry's root CA certificate.",
          },
        },
      },
      RegistryNetworkConfig: {
        type: 'object',
        description: 'Network through which the image registry is reached (B.2).',
        properties: {
          vpcId: {
            type: 'string',
            description: 'VPC id.',
          },
          vSwitchId: {
            type: 'string',
            description: 'vSwitch id.',
          },
          securityGroupId: {
            type: 'string',
            description: 'Security group id.',
          },
        },
      },
      CustomHealthCheckConfig: {
        type: 'object',
        description:
          'Readiness probe of a custom container or custom runtime (B.2). Defaults: initial delay 0, period 3, timeout 1, failure threshold 3, success threshold 1.',
        properties: {
          httpGetUrl: {
            type: 'string',
            description: 'Path probed with HTTP GET, at most 2048 characters.',
            maxLength: 2048,
          },
          initialDelaySeconds: {
            type: 'integer',
            description: 'Seconds before the first probe, 0 to 120.',
            minimum: 0,
            maximum: 120,
          },
          periodSeconds: {
            type: 'integer',
            description: 'Seconds between probes, 1 to 120.',
            minimum: 1,
            maximum: 120,
          },
          timeoutSeconds: {
            type: 'integer',
            description: 'Seconds one probe may take, 1 to 3.',
            minimum: 1,
            maximum: 3,
          },
          failureThreshold: {
            type: 'integer',
            description: 'Consecutive failures that mark the instance unhealthy, 1 to 120.',
            minimum: 1,
            maximum: 120,
          },
          successThreshold: {
            type: 'integer',
            description: 'Consecutive successes that mark the instance healthy, 1 to 120.',
            minimum: 1,
            maximum: 120,
          },
        },
      },
      CustomRuntimeConfig: {
        type: 'object',
        description: 'Start command and probe of runtimes `custom` and `custom.debian*` (B.2, C.10).',
        properties: {
          command: {
            type: 'array',
            description: 'Start command.',
            items: {
              type: 'string',
            },
          },
          args: {
            type: 'array',
            description: 'Arguments of the start command.',
            items: {
              type: 'string',
            },
          },
          port: {
            type: 'integer',
            description:
              "Port the runtime's HTTP server listens on, 1 to 65535 (range inferred; conventional default 9000).",
            minimum: 1,
            maximum: 65535,
          },
          healthCheckConfig: {
            $ref: '#/components/schemas/CustomHealthCheckConfig',
          },
        },
      },
      CustomDNS: {
        type: 'object',
        description: "resolv.conf settings of the function's instances (B.2).",
        properties: {
          nameServers: {
            type: 'array',
            description: 'DNS server addresses.',
            items: {
              type: 'string',
            },
          },
          searches: {
            type: 'array',
            description: 'DNS search domains.',
            items: {
              type: 'string',
            },
          },
          dnsOptions: {
            type: 'array',
            description: 'resolv.conf options.',
            items: {
              $ref: '#/components/schemas/DNSOption',
            },
          },
        },
      },
      DNSOption: {
        type: 'object',
        description:
          'One resolv.conf option such as `ndots:2` (B.2). `name` is required (rule `dnsOption-name-required`).',
        required: ['name'],
        properties: {
          name: {
            type: 'string',
            description: 'Option name, e.g. `ndots`.',
          },
          value: {
            type: 'string',
            description: 'Option value, e.g. `2`.',
          },
        },
      },
      GPUConfig: {
        type: 'object',
        description:
          "GPU instance settings (B.2). Only for runtime `custom-container` and within the card's memory (emulator rules, inferred, C.9).",
        properties: {
          gpuMemorySize: {
            type: 'integer',
            description: 'GPU memory in MB, a multiple of 1024.',
            multipleOf: 1024,
          },
          gpuType: {
            type: 'string',
            description:
              'GPU card: `fc.gpu.tesla.1` (Tesla T4), `fc.gpu.ampere.1` (Ampere A10), `fc.gpu.ada.1` (Ada), or `g1` (accepted by Terraform).',
            enum: ['fc.gpu.tesla.1', 'fc.gpu.ampere.1', 'fc.gpu.ada.1', 'g1'],
          },
        },
      },
      InstanceLifecycleConfig: {
        type: 'object',
        description: "Lifecycle hooks of the function's instances (B.2).",
        properties: {
          initializer: {
            $ref: '#/components/schemas/LifecycleHook',
          },
          preStop: {
            $ref: '#/components/schemas/LifecycleHook',
          },
        },
      },
      LifecycleHook: {
        type: 'object',
        description:
          'One lifecycle hook: a `handler` or a `command`, not both (inferred, C.13). Timeouts are limited to 300 s for the initializer and 90 s for preStop (emulator rule, G.11).',
        properties: {
          handler: {
            type: 'string',
            description: 'Hook entry point, e.g. `index.initializer`.',
          },
          timeout: {
            type: 'integer',
            description: 'Maximum run time of the hook in seconds.',
          },
          command: {
            type: 'array',
            description: 'Command run as the hook.',
            items: {
              type: 'string',
            },
          },
        },
      },
      LogConfig: {
        type: 'object',
        description: "Simple Log Service destination of the function's logs (B.2).",
        properties: {
          project: {
            type: 'string',
            description: 'Log project; an empty string turns logging off (B.3).',
          },
          logstore: {
            type: 'string',
            description: 'Logstore inside `project`; an empty string turns logging off (B.3).',
          },
          logBeginRule: {
            type: 'string',
            description: 'How a log entry begins, `None` (default) or `DefaultRegex`.',
            enum: ['None', 'DefaultRegex'],
          },
          enableRequestMetrics: {
            type: 'boolean',
            description: 'Whether request metrics are collected; default true.',
          },
          enableInstanceMetrics: {
            type: 'boolean',
            description: 'Whether instance metrics are collected; default false.',
          },
          enableLlmMetrics: {
            type: 'boolean',
            description: 'Whether LLM metrics are collected (undocumented, B.2).',
          },
        },
      },
      NASConfig: {
        type: 'object',
        description:
          'NAS file systems mounted into the instances (B.2). Zero ids and no mount points are accepted (B.3).',
        properties: {
          userId: {
            type: 'integer',
            description: 'User id used to access NAS.',
          },
          groupId: {
            type: 'integer',
            description: 'Group id used to access NAS.',
          },
          mountPoints: {
            type: 'array',
            description: 'NAS mount points, at most 5 (B.1, G.11).',
            maxItems: 5,
            items: {
              $ref: '#/components/schemas/NASMountConfig',
            },
          },
        },
      },
      NASMountConfig: {
        type: 'object',
        description: 'One NAS mount (B.2).',
        properties: {
          serverAddr: {
            type: 'string',
            description: 'NAS mount target and path, e.g. `xxx.cn-hangzhou.nas.aliyuncs.com:/`.',
          },
          mountDir: {
            type: 'string',
            description: 'Local directory inside the instance.',
          },
          enableTLS: {
            type: 'boolean',
            description: 'Whether the mount uses TLS (General-purpose NAS only).',
          },
        },
      },
      OSSMountConfig: {
        type: 'object',
        description: 'OSS buckets mounted into the instances (B.2).',
        properties: {
          mountPoints: {
            type: 'array',
            description: 'OSS mount points, at most 5 (B.1, G.11).',
            maxItems: 5,
            items: {
              $ref: '#/components/schemas/OSSMountPoint',
            },
          },
        },
      },
      OSSMountPoint: {
        type: 'object',
        description: 'One OSS mount (B.2).',
        properties: {
          bucketName: {
            type: 'string',
            description: 'Bucket to mount.',
          },
          bucketPath: {
            type: 'string',
            description: 'Directory inside the bucket.',
          },
          endpoint: {
            type: 'string',
            description: 'OSS endpoint, e.g. `http://oss-cn-shanghai.aliyuncs.com`.',
          },
          mountDir: {
            type: 'string',
            description: 'Local directory inside the instance.',
          },
          readOnly: {
            type: 'boolean',
            description: 'Whether the mount is read-only.',
          },
        },
      },
      VPCConfig: {
        type: 'object',
        description: "VPC the function's instances attach to (B.2). Empty strings and lists clear it (B.3).",
        properties: {
          vpcId: {
            type: 'string',
            description: 'VPC id.',
          },
          vSwitchIds: {
            type: 'array',
            description: 'vSwitch ids.',
            items: {
              type: 'string',
            },
          },
          securityGroupId: {
            type: 'string',
            description: 'Security group id.',
          },
          role: {
            type: 'string',
            description: 'RAM role the service assumes to attach to the VPC.',
          },
        },
      },
      TracingConfig: {
        type: 'object',
        description:
          'Managed Service for OpenTelemetry tracing (B.2). An empty object means no tracing (B.3).',
        properties: {
          type: {
            type: 'string',
            description: 'Tracing protocol; only `Jaeger` is supported.',
            enum: ['Jaeger'],
          },
          params: {
            type: 'object',
            description: 'Tracing parameters, e.g. `endpoint`; values are strings.',
            additionalProperties: {
              type: 'string',
            },
          },
        },
      },
      Tag: {
        type: 'object',
        description: 'One tag. The wire names are capitalised, `Key` and `Value` (B.2).',
        properties: {
          Key: {
            type: 'string',
            description: 'Tag key.',
          },
          Value: {
            type: 'string',
            description: 'Tag value.',
          },
        },
      },
      JuiceFsConfig: {
        type: 'object',
        description: 'JuiceFS mounts (undocumented in the API metadata, B.2).',
        properties: {
          envs: {
            type: 'object',
            description: 'Environment of the JuiceFS client; values are strings.',
            additionalProperties: {
              type: 'string',
            },
          },
          mountPoints: {
            type: 'array',
            description: 'JuiceFS mount points.',
            items: {
              $ref: '#/components/schemas/JuiceFsMountConfig',
            },
          },
        },
      },
      JuiceFsMountConfig: {
        type: 'object',
        description: 'One JuiceFS mount (B.2).',
        properties: {
          volumeName: {
            type: 'string',
            description: 'JuiceFS volume.',
          },
          token: {
            type: 'string',
            description: 'Access token of the volume.',
          },
          remoteDir: {
            type: 'string',
            description: 'Directory inside the volume.',
          },
          mountDir: {
            type: 'string',
            description: 'Local directory inside the instance.',
          },
          args: {
            type: 'array',
            description: 'Extra mount arguments.',
            items: {
              type: 'string',
            },
          },
        },
      },
      PolarFsConfig: {
        type: 'object',
        description: 'PolarFS mounts (undocumented in the API metadata, B.2).',
        properties: {
          userId: {
            type: 'integer',
            description: 'User id used to access PolarFS.',
          },
          groupId: {
            type: 'integer',
            description: 'Group id used to access PolarFS.',
          },
          mountPoints: {
            type: 'array',
            description: 'PolarFS mount points.',
            items: {
              $ref: '#/components/schemas/PolarFsMountConfig',
            },
          },
        },
      },
      PolarFsMountConfig: {
        type: 'object',
        description: 'One PolarFS mount (B.2).',
        properties: {
          instanceId: {
            type: 'string',
            description: 'PolarFS instance id.',
          },
          remoteDir: {
            type: 'string',
            description: 'Directory inside the file system.',
          },
          mountDir: {
            type: 'string',
            description: 'Local directory inside the instance.',
          },
          readOnly: {
            type: 'boolean',
            description: 'Whether the mount is read-only.',
          },
        },
      },
      Function: {
        type: 'object',
        description:
          "A function as the service reports it (D.2): the request's configuration echoed back, defaults filled in (D.3) and service-computed fields. Never contains the code package. Kept loose where the documented sample is masked; the contract suite checks computed values separately.",
        properties: {
          functionId: {
            type: 'string',
            description: 'Service-assigned id, UUID-like.',
          },
          functionName: {
            type: 'string',
            description: 'Name of the function.',
          },
          functionArn: {
            type: 'string',
            description: 'ARN `acs:fc:<region>:<accountId>:functions/<functionName>`.',
          },
          runtime: {
            type: 'string',
            description: 'Runtime, as requested.',
          },
          handler: {
            type: 'string',
            description: 'Handler, as requested.',
          },
          description: {
            type: 'string',
            description: 'Description, as requested.',
          },
          role: {
            type: 'string',
            description: 'RAM role, as requested.',
          },
          cpu: {
            type: 'number',
            description: 'vCPUs, as requested or defaulted.',
          },
          memorySize: {
            type: 'integer',
            description: 'Memory in MB, as requested or defaulted.',
          },
          diskSize: {
            type: 'integer',
            description: 'Disk size in MB, as requested or defaulted.',
          },
          timeout: {
            type: 'integer',
            description: 'Invocation timeout in seconds, as requested or defaulted (3).',
          },
          instanceConcurrency: {
            type: 'integer',
            description: 'Requests per instance, as requested or defaulted.',
          },
          idleTimeout: {
            type: 'integer',
            description: 'Instance idle timeout in seconds.',
          },
          internetAccess: {
            type: 'boolean',
            description: 'Internet access, as requested or defaulted (true).',
          },
          environmentVariables: {
            type: 'object',
            description: 'Environment variables, as requested (`{}` when none).',
            additionalProperties: {
              type: 'string',
            },
          },
          codeChecksum: {
            type: 'string',
            description: 'CRC-64/XZ of the ZIP as a decimal string (F).',
          },
          codeSize: {
            type: 'integer',
            description: 'Size of the decoded ZIP in bytes (F).',
          },
          createdTime: {
            type: 'string',
            format: 'date-time',
            description: 'Creation time, ISO 8601 UTC.',
          },
          lastModifiedTime: {
            type: 'string',
            format: 'date-time',
            description:
              'Last change, ISO 8601 UTC; equal to `createdTime` right after creation (inferred, D.2).',
          },
          state: {
            type: 'string',
            description:
              'Readiness of the function (D.4). The docs spell the idle state both `Inactive` and `InActive`; both are listed.',
            enum: ['Pending', 'Active', 'Failed', 'Inactive', 'InActive'],
          },
          stateReason: {
            type: 'string',
            description: 'Human-readable reason of `state`, e.g. `Function creating`.',
          },
          stateReasonCode: {
            type: 'string',
            description: 'Machine-readable reason of `state`, e.g. `Creating`.',
          },
          lastUpdateStatus: {
            type: 'string',
            description: 'Outcome of the last change; `Successful` once creation has finished (D.2, D.4).',
            enum: ['Successful', 'Failed', 'InProgress'],
          },
          lastUpdateStatusReason: {
            type: 'string',
            description: 'Human-readable reason of `lastUpdateStatus`.',
          },
          lastUpdateStatusReasonCode: {
            type: 'string',
            description: 'Machine-readable reason of `lastUpdateStatus`, e.g. `ImageOptimizing`.',
          },
          layers: {
            type: 'array',
            description: 'Layers as objects (requests send plain ARN strings).',
            items: {
              $ref: '#/components/schemas/FunctionLayer',
            },
          },
          customContainerConfig: {
            $ref: '#/components/schemas/CustomContainerConfig',
          },
          customRuntimeConfig: {
            $ref: '#/components/schemas/CustomRuntimeConfig',
          },
          customDNS: {
            $ref: '#/components/schemas/CustomDNS',
          },
          gpuConfig: {
            $ref: '#/components/schemas/GPUConfig',
          },
          instanceLifecycleConfig: {
            $ref: '#/components/schemas/InstanceLifecycleConfig',
          },
          logConfig: {
            $ref: '#/components/schemas/LogConfig',
          },
          nasConfig: {
            $ref: '#/components/schemas/NASConfig',
          },
          ossMountConfig: {
            $ref: '#/components/schemas/OSSMountConfig',
          },
          polarFsConfig: {
            $ref: '#/components/schemas/PolarFsConfig',
          },
          juiceFsConfig: {
            $ref: '#/components/schemas/JuiceFsConfig',
          },
          tracingConfig: {
            $ref: '#/components/schemas/TracingConfig',
          },
          vpcConfig: {
            $ref: '#/components/schemas/VPCConfig',
          },
          tags: {
            type: 'array',
            description: 'Tags, as requested.',
            items: {
              $ref: '#/components/schemas/Tag',
            },
          },
          resourceGroupId: {
            type: 'string',
            description: "Resource group; the account's default group when none was requested.",
          },
          instanceIsolationMode: {
            type: 'string',
            description: 'Instance isolation, default `SHARE`.',
          },
          sessionAffinity: {
            type: 'string',
            description: 'Session affinity, default `NONE`.',
          },
          sessionAffinityConfig: {
            type: 'string',
            description: 'Session affinity settings as JSON text, as requested.',
          },
          disableOndemand: {
            type: 'boolean',
            deprecated: true,
            description: 'Deprecated; `false` unless requested otherwise.',
          },
          enableLongLiving: {
            type: 'boolean',
            deprecated: true,
            description: 'Deprecated.',
          },
          disableInjectCredentials: {
            type: 'string',
            description: 'Credential injection setting, as requested.',
          },
          invocationRestriction: {
            $ref: '#/components/schemas/FunctionRestriction',
          },
          lockInfo: {
            $ref: '#/components/schemas/FunctionLockInfo',
          },
        },
      },
      ListFunctionsOutput: {
        type: 'object',
        description:
          'One page of ListFunctions (lifecycle E.2). The items use the `Function` schema, as the SDK casts them (`ListFunctionsOutput.functions` is `Function[]`), but the service leaves out the six state fields `state`, `stateReason`, `stateReasonCode`, `lastUpdateStatus`, `lastUpdateStatusReason` and `lastUpdateStatusReasonCode` (documented, lifecycle B.2, E.2; read them with GetFunction). They are listed in `x-fc-omitted-fields` of the ListFunctions 200 response. No separate item schema: the items have the same shape and field types as `Function` minus six optional fields, so a second schema would repeat about fifty properties (or need `allOf` plus forbidden properties) and part from the SDK model, while the absence is a fact of the operation, stated where the operation is.',
        properties: {
          functions: {
            type: 'array',
            description:
              'The functions of this page in ascending byte-wise name order (inferred from FC 2.0, lifecycle E.1), without the six state fields. Always present, `[]` when nothing matches (clients iterate it, lifecycle E.2).',
            items: {
              $ref: '#/components/schemas/Function',
            },
          },
          nextToken: {
            type: 'string',
            description:
              'Opaque token for the next page, to be sent back as the `nextToken` query parameter; absent or empty on the last page ("if nextToken is empty, no next page exists", lifecycle E.2).',
          },
        },
      },
      FunctionLayer: {
        type: 'object',
        description: 'One layer of a function as returned by the service (D.2).',
        properties: {
          arn: {
            type: 'string',
            description: 'Layer version ARN.',
          },
          size: {
            type: 'integer',
            description: 'Size of the layer in bytes.',
          },
        },
      },
      FunctionRestriction: {
        type: 'object',
        description:
          'Invocation restriction; set by DisableFunctionInvocation / EnableFunctionInvocation, never by CreateFunction (D.2).',
        properties: {
          disable: {
            type: 'boolean',
            description: 'Whether invocations are disabled.',
          },
          reason: {
            type: 'string',
            description: 'Why invocations are disabled.',
          },
          lastModifiedTime: {
            type: 'string',
            description: 'When the restriction last changed.',
          },
        },
      },
      FunctionLockInfo: {
        type: 'object',
        description: 'Lock placed on the function by another product, e.g. `AgentRun` (D.2).',
        properties: {
          lockedBy: {
            type: 'string',
            description: 'Who holds the lock.',
          },
          lockedAt: {
            type: 'string',
            description: 'When the lock was taken.',
          },
          lockedResources: {
            type: 'array',
            description: 'Resources covered by the lock.',
            items: {
              type: 'string',
            },
          },
        },
      },
      Error: {
        type: 'object',
        description:
          'Function Compute 3.0 error envelope (E.1). Keys are capitalised; `RequestId` has the form `1-` + 8 hex digits + `-` + 24 hex digits (D.1).',
        required: ['Code', 'Message', 'RequestId'],
        properties: {
          Code: {
            type: 'string',
            description: 'Error code, e.g. `InvalidArgument`.',
          },
          Message: {
            type: 'string',
            description: 'Human-readable explanation.',
          },
          RequestId: {
            type: 'string',
            description: 'Id of the failed request, same as the request-id headers.',
          },
        },
      },
    },
  },
};
