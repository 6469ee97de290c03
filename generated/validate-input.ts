// Generated from spec/openapi.yaml by `npm run gen` — do not edit.
// Regenerate with `npm run gen`; CI runs `npm run gen:check`.

// @ts-nocheck -- standalone Ajv output for #/components/schemas/CreateFunctionInput
import ajvRuntime0 from 'ajv/dist/runtime/ucs2length.js';
export const validate = validate21;
export default validate21;
const schema32 = {
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
};
const schema33 = {
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
};
const schema41 = {
  type: 'object',
  properties: {
    project: { type: 'string' },
    logstore: { type: 'string' },
    logBeginRule: { type: 'string', enum: ['None', 'DefaultRegex'] },
    enableRequestMetrics: { type: 'boolean' },
    enableInstanceMetrics: { type: 'boolean' },
    enableLlmMetrics: { type: 'boolean' },
  },
};
const schema46 = {
  type: 'object',
  properties: {
    vpcId: { type: 'string' },
    vSwitchIds: { type: 'array', items: { type: 'string' } },
    securityGroupId: { type: 'string' },
    role: { type: 'string' },
  },
};
const schema51 = {
  type: 'object',
  properties: {
    gpuMemorySize: { type: 'integer', multipleOf: 1024 },
    gpuType: { type: 'string', enum: ['fc.gpu.tesla.1', 'fc.gpu.ampere.1', 'fc.gpu.ada.1', 'g1'] },
  },
};
const schema55 = {
  type: 'object',
  properties: {
    type: { type: 'string', enum: ['Jaeger'] },
    params: { type: 'object', additionalProperties: { type: 'string' } },
  },
};
const schema56 = { type: 'object', properties: { Key: { type: 'string' }, Value: { type: 'string' } } };
const func1 = typeof ajvRuntime0 === 'function' ? ajvRuntime0 : ajvRuntime0.default;
const pattern4 = new RegExp('^[A-Za-z_][A-Za-z0-9_-]*$', 'u');
const schema34 = {
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
};
const schema35 = {
  type: 'object',
  properties: {
    httpGetUrl: { type: 'string', maxLength: 2048 },
    initialDelaySeconds: { type: 'integer', minimum: 0, maximum: 120 },
    periodSeconds: { type: 'integer', minimum: 1, maximum: 120 },
    timeoutSeconds: { type: 'integer', minimum: 1, maximum: 3 },
    failureThreshold: { type: 'integer', minimum: 1, maximum: 120 },
    successThreshold: { type: 'integer', minimum: 1, maximum: 120 },
  },
};
const schema40 = { type: 'object', readOnly: true, properties: { status: { type: 'string' } } };
const schema36 = {
  type: 'object',
  properties: {
    authConfig: { $ref: '#/components/schemas/RegistryAuthConfig' },
    certConfig: { $ref: '#/components/schemas/RegistryCertConfig' },
    networkConfig: { $ref: '#/components/schemas/RegistryNetworkConfig' },
  },
};
const schema37 = {
  type: 'object',
  properties: { userName: { type: 'string' }, password: { type: 'string' } },
};
const schema38 = {
  type: 'object',
  properties: { insecure: { type: 'boolean' }, rootCaCertBase64: { type: 'string' } },
};
const schema39 = {
  type: 'object',
  properties: {
    vpcId: { type: 'string' },
    vSwitchId: { type: 'string' },
    securityGroupId: { type: 'string' },
  },
};
function validate23(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.authConfig !== undefined) {
        let data0 = data.authConfig;
        const _errs1 = errors;
        const _errs2 = errors;
        if (errors === _errs2) {
          if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
            if (data0.userName !== undefined) {
              let data1 = data0.userName;
              const _errs4 = errors;
              if (typeof data1 !== 'string') {
                validate23.errors = [
                  {
                    instancePath: instancePath + '/authConfig/userName',
                    schemaPath: '#/components/schemas/RegistryAuthConfig/properties/userName/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema37.properties.userName.type,
                    parentSchema: schema37.properties.userName,
                    data: data1,
                  },
                ];
                return false;
              }
              var valid2 = _errs4 === errors;
            } else {
              var valid2 = true;
            }
            if (valid2) {
              if (data0.password !== undefined) {
                let data2 = data0.password;
                const _errs6 = errors;
                if (typeof data2 !== 'string') {
                  validate23.errors = [
                    {
                      instancePath: instancePath + '/authConfig/password',
                      schemaPath: '#/components/schemas/RegistryAuthConfig/properties/password/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema37.properties.password.type,
                      parentSchema: schema37.properties.password,
                      data: data2,
                    },
                  ];
                  return false;
                }
                var valid2 = _errs6 === errors;
              } else {
                var valid2 = true;
              }
            }
          } else {
            validate23.errors = [
              {
                instancePath: instancePath + '/authConfig',
                schemaPath: '#/components/schemas/RegistryAuthConfig/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
                schema: schema37.type,
                parentSchema: schema37,
                data: data0,
              },
            ];
            return false;
          }
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.certConfig !== undefined) {
          let data3 = data.certConfig;
          const _errs8 = errors;
          const _errs9 = errors;
          if (errors === _errs9) {
            if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
              if (data3.insecure !== undefined) {
                let data4 = data3.insecure;
                const _errs11 = errors;
                if (typeof data4 !== 'boolean') {
                  validate23.errors = [
                    {
                      instancePath: instancePath + '/certConfig/insecure',
                      schemaPath: '#/components/schemas/RegistryCertConfig/properties/insecure/type',
                      keyword: 'type',
                      params: { type: 'boolean' },
                      message: 'must be boolean',
                      schema: schema38.properties.insecure.type,
                      parentSchema: schema38.properties.insecure,
                      data: data4,
                    },
                  ];
                  return false;
                }
                var valid4 = _errs11 === errors;
              } else {
                var valid4 = true;
              }
              if (valid4) {
                if (data3.rootCaCertBase64 !== undefined) {
                  let data5 = data3.rootCaCertBase64;
                  const _errs13 = errors;
                  if (typeof data5 !== 'string') {
                    validate23.errors = [
                      {
                        instancePath: instancePath + '/certConfig/rootCaCertBase64',
                        schemaPath:
                          '#/components/schemas/RegistryCertConfig/properties/rootCaCertBase64/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                        schema: schema38.properties.rootCaCertBase64.type,
                        parentSchema: schema38.properties.rootCaCertBase64,
                        data: data5,
                      },
                    ];
                    return false;
                  }
                  var valid4 = _errs13 === errors;
                } else {
                  var valid4 = true;
                }
              }
            } else {
              validate23.errors = [
                {
                  instancePath: instancePath + '/certConfig',
                  schemaPath: '#/components/schemas/RegistryCertConfig/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema38.type,
                  parentSchema: schema38,
                  data: data3,
                },
              ];
              return false;
            }
          }
          var valid0 = _errs8 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.networkConfig !== undefined) {
            let data6 = data.networkConfig;
            const _errs15 = errors;
            const _errs16 = errors;
            if (errors === _errs16) {
              if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
                if (data6.vpcId !== undefined) {
                  let data7 = data6.vpcId;
                  const _errs18 = errors;
                  if (typeof data7 !== 'string') {
                    validate23.errors = [
                      {
                        instancePath: instancePath + '/networkConfig/vpcId',
                        schemaPath: '#/components/schemas/RegistryNetworkConfig/properties/vpcId/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                        schema: schema39.properties.vpcId.type,
                        parentSchema: schema39.properties.vpcId,
                        data: data7,
                      },
                    ];
                    return false;
                  }
                  var valid6 = _errs18 === errors;
                } else {
                  var valid6 = true;
                }
                if (valid6) {
                  if (data6.vSwitchId !== undefined) {
                    let data8 = data6.vSwitchId;
                    const _errs20 = errors;
                    if (typeof data8 !== 'string') {
                      validate23.errors = [
                        {
                          instancePath: instancePath + '/networkConfig/vSwitchId',
                          schemaPath: '#/components/schemas/RegistryNetworkConfig/properties/vSwitchId/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                          schema: schema39.properties.vSwitchId.type,
                          parentSchema: schema39.properties.vSwitchId,
                          data: data8,
                        },
                      ];
                      return false;
                    }
                    var valid6 = _errs20 === errors;
                  } else {
                    var valid6 = true;
                  }
                  if (valid6) {
                    if (data6.securityGroupId !== undefined) {
                      let data9 = data6.securityGroupId;
                      const _errs22 = errors;
                      if (typeof data9 !== 'string') {
                        validate23.errors = [
                          {
                            instancePath: instancePath + '/networkConfig/securityGroupId',
                            schemaPath:
                              '#/components/schemas/RegistryNetworkConfig/properties/securityGroupId/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema39.properties.securityGroupId.type,
                            parentSchema: schema39.properties.securityGroupId,
                            data: data9,
                          },
                        ];
                        return false;
                      }
                      var valid6 = _errs22 === errors;
                    } else {
                      var valid6 = true;
                    }
                  }
                }
              } else {
                validate23.errors = [
                  {
                    instancePath: instancePath + '/networkConfig',
                    schemaPath: '#/components/schemas/RegistryNetworkConfig/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                    schema: schema39.type,
                    parentSchema: schema39,
                    data: data6,
                  },
                ];
                return false;
              }
            }
            var valid0 = _errs15 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate23.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema36.type,
          parentSchema: schema36,
          data,
        },
      ];
      return false;
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = {
  props: { authConfig: true, certConfig: true, networkConfig: true },
  dynamicProps: false,
  dynamicItems: false,
};
function validate22(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.image !== undefined) {
        let data0 = data.image;
        const _errs1 = errors;
        if (typeof data0 !== 'string') {
          validate22.errors = [
            {
              instancePath: instancePath + '/image',
              schemaPath: '#/properties/image/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema34.properties.image.type,
              parentSchema: schema34.properties.image,
              data: data0,
            },
          ];
          return false;
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.command !== undefined) {
          let data1 = data.command;
          const _errs3 = errors;
          if (errors === _errs3) {
            if (Array.isArray(data1)) {
              var valid1 = true;
              const len0 = data1.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data2 = data1[i0];
                const _errs5 = errors;
                if (typeof data2 !== 'string') {
                  validate22.errors = [
                    {
                      instancePath: instancePath + '/command/' + i0,
                      schemaPath: '#/properties/command/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema34.properties.command.items.type,
                      parentSchema: schema34.properties.command.items,
                      data: data2,
                    },
                  ];
                  return false;
                }
                var valid1 = _errs5 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate22.errors = [
                {
                  instancePath: instancePath + '/command',
                  schemaPath: '#/properties/command/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema34.properties.command.type,
                  parentSchema: schema34.properties.command,
                  data: data1,
                },
              ];
              return false;
            }
          }
          var valid0 = _errs3 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.entrypoint !== undefined) {
            let data3 = data.entrypoint;
            const _errs7 = errors;
            if (errors === _errs7) {
              if (Array.isArray(data3)) {
                var valid2 = true;
                const len1 = data3.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data4 = data3[i1];
                  const _errs9 = errors;
                  if (typeof data4 !== 'string') {
                    validate22.errors = [
                      {
                        instancePath: instancePath + '/entrypoint/' + i1,
                        schemaPath: '#/properties/entrypoint/items/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                        schema: schema34.properties.entrypoint.items.type,
                        parentSchema: schema34.properties.entrypoint.items,
                        data: data4,
                      },
                    ];
                    return false;
                  }
                  var valid2 = _errs9 === errors;
                  if (!valid2) {
                    break;
                  }
                }
              } else {
                validate22.errors = [
                  {
                    instancePath: instancePath + '/entrypoint',
                    schemaPath: '#/properties/entrypoint/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                    schema: schema34.properties.entrypoint.type,
                    parentSchema: schema34.properties.entrypoint,
                    data: data3,
                  },
                ];
                return false;
              }
            }
            var valid0 = _errs7 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.port !== undefined) {
              let data5 = data.port;
              const _errs11 = errors;
              if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5))) {
                validate22.errors = [
                  {
                    instancePath: instancePath + '/port',
                    schemaPath: '#/properties/port/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer',
                    schema: schema34.properties.port.type,
                    parentSchema: schema34.properties.port,
                    data: data5,
                  },
                ];
                return false;
              }
              if (errors === _errs11) {
                if (typeof data5 == 'number') {
                  if (data5 > 65535 || isNaN(data5)) {
                    validate22.errors = [
                      {
                        instancePath: instancePath + '/port',
                        schemaPath: '#/properties/port/maximum',
                        keyword: 'maximum',
                        params: { comparison: '<=', limit: 65535 },
                        message: 'must be <= 65535',
                        schema: 65535,
                        parentSchema: schema34.properties.port,
                        data: data5,
                      },
                    ];
                    return false;
                  } else {
                    if (data5 < 1 || isNaN(data5)) {
                      validate22.errors = [
                        {
                          instancePath: instancePath + '/port',
                          schemaPath: '#/properties/port/minimum',
                          keyword: 'minimum',
                          params: { comparison: '>=', limit: 1 },
                          message: 'must be >= 1',
                          schema: 1,
                          parentSchema: schema34.properties.port,
                          data: data5,
                        },
                      ];
                      return false;
                    }
                  }
                }
              }
              var valid0 = _errs11 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.healthCheckConfig !== undefined) {
                let data6 = data.healthCheckConfig;
                const _errs13 = errors;
                const _errs14 = errors;
                if (errors === _errs14) {
                  if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
                    if (data6.httpGetUrl !== undefined) {
                      let data7 = data6.httpGetUrl;
                      const _errs16 = errors;
                      if (errors === _errs16) {
                        if (typeof data7 === 'string') {
                          if (func1(data7) > 2048) {
                            validate22.errors = [
                              {
                                instancePath: instancePath + '/healthCheckConfig/httpGetUrl',
                                schemaPath:
                                  '#/components/schemas/CustomHealthCheckConfig/properties/httpGetUrl/maxLength',
                                keyword: 'maxLength',
                                params: { limit: 2048 },
                                message: 'must NOT have more than 2048 characters',
                                schema: 2048,
                                parentSchema: schema35.properties.httpGetUrl,
                                data: data7,
                              },
                            ];
                            return false;
                          }
                        } else {
                          validate22.errors = [
                            {
                              instancePath: instancePath + '/healthCheckConfig/httpGetUrl',
                              schemaPath:
                                '#/components/schemas/CustomHealthCheckConfig/properties/httpGetUrl/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                              schema: schema35.properties.httpGetUrl.type,
                              parentSchema: schema35.properties.httpGetUrl,
                              data: data7,
                            },
                          ];
                          return false;
                        }
                      }
                      var valid4 = _errs16 === errors;
                    } else {
                      var valid4 = true;
                    }
                    if (valid4) {
                      if (data6.initialDelaySeconds !== undefined) {
                        let data8 = data6.initialDelaySeconds;
                        const _errs18 = errors;
                        if (!(typeof data8 == 'number' && !(data8 % 1) && !isNaN(data8))) {
                          validate22.errors = [
                            {
                              instancePath: instancePath + '/healthCheckConfig/initialDelaySeconds',
                              schemaPath:
                                '#/components/schemas/CustomHealthCheckConfig/properties/initialDelaySeconds/type',
                              keyword: 'type',
                              params: { type: 'integer' },
                              message: 'must be integer',
                              schema: schema35.properties.initialDelaySeconds.type,
                              parentSchema: schema35.properties.initialDelaySeconds,
                              data: data8,
                            },
                          ];
                          return false;
                        }
                        if (errors === _errs18) {
                          if (typeof data8 == 'number') {
                            if (data8 > 120 || isNaN(data8)) {
                              validate22.errors = [
                                {
                                  instancePath: instancePath + '/healthCheckConfig/initialDelaySeconds',
                                  schemaPath:
                                    '#/components/schemas/CustomHealthCheckConfig/properties/initialDelaySeconds/maximum',
                                  keyword: 'maximum',
                                  params: { comparison: '<=', limit: 120 },
                                  message: 'must be <= 120',
                                  schema: 120,
                                  parentSchema: schema35.properties.initialDelaySeconds,
                                  data: data8,
                                },
                              ];
                              return false;
                            } else {
                              if (data8 < 0 || isNaN(data8)) {
                                validate22.errors = [
                                  {
                                    instancePath: instancePath + '/healthCheckConfig/initialDelaySeconds',
                                    schemaPath:
                                      '#/components/schemas/CustomHealthCheckConfig/properties/initialDelaySeconds/minimum',
                                    keyword: 'minimum',
                                    params: { comparison: '>=', limit: 0 },
                                    message: 'must be >= 0',
                                    schema: 0,
                                    parentSchema: schema35.properties.initialDelaySeconds,
                                    data: data8,
                                  },
                                ];
                                return false;
                              }
                            }
                          }
                        }
                        var valid4 = _errs18 === errors;
                      } else {
                        var valid4 = true;
                      }
                      if (valid4) {
                        if (data6.periodSeconds !== undefined) {
                          let data9 = data6.periodSeconds;
                          const _errs20 = errors;
                          if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9))) {
                            validate22.errors = [
                              {
                                instancePath: instancePath + '/healthCheckConfig/periodSeconds',
                                schemaPath:
                                  '#/components/schemas/CustomHealthCheckConfig/properties/periodSeconds/type',
                                keyword: 'type',
                                params: { type: 'integer' },
                                message: 'must be integer',
                                schema: schema35.properties.periodSeconds.type,
                                parentSchema: schema35.properties.periodSeconds,
                                data: data9,
                              },
                            ];
                            return false;
                          }
                          if (errors === _errs20) {
                            if (typeof data9 == 'number') {
                              if (data9 > 120 || isNaN(data9)) {
                                validate22.errors = [
                                  {
                                    instancePath: instancePath + '/healthCheckConfig/periodSeconds',
                                    schemaPath:
                                      '#/components/schemas/CustomHealthCheckConfig/properties/periodSeconds/maximum',
                                    keyword: 'maximum',
                                    params: { comparison: '<=', limit: 120 },
                                    message: 'must be <= 120',
                                    schema: 120,
                                    parentSchema: schema35.properties.periodSeconds,
                                    data: data9,
                                  },
                                ];
                                return false;
                              } else {
                                if (data9 < 1 || isNaN(data9)) {
                                  validate22.errors = [
                                    {
                                      instancePath: instancePath + '/healthCheckConfig/periodSeconds',
                                      schemaPath:
                                        '#/components/schemas/CustomHealthCheckConfig/properties/periodSeconds/minimum',
                                      keyword: 'minimum',
                                      params: { comparison: '>=', limit: 1 },
                                      message: 'must be >= 1',
                                      schema: 1,
                                      parentSchema: schema35.properties.periodSeconds,
                                      data: data9,
                                    },
                                  ];
                                  return false;
                                }
                              }
                            }
                          }
                          var valid4 = _errs20 === errors;
                        } else {
                          var valid4 = true;
                        }
                        if (valid4) {
                          if (data6.timeoutSeconds !== undefined) {
                            let data10 = data6.timeoutSeconds;
                            const _errs22 = errors;
                            if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10))) {
                              validate22.errors = [
                                {
                                  instancePath: instancePath + '/healthCheckConfig/timeoutSeconds',
                                  schemaPath:
                                    '#/components/schemas/CustomHealthCheckConfig/properties/timeoutSeconds/type',
                                  keyword: 'type',
                                  params: { type: 'integer' },
                                  message: 'must be integer',
                                  schema: schema35.properties.timeoutSeconds.type,
                                  parentSchema: schema35.properties.timeoutSeconds,
                                  data: data10,
                                },
                              ];
                              return false;
                            }
                            if (errors === _errs22) {
                              if (typeof data10 == 'number') {
                                if (data10 > 3 || isNaN(data10)) {
                                  validate22.errors = [
                                    {
                                      instancePath: instancePath + '/healthCheckConfig/timeoutSeconds',
                                      schemaPath:
                                        '#/components/schemas/CustomHealthCheckConfig/properties/timeoutSeconds/maximum',
                                      keyword: 'maximum',
                                      params: { comparison: '<=', limit: 3 },
                                      message: 'must be <= 3',
                                      schema: 3,
                                      parentSchema: schema35.properties.timeoutSeconds,
                                      data: data10,
                                    },
                                  ];
                                  return false;
                                } else {
                                  if (data10 < 1 || isNaN(data10)) {
                                    validate22.errors = [
                                      {
                                        instancePath: instancePath + '/healthCheckConfig/timeoutSeconds',
                                        schemaPath:
                                          '#/components/schemas/CustomHealthCheckConfig/properties/timeoutSeconds/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 1 },
                                        message: 'must be >= 1',
                                        schema: 1,
                                        parentSchema: schema35.properties.timeoutSeconds,
                                        data: data10,
                                      },
                                    ];
                                    return false;
                                  }
                                }
                              }
                            }
                            var valid4 = _errs22 === errors;
                          } else {
                            var valid4 = true;
                          }
                          if (valid4) {
                            if (data6.failureThreshold !== undefined) {
                              let data11 = data6.failureThreshold;
                              const _errs24 = errors;
                              if (!(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11))) {
                                validate22.errors = [
                                  {
                                    instancePath: instancePath + '/healthCheckConfig/failureThreshold',
                                    schemaPath:
                                      '#/components/schemas/CustomHealthCheckConfig/properties/failureThreshold/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer',
                                    schema: schema35.properties.failureThreshold.type,
                                    parentSchema: schema35.properties.failureThreshold,
                                    data: data11,
                                  },
                                ];
                                return false;
                              }
                              if (errors === _errs24) {
                                if (typeof data11 == 'number') {
                                  if (data11 > 120 || isNaN(data11)) {
                                    validate22.errors = [
                                      {
                                        instancePath: instancePath + '/healthCheckConfig/failureThreshold',
                                        schemaPath:
                                          '#/components/schemas/CustomHealthCheckConfig/properties/failureThreshold/maximum',
                                        keyword: 'maximum',
                                        params: { comparison: '<=', limit: 120 },
                                        message: 'must be <= 120',
                                        schema: 120,
                                        parentSchema: schema35.properties.failureThreshold,
                                        data: data11,
                                      },
                                    ];
                                    return false;
                                  } else {
                                    if (data11 < 1 || isNaN(data11)) {
                                      validate22.errors = [
                                        {
                                          instancePath: instancePath + '/healthCheckConfig/failureThreshold',
                                          schemaPath:
                                            '#/components/schemas/CustomHealthCheckConfig/properties/failureThreshold/minimum',
                                          keyword: 'minimum',
                                          params: { comparison: '>=', limit: 1 },
                                          message: 'must be >= 1',
                                          schema: 1,
                                          parentSchema: schema35.properties.failureThreshold,
                                          data: data11,
                                        },
                                      ];
                                      return false;
                                    }
                                  }
                                }
                              }
                              var valid4 = _errs24 === errors;
                            } else {
                              var valid4 = true;
                            }
                            if (valid4) {
                              if (data6.successThreshold !== undefined) {
                                let data12 = data6.successThreshold;
                                const _errs26 = errors;
                                if (!(typeof data12 == 'number' && !(data12 % 1) && !isNaN(data12))) {
                                  validate22.errors = [
                                    {
                                      instancePath: instancePath + '/healthCheckConfig/successThreshold',
                                      schemaPath:
                                        '#/components/schemas/CustomHealthCheckConfig/properties/successThreshold/type',
                                      keyword: 'type',
                                      params: { type: 'integer' },
                                      message: 'must be integer',
                                      schema: schema35.properties.successThreshold.type,
                                      parentSchema: schema35.properties.successThreshold,
                                      data: data12,
                                    },
                                  ];
                                  return false;
                                }
                                if (errors === _errs26) {
                                  if (typeof data12 == 'number') {
                                    if (data12 > 120 || isNaN(data12)) {
                                      validate22.errors = [
                                        {
                                          instancePath: instancePath + '/healthCheckConfig/successThreshold',
                                          schemaPath:
                                            '#/components/schemas/CustomHealthCheckConfig/properties/successThreshold/maximum',
                                          keyword: 'maximum',
                                          params: { comparison: '<=', limit: 120 },
                                          message: 'must be <= 120',
                                          schema: 120,
                                          parentSchema: schema35.properties.successThreshold,
                                          data: data12,
                                        },
                                      ];
                                      return false;
                                    } else {
                                      if (data12 < 1 || isNaN(data12)) {
                                        validate22.errors = [
                                          {
                                            instancePath:
                                              instancePath + '/healthCheckConfig/successThreshold',
                                            schemaPath:
                                              '#/components/schemas/CustomHealthCheckConfig/properties/successThreshold/minimum',
                                            keyword: 'minimum',
                                            params: { comparison: '>=', limit: 1 },
                                            message: 'must be >= 1',
                                            schema: 1,
                                            parentSchema: schema35.properties.successThreshold,
                                            data: data12,
                                          },
                                        ];
                                        return false;
                                      }
                                    }
                                  }
                                }
                                var valid4 = _errs26 === errors;
                              } else {
                                var valid4 = true;
                              }
                            }
                          }
                        }
                      }
                    }
                  } else {
                    validate22.errors = [
                      {
                        instancePath: instancePath + '/healthCheckConfig',
                        schemaPath: '#/components/schemas/CustomHealthCheckConfig/type',
                        keyword: 'type',
                        params: { type: 'object' },
                        message: 'must be object',
                        schema: schema35.type,
                        parentSchema: schema35,
                        data: data6,
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs13 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.registryConfig !== undefined) {
                  const _errs28 = errors;
                  if (
                    !validate23(data.registryConfig, {
                      instancePath: instancePath + '/registryConfig',
                      parentData: data,
                      parentDataProperty: 'registryConfig',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs28 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.acrInstanceId !== undefined) {
                    let data14 = data.acrInstanceId;
                    const _errs29 = errors;
                    if (typeof data14 !== 'string') {
                      validate22.errors = [
                        {
                          instancePath: instancePath + '/acrInstanceId',
                          schemaPath: '#/properties/acrInstanceId/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                          schema: schema34.properties.acrInstanceId.type,
                          parentSchema: schema34.properties.acrInstanceId,
                          data: data14,
                        },
                      ];
                      return false;
                    }
                    var valid0 = _errs29 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.accelerationType !== undefined) {
                      let data15 = data.accelerationType;
                      const _errs31 = errors;
                      if (typeof data15 !== 'string') {
                        validate22.errors = [
                          {
                            instancePath: instancePath + '/accelerationType',
                            schemaPath: '#/properties/accelerationType/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema34.properties.accelerationType.type,
                            parentSchema: schema34.properties.accelerationType,
                            data: data15,
                          },
                        ];
                        return false;
                      }
                      var valid0 = _errs31 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.accelerationInfo !== undefined) {
                        let data16 = data.accelerationInfo;
                        const _errs33 = errors;
                        const _errs34 = errors;
                        if (errors === _errs34) {
                          if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
                            if (data16.status !== undefined) {
                              let data17 = data16.status;
                              if (typeof data17 !== 'string') {
                                validate22.errors = [
                                  {
                                    instancePath: instancePath + '/accelerationInfo/status',
                                    schemaPath:
                                      '#/components/schemas/AccelerationInfo/properties/status/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                    schema: schema40.properties.status.type,
                                    parentSchema: schema40.properties.status,
                                    data: data17,
                                  },
                                ];
                                return false;
                              }
                            }
                          } else {
                            validate22.errors = [
                              {
                                instancePath: instancePath + '/accelerationInfo',
                                schemaPath: '#/components/schemas/AccelerationInfo/type',
                                keyword: 'type',
                                params: { type: 'object' },
                                message: 'must be object',
                                schema: schema40.type,
                                parentSchema: schema40,
                                data: data16,
                              },
                            ];
                            return false;
                          }
                        }
                        var valid0 = _errs33 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.resolvedImageUri !== undefined) {
                          let data18 = data.resolvedImageUri;
                          const _errs38 = errors;
                          if (typeof data18 !== 'string') {
                            validate22.errors = [
                              {
                                instancePath: instancePath + '/resolvedImageUri',
                                schemaPath: '#/properties/resolvedImageUri/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                                schema: schema34.properties.resolvedImageUri.type,
                                parentSchema: schema34.properties.resolvedImageUri,
                                data: data18,
                              },
                            ];
                            return false;
                          }
                          var valid0 = _errs38 === errors;
                        } else {
                          var valid0 = true;
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate22.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema34.type,
          parentSchema: schema34,
          data,
        },
      ];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = {
  props: {
    image: true,
    command: true,
    entrypoint: true,
    port: true,
    healthCheckConfig: true,
    registryConfig: true,
    acrInstanceId: true,
    accelerationType: true,
    accelerationInfo: true,
    resolvedImageUri: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
const schema42 = {
  type: 'object',
  properties: {
    userId: { type: 'integer' },
    groupId: { type: 'integer' },
    mountPoints: { type: 'array', maxItems: 5, items: { $ref: '#/components/schemas/NASMountConfig' } },
  },
};
const schema43 = {
  type: 'object',
  properties: {
    serverAddr: { type: 'string' },
    mountDir: { type: 'string' },
    enableTLS: { type: 'boolean' },
  },
};
function validate26(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.userId !== undefined) {
        let data0 = data.userId;
        const _errs1 = errors;
        if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
          validate26.errors = [
            {
              instancePath: instancePath + '/userId',
              schemaPath: '#/properties/userId/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema42.properties.userId.type,
              parentSchema: schema42.properties.userId,
              data: data0,
            },
          ];
          return false;
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.groupId !== undefined) {
          let data1 = data.groupId;
          const _errs3 = errors;
          if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
            validate26.errors = [
              {
                instancePath: instancePath + '/groupId',
                schemaPath: '#/properties/groupId/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
                schema: schema42.properties.groupId.type,
                parentSchema: schema42.properties.groupId,
                data: data1,
              },
            ];
            return false;
          }
          var valid0 = _errs3 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.mountPoints !== undefined) {
            let data2 = data.mountPoints;
            const _errs5 = errors;
            if (errors === _errs5) {
              if (Array.isArray(data2)) {
                if (data2.length > 5) {
                  validate26.errors = [
                    {
                      instancePath: instancePath + '/mountPoints',
                      schemaPath: '#/properties/mountPoints/maxItems',
                      keyword: 'maxItems',
                      params: { limit: 5 },
                      message: 'must NOT have more than 5 items',
                      schema: 5,
                      parentSchema: schema42.properties.mountPoints,
                      data: data2,
                    },
                  ];
                  return false;
                } else {
                  var valid1 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data3 = data2[i0];
                    const _errs7 = errors;
                    const _errs8 = errors;
                    if (errors === _errs8) {
                      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
                        if (data3.serverAddr !== undefined) {
                          let data4 = data3.serverAddr;
                          const _errs10 = errors;
                          if (typeof data4 !== 'string') {
                            validate26.errors = [
                              {
                                instancePath: instancePath + '/mountPoints/' + i0 + '/serverAddr',
                                schemaPath: '#/components/schemas/NASMountConfig/properties/serverAddr/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                                schema: schema43.properties.serverAddr.type,
                                parentSchema: schema43.properties.serverAddr,
                                data: data4,
                              },
                            ];
                            return false;
                          }
                          var valid3 = _errs10 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data3.mountDir !== undefined) {
                            let data5 = data3.mountDir;
                            const _errs12 = errors;
                            if (typeof data5 !== 'string') {
                              validate26.errors = [
                                {
                                  instancePath: instancePath + '/mountPoints/' + i0 + '/mountDir',
                                  schemaPath: '#/components/schemas/NASMountConfig/properties/mountDir/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                  schema: schema43.properties.mountDir.type,
                                  parentSchema: schema43.properties.mountDir,
                                  data: data5,
                                },
                              ];
                              return false;
                            }
                            var valid3 = _errs12 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data3.enableTLS !== undefined) {
                              let data6 = data3.enableTLS;
                              const _errs14 = errors;
                              if (typeof data6 !== 'boolean') {
                                validate26.errors = [
                                  {
                                    instancePath: instancePath + '/mountPoints/' + i0 + '/enableTLS',
                                    schemaPath:
                                      '#/components/schemas/NASMountConfig/properties/enableTLS/type',
                                    keyword: 'type',
                                    params: { type: 'boolean' },
                                    message: 'must be boolean',
                                    schema: schema43.properties.enableTLS.type,
                                    parentSchema: schema43.properties.enableTLS,
                                    data: data6,
                                  },
                                ];
                                return false;
                              }
                              var valid3 = _errs14 === errors;
                            } else {
                              var valid3 = true;
                            }
                          }
                        }
                      } else {
                        validate26.errors = [
                          {
                            instancePath: instancePath + '/mountPoints/' + i0,
                            schemaPath: '#/components/schemas/NASMountConfig/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                            schema: schema43.type,
                            parentSchema: schema43,
                            data: data3,
                          },
                        ];
                        return false;
                      }
                    }
                    var valid1 = _errs7 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                }
              } else {
                validate26.errors = [
                  {
                    instancePath: instancePath + '/mountPoints',
                    schemaPath: '#/properties/mountPoints/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                    schema: schema42.properties.mountPoints.type,
                    parentSchema: schema42.properties.mountPoints,
                    data: data2,
                  },
                ];
                return false;
              }
            }
            var valid0 = _errs5 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate26.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema42.type,
          parentSchema: schema42,
          data,
        },
      ];
      return false;
    }
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = {
  props: { userId: true, groupId: true, mountPoints: true },
  dynamicProps: false,
  dynamicItems: false,
};
const schema44 = {
  type: 'object',
  properties: {
    mountPoints: { type: 'array', maxItems: 5, items: { $ref: '#/components/schemas/OSSMountPoint' } },
  },
};
const schema45 = {
  type: 'object',
  properties: {
    bucketName: { type: 'string' },
    bucketPath: { type: 'string' },
    endpoint: { type: 'string' },
    mountDir: { type: 'string' },
    readOnly: { type: 'boolean' },
  },
};
function validate28(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.mountPoints !== undefined) {
        let data0 = data.mountPoints;
        const _errs1 = errors;
        if (errors === _errs1) {
          if (Array.isArray(data0)) {
            if (data0.length > 5) {
              validate28.errors = [
                {
                  instancePath: instancePath + '/mountPoints',
                  schemaPath: '#/properties/mountPoints/maxItems',
                  keyword: 'maxItems',
                  params: { limit: 5 },
                  message: 'must NOT have more than 5 items',
                  schema: 5,
                  parentSchema: schema44.properties.mountPoints,
                  data: data0,
                },
              ];
              return false;
            } else {
              var valid1 = true;
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                const _errs3 = errors;
                const _errs4 = errors;
                if (errors === _errs4) {
                  if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
                    if (data1.bucketName !== undefined) {
                      let data2 = data1.bucketName;
                      const _errs6 = errors;
                      if (typeof data2 !== 'string') {
                        validate28.errors = [
                          {
                            instancePath: instancePath + '/mountPoints/' + i0 + '/bucketName',
                            schemaPath: '#/components/schemas/OSSMountPoint/properties/bucketName/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema45.properties.bucketName.type,
                            parentSchema: schema45.properties.bucketName,
                            data: data2,
                          },
                        ];
                        return false;
                      }
                      var valid3 = _errs6 === errors;
                    } else {
                      var valid3 = true;
                    }
                    if (valid3) {
                      if (data1.bucketPath !== undefined) {
                        let data3 = data1.bucketPath;
                        const _errs8 = errors;
                        if (typeof data3 !== 'string') {
                          validate28.errors = [
                            {
                              instancePath: instancePath + '/mountPoints/' + i0 + '/bucketPath',
                              schemaPath: '#/components/schemas/OSSMountPoint/properties/bucketPath/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                              schema: schema45.properties.bucketPath.type,
                              parentSchema: schema45.properties.bucketPath,
                              data: data3,
                            },
                          ];
                          return false;
                        }
                        var valid3 = _errs8 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data1.endpoint !== undefined) {
                          let data4 = data1.endpoint;
                          const _errs10 = errors;
                          if (typeof data4 !== 'string') {
                            validate28.errors = [
                              {
                                instancePath: instancePath + '/mountPoints/' + i0 + '/endpoint',
                                schemaPath: '#/components/schemas/OSSMountPoint/properties/endpoint/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                                schema: schema45.properties.endpoint.type,
                                parentSchema: schema45.properties.endpoint,
                                data: data4,
                              },
                            ];
                            return false;
                          }
                          var valid3 = _errs10 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data1.mountDir !== undefined) {
                            let data5 = data1.mountDir;
                            const _errs12 = errors;
                            if (typeof data5 !== 'string') {
                              validate28.errors = [
                                {
                                  instancePath: instancePath + '/mountPoints/' + i0 + '/mountDir',
                                  schemaPath: '#/components/schemas/OSSMountPoint/properties/mountDir/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                  schema: schema45.properties.mountDir.type,
                                  parentSchema: schema45.properties.mountDir,
                                  data: data5,
                                },
                              ];
                              return false;
                            }
                            var valid3 = _errs12 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data1.readOnly !== undefined) {
                              let data6 = data1.readOnly;
                              const _errs14 = errors;
                              if (typeof data6 !== 'boolean') {
                                validate28.errors = [
                                  {
                                    instancePath: instancePath + '/mountPoints/' + i0 + '/readOnly',
                                    schemaPath: '#/components/schemas/OSSMountPoint/properties/readOnly/type',
                                    keyword: 'type',
                                    params: { type: 'boolean' },
                                    message: 'must be boolean',
                                    schema: schema45.properties.readOnly.type,
                                    parentSchema: schema45.properties.readOnly,
                                    data: data6,
                                  },
                                ];
                                return false;
                              }
                              var valid3 = _errs14 === errors;
                            } else {
                              var valid3 = true;
                            }
                          }
                        }
                      }
                    }
                  } else {
                    validate28.errors = [
                      {
                        instancePath: instancePath + '/mountPoints/' + i0,
                        schemaPath: '#/components/schemas/OSSMountPoint/type',
                        keyword: 'type',
                        params: { type: 'object' },
                        message: 'must be object',
                        schema: schema45.type,
                        parentSchema: schema45,
                        data: data1,
                      },
                    ];
                    return false;
                  }
                }
                var valid1 = _errs3 === errors;
                if (!valid1) {
                  break;
                }
              }
            }
          } else {
            validate28.errors = [
              {
                instancePath: instancePath + '/mountPoints',
                schemaPath: '#/properties/mountPoints/type',
                keyword: 'type',
                params: { type: 'array' },
                message: 'must be array',
                schema: schema44.properties.mountPoints.type,
                parentSchema: schema44.properties.mountPoints,
                data: data0,
              },
            ];
            return false;
          }
        }
      }
    } else {
      validate28.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema44.type,
          parentSchema: schema44,
          data,
        },
      ];
      return false;
    }
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { props: { mountPoints: true }, dynamicProps: false, dynamicItems: false };
const schema47 = {
  type: 'object',
  properties: {
    nameServers: { type: 'array', items: { type: 'string' } },
    searches: { type: 'array', items: { type: 'string' } },
    dnsOptions: { type: 'array', items: { $ref: '#/components/schemas/DNSOption' } },
  },
};
const schema48 = {
  type: 'object',
  required: ['name'],
  properties: { name: { type: 'string' }, value: { type: 'string', description: 'Option value, e.g. `2`.' } },
};
function validate30(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.nameServers !== undefined) {
        let data0 = data.nameServers;
        const _errs1 = errors;
        if (errors === _errs1) {
          if (Array.isArray(data0)) {
            var valid1 = true;
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data1 = data0[i0];
              const _errs3 = errors;
              if (typeof data1 !== 'string') {
                validate30.errors = [
                  {
                    instancePath: instancePath + '/nameServers/' + i0,
                    schemaPath: '#/properties/nameServers/items/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema47.properties.nameServers.items.type,
                    parentSchema: schema47.properties.nameServers.items,
                    data: data1,
                  },
                ];
                return false;
              }
              var valid1 = _errs3 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate30.errors = [
              {
                instancePath: instancePath + '/nameServers',
                schemaPath: '#/properties/nameServers/type',
                keyword: 'type',
                params: { type: 'array' },
                message: 'must be array',
                schema: schema47.properties.nameServers.type,
                parentSchema: schema47.properties.nameServers,
                data: data0,
              },
            ];
            return false;
          }
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.searches !== undefined) {
          let data2 = data.searches;
          const _errs5 = errors;
          if (errors === _errs5) {
            if (Array.isArray(data2)) {
              var valid2 = true;
              const len1 = data2.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data3 = data2[i1];
                const _errs7 = errors;
                if (typeof data3 !== 'string') {
                  validate30.errors = [
                    {
                      instancePath: instancePath + '/searches/' + i1,
                      schemaPath: '#/properties/searches/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema47.properties.searches.items.type,
                      parentSchema: schema47.properties.searches.items,
                      data: data3,
                    },
                  ];
                  return false;
                }
                var valid2 = _errs7 === errors;
                if (!valid2) {
                  break;
                }
              }
            } else {
              validate30.errors = [
                {
                  instancePath: instancePath + '/searches',
                  schemaPath: '#/properties/searches/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema47.properties.searches.type,
                  parentSchema: schema47.properties.searches,
                  data: data2,
                },
              ];
              return false;
            }
          }
          var valid0 = _errs5 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.dnsOptions !== undefined) {
            let data4 = data.dnsOptions;
            const _errs9 = errors;
            if (errors === _errs9) {
              if (Array.isArray(data4)) {
                var valid3 = true;
                const len2 = data4.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data5 = data4[i2];
                  const _errs11 = errors;
                  const _errs12 = errors;
                  if (errors === _errs12) {
                    if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
                      let missing0;
                      if (data5.name === undefined && (missing0 = 'name')) {
                        validate30.errors = [
                          {
                            instancePath: instancePath + '/dnsOptions/' + i2,
                            schemaPath: '#/components/schemas/DNSOption/required',
                            keyword: 'required',
                            params: { missingProperty: missing0 },
                            message: "must have required property '" + missing0 + "'",
                            schema: schema48.required,
                            parentSchema: schema48,
                            data: data5,
                          },
                        ];
                        return false;
                      } else {
                        if (data5.name !== undefined) {
                          let data6 = data5.name;
                          const _errs14 = errors;
                          if (typeof data6 !== 'string') {
                            validate30.errors = [
                              {
                                instancePath: instancePath + '/dnsOptions/' + i2 + '/name',
                                schemaPath: '#/components/schemas/DNSOption/properties/name/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                                schema: schema48.properties.name.type,
                                parentSchema: schema48.properties.name,
                                data: data6,
                              },
                            ];
                            return false;
                          }
                          var valid5 = _errs14 === errors;
                        } else {
                          var valid5 = true;
                        }
                        if (valid5) {
                          if (data5.value !== undefined) {
                            let data7 = data5.value;
                            const _errs16 = errors;
                            if (typeof data7 !== 'string') {
                              validate30.errors = [
                                {
                                  instancePath: instancePath + '/dnsOptions/' + i2 + '/value',
                                  schemaPath: '#/components/schemas/DNSOption/properties/value/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                  schema: schema48.properties.value.type,
                                  parentSchema: schema48.properties.value,
                                  data: data7,
                                },
                              ];
                              return false;
                            }
                            var valid5 = _errs16 === errors;
                          } else {
                            var valid5 = true;
                          }
                        }
                      }
                    } else {
                      validate30.errors = [
                        {
                          instancePath: instancePath + '/dnsOptions/' + i2,
                          schemaPath: '#/components/schemas/DNSOption/type',
                          keyword: 'type',
                          params: { type: 'object' },
                          message: 'must be object',
                          schema: schema48.type,
                          parentSchema: schema48,
                          data: data5,
                        },
                      ];
                      return false;
                    }
                  }
                  var valid3 = _errs11 === errors;
                  if (!valid3) {
                    break;
                  }
                }
              } else {
                validate30.errors = [
                  {
                    instancePath: instancePath + '/dnsOptions',
                    schemaPath: '#/properties/dnsOptions/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                    schema: schema47.properties.dnsOptions.type,
                    parentSchema: schema47.properties.dnsOptions,
                    data: data4,
                  },
                ];
                return false;
              }
            }
            var valid0 = _errs9 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate30.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema47.type,
          parentSchema: schema47,
          data,
        },
      ];
      return false;
    }
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = {
  props: { nameServers: true, searches: true, dnsOptions: true },
  dynamicProps: false,
  dynamicItems: false,
};
const schema49 = {
  type: 'object',
  properties: {
    command: { type: 'array', items: { type: 'string' } },
    args: { type: 'array', items: { type: 'string' } },
    port: { type: 'integer', minimum: 1, maximum: 65535 },
    healthCheckConfig: { $ref: '#/components/schemas/CustomHealthCheckConfig' },
  },
};
function validate32(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.command !== undefined) {
        let data0 = data.command;
        const _errs1 = errors;
        if (errors === _errs1) {
          if (Array.isArray(data0)) {
            var valid1 = true;
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data1 = data0[i0];
              const _errs3 = errors;
              if (typeof data1 !== 'string') {
                validate32.errors = [
                  {
                    instancePath: instancePath + '/command/' + i0,
                    schemaPath: '#/properties/command/items/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema49.properties.command.items.type,
                    parentSchema: schema49.properties.command.items,
                    data: data1,
                  },
                ];
                return false;
              }
              var valid1 = _errs3 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate32.errors = [
              {
                instancePath: instancePath + '/command',
                schemaPath: '#/properties/command/type',
                keyword: 'type',
                params: { type: 'array' },
                message: 'must be array',
                schema: schema49.properties.command.type,
                parentSchema: schema49.properties.command,
                data: data0,
              },
            ];
            return false;
          }
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.args !== undefined) {
          let data2 = data.args;
          const _errs5 = errors;
          if (errors === _errs5) {
            if (Array.isArray(data2)) {
              var valid2 = true;
              const len1 = data2.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data3 = data2[i1];
                const _errs7 = errors;
                if (typeof data3 !== 'string') {
                  validate32.errors = [
                    {
                      instancePath: instancePath + '/args/' + i1,
                      schemaPath: '#/properties/args/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema49.properties.args.items.type,
                      parentSchema: schema49.properties.args.items,
                      data: data3,
                    },
                  ];
                  return false;
                }
                var valid2 = _errs7 === errors;
                if (!valid2) {
                  break;
                }
              }
            } else {
              validate32.errors = [
                {
                  instancePath: instancePath + '/args',
                  schemaPath: '#/properties/args/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema49.properties.args.type,
                  parentSchema: schema49.properties.args,
                  data: data2,
                },
              ];
              return false;
            }
          }
          var valid0 = _errs5 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.port !== undefined) {
            let data4 = data.port;
            const _errs9 = errors;
            if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4))) {
              validate32.errors = [
                {
                  instancePath: instancePath + '/port',
                  schemaPath: '#/properties/port/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                  schema: schema49.properties.port.type,
                  parentSchema: schema49.properties.port,
                  data: data4,
                },
              ];
              return false;
            }
            if (errors === _errs9) {
              if (typeof data4 == 'number') {
                if (data4 > 65535 || isNaN(data4)) {
                  validate32.errors = [
                    {
                      instancePath: instancePath + '/port',
                      schemaPath: '#/properties/port/maximum',
                      keyword: 'maximum',
                      params: { comparison: '<=', limit: 65535 },
                      message: 'must be <= 65535',
                      schema: 65535,
                      parentSchema: schema49.properties.port,
                      data: data4,
                    },
                  ];
                  return false;
                } else {
                  if (data4 < 1 || isNaN(data4)) {
                    validate32.errors = [
                      {
                        instancePath: instancePath + '/port',
                        schemaPath: '#/properties/port/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 1 },
                        message: 'must be >= 1',
                        schema: 1,
                        parentSchema: schema49.properties.port,
                        data: data4,
                      },
                    ];
                    return false;
                  }
                }
              }
            }
            var valid0 = _errs9 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.healthCheckConfig !== undefined) {
              let data5 = data.healthCheckConfig;
              const _errs11 = errors;
              const _errs12 = errors;
              if (errors === _errs12) {
                if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
                  if (data5.httpGetUrl !== undefined) {
                    let data6 = data5.httpGetUrl;
                    const _errs14 = errors;
                    if (errors === _errs14) {
                      if (typeof data6 === 'string') {
                        if (func1(data6) > 2048) {
                          validate32.errors = [
                            {
                              instancePath: instancePath + '/healthCheckConfig/httpGetUrl',
                              schemaPath:
                                '#/components/schemas/CustomHealthCheckConfig/properties/httpGetUrl/maxLength',
                              keyword: 'maxLength',
                              params: { limit: 2048 },
                              message: 'must NOT have more than 2048 characters',
                              schema: 2048,
                              parentSchema: schema35.properties.httpGetUrl,
                              data: data6,
                            },
                          ];
                          return false;
                        }
                      } else {
                        validate32.errors = [
                          {
                            instancePath: instancePath + '/healthCheckConfig/httpGetUrl',
                            schemaPath:
                              '#/components/schemas/CustomHealthCheckConfig/properties/httpGetUrl/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema35.properties.httpGetUrl.type,
                            parentSchema: schema35.properties.httpGetUrl,
                            data: data6,
                          },
                        ];
                        return false;
                      }
                    }
                    var valid4 = _errs14 === errors;
                  } else {
                    var valid4 = true;
                  }
                  if (valid4) {
                    if (data5.initialDelaySeconds !== undefined) {
                      let data7 = data5.initialDelaySeconds;
                      const _errs16 = errors;
                      if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7))) {
                        validate32.errors = [
                          {
                            instancePath: instancePath + '/healthCheckConfig/initialDelaySeconds',
                            schemaPath:
                              '#/components/schemas/CustomHealthCheckConfig/properties/initialDelaySeconds/type',
                            keyword: 'type',
                            params: { type: 'integer' },
                            message: 'must be integer',
                            schema: schema35.properties.initialDelaySeconds.type,
                            parentSchema: schema35.properties.initialDelaySeconds,
                            data: data7,
                          },
                        ];
                        return false;
                      }
                      if (errors === _errs16) {
                        if (typeof data7 == 'number') {
                          if (data7 > 120 || isNaN(data7)) {
                            validate32.errors = [
                              {
                                instancePath: instancePath + '/healthCheckConfig/initialDelaySeconds',
                                schemaPath:
                                  '#/components/schemas/CustomHealthCheckConfig/properties/initialDelaySeconds/maximum',
                                keyword: 'maximum',
                                params: { comparison: '<=', limit: 120 },
                                message: 'must be <= 120',
                                schema: 120,
                                parentSchema: schema35.properties.initialDelaySeconds,
                                data: data7,
                              },
                            ];
                            return false;
                          } else {
                            if (data7 < 0 || isNaN(data7)) {
                              validate32.errors = [
                                {
                                  instancePath: instancePath + '/healthCheckConfig/initialDelaySeconds',
                                  schemaPath:
                                    '#/components/schemas/CustomHealthCheckConfig/properties/initialDelaySeconds/minimum',
                                  keyword: 'minimum',
                                  params: { comparison: '>=', limit: 0 },
                                  message: 'must be >= 0',
                                  schema: 0,
                                  parentSchema: schema35.properties.initialDelaySeconds,
                                  data: data7,
                                },
                              ];
                              return false;
                            }
                          }
                        }
                      }
                      var valid4 = _errs16 === errors;
                    } else {
                      var valid4 = true;
                    }
                    if (valid4) {
                      if (data5.periodSeconds !== undefined) {
                        let data8 = data5.periodSeconds;
                        const _errs18 = errors;
                        if (!(typeof data8 == 'number' && !(data8 % 1) && !isNaN(data8))) {
                          validate32.errors = [
                            {
                              instancePath: instancePath + '/healthCheckConfig/periodSeconds',
                              schemaPath:
                                '#/components/schemas/CustomHealthCheckConfig/properties/periodSeconds/type',
                              keyword: 'type',
                              params: { type: 'integer' },
                              message: 'must be integer',
                              schema: schema35.properties.periodSeconds.type,
                              parentSchema: schema35.properties.periodSeconds,
                              data: data8,
                            },
                          ];
                          return false;
                        }
                        if (errors === _errs18) {
                          if (typeof data8 == 'number') {
                            if (data8 > 120 || isNaN(data8)) {
                              validate32.errors = [
                                {
                                  instancePath: instancePath + '/healthCheckConfig/periodSeconds',
                                  schemaPath:
                                    '#/components/schemas/CustomHealthCheckConfig/properties/periodSeconds/maximum',
                                  keyword: 'maximum',
                                  params: { comparison: '<=', limit: 120 },
                                  message: 'must be <= 120',
                                  schema: 120,
                                  parentSchema: schema35.properties.periodSeconds,
                                  data: data8,
                                },
                              ];
                              return false;
                            } else {
                              if (data8 < 1 || isNaN(data8)) {
                                validate32.errors = [
                                  {
                                    instancePath: instancePath + '/healthCheckConfig/periodSeconds',
                                    schemaPath:
                                      '#/components/schemas/CustomHealthCheckConfig/properties/periodSeconds/minimum',
                                    keyword: 'minimum',
                                    params: { comparison: '>=', limit: 1 },
                                    message: 'must be >= 1',
                                    schema: 1,
                                    parentSchema: schema35.properties.periodSeconds,
                                    data: data8,
                                  },
                                ];
                                return false;
                              }
                            }
                          }
                        }
                        var valid4 = _errs18 === errors;
                      } else {
                        var valid4 = true;
                      }
                      if (valid4) {
                        if (data5.timeoutSeconds !== undefined) {
                          let data9 = data5.timeoutSeconds;
                          const _errs20 = errors;
                          if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9))) {
                            validate32.errors = [
                              {
                                instancePath: instancePath + '/healthCheckConfig/timeoutSeconds',
                                schemaPath:
                                  '#/components/schemas/CustomHealthCheckConfig/properties/timeoutSeconds/type',
                                keyword: 'type',
                                params: { type: 'integer' },
                                message: 'must be integer',
                                schema: schema35.properties.timeoutSeconds.type,
                                parentSchema: schema35.properties.timeoutSeconds,
                                data: data9,
                              },
                            ];
                            return false;
                          }
                          if (errors === _errs20) {
                            if (typeof data9 == 'number') {
                              if (data9 > 3 || isNaN(data9)) {
                                validate32.errors = [
                                  {
                                    instancePath: instancePath + '/healthCheckConfig/timeoutSeconds',
                                    schemaPath:
                                      '#/components/schemas/CustomHealthCheckConfig/properties/timeoutSeconds/maximum',
                                    keyword: 'maximum',
                                    params: { comparison: '<=', limit: 3 },
                                    message: 'must be <= 3',
                                    schema: 3,
                                    parentSchema: schema35.properties.timeoutSeconds,
                                    data: data9,
                                  },
                                ];
                                return false;
                              } else {
                                if (data9 < 1 || isNaN(data9)) {
                                  validate32.errors = [
                                    {
                                      instancePath: instancePath + '/healthCheckConfig/timeoutSeconds',
                                      schemaPath:
                                        '#/components/schemas/CustomHealthCheckConfig/properties/timeoutSeconds/minimum',
                                      keyword: 'minimum',
                                      params: { comparison: '>=', limit: 1 },
                                      message: 'must be >= 1',
                                      schema: 1,
                                      parentSchema: schema35.properties.timeoutSeconds,
                                      data: data9,
                                    },
                                  ];
                                  return false;
                                }
                              }
                            }
                          }
                          var valid4 = _errs20 === errors;
                        } else {
                          var valid4 = true;
                        }
                        if (valid4) {
                          if (data5.failureThreshold !== undefined) {
                            let data10 = data5.failureThreshold;
                            const _errs22 = errors;
                            if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10))) {
                              validate32.errors = [
                                {
                                  instancePath: instancePath + '/healthCheckConfig/failureThreshold',
                                  schemaPath:
                                    '#/components/schemas/CustomHealthCheckConfig/properties/failureThreshold/type',
                                  keyword: 'type',
                                  params: { type: 'integer' },
                                  message: 'must be integer',
                                  schema: schema35.properties.failureThreshold.type,
                                  parentSchema: schema35.properties.failureThreshold,
                                  data: data10,
                                },
                              ];
                              return false;
                            }
                            if (errors === _errs22) {
                              if (typeof data10 == 'number') {
                                if (data10 > 120 || isNaN(data10)) {
                                  validate32.errors = [
                                    {
                                      instancePath: instancePath + '/healthCheckConfig/failureThreshold',
                                      schemaPath:
                                        '#/components/schemas/CustomHealthCheckConfig/properties/failureThreshold/maximum',
                                      keyword: 'maximum',
                                      params: { comparison: '<=', limit: 120 },
                                      message: 'must be <= 120',
                                      schema: 120,
                                      parentSchema: schema35.properties.failureThreshold,
                                      data: data10,
                                    },
                                  ];
                                  return false;
                                } else {
                                  if (data10 < 1 || isNaN(data10)) {
                                    validate32.errors = [
                                      {
                                        instancePath: instancePath + '/healthCheckConfig/failureThreshold',
                                        schemaPath:
                                          '#/components/schemas/CustomHealthCheckConfig/properties/failureThreshold/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 1 },
                                        message: 'must be >= 1',
                                        schema: 1,
                                        parentSchema: schema35.properties.failureThreshold,
                                        data: data10,
                                      },
                                    ];
                                    return false;
                                  }
                                }
                              }
                            }
                            var valid4 = _errs22 === errors;
                          } else {
                            var valid4 = true;
                          }
                          if (valid4) {
                            if (data5.successThreshold !== undefined) {
                              let data11 = data5.successThreshold;
                              const _errs24 = errors;
                              if (!(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11))) {
                                validate32.errors = [
                                  {
                                    instancePath: instancePath + '/healthCheckConfig/successThreshold',
                                    schemaPath:
                                      '#/components/schemas/CustomHealthCheckConfig/properties/successThreshold/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer',
                                    schema: schema35.properties.successThreshold.type,
                                    parentSchema: schema35.properties.successThreshold,
                                    data: data11,
                                  },
                                ];
                                return false;
                              }
                              if (errors === _errs24) {
                                if (typeof data11 == 'number') {
                                  if (data11 > 120 || isNaN(data11)) {
                                    validate32.errors = [
                                      {
                                        instancePath: instancePath + '/healthCheckConfig/successThreshold',
                                        schemaPath:
                                          '#/components/schemas/CustomHealthCheckConfig/properties/successThreshold/maximum',
                                        keyword: 'maximum',
                                        params: { comparison: '<=', limit: 120 },
                                        message: 'must be <= 120',
                                        schema: 120,
                                        parentSchema: schema35.properties.successThreshold,
                                        data: data11,
                                      },
                                    ];
                                    return false;
                                  } else {
                                    if (data11 < 1 || isNaN(data11)) {
                                      validate32.errors = [
                                        {
                                          instancePath: instancePath + '/healthCheckConfig/successThreshold',
                                          schemaPath:
                                            '#/components/schemas/CustomHealthCheckConfig/properties/successThreshold/minimum',
                                          keyword: 'minimum',
                                          params: { comparison: '>=', limit: 1 },
                                          message: 'must be >= 1',
                                          schema: 1,
                                          parentSchema: schema35.properties.successThreshold,
                                          data: data11,
                                        },
                                      ];
                                      return false;
                                    }
                                  }
                                }
                              }
                              var valid4 = _errs24 === errors;
                            } else {
                              var valid4 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                } else {
                  validate32.errors = [
                    {
                      instancePath: instancePath + '/healthCheckConfig',
                      schemaPath: '#/components/schemas/CustomHealthCheckConfig/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                      schema: schema35.type,
                      parentSchema: schema35,
                      data: data5,
                    },
                  ];
                  return false;
                }
              }
              var valid0 = _errs11 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate32.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema49.type,
          parentSchema: schema49,
          data,
        },
      ];
      return false;
    }
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = {
  props: { command: true, args: true, port: true, healthCheckConfig: true },
  dynamicProps: false,
  dynamicItems: false,
};
const schema52 = {
  type: 'object',
  properties: {
    initializer: { $ref: '#/components/schemas/LifecycleHook' },
    preStop: { $ref: '#/components/schemas/LifecycleHook' },
  },
};
const schema53 = {
  type: 'object',
  properties: {
    handler: { type: 'string' },
    timeout: { type: 'integer' },
    command: { type: 'array', items: { type: 'string' } },
  },
};
function validate34(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.initializer !== undefined) {
        let data0 = data.initializer;
        const _errs1 = errors;
        const _errs2 = errors;
        if (errors === _errs2) {
          if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
            if (data0.handler !== undefined) {
              let data1 = data0.handler;
              const _errs4 = errors;
              if (typeof data1 !== 'string') {
                validate34.errors = [
                  {
                    instancePath: instancePath + '/initializer/handler',
                    schemaPath: '#/components/schemas/LifecycleHook/properties/handler/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema53.properties.handler.type,
                    parentSchema: schema53.properties.handler,
                    data: data1,
                  },
                ];
                return false;
              }
              var valid2 = _errs4 === errors;
            } else {
              var valid2 = true;
            }
            if (valid2) {
              if (data0.timeout !== undefined) {
                let data2 = data0.timeout;
                const _errs6 = errors;
                if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
                  validate34.errors = [
                    {
                      instancePath: instancePath + '/initializer/timeout',
                      schemaPath: '#/components/schemas/LifecycleHook/properties/timeout/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                      schema: schema53.properties.timeout.type,
                      parentSchema: schema53.properties.timeout,
                      data: data2,
                    },
                  ];
                  return false;
                }
                var valid2 = _errs6 === errors;
              } else {
                var valid2 = true;
              }
              if (valid2) {
                if (data0.command !== undefined) {
                  let data3 = data0.command;
                  const _errs8 = errors;
                  if (errors === _errs8) {
                    if (Array.isArray(data3)) {
                      var valid3 = true;
                      const len0 = data3.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        let data4 = data3[i0];
                        const _errs10 = errors;
                        if (typeof data4 !== 'string') {
                          validate34.errors = [
                            {
                              instancePath: instancePath + '/initializer/command/' + i0,
                              schemaPath: '#/components/schemas/LifecycleHook/properties/command/items/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                              schema: schema53.properties.command.items.type,
                              parentSchema: schema53.properties.command.items,
                              data: data4,
                            },
                          ];
                          return false;
                        }
                        var valid3 = _errs10 === errors;
                        if (!valid3) {
                          break;
                        }
                      }
                    } else {
                      validate34.errors = [
                        {
                          instancePath: instancePath + '/initializer/command',
                          schemaPath: '#/components/schemas/LifecycleHook/properties/command/type',
                          keyword: 'type',
                          params: { type: 'array' },
                          message: 'must be array',
                          schema: schema53.properties.command.type,
                          parentSchema: schema53.properties.command,
                          data: data3,
                        },
                      ];
                      return false;
                    }
                  }
                  var valid2 = _errs8 === errors;
                } else {
                  var valid2 = true;
                }
              }
            }
          } else {
            validate34.errors = [
              {
                instancePath: instancePath + '/initializer',
                schemaPath: '#/components/schemas/LifecycleHook/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
                schema: schema53.type,
                parentSchema: schema53,
                data: data0,
              },
            ];
            return false;
          }
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.preStop !== undefined) {
          let data5 = data.preStop;
          const _errs12 = errors;
          const _errs13 = errors;
          if (errors === _errs13) {
            if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
              if (data5.handler !== undefined) {
                let data6 = data5.handler;
                const _errs15 = errors;
                if (typeof data6 !== 'string') {
                  validate34.errors = [
                    {
                      instancePath: instancePath + '/preStop/handler',
                      schemaPath: '#/components/schemas/LifecycleHook/properties/handler/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                      schema: schema53.properties.handler.type,
                      parentSchema: schema53.properties.handler,
                      data: data6,
                    },
                  ];
                  return false;
                }
                var valid5 = _errs15 === errors;
              } else {
                var valid5 = true;
              }
              if (valid5) {
                if (data5.timeout !== undefined) {
                  let data7 = data5.timeout;
                  const _errs17 = errors;
                  if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7))) {
                    validate34.errors = [
                      {
                        instancePath: instancePath + '/preStop/timeout',
                        schemaPath: '#/components/schemas/LifecycleHook/properties/timeout/type',
                        keyword: 'type',
                        params: { type: 'integer' },
                        message: 'must be integer',
                        schema: schema53.properties.timeout.type,
                        parentSchema: schema53.properties.timeout,
                        data: data7,
                      },
                    ];
                    return false;
                  }
                  var valid5 = _errs17 === errors;
                } else {
                  var valid5 = true;
                }
                if (valid5) {
                  if (data5.command !== undefined) {
                    let data8 = data5.command;
                    const _errs19 = errors;
                    if (errors === _errs19) {
                      if (Array.isArray(data8)) {
                        var valid6 = true;
                        const len1 = data8.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                          let data9 = data8[i1];
                          const _errs21 = errors;
                          if (typeof data9 !== 'string') {
                            validate34.errors = [
                              {
                                instancePath: instancePath + '/preStop/command/' + i1,
                                schemaPath:
                                  '#/components/schemas/LifecycleHook/properties/command/items/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                                schema: schema53.properties.command.items.type,
                                parentSchema: schema53.properties.command.items,
                                data: data9,
                              },
                            ];
                            return false;
                          }
                          var valid6 = _errs21 === errors;
                          if (!valid6) {
                            break;
                          }
                        }
                      } else {
                        validate34.errors = [
                          {
                            instancePath: instancePath + '/preStop/command',
                            schemaPath: '#/components/schemas/LifecycleHook/properties/command/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                            schema: schema53.properties.command.type,
                            parentSchema: schema53.properties.command,
                            data: data8,
                          },
                        ];
                        return false;
                      }
                    }
                    var valid5 = _errs19 === errors;
                  } else {
                    var valid5 = true;
                  }
                }
              }
            } else {
              validate34.errors = [
                {
                  instancePath: instancePath + '/preStop',
                  schemaPath: '#/components/schemas/LifecycleHook/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                  schema: schema53.type,
                  parentSchema: schema53,
                  data: data5,
                },
              ];
              return false;
            }
          }
          var valid0 = _errs12 === errors;
        } else {
          var valid0 = true;
        }
      }
    } else {
      validate34.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema52.type,
          parentSchema: schema52,
          data,
        },
      ];
      return false;
    }
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = {
  props: { initializer: true, preStop: true },
  dynamicProps: false,
  dynamicItems: false,
};
const schema57 = {
  type: 'object',
  properties: {
    envs: { type: 'object', additionalProperties: { type: 'string' } },
    mountPoints: { type: 'array', items: { $ref: '#/components/schemas/JuiceFsMountConfig' } },
  },
};
const schema58 = {
  type: 'object',
  properties: {
    volumeName: { type: 'string' },
    token: { type: 'string' },
    remoteDir: { type: 'string' },
    mountDir: { type: 'string' },
    args: { type: 'array', items: { type: 'string' } },
  },
};
function validate36(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate36.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.envs !== undefined) {
        let data0 = data.envs;
        const _errs1 = errors;
        if (errors === _errs1) {
          if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
            for (const key0 in data0) {
              let data1 = data0[key0];
              const _errs4 = errors;
              if (typeof data1 !== 'string') {
                validate36.errors = [
                  {
                    instancePath: instancePath + '/envs/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                    schemaPath: '#/properties/envs/additionalProperties/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema57.properties.envs.additionalProperties.type,
                    parentSchema: schema57.properties.envs.additionalProperties,
                    data: data1,
                  },
                ];
                return false;
              }
              var valid1 = _errs4 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate36.errors = [
              {
                instancePath: instancePath + '/envs',
                schemaPath: '#/properties/envs/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
                schema: schema57.properties.envs.type,
                parentSchema: schema57.properties.envs,
                data: data0,
              },
            ];
            return false;
          }
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.mountPoints !== undefined) {
          let data2 = data.mountPoints;
          const _errs6 = errors;
          if (errors === _errs6) {
            if (Array.isArray(data2)) {
              var valid2 = true;
              const len0 = data2.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data3 = data2[i0];
                const _errs8 = errors;
                const _errs9 = errors;
                if (errors === _errs9) {
                  if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
                    if (data3.volumeName !== undefined) {
                      let data4 = data3.volumeName;
                      const _errs11 = errors;
                      if (typeof data4 !== 'string') {
                        validate36.errors = [
                          {
                            instancePath: instancePath + '/mountPoints/' + i0 + '/volumeName',
                            schemaPath: '#/components/schemas/JuiceFsMountConfig/properties/volumeName/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema58.properties.volumeName.type,
                            parentSchema: schema58.properties.volumeName,
                            data: data4,
                          },
                        ];
                        return false;
                      }
                      var valid4 = _errs11 === errors;
                    } else {
                      var valid4 = true;
                    }
                    if (valid4) {
                      if (data3.token !== undefined) {
                        let data5 = data3.token;
                        const _errs13 = errors;
                        if (typeof data5 !== 'string') {
                          validate36.errors = [
                            {
                              instancePath: instancePath + '/mountPoints/' + i0 + '/token',
                              schemaPath: '#/components/schemas/JuiceFsMountConfig/properties/token/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                              schema: schema58.properties.token.type,
                              parentSchema: schema58.properties.token,
                              data: data5,
                            },
                          ];
                          return false;
                        }
                        var valid4 = _errs13 === errors;
                      } else {
                        var valid4 = true;
                      }
                      if (valid4) {
                        if (data3.remoteDir !== undefined) {
                          let data6 = data3.remoteDir;
                          const _errs15 = errors;
                          if (typeof data6 !== 'string') {
                            validate36.errors = [
                              {
                                instancePath: instancePath + '/mountPoints/' + i0 + '/remoteDir',
                                schemaPath:
                                  '#/components/schemas/JuiceFsMountConfig/properties/remoteDir/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                                schema: schema58.properties.remoteDir.type,
                                parentSchema: schema58.properties.remoteDir,
                                data: data6,
                              },
                            ];
                            return false;
                          }
                          var valid4 = _errs15 === errors;
                        } else {
                          var valid4 = true;
                        }
                        if (valid4) {
                          if (data3.mountDir !== undefined) {
                            let data7 = data3.mountDir;
                            const _errs17 = errors;
                            if (typeof data7 !== 'string') {
                              validate36.errors = [
                                {
                                  instancePath: instancePath + '/mountPoints/' + i0 + '/mountDir',
                                  schemaPath:
                                    '#/components/schemas/JuiceFsMountConfig/properties/mountDir/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                  schema: schema58.properties.mountDir.type,
                                  parentSchema: schema58.properties.mountDir,
                                  data: data7,
                                },
                              ];
                              return false;
                            }
                            var valid4 = _errs17 === errors;
                          } else {
                            var valid4 = true;
                          }
                          if (valid4) {
                            if (data3.args !== undefined) {
                              let data8 = data3.args;
                              const _errs19 = errors;
                              if (errors === _errs19) {
                                if (Array.isArray(data8)) {
                                  var valid5 = true;
                                  const len1 = data8.length;
                                  for (let i1 = 0; i1 < len1; i1++) {
                                    let data9 = data8[i1];
                                    const _errs21 = errors;
                                    if (typeof data9 !== 'string') {
                                      validate36.errors = [
                                        {
                                          instancePath: instancePath + '/mountPoints/' + i0 + '/args/' + i1,
                                          schemaPath:
                                            '#/components/schemas/JuiceFsMountConfig/properties/args/items/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string',
                                          schema: schema58.properties.args.items.type,
                                          parentSchema: schema58.properties.args.items,
                                          data: data9,
                                        },
                                      ];
                                      return false;
                                    }
                                    var valid5 = _errs21 === errors;
                                    if (!valid5) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate36.errors = [
                                    {
                                      instancePath: instancePath + '/mountPoints/' + i0 + '/args',
                                      schemaPath:
                                        '#/components/schemas/JuiceFsMountConfig/properties/args/type',
                                      keyword: 'type',
                                      params: { type: 'array' },
                                      message: 'must be array',
                                      schema: schema58.properties.args.type,
                                      parentSchema: schema58.properties.args,
                                      data: data8,
                                    },
                                  ];
                                  return false;
                                }
                              }
                              var valid4 = _errs19 === errors;
                            } else {
                              var valid4 = true;
                            }
                          }
                        }
                      }
                    }
                  } else {
                    validate36.errors = [
                      {
                        instancePath: instancePath + '/mountPoints/' + i0,
                        schemaPath: '#/components/schemas/JuiceFsMountConfig/type',
                        keyword: 'type',
                        params: { type: 'object' },
                        message: 'must be object',
                        schema: schema58.type,
                        parentSchema: schema58,
                        data: data3,
                      },
                    ];
                    return false;
                  }
                }
                var valid2 = _errs8 === errors;
                if (!valid2) {
                  break;
                }
              }
            } else {
              validate36.errors = [
                {
                  instancePath: instancePath + '/mountPoints',
                  schemaPath: '#/properties/mountPoints/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                  schema: schema57.properties.mountPoints.type,
                  parentSchema: schema57.properties.mountPoints,
                  data: data2,
                },
              ];
              return false;
            }
          }
          var valid0 = _errs6 === errors;
        } else {
          var valid0 = true;
        }
      }
    } else {
      validate36.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema57.type,
          parentSchema: schema57,
          data,
        },
      ];
      return false;
    }
  }
  validate36.errors = vErrors;
  return errors === 0;
}
validate36.evaluated = { props: { envs: true, mountPoints: true }, dynamicProps: false, dynamicItems: false };
const schema59 = {
  type: 'object',
  properties: {
    userId: { type: 'integer' },
    groupId: { type: 'integer' },
    mountPoints: { type: 'array', items: { $ref: '#/components/schemas/PolarFsMountConfig' } },
  },
};
const schema60 = {
  type: 'object',
  properties: {
    instanceId: { type: 'string' },
    remoteDir: { type: 'string' },
    mountDir: { type: 'string' },
    readOnly: { type: 'boolean' },
  },
};
function validate38(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate38.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.userId !== undefined) {
        let data0 = data.userId;
        const _errs1 = errors;
        if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
          validate38.errors = [
            {
              instancePath: instancePath + '/userId',
              schemaPath: '#/properties/userId/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema59.properties.userId.type,
              parentSchema: schema59.properties.userId,
              data: data0,
            },
          ];
          return false;
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.groupId !== undefined) {
          let data1 = data.groupId;
          const _errs3 = errors;
          if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
            validate38.errors = [
              {
                instancePath: instancePath + '/groupId',
                schemaPath: '#/properties/groupId/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
                schema: schema59.properties.groupId.type,
                parentSchema: schema59.properties.groupId,
                data: data1,
              },
            ];
            return false;
          }
          var valid0 = _errs3 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.mountPoints !== undefined) {
            let data2 = data.mountPoints;
            const _errs5 = errors;
            if (errors === _errs5) {
              if (Array.isArray(data2)) {
                var valid1 = true;
                const len0 = data2.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data3 = data2[i0];
                  const _errs7 = errors;
                  const _errs8 = errors;
                  if (errors === _errs8) {
                    if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
                      if (data3.instanceId !== undefined) {
                        let data4 = data3.instanceId;
                        const _errs10 = errors;
                        if (typeof data4 !== 'string') {
                          validate38.errors = [
                            {
                              instancePath: instancePath + '/mountPoints/' + i0 + '/instanceId',
                              schemaPath:
                                '#/components/schemas/PolarFsMountConfig/properties/instanceId/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                              schema: schema60.properties.instanceId.type,
                              parentSchema: schema60.properties.instanceId,
                              data: data4,
                            },
                          ];
                          return false;
                        }
                        var valid3 = _errs10 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data3.remoteDir !== undefined) {
                          let data5 = data3.remoteDir;
                          const _errs12 = errors;
                          if (typeof data5 !== 'string') {
                            validate38.errors = [
                              {
                                instancePath: instancePath + '/mountPoints/' + i0 + '/remoteDir',
                                schemaPath:
                                  '#/components/schemas/PolarFsMountConfig/properties/remoteDir/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                                schema: schema60.properties.remoteDir.type,
                                parentSchema: schema60.properties.remoteDir,
                                data: data5,
                              },
                            ];
                            return false;
                          }
                          var valid3 = _errs12 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data3.mountDir !== undefined) {
                            let data6 = data3.mountDir;
                            const _errs14 = errors;
                            if (typeof data6 !== 'string') {
                              validate38.errors = [
                                {
                                  instancePath: instancePath + '/mountPoints/' + i0 + '/mountDir',
                                  schemaPath:
                                    '#/components/schemas/PolarFsMountConfig/properties/mountDir/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                  schema: schema60.properties.mountDir.type,
                                  parentSchema: schema60.properties.mountDir,
                                  data: data6,
                                },
                              ];
                              return false;
                            }
                            var valid3 = _errs14 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data3.readOnly !== undefined) {
                              let data7 = data3.readOnly;
                              const _errs16 = errors;
                              if (typeof data7 !== 'boolean') {
                                validate38.errors = [
                                  {
                                    instancePath: instancePath + '/mountPoints/' + i0 + '/readOnly',
                                    schemaPath:
                                      '#/components/schemas/PolarFsMountConfig/properties/readOnly/type',
                                    keyword: 'type',
                                    params: { type: 'boolean' },
                                    message: 'must be boolean',
                                    schema: schema60.properties.readOnly.type,
                                    parentSchema: schema60.properties.readOnly,
                                    data: data7,
                                  },
                                ];
                                return false;
                              }
                              var valid3 = _errs16 === errors;
                            } else {
                              var valid3 = true;
                            }
                          }
                        }
                      }
                    } else {
                      validate38.errors = [
                        {
                          instancePath: instancePath + '/mountPoints/' + i0,
                          schemaPath: '#/components/schemas/PolarFsMountConfig/type',
                          keyword: 'type',
                          params: { type: 'object' },
                          message: 'must be object',
                          schema: schema60.type,
                          parentSchema: schema60,
                          data: data3,
                        },
                      ];
                      return false;
                    }
                  }
                  var valid1 = _errs7 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate38.errors = [
                  {
                    instancePath: instancePath + '/mountPoints',
                    schemaPath: '#/properties/mountPoints/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                    schema: schema59.properties.mountPoints.type,
                    parentSchema: schema59.properties.mountPoints,
                    data: data2,
                  },
                ];
                return false;
              }
            }
            var valid0 = _errs5 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate38.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema59.type,
          parentSchema: schema59,
          data,
        },
      ];
      return false;
    }
  }
  validate38.errors = vErrors;
  return errors === 0;
}
validate38.evaluated = {
  props: { userId: true, groupId: true, mountPoints: true },
  dynamicProps: false,
  dynamicItems: false,
};
function validate21(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs2 = errors;
  const _errs3 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (
      (data.code === undefined && (missing0 = 'code')) ||
      (data.customContainerConfig === undefined && (missing0 = 'customContainerConfig'))
    ) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var valid1 = _errs3 === errors;
  if (valid1) {
    validate21.errors = [
      {
        instancePath,
        schemaPath: '#/allOf/0/not',
        keyword: 'not',
        params: {},
        message: 'must NOT be valid',
        schema: schema32.allOf[0].not,
        parentSchema: schema32.allOf[0],
        data,
      },
    ];
    return false;
  } else {
    errors = _errs2;
    if (vErrors !== null) {
      if (_errs2) {
        vErrors.length = _errs2;
      } else {
        vErrors = null;
      }
    }
    const _errs4 = errors;
    let valid2 = false;
    const _errs5 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing1;
      if (data.code === undefined && (missing1 = 'code')) {
        const err1 = {
          instancePath,
          schemaPath: '#/allOf/0/anyOf/0/required',
          keyword: 'required',
          params: { missingProperty: missing1 },
          message: "must have required property '" + missing1 + "'",
          schema: schema32.allOf[0].anyOf[0].required,
          parentSchema: schema32.allOf[0].anyOf[0],
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var _valid0 = _errs5 === errors;
    valid2 = valid2 || _valid0;
    const _errs6 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing2;
      if (data.customContainerConfig === undefined && (missing2 = 'customContainerConfig')) {
        const err2 = {
          instancePath,
          schemaPath: '#/allOf/0/anyOf/1/required',
          keyword: 'required',
          params: { missingProperty: missing2 },
          message: "must have required property '" + missing2 + "'",
          schema: schema32.allOf[0].anyOf[1].required,
          parentSchema: schema32.allOf[0].anyOf[1],
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs6 === errors;
    valid2 = valid2 || _valid0;
    if (!valid2) {
      const err3 = {
        instancePath,
        schemaPath: '#/allOf/0/anyOf',
        keyword: 'anyOf',
        params: {},
        message: 'must match a schema in anyOf',
        schema: schema32.allOf[0].anyOf,
        parentSchema: schema32.allOf[0],
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
      validate21.errors = vErrors;
      return false;
    } else {
      errors = _errs4;
      if (vErrors !== null) {
        if (_errs4) {
          vErrors.length = _errs4;
        } else {
          vErrors = null;
        }
      }
    }
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing3;
      if (
        (data.functionName === undefined && (missing3 = 'functionName')) ||
        (data.runtime === undefined && (missing3 = 'runtime')) ||
        (data.handler === undefined && (missing3 = 'handler'))
      ) {
        validate21.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing3 },
            message: "must have required property '" + missing3 + "'",
            schema: schema32.required,
            parentSchema: schema32,
            data,
          },
        ];
        return false;
      } else {
        if (data.functionName !== undefined) {
          let data0 = data.functionName;
          const _errs7 = errors;
          if (errors === _errs7) {
            if (typeof data0 === 'string') {
              if (func1(data0) > 64) {
                validate21.errors = [
                  {
                    instancePath: instancePath + '/functionName',
                    schemaPath: '#/properties/functionName/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 64 },
                    message: 'must NOT have more than 64 characters',
                    schema: 64,
                    parentSchema: schema32.properties.functionName,
                    data: data0,
                  },
                ];
                return false;
              } else {
                if (func1(data0) < 1) {
                  validate21.errors = [
                    {
                      instancePath: instancePath + '/functionName',
                      schemaPath: '#/properties/functionName/minLength',
                      keyword: 'minLength',
                      params: { limit: 1 },
                      message: 'must NOT have fewer than 1 characters',
                      schema: 1,
                      parentSchema: schema32.properties.functionName,
                      data: data0,
                    },
                  ];
                  return false;
                } else {
                  if (!pattern4.test(data0)) {
                    validate21.errors = [
                      {
                        instancePath: instancePath + '/functionName',
                        schemaPath: '#/properties/functionName/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
                        message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_-]*$' + '"',
                        schema: '^[A-Za-z_][A-Za-z0-9_-]*$',
                        parentSchema: schema32.properties.functionName,
                        data: data0,
                      },
                    ];
                    return false;
                  }
                }
              }
            } else {
              validate21.errors = [
                {
                  instancePath: instancePath + '/functionName',
                  schemaPath: '#/properties/functionName/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema32.properties.functionName.type,
                  parentSchema: schema32.properties.functionName,
                  data: data0,
                },
              ];
              return false;
            }
          }
          var valid3 = _errs7 === errors;
        } else {
          var valid3 = true;
        }
        if (valid3) {
          if (data.runtime !== undefined) {
            let data1 = data.runtime;
            const _errs9 = errors;
            if (typeof data1 !== 'string') {
              validate21.errors = [
                {
                  instancePath: instancePath + '/runtime',
                  schemaPath: '#/properties/runtime/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema32.properties.runtime.type,
                  parentSchema: schema32.properties.runtime,
                  data: data1,
                },
              ];
              return false;
            }
            if (
              !(
                data1 === 'nodejs8' ||
                data1 === 'nodejs10' ||
                data1 === 'nodejs12' ||
                data1 === 'nodejs14' ||
                data1 === 'nodejs16' ||
                data1 === 'nodejs18' ||
                data1 === 'nodejs20' ||
                data1 === 'go1' ||
                data1 === 'python3' ||
                data1 === 'python3.9' ||
                data1 === 'python3.10' ||
                data1 === 'python3.12' ||
                data1 === 'python2.7' ||
                data1 === 'java8' ||
                data1 === 'java11' ||
                data1 === 'php7.2' ||
                data1 === 'dotnetcore2.1' ||
                data1 === 'dotnetcore3.1' ||
                data1 === 'custom' ||
                data1 === 'custom.debian10' ||
                data1 === 'custom.debian11' ||
                data1 === 'custom.debian12' ||
                data1 === 'custom-container' ||
                data1 === 'micro-sandbox'
              )
            ) {
              validate21.errors = [
                {
                  instancePath: instancePath + '/runtime',
                  schemaPath: '#/properties/runtime/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema32.properties.runtime.enum },
                  message: 'must be equal to one of the allowed values',
                  schema: schema32.properties.runtime.enum,
                  parentSchema: schema32.properties.runtime,
                  data: data1,
                },
              ];
              return false;
            }
            var valid3 = _errs9 === errors;
          } else {
            var valid3 = true;
          }
          if (valid3) {
            if (data.handler !== undefined) {
              let data2 = data.handler;
              const _errs11 = errors;
              if (typeof data2 !== 'string') {
                validate21.errors = [
                  {
                    instancePath: instancePath + '/handler',
                    schemaPath: '#/properties/handler/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                    schema: schema32.properties.handler.type,
                    parentSchema: schema32.properties.handler,
                    data: data2,
                  },
                ];
                return false;
              }
              var valid3 = _errs11 === errors;
            } else {
              var valid3 = true;
            }
            if (valid3) {
              if (data.code !== undefined) {
                let data3 = data.code;
                const _errs13 = errors;
                const _errs14 = errors;
                const _errs17 = errors;
                const _errs18 = errors;
                const _errs19 = errors;
                let valid7 = false;
                const _errs20 = errors;
                if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
                  let missing4;
                  if (data3.ossBucketName === undefined && (missing4 = 'ossBucketName')) {
                    const err4 = {};
                    if (vErrors === null) {
                      vErrors = [err4];
                    } else {
                      vErrors.push(err4);
                    }
                    errors++;
                  }
                }
                var _valid1 = _errs20 === errors;
                valid7 = valid7 || _valid1;
                const _errs21 = errors;
                if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
                  let missing5;
                  if (data3.ossObjectName === undefined && (missing5 = 'ossObjectName')) {
                    const err5 = {};
                    if (vErrors === null) {
                      vErrors = [err5];
                    } else {
                      vErrors.push(err5);
                    }
                    errors++;
                  }
                }
                var _valid1 = _errs21 === errors;
                valid7 = valid7 || _valid1;
                if (!valid7) {
                  const err6 = {};
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                } else {
                  errors = _errs19;
                  if (vErrors !== null) {
                    if (_errs19) {
                      vErrors.length = _errs19;
                    } else {
                      vErrors = null;
                    }
                  }
                }
                if (errors === _errs18) {
                  if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
                    let missing6;
                    if (data3.zipFile === undefined && (missing6 = 'zipFile')) {
                      const err7 = {};
                      if (vErrors === null) {
                        vErrors = [err7];
                      } else {
                        vErrors.push(err7);
                      }
                      errors++;
                    }
                  }
                }
                var valid6 = _errs18 === errors;
                if (valid6) {
                  validate21.errors = [
                    {
                      instancePath: instancePath + '/code',
                      schemaPath: '#/components/schemas/InputCodeLocation/allOf/0/not',
                      keyword: 'not',
                      params: {},
                      message: 'must NOT be valid',
                      schema: schema33.allOf[0].not,
                      parentSchema: schema33.allOf[0],
                      data: data3,
                    },
                  ];
                  return false;
                } else {
                  errors = _errs17;
                  if (vErrors !== null) {
                    if (_errs17) {
                      vErrors.length = _errs17;
                    } else {
                      vErrors = null;
                    }
                  }
                  const _errs22 = errors;
                  let valid8 = false;
                  const _errs23 = errors;
                  if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
                    let missing7;
                    if (data3.zipFile === undefined && (missing7 = 'zipFile')) {
                      const err8 = {
                        instancePath: instancePath + '/code',
                        schemaPath: '#/components/schemas/InputCodeLocation/allOf/0/anyOf/0/required',
                        keyword: 'required',
                        params: { missingProperty: missing7 },
                        message: "must have required property '" + missing7 + "'",
                        schema: schema33.allOf[0].anyOf[0].required,
                        parentSchema: schema33.allOf[0].anyOf[0],
                        data: data3,
                      };
                      if (vErrors === null) {
                        vErrors = [err8];
                      } else {
                        vErrors.push(err8);
                      }
                      errors++;
                    }
                  }
                  var _valid2 = _errs23 === errors;
                  valid8 = valid8 || _valid2;
                  const _errs24 = errors;
                  if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
                    let missing8;
                    if (
                      (data3.ossBucketName === undefined && (missing8 = 'ossBucketName')) ||
                      (data3.ossObjectName === undefined && (missing8 = 'ossObjectName'))
                    ) {
                      const err9 = {
                        instancePath: instancePath + '/code',
                        schemaPath: '#/components/schemas/InputCodeLocation/allOf/0/anyOf/1/required',
                        keyword: 'required',
                        params: { missingProperty: missing8 },
                        message: "must have required property '" + missing8 + "'",
                        schema: schema33.allOf[0].anyOf[1].required,
                        parentSchema: schema33.allOf[0].anyOf[1],
                        data: data3,
                      };
                      if (vErrors === null) {
                        vErrors = [err9];
                      } else {
                        vErrors.push(err9);
                      }
                      errors++;
                    }
                  }
                  var _valid2 = _errs24 === errors;
                  valid8 = valid8 || _valid2;
                  if (!valid8) {
                    const err10 = {
                      instancePath: instancePath + '/code',
                      schemaPath: '#/components/schemas/InputCodeLocation/allOf/0/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                      schema: schema33.allOf[0].anyOf,
                      parentSchema: schema33.allOf[0],
                      data: data3,
                    };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                    validate21.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs22;
                    if (vErrors !== null) {
                      if (_errs22) {
                        vErrors.length = _errs22;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (errors === _errs14) {
                  if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
                    if (data3.zipFile !== undefined) {
                      let data4 = data3.zipFile;
                      const _errs25 = errors;
                      if (typeof data4 !== 'string') {
                        validate21.errors = [
                          {
                            instancePath: instancePath + '/code/zipFile',
                            schemaPath: '#/components/schemas/InputCodeLocation/properties/zipFile/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                            schema: schema33.properties.zipFile.type,
                            parentSchema: schema33.properties.zipFile,
                            data: data4,
                          },
                        ];
                        return false;
                      }
                      var valid9 = _errs25 === errors;
                    } else {
                      var valid9 = true;
                    }
                    if (valid9) {
                      if (data3.ossBucketName !== undefined) {
                        let data5 = data3.ossBucketName;
                        const _errs27 = errors;
                        if (typeof data5 !== 'string') {
                          validate21.errors = [
                            {
                              instancePath: instancePath + '/code/ossBucketName',
                              schemaPath:
                                '#/components/schemas/InputCodeLocation/properties/ossBucketName/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                              schema: schema33.properties.ossBucketName.type,
                              parentSchema: schema33.properties.ossBucketName,
                              data: data5,
                            },
                          ];
                          return false;
                        }
                        var valid9 = _errs27 === errors;
                      } else {
                        var valid9 = true;
                      }
                      if (valid9) {
                        if (data3.ossObjectName !== undefined) {
                          let data6 = data3.ossObjectName;
                          const _errs29 = errors;
                          if (typeof data6 !== 'string') {
                            validate21.errors = [
                              {
                                instancePath: instancePath + '/code/ossObjectName',
                                schemaPath:
                                  '#/components/schemas/InputCodeLocation/properties/ossObjectName/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                                schema: schema33.properties.ossObjectName.type,
                                parentSchema: schema33.properties.ossObjectName,
                                data: data6,
                              },
                            ];
                            return false;
                          }
                          var valid9 = _errs29 === errors;
                        } else {
                          var valid9 = true;
                        }
                        if (valid9) {
                          if (data3.checksum !== undefined) {
                            let data7 = data3.checksum;
                            const _errs31 = errors;
                            if (typeof data7 !== 'string') {
                              validate21.errors = [
                                {
                                  instancePath: instancePath + '/code/checksum',
                                  schemaPath:
                                    '#/components/schemas/InputCodeLocation/properties/checksum/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                  schema: schema33.properties.checksum.type,
                                  parentSchema: schema33.properties.checksum,
                                  data: data7,
                                },
                              ];
                              return false;
                            }
                            var valid9 = _errs31 === errors;
                          } else {
                            var valid9 = true;
                          }
                        }
                      }
                    }
                  } else {
                    validate21.errors = [
                      {
                        instancePath: instancePath + '/code',
                        schemaPath: '#/components/schemas/InputCodeLocation/type',
                        keyword: 'type',
                        params: { type: 'object' },
                        message: 'must be object',
                        schema: schema33.type,
                        parentSchema: schema33,
                        data: data3,
                      },
                    ];
                    return false;
                  }
                }
                var valid3 = _errs13 === errors;
              } else {
                var valid3 = true;
              }
              if (valid3) {
                if (data.customContainerConfig !== undefined) {
                  const _errs33 = errors;
                  if (
                    !validate22(data.customContainerConfig, {
                      instancePath: instancePath + '/customContainerConfig',
                      parentData: data,
                      parentDataProperty: 'customContainerConfig',
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                    errors = vErrors.length;
                  }
                  var valid3 = _errs33 === errors;
                } else {
                  var valid3 = true;
                }
                if (valid3) {
                  if (data.cpu !== undefined) {
                    let data9 = data.cpu;
                    const _errs34 = errors;
                    if (errors === _errs34) {
                      if (typeof data9 == 'number') {
                        if (data9 > 16 || isNaN(data9)) {
                          validate21.errors = [
                            {
                              instancePath: instancePath + '/cpu',
                              schemaPath: '#/properties/cpu/maximum',
                              keyword: 'maximum',
                              params: { comparison: '<=', limit: 16 },
                              message: 'must be <= 16',
                              schema: 16,
                              parentSchema: schema32.properties.cpu,
                              data: data9,
                            },
                          ];
                          return false;
                        } else {
                          if (data9 < 0.05 || isNaN(data9)) {
                            validate21.errors = [
                              {
                                instancePath: instancePath + '/cpu',
                                schemaPath: '#/properties/cpu/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0.05 },
                                message: 'must be >= 0.05',
                                schema: 0.05,
                                parentSchema: schema32.properties.cpu,
                                data: data9,
                              },
                            ];
                            return false;
                          } else {
                            let res0;
                            if (
                              0.05 === 0 ||
                              ((res0 = data9 / 0.05), Math.abs(Math.round(res0) - res0) > 1e-9)
                            ) {
                              validate21.errors = [
                                {
                                  instancePath: instancePath + '/cpu',
                                  schemaPath: '#/properties/cpu/multipleOf',
                                  keyword: 'multipleOf',
                                  params: { multipleOf: 0.05 },
                                  message: 'must be multiple of 0.05',
                                  schema: 0.05,
                                  parentSchema: schema32.properties.cpu,
                                  data: data9,
                                },
                              ];
                              return false;
                            }
                          }
                        }
                      } else {
                        validate21.errors = [
                          {
                            instancePath: instancePath + '/cpu',
                            schemaPath: '#/properties/cpu/type',
                            keyword: 'type',
                            params: { type: 'number' },
                            message: 'must be number',
                            schema: schema32.properties.cpu.type,
                            parentSchema: schema32.properties.cpu,
                            data: data9,
                          },
                        ];
                        return false;
                      }
                    }
                    var valid3 = _errs34 === errors;
                  } else {
                    var valid3 = true;
                  }
                  if (valid3) {
                    if (data.memorySize !== undefined) {
                      let data10 = data.memorySize;
                      const _errs36 = errors;
                      if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10))) {
                        validate21.errors = [
                          {
                            instancePath: instancePath + '/memorySize',
                            schemaPath: '#/properties/memorySize/type',
                            keyword: 'type',
                            params: { type: 'integer' },
                            message: 'must be integer',
                            schema: schema32.properties.memorySize.type,
                            parentSchema: schema32.properties.memorySize,
                            data: data10,
                          },
                        ];
                        return false;
                      }
                      if (errors === _errs36) {
                        if (typeof data10 == 'number') {
                          if (data10 > 32768 || isNaN(data10)) {
                            validate21.errors = [
                              {
                                instancePath: instancePath + '/memorySize',
                                schemaPath: '#/properties/memorySize/maximum',
                                keyword: 'maximum',
                                params: { comparison: '<=', limit: 32768 },
                                message: 'must be <= 32768',
                                schema: 32768,
                                parentSchema: schema32.properties.memorySize,
                                data: data10,
                              },
                            ];
                            return false;
                          } else {
                            if (data10 < 128 || isNaN(data10)) {
                              validate21.errors = [
                                {
                                  instancePath: instancePath + '/memorySize',
                                  schemaPath: '#/properties/memorySize/minimum',
                                  keyword: 'minimum',
                                  params: { comparison: '>=', limit: 128 },
                                  message: 'must be >= 128',
                                  schema: 128,
                                  parentSchema: schema32.properties.memorySize,
                                  data: data10,
                                },
                              ];
                              return false;
                            } else {
                              let res1;
                              if (
                                64 === 0 ||
                                ((res1 = data10 / 64), Math.abs(Math.round(res1) - res1) > 1e-9)
                              ) {
                                validate21.errors = [
                                  {
                                    instancePath: instancePath + '/memorySize',
                                    schemaPath: '#/properties/memorySize/multipleOf',
                                    keyword: 'multipleOf',
                                    params: { multipleOf: 64 },
                                    message: 'must be multiple of 64',
                                    schema: 64,
                                    parentSchema: schema32.properties.memorySize,
                                    data: data10,
                                  },
                                ];
                                return false;
                              }
                            }
                          }
                        }
                      }
                      var valid3 = _errs36 === errors;
                    } else {
                      var valid3 = true;
                    }
                    if (valid3) {
                      if (data.diskSize !== undefined) {
                        let data11 = data.diskSize;
                        const _errs38 = errors;
                        if (!(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11))) {
                          validate21.errors = [
                            {
                              instancePath: instancePath + '/diskSize',
                              schemaPath: '#/properties/diskSize/type',
                              keyword: 'type',
                              params: { type: 'integer' },
                              message: 'must be integer',
                              schema: schema32.properties.diskSize.type,
                              parentSchema: schema32.properties.diskSize,
                              data: data11,
                            },
                          ];
                          return false;
                        }
                        if (!(data11 === 512 || data11 === 10240)) {
                          validate21.errors = [
                            {
                              instancePath: instancePath + '/diskSize',
                              schemaPath: '#/properties/diskSize/enum',
                              keyword: 'enum',
                              params: { allowedValues: schema32.properties.diskSize.enum },
                              message: 'must be equal to one of the allowed values',
                              schema: schema32.properties.diskSize.enum,
                              parentSchema: schema32.properties.diskSize,
                              data: data11,
                            },
                          ];
                          return false;
                        }
                        var valid3 = _errs38 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data.timeout !== undefined) {
                          let data12 = data.timeout;
                          const _errs40 = errors;
                          if (!(typeof data12 == 'number' && !(data12 % 1) && !isNaN(data12))) {
                            validate21.errors = [
                              {
                                instancePath: instancePath + '/timeout',
                                schemaPath: '#/properties/timeout/type',
                                keyword: 'type',
                                params: { type: 'integer' },
                                message: 'must be integer',
                                schema: schema32.properties.timeout.type,
                                parentSchema: schema32.properties.timeout,
                                data: data12,
                              },
                            ];
                            return false;
                          }
                          if (errors === _errs40) {
                            if (typeof data12 == 'number') {
                              if (data12 > 86400 || isNaN(data12)) {
                                validate21.errors = [
                                  {
                                    instancePath: instancePath + '/timeout',
                                    schemaPath: '#/properties/timeout/maximum',
                                    keyword: 'maximum',
                                    params: { comparison: '<=', limit: 86400 },
                                    message: 'must be <= 86400',
                                    schema: 86400,
                                    parentSchema: schema32.properties.timeout,
                                    data: data12,
                                  },
                                ];
                                return false;
                              } else {
                                if (data12 < 1 || isNaN(data12)) {
                                  validate21.errors = [
                                    {
                                      instancePath: instancePath + '/timeout',
                                      schemaPath: '#/properties/timeout/minimum',
                                      keyword: 'minimum',
                                      params: { comparison: '>=', limit: 1 },
                                      message: 'must be >= 1',
                                      schema: 1,
                                      parentSchema: schema32.properties.timeout,
                                      data: data12,
                                    },
                                  ];
                                  return false;
                                }
                              }
                            }
                          }
                          var valid3 = _errs40 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data.instanceConcurrency !== undefined) {
                            let data13 = data.instanceConcurrency;
                            const _errs42 = errors;
                            if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13))) {
                              validate21.errors = [
                                {
                                  instancePath: instancePath + '/instanceConcurrency',
                                  schemaPath: '#/properties/instanceConcurrency/type',
                                  keyword: 'type',
                                  params: { type: 'integer' },
                                  message: 'must be integer',
                                  schema: schema32.properties.instanceConcurrency.type,
                                  parentSchema: schema32.properties.instanceConcurrency,
                                  data: data13,
                                },
                              ];
                              return false;
                            }
                            if (errors === _errs42) {
                              if (typeof data13 == 'number') {
                                if (data13 > 200 || isNaN(data13)) {
                                  validate21.errors = [
                                    {
                                      instancePath: instancePath + '/instanceConcurrency',
                                      schemaPath: '#/properties/instanceConcurrency/maximum',
                                      keyword: 'maximum',
                                      params: { comparison: '<=', limit: 200 },
                                      message: 'must be <= 200',
                                      schema: 200,
                                      parentSchema: schema32.properties.instanceConcurrency,
                                      data: data13,
                                    },
                                  ];
                                  return false;
                                } else {
                                  if (data13 < 1 || isNaN(data13)) {
                                    validate21.errors = [
                                      {
                                        instancePath: instancePath + '/instanceConcurrency',
                                        schemaPath: '#/properties/instanceConcurrency/minimum',
                                        keyword: 'minimum',
                                        params: { comparison: '>=', limit: 1 },
                                        message: 'must be >= 1',
                                        schema: 1,
                                        parentSchema: schema32.properties.instanceConcurrency,
                                        data: data13,
                                      },
                                    ];
                                    return false;
                                  }
                                }
                              }
                            }
                            var valid3 = _errs42 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data.internetAccess !== undefined) {
                              let data14 = data.internetAccess;
                              const _errs44 = errors;
                              if (typeof data14 !== 'boolean') {
                                validate21.errors = [
                                  {
                                    instancePath: instancePath + '/internetAccess',
                                    schemaPath: '#/properties/internetAccess/type',
                                    keyword: 'type',
                                    params: { type: 'boolean' },
                                    message: 'must be boolean',
                                    schema: schema32.properties.internetAccess.type,
                                    parentSchema: schema32.properties.internetAccess,
                                    data: data14,
                                  },
                                ];
                                return false;
                              }
                              var valid3 = _errs44 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data.description !== undefined) {
                                let data15 = data.description;
                                const _errs46 = errors;
                                if (typeof data15 !== 'string') {
                                  validate21.errors = [
                                    {
                                      instancePath: instancePath + '/description',
                                      schemaPath: '#/properties/description/type',
                                      keyword: 'type',
                                      params: { type: 'string' },
                                      message: 'must be string',
                                      schema: schema32.properties.description.type,
                                      parentSchema: schema32.properties.description,
                                      data: data15,
                                    },
                                  ];
                                  return false;
                                }
                                var valid3 = _errs46 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data.environmentVariables !== undefined) {
                                  let data16 = data.environmentVariables;
                                  const _errs48 = errors;
                                  if (errors === _errs48) {
                                    if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
                                      for (const key0 in data16) {
                                        let data17 = data16[key0];
                                        const _errs51 = errors;
                                        if (typeof data17 !== 'string') {
                                          validate21.errors = [
                                            {
                                              instancePath:
                                                instancePath +
                                                '/environmentVariables/' +
                                                key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                                              schemaPath:
                                                '#/properties/environmentVariables/additionalProperties/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                              schema:
                                                schema32.properties.environmentVariables.additionalProperties
                                                  .type,
                                              parentSchema:
                                                schema32.properties.environmentVariables.additionalProperties,
                                              data: data17,
                                            },
                                          ];
                                          return false;
                                        }
                                        var valid10 = _errs51 === errors;
                                        if (!valid10) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate21.errors = [
                                        {
                                          instancePath: instancePath + '/environmentVariables',
                                          schemaPath: '#/properties/environmentVariables/type',
                                          keyword: 'type',
                                          params: { type: 'object' },
                                          message: 'must be object',
                                          schema: schema32.properties.environmentVariables.type,
                                          parentSchema: schema32.properties.environmentVariables,
                                          data: data16,
                                        },
                                      ];
                                      return false;
                                    }
                                  }
                                  var valid3 = _errs48 === errors;
                                } else {
                                  var valid3 = true;
                                }
                                if (valid3) {
                                  if (data.role !== undefined) {
                                    let data18 = data.role;
                                    const _errs53 = errors;
                                    if (typeof data18 !== 'string') {
                                      validate21.errors = [
                                        {
                                          instancePath: instancePath + '/role',
                                          schemaPath: '#/properties/role/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string',
                                          schema: schema32.properties.role.type,
                                          parentSchema: schema32.properties.role,
                                          data: data18,
                                        },
                                      ];
                                      return false;
                                    }
                                    var valid3 = _errs53 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                  if (valid3) {
                                    if (data.layers !== undefined) {
                                      let data19 = data.layers;
                                      const _errs55 = errors;
                                      if (errors === _errs55) {
                                        if (Array.isArray(data19)) {
                                          var valid11 = true;
                                          const len0 = data19.length;
                                          for (let i0 = 0; i0 < len0; i0++) {
                                            let data20 = data19[i0];
                                            const _errs57 = errors;
                                            if (typeof data20 !== 'string') {
                                              validate21.errors = [
                                                {
                                                  instancePath: instancePath + '/layers/' + i0,
                                                  schemaPath: '#/properties/layers/items/type',
                                                  keyword: 'type',
                                                  params: { type: 'string' },
                                                  message: 'must be string',
                                                  schema: schema32.properties.layers.items.type,
                                                  parentSchema: schema32.properties.layers.items,
                                                  data: data20,
                                                },
                                              ];
                                              return false;
                                            }
                                            var valid11 = _errs57 === errors;
                                            if (!valid11) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate21.errors = [
                                            {
                                              instancePath: instancePath + '/layers',
                                              schemaPath: '#/properties/layers/type',
                                              keyword: 'type',
                                              params: { type: 'array' },
                                              message: 'must be array',
                                              schema: schema32.properties.layers.type,
                                              parentSchema: schema32.properties.layers,
                                              data: data19,
                                            },
                                          ];
                                          return false;
                                        }
                                      }
                                      var valid3 = _errs55 === errors;
                                    } else {
                                      var valid3 = true;
                                    }
                                    if (valid3) {
                                      if (data.logConfig !== undefined) {
                                        let data21 = data.logConfig;
                                        const _errs59 = errors;
                                        const _errs60 = errors;
                                        if (errors === _errs60) {
                                          if (data21 && typeof data21 == 'object' && !Array.isArray(data21)) {
                                            if (data21.project !== undefined) {
                                              let data22 = data21.project;
                                              const _errs62 = errors;
                                              if (typeof data22 !== 'string') {
                                                validate21.errors = [
                                                  {
                                                    instancePath: instancePath + '/logConfig/project',
                                                    schemaPath:
                                                      '#/components/schemas/LogConfig/properties/project/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                    schema: schema41.properties.project.type,
                                                    parentSchema: schema41.properties.project,
                                                    data: data22,
                                                  },
                                                ];
                                                return false;
                                              }
                                              var valid13 = _errs62 === errors;
                                            } else {
                                              var valid13 = true;
                                            }
                                            if (valid13) {
                                              if (data21.logstore !== undefined) {
                                                let data23 = data21.logstore;
                                                const _errs64 = errors;
                                                if (typeof data23 !== 'string') {
                                                  validate21.errors = [
                                                    {
                                                      instancePath: instancePath + '/logConfig/logstore',
                                                      schemaPath:
                                                        '#/components/schemas/LogConfig/properties/logstore/type',
                                                      keyword: 'type',
                                                      params: { type: 'string' },
                                                      message: 'must be string',
                                                      schema: schema41.properties.logstore.type,
                                                      parentSchema: schema41.properties.logstore,
                                                      data: data23,
                                                    },
                                                  ];
                                                  return false;
                                                }
                                                var valid13 = _errs64 === errors;
                                              } else {
                                                var valid13 = true;
                                              }
                                              if (valid13) {
                                                if (data21.logBeginRule !== undefined) {
                                                  let data24 = data21.logBeginRule;
                                                  const _errs66 = errors;
                                                  if (typeof data24 !== 'string') {
                                                    validate21.errors = [
                                                      {
                                                        instancePath:
                                                          instancePath + '/logConfig/logBeginRule',
                                                        schemaPath:
                                                          '#/components/schemas/LogConfig/properties/logBeginRule/type',
                                                        keyword: 'type',
                                                        params: { type: 'string' },
                                                        message: 'must be string',
                                                        schema: schema41.properties.logBeginRule.type,
                                                        parentSchema: schema41.properties.logBeginRule,
                                                        data: data24,
                                                      },
                                                    ];
                                                    return false;
                                                  }
                                                  if (!(data24 === 'None' || data24 === 'DefaultRegex')) {
                                                    validate21.errors = [
                                                      {
                                                        instancePath:
                                                          instancePath + '/logConfig/logBeginRule',
                                                        schemaPath:
                                                          '#/components/schemas/LogConfig/properties/logBeginRule/enum',
                                                        keyword: 'enum',
                                                        params: {
                                                          allowedValues:
                                                            schema41.properties.logBeginRule.enum,
                                                        },
                                                        message: 'must be equal to one of the allowed values',
                                                        schema: schema41.properties.logBeginRule.enum,
                                                        parentSchema: schema41.properties.logBeginRule,
                                                        data: data24,
                                                      },
                                                    ];
                                                    return false;
                                                  }
                                                  var valid13 = _errs66 === errors;
                                                } else {
                                                  var valid13 = true;
                                                }
                                                if (valid13) {
                                                  if (data21.enableRequestMetrics !== undefined) {
                                                    let data25 = data21.enableRequestMetrics;
                                                    const _errs68 = errors;
                                                    if (typeof data25 !== 'boolean') {
                                                      validate21.errors = [
                                                        {
                                                          instancePath:
                                                            instancePath + '/logConfig/enableRequestMetrics',
                                                          schemaPath:
                                                            '#/components/schemas/LogConfig/properties/enableRequestMetrics/type',
                                                          keyword: 'type',
                                                          params: { type: 'boolean' },
                                                          message: 'must be boolean',
                                                          schema:
                                                            schema41.properties.enableRequestMetrics.type,
                                                          parentSchema:
                                                            schema41.properties.enableRequestMetrics,
                                                          data: data25,
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                    var valid13 = _errs68 === errors;
                                                  } else {
                                                    var valid13 = true;
                                                  }
                                                  if (valid13) {
                                                    if (data21.enableInstanceMetrics !== undefined) {
                                                      let data26 = data21.enableInstanceMetrics;
                                                      const _errs70 = errors;
                                                      if (typeof data26 !== 'boolean') {
                                                        validate21.errors = [
                                                          {
                                                            instancePath:
                                                              instancePath +
                                                              '/logConfig/enableInstanceMetrics',
                                                            schemaPath:
                                                              '#/components/schemas/LogConfig/properties/enableInstanceMetrics/type',
                                                            keyword: 'type',
                                                            params: { type: 'boolean' },
                                                            message: 'must be boolean',
                                                            schema:
                                                              schema41.properties.enableInstanceMetrics.type,
                                                            parentSchema:
                                                              schema41.properties.enableInstanceMetrics,
                                                            data: data26,
                                                          },
                                                        ];
                                                        return false;
                                                      }
                                                      var valid13 = _errs70 === errors;
                                                    } else {
                                                      var valid13 = true;
                                                    }
                                                    if (valid13) {
                                                      if (data21.enableLlmMetrics !== undefined) {
                                                        let data27 = data21.enableLlmMetrics;
                                                        const _errs72 = errors;
                                                        if (typeof data27 !== 'boolean') {
                                                          validate21.errors = [
                                                            {
                                                              instancePath:
                                                                instancePath + '/logConfig/enableLlmMetrics',
                                                              schemaPath:
                                                                '#/components/schemas/LogConfig/properties/enableLlmMetrics/type',
                                                              keyword: 'type',
                                                              params: { type: 'boolean' },
                                                              message: 'must be boolean',
                                                              schema:
                                                                schema41.properties.enableLlmMetrics.type,
                                                              parentSchema:
                                                                schema41.properties.enableLlmMetrics,
                                                              data: data27,
                                                            },
                                                          ];
                                                          return false;
                                                        }
                                                        var valid13 = _errs72 === errors;
                                                      } else {
                                                        var valid13 = true;
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            validate21.errors = [
                                              {
                                                instancePath: instancePath + '/logConfig',
                                                schemaPath: '#/components/schemas/LogConfig/type',
                                                keyword: 'type',
                                                params: { type: 'object' },
                                                message: 'must be object',
                                                schema: schema41.type,
                                                parentSchema: schema41,
                                                data: data21,
                                              },
                                            ];
                                            return false;
                                          }
                                        }
                                        var valid3 = _errs59 === errors;
                                      } else {
                                        var valid3 = true;
                                      }
                                      if (valid3) {
                                        if (data.nasConfig !== undefined) {
                                          const _errs74 = errors;
                                          if (
                                            !validate26(data.nasConfig, {
                                              instancePath: instancePath + '/nasConfig',
                                              parentData: data,
                                              parentDataProperty: 'nasConfig',
                                              rootData,
                                              dynamicAnchors,
                                            })
                                          ) {
                                            vErrors =
                                              vErrors === null
                                                ? validate26.errors
                                                : vErrors.concat(validate26.errors);
                                            errors = vErrors.length;
                                          }
                                          var valid3 = _errs74 === errors;
                                        } else {
                                          var valid3 = true;
                                        }
                                        if (valid3) {
                                          if (data.ossMountConfig !== undefined) {
                                            const _errs75 = errors;
                                            if (
                                              !validate28(data.ossMountConfig, {
                                                instancePath: instancePath + '/ossMountConfig',
                                                parentData: data,
                                                parentDataProperty: 'ossMountConfig',
                                                rootData,
                                                dynamicAnchors,
                                              })
                                            ) {
                                              vErrors =
                                                vErrors === null
                                                  ? validate28.errors
                                                  : vErrors.concat(validate28.errors);
                                              errors = vErrors.length;
                                            }
                                            var valid3 = _errs75 === errors;
                                          } else {
                                            var valid3 = true;
                                          }
                                          if (valid3) {
                                            if (data.vpcConfig !== undefined) {
                                              let data30 = data.vpcConfig;
                                              const _errs76 = errors;
                                              const _errs77 = errors;
                                              if (errors === _errs77) {
                                                if (
                                                  data30 &&
                                                  typeof data30 == 'object' &&
                                                  !Array.isArray(data30)
                                                ) {
                                                  if (data30.vpcId !== undefined) {
                                                    let data31 = data30.vpcId;
                                                    const _errs79 = errors;
                                                    if (typeof data31 !== 'string') {
                                                      validate21.errors = [
                                                        {
                                                          instancePath: instancePath + '/vpcConfig/vpcId',
                                                          schemaPath:
                                                            '#/components/schemas/VPCConfig/properties/vpcId/type',
                                                          keyword: 'type',
                                                          params: { type: 'string' },
                                                          message: 'must be string',
                                                          schema: schema46.properties.vpcId.type,
                                                          parentSchema: schema46.properties.vpcId,
                                                          data: data31,
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                    var valid15 = _errs79 === errors;
                                                  } else {
                                                    var valid15 = true;
                                                  }
                                                  if (valid15) {
                                                    if (data30.vSwitchIds !== undefined) {
                                                      let data32 = data30.vSwitchIds;
                                                      const _errs81 = errors;
                                                      if (errors === _errs81) {
                                                        if (Array.isArray(data32)) {
                                                          var valid16 = true;
                                                          const len1 = data32.length;
                                                          for (let i1 = 0; i1 < len1; i1++) {
                                                            let data33 = data32[i1];
                                                            const _errs83 = errors;
                                                            if (typeof data33 !== 'string') {
                                                              validate21.errors = [
                                                                {
                                                                  instancePath:
                                                                    instancePath +
                                                                    '/vpcConfig/vSwitchIds/' +
                                                                    i1,
                                                                  schemaPath:
                                                                    '#/components/schemas/VPCConfig/properties/vSwitchIds/items/type',
                                                                  keyword: 'type',
                                                                  params: { type: 'string' },
                                                                  message: 'must be string',
                                                                  schema:
                                                                    schema46.properties.vSwitchIds.items.type,
                                                                  parentSchema:
                                                                    schema46.properties.vSwitchIds.items,
                                                                  data: data33,
                                                                },
                                                              ];
                                                              return false;
                                                            }
                                                            var valid16 = _errs83 === errors;
                                                            if (!valid16) {
                                                              break;
                                                            }
                                                          }
                                                        } else {
                                                          validate21.errors = [
                                                            {
                                                              instancePath:
                                                                instancePath + '/vpcConfig/vSwitchIds',
                                                              schemaPath:
                                                                '#/components/schemas/VPCConfig/properties/vSwitchIds/type',
                                                              keyword: 'type',
                                                              params: { type: 'array' },
                                                              message: 'must be array',
                                                              schema: schema46.properties.vSwitchIds.type,
                                                              parentSchema: schema46.properties.vSwitchIds,
                                                              data: data32,
                                                            },
                                                          ];
                                                          return false;
                                                        }
                                                      }
                                                      var valid15 = _errs81 === errors;
                                                    } else {
                                                      var valid15 = true;
                                                    }
                                                    if (valid15) {
                                                      if (data30.securityGroupId !== undefined) {
                                                        let data34 = data30.securityGroupId;
                                                        const _errs85 = errors;
                                                        if (typeof data34 !== 'string') {
                                                          validate21.errors = [
                                                            {
                                                              instancePath:
                                                                instancePath + '/vpcConfig/securityGroupId',
                                                              schemaPath:
                                                                '#/components/schemas/VPCConfig/properties/securityGroupId/type',
                                                              keyword: 'type',
                                                              params: { type: 'string' },
                                                              message: 'must be string',
                                                              schema:
                                                                schema46.properties.securityGroupId.type,
                                                              parentSchema:
                                                                schema46.properties.securityGroupId,
                                                              data: data34,
                                                            },
                                                          ];
                                                          return false;
                                                        }
                                                        var valid15 = _errs85 === errors;
                                                      } else {
                                                        var valid15 = true;
                                                      }
                                                      if (valid15) {
                                                        if (data30.role !== undefined) {
                                                          let data35 = data30.role;
                                                          const _errs87 = errors;
                                                          if (typeof data35 !== 'string') {
                                                            validate21.errors = [
                                                              {
                                                                instancePath:
                                                                  instancePath + '/vpcConfig/role',
                                                                schemaPath:
                                                                  '#/components/schemas/VPCConfig/properties/role/type',
                                                                keyword: 'type',
                                                                params: { type: 'string' },
                                                                message: 'must be string',
                                                                schema: schema46.properties.role.type,
                                                                parentSchema: schema46.properties.role,
                                                                data: data35,
                                                              },
                                                            ];
                                                            return false;
                                                          }
                                                          var valid15 = _errs87 === errors;
                                                        } else {
                                                          var valid15 = true;
                                                        }
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  validate21.errors = [
                                                    {
                                                      instancePath: instancePath + '/vpcConfig',
                                                      schemaPath: '#/components/schemas/VPCConfig/type',
                                                      keyword: 'type',
                                                      params: { type: 'object' },
                                                      message: 'must be object',
                                                      schema: schema46.type,
                                                      parentSchema: schema46,
                                                      data: data30,
                                                    },
                                                  ];
                                                  return false;
                                                }
                                              }
                                              var valid3 = _errs76 === errors;
                                            } else {
                                              var valid3 = true;
                                            }
                                            if (valid3) {
                                              if (data.customDNS !== undefined) {
                                                const _errs89 = errors;
                                                if (
                                                  !validate30(data.customDNS, {
                                                    instancePath: instancePath + '/customDNS',
                                                    parentData: data,
                                                    parentDataProperty: 'customDNS',
                                                    rootData,
                                                    dynamicAnchors,
                                                  })
                                                ) {
                                                  vErrors =
                                                    vErrors === null
                                                      ? validate30.errors
                                                      : vErrors.concat(validate30.errors);
                                                  errors = vErrors.length;
                                                }
                                                var valid3 = _errs89 === errors;
                                              } else {
                                                var valid3 = true;
                                              }
                                              if (valid3) {
                                                if (data.customRuntimeConfig !== undefined) {
                                                  const _errs90 = errors;
                                                  if (
                                                    !validate32(data.customRuntimeConfig, {
                                                      instancePath: instancePath + '/customRuntimeConfig',
                                                      parentData: data,
                                                      parentDataProperty: 'customRuntimeConfig',
                                                      rootData,
                                                      dynamicAnchors,
                                                    })
                                                  ) {
                                                    vErrors =
                                                      vErrors === null
                                                        ? validate32.errors
                                                        : vErrors.concat(validate32.errors);
                                                    errors = vErrors.length;
                                                  }
                                                  var valid3 = _errs90 === errors;
                                                } else {
                                                  var valid3 = true;
                                                }
                                                if (valid3) {
                                                  if (data.gpuConfig !== undefined) {
                                                    let data38 = data.gpuConfig;
                                                    const _errs91 = errors;
                                                    const _errs92 = errors;
                                                    if (errors === _errs92) {
                                                      if (
                                                        data38 &&
                                                        typeof data38 == 'object' &&
                                                        !Array.isArray(data38)
                                                      ) {
                                                        if (data38.gpuMemorySize !== undefined) {
                                                          let data39 = data38.gpuMemorySize;
                                                          const _errs94 = errors;
                                                          if (
                                                            !(
                                                              typeof data39 == 'number' &&
                                                              !(data39 % 1) &&
                                                              !isNaN(data39)
                                                            )
                                                          ) {
                                                            validate21.errors = [
                                                              {
                                                                instancePath:
                                                                  instancePath + '/gpuConfig/gpuMemorySize',
                                                                schemaPath:
                                                                  '#/components/schemas/GPUConfig/properties/gpuMemorySize/type',
                                                                keyword: 'type',
                                                                params: { type: 'integer' },
                                                                message: 'must be integer',
                                                                schema:
                                                                  schema51.properties.gpuMemorySize.type,
                                                                parentSchema:
                                                                  schema51.properties.gpuMemorySize,
                                                                data: data39,
                                                              },
                                                            ];
                                                            return false;
                                                          }
                                                          if (errors === _errs94) {
                                                            if (typeof data39 == 'number') {
                                                              let res2;
                                                              if (
                                                                1024 === 0 ||
                                                                ((res2 = data39 / 1024),
                                                                Math.abs(Math.round(res2) - res2) > 1e-9)
                                                              ) {
                                                                validate21.errors = [
                                                                  {
                                                                    instancePath:
                                                                      instancePath +
                                                                      '/gpuConfig/gpuMemorySize',
                                                                    schemaPath:
                                                                      '#/components/schemas/GPUConfig/properties/gpuMemorySize/multipleOf',
                                                                    keyword: 'multipleOf',
                                                                    params: { multipleOf: 1024 },
                                                                    message: 'must be multiple of 1024',
                                                                    schema: 1024,
                                                                    parentSchema:
                                                                      schema51.properties.gpuMemorySize,
                                                                    data: data39,
                                                                  },
                                                                ];
                                                                return false;
                                                              }
                                                            }
                                                          }
                                                          var valid18 = _errs94 === errors;
                                                        } else {
                                                          var valid18 = true;
                                                        }
                                                        if (valid18) {
                                                          if (data38.gpuType !== undefined) {
                                                            let data40 = data38.gpuType;
                                                            const _errs96 = errors;
                                                            if (typeof data40 !== 'string') {
                                                              validate21.errors = [
                                                                {
                                                                  instancePath:
                                                                    instancePath + '/gpuConfig/gpuType',
                                                                  schemaPath:
                                                                    '#/components/schemas/GPUConfig/properties/gpuType/type',
                                                                  keyword: 'type',
                                                                  params: { type: 'string' },
                                                                  message: 'must be string',
                                                                  schema: schema51.properties.gpuType.type,
                                                                  parentSchema: schema51.properties.gpuType,
                                                                  data: data40,
                                                                },
                                                              ];
                                                              return false;
                                                            }
                                                            if (
                                                              !(
                                                                data40 === 'fc.gpu.tesla.1' ||
                                                                data40 === 'fc.gpu.ampere.1' ||
                                                                data40 === 'fc.gpu.ada.1' ||
                                                                data40 === 'g1'
                                                              )
                                                            ) {
                                                              validate21.errors = [
                                                                {
                                                                  instancePath:
                                                                    instancePath + '/gpuConfig/gpuType',
                                                                  schemaPath:
                                                                    '#/components/schemas/GPUConfig/properties/gpuType/enum',
                                                                  keyword: 'enum',
                                                                  params: {
                                                                    allowedValues:
                                                                      schema51.properties.gpuType.enum,
                                                                  },
                                                                  message:
                                                                    'must be equal to one of the allowed values',
                                                                  schema: schema51.properties.gpuType.enum,
                                                                  parentSchema: schema51.properties.gpuType,
                                                                  data: data40,
                                                                },
                                                              ];
                                                              return false;
                                                            }
                                                            var valid18 = _errs96 === errors;
                                                          } else {
                                                            var valid18 = true;
                                                          }
                                                        }
                                                      } else {
                                                        validate21.errors = [
                                                          {
                                                            instancePath: instancePath + '/gpuConfig',
                                                            schemaPath: '#/components/schemas/GPUConfig/type',
                                                            keyword: 'type',
                                                            params: { type: 'object' },
                                                            message: 'must be object',
                                                            schema: schema51.type,
                                                            parentSchema: schema51,
                                                            data: data38,
                                                          },
                                                        ];
                                                        return false;
                                                      }
                                                    }
                                                    var valid3 = _errs91 === errors;
                                                  } else {
                                                    var valid3 = true;
                                                  }
                                                  if (valid3) {
                                                    if (data.instanceLifecycleConfig !== undefined) {
                                                      const _errs98 = errors;
                                                      if (
                                                        !validate34(data.instanceLifecycleConfig, {
                                                          instancePath:
                                                            instancePath + '/instanceLifecycleConfig',
                                                          parentData: data,
                                                          parentDataProperty: 'instanceLifecycleConfig',
                                                          rootData,
                                                          dynamicAnchors,
                                                        })
                                                      ) {
                                                        vErrors =
                                                          vErrors === null
                                                            ? validate34.errors
                                                            : vErrors.concat(validate34.errors);
                                                        errors = vErrors.length;
                                                      }
                                                      var valid3 = _errs98 === errors;
                                                    } else {
                                                      var valid3 = true;
                                                    }
                                                    if (valid3) {
                                                      if (data.tracingConfig !== undefined) {
                                                        let data42 = data.tracingConfig;
                                                        const _errs99 = errors;
                                                        const _errs100 = errors;
                                                        if (errors === _errs100) {
                                                          if (
                                                            data42 &&
                                                            typeof data42 == 'object' &&
                                                            !Array.isArray(data42)
                                                          ) {
                                                            if (data42.type !== undefined) {
                                                              let data43 = data42.type;
                                                              const _errs102 = errors;
                                                              if (typeof data43 !== 'string') {
                                                                validate21.errors = [
                                                                  {
                                                                    instancePath:
                                                                      instancePath + '/tracingConfig/type',
                                                                    schemaPath:
                                                                      '#/components/schemas/TracingConfig/properties/type/type',
                                                                    keyword: 'type',
                                                                    params: { type: 'string' },
                                                                    message: 'must be string',
                                                                    schema: schema55.properties.type.type,
                                                                    parentSchema: schema55.properties.type,
                                                                    data: data43,
                                                                  },
                                                                ];
                                                                return false;
                                                              }
                                                              if (!(data43 === 'Jaeger')) {
                                                                validate21.errors = [
                                                                  {
                                                                    instancePath:
                                                                      instancePath + '/tracingConfig/type',
                                                                    schemaPath:
                                                                      '#/components/schemas/TracingConfig/properties/type/enum',
                                                                    keyword: 'enum',
                                                                    params: {
                                                                      allowedValues:
                                                                        schema55.properties.type.enum,
                                                                    },
                                                                    message:
                                                                      'must be equal to one of the allowed values',
                                                                    schema: schema55.properties.type.enum,
                                                                    parentSchema: schema55.properties.type,
                                                                    data: data43,
                                                                  },
                                                                ];
                                                                return false;
                                                              }
                                                              var valid20 = _errs102 === errors;
                                                            } else {
                                                              var valid20 = true;
                                                            }
                                                            if (valid20) {
                                                              if (data42.params !== undefined) {
                                                                let data44 = data42.params;
                                                                const _errs104 = errors;
                                                                if (errors === _errs104) {
                                                                  if (
                                                                    data44 &&
                                                                    typeof data44 == 'object' &&
                                                                    !Array.isArray(data44)
                                                                  ) {
                                                                    for (const key1 in data44) {
                                                                      let data45 = data44[key1];
                                                                      const _errs107 = errors;
                                                                      if (typeof data45 !== 'string') {
                                                                        validate21.errors = [
                                                                          {
                                                                            instancePath:
                                                                              instancePath +
                                                                              '/tracingConfig/params/' +
                                                                              key1
                                                                                .replace(/~/g, '~0')
                                                                                .replace(/\//g, '~1'),
                                                                            schemaPath:
                                                                              '#/components/schemas/TracingConfig/properties/params/additionalProperties/type',
                                                                            keyword: 'type',
                                                                            params: { type: 'string' },
                                                                            message: 'must be string',
                                                                            schema:
                                                                              schema55.properties.params
                                                                                .additionalProperties.type,
                                                                            parentSchema:
                                                                              schema55.properties.params
                                                                                .additionalProperties,
                                                                            data: data45,
                                                                          },
                                                                        ];
                                                                        return false;
                                                                      }
                                                                      var valid21 = _errs107 === errors;
                                                                      if (!valid21) {
                                                                        break;
                                                                      }
                                                                    }
                                                                  } else {
                                                                    validate21.errors = [
                                                                      {
                                                                        instancePath:
                                                                          instancePath +
                                                                          '/tracingConfig/params',
                                                                        schemaPath:
                                                                          '#/components/schemas/TracingConfig/properties/params/type',
                                                                        keyword: 'type',
                                                                        params: { type: 'object' },
                                                                        message: 'must be object',
                                                                        schema:
                                                                          schema55.properties.params.type,
                                                                        parentSchema:
                                                                          schema55.properties.params,
                                                                        data: data44,
                                                                      },
                                                                    ];
                                                                    return false;
                                                                  }
                                                                }
                                                                var valid20 = _errs104 === errors;
                                                              } else {
                                                                var valid20 = true;
                                                              }
                                                            }
                                                          } else {
                                                            validate21.errors = [
                                                              {
                                                                instancePath: instancePath + '/tracingConfig',
                                                                schemaPath:
                                                                  '#/components/schemas/TracingConfig/type',
                                                                keyword: 'type',
                                                                params: { type: 'object' },
                                                                message: 'must be object',
                                                                schema: schema55.type,
                                                                parentSchema: schema55,
                                                                data: data42,
                                                              },
                                                            ];
                                                            return false;
                                                          }
                                                        }
                                                        var valid3 = _errs99 === errors;
                                                      } else {
                                                        var valid3 = true;
                                                      }
                                                      if (valid3) {
                                                        if (data.tags !== undefined) {
                                                          let data46 = data.tags;
                                                          const _errs109 = errors;
                                                          if (errors === _errs109) {
                                                            if (Array.isArray(data46)) {
                                                              var valid22 = true;
                                                              const len2 = data46.length;
                                                              for (let i2 = 0; i2 < len2; i2++) {
                                                                let data47 = data46[i2];
                                                                const _errs111 = errors;
                                                                const _errs112 = errors;
                                                                if (errors === _errs112) {
                                                                  if (
                                                                    data47 &&
                                                                    typeof data47 == 'object' &&
                                                                    !Array.isArray(data47)
                                                                  ) {
                                                                    if (data47.Key !== undefined) {
                                                                      let data48 = data47.Key;
                                                                      const _errs114 = errors;
                                                                      if (typeof data48 !== 'string') {
                                                                        validate21.errors = [
                                                                          {
                                                                            instancePath:
                                                                              instancePath +
                                                                              '/tags/' +
                                                                              i2 +
                                                                              '/Key',
                                                                            schemaPath:
                                                                              '#/components/schemas/Tag/properties/Key/type',
                                                                            keyword: 'type',
                                                                            params: { type: 'string' },
                                                                            message: 'must be string',
                                                                            schema:
                                                                              schema56.properties.Key.type,
                                                                            parentSchema:
                                                                              schema56.properties.Key,
                                                                            data: data48,
                                                                          },
                                                                        ];
                                                                        return false;
                                                                      }
                                                                      var valid24 = _errs114 === errors;
                                                                    } else {
                                                                      var valid24 = true;
                                                                    }
                                                                    if (valid24) {
                                                                      if (data47.Value !== undefined) {
                                                                        let data49 = data47.Value;
                                                                        const _errs116 = errors;
                                                                        if (typeof data49 !== 'string') {
                                                                          validate21.errors = [
                                                                            {
                                                                              instancePath:
                                                                                instancePath +
                                                                                '/tags/' +
                                                                                i2 +
                                                                                '/Value',
                                                                              schemaPath:
                                                                                '#/components/schemas/Tag/properties/Value/type',
                                                                              keyword: 'type',
                                                                              params: { type: 'string' },
                                                                              message: 'must be string',
                                                                              schema:
                                                                                schema56.properties.Value
                                                                                  .type,
                                                                              parentSchema:
                                                                                schema56.properties.Value,
                                                                              data: data49,
                                                                            },
                                                                          ];
                                                                          return false;
                                                                        }
                                                                        var valid24 = _errs116 === errors;
                                                                      } else {
                                                                        var valid24 = true;
                                                                      }
                                                                    }
                                                                  } else {
                                                                    validate21.errors = [
                                                                      {
                                                                        instancePath:
                                                                          instancePath + '/tags/' + i2,
                                                                        schemaPath:
                                                                          '#/components/schemas/Tag/type',
                                                                        keyword: 'type',
                                                                        params: { type: 'object' },
                                                                        message: 'must be object',
                                                                        schema: schema56.type,
                                                                        parentSchema: schema56,
                                                                        data: data47,
                                                                      },
                                                                    ];
                                                                    return false;
                                                                  }
                                                                }
                                                                var valid22 = _errs111 === errors;
                                                                if (!valid22) {
                                                                  break;
                                                                }
                                                              }
                                                            } else {
                                                              validate21.errors = [
                                                                {
                                                                  instancePath: instancePath + '/tags',
                                                                  schemaPath: '#/properties/tags/type',
                                                                  keyword: 'type',
                                                                  params: { type: 'array' },
                                                                  message: 'must be array',
                                                                  schema: schema32.properties.tags.type,
                                                                  parentSchema: schema32.properties.tags,
                                                                  data: data46,
                                                                },
                                                              ];
                                                              return false;
                                                            }
                                                          }
                                                          var valid3 = _errs109 === errors;
                                                        } else {
                                                          var valid3 = true;
                                                        }
                                                        if (valid3) {
                                                          if (data.resourceGroupId !== undefined) {
                                                            let data50 = data.resourceGroupId;
                                                            const _errs118 = errors;
                                                            if (typeof data50 !== 'string') {
                                                              validate21.errors = [
                                                                {
                                                                  instancePath:
                                                                    instancePath + '/resourceGroupId',
                                                                  schemaPath:
                                                                    '#/properties/resourceGroupId/type',
                                                                  keyword: 'type',
                                                                  params: { type: 'string' },
                                                                  message: 'must be string',
                                                                  schema:
                                                                    schema32.properties.resourceGroupId.type,
                                                                  parentSchema:
                                                                    schema32.properties.resourceGroupId,
                                                                  data: data50,
                                                                },
                                                              ];
                                                              return false;
                                                            }
                                                            var valid3 = _errs118 === errors;
                                                          } else {
                                                            var valid3 = true;
                                                          }
                                                          if (valid3) {
                                                            if (data.sessionAffinity !== undefined) {
                                                              let data51 = data.sessionAffinity;
                                                              const _errs120 = errors;
                                                              if (typeof data51 !== 'string') {
                                                                validate21.errors = [
                                                                  {
                                                                    instancePath:
                                                                      instancePath + '/sessionAffinity',
                                                                    schemaPath:
                                                                      '#/properties/sessionAffinity/type',
                                                                    keyword: 'type',
                                                                    params: { type: 'string' },
                                                                    message: 'must be string',
                                                                    schema:
                                                                      schema32.properties.sessionAffinity
                                                                        .type,
                                                                    parentSchema:
                                                                      schema32.properties.sessionAffinity,
                                                                    data: data51,
                                                                  },
                                                                ];
                                                                return false;
                                                              }
                                                              var valid3 = _errs120 === errors;
                                                            } else {
                                                              var valid3 = true;
                                                            }
                                                            if (valid3) {
                                                              if (data.sessionAffinityConfig !== undefined) {
                                                                let data52 = data.sessionAffinityConfig;
                                                                const _errs122 = errors;
                                                                if (typeof data52 !== 'string') {
                                                                  validate21.errors = [
                                                                    {
                                                                      instancePath:
                                                                        instancePath +
                                                                        '/sessionAffinityConfig',
                                                                      schemaPath:
                                                                        '#/properties/sessionAffinityConfig/type',
                                                                      keyword: 'type',
                                                                      params: { type: 'string' },
                                                                      message: 'must be string',
                                                                      schema:
                                                                        schema32.properties
                                                                          .sessionAffinityConfig.type,
                                                                      parentSchema:
                                                                        schema32.properties
                                                                          .sessionAffinityConfig,
                                                                      data: data52,
                                                                    },
                                                                  ];
                                                                  return false;
                                                                }
                                                                var valid3 = _errs122 === errors;
                                                              } else {
                                                                var valid3 = true;
                                                              }
                                                              if (valid3) {
                                                                if (
                                                                  data.instanceIsolationMode !== undefined
                                                                ) {
                                                                  let data53 = data.instanceIsolationMode;
                                                                  const _errs124 = errors;
                                                                  if (typeof data53 !== 'string') {
                                                                    validate21.errors = [
                                                                      {
                                                                        instancePath:
                                                                          instancePath +
                                                                          '/instanceIsolationMode',
                                                                        schemaPath:
                                                                          '#/properties/instanceIsolationMode/type',
                                                                        keyword: 'type',
                                                                        params: { type: 'string' },
                                                                        message: 'must be string',
                                                                        schema:
                                                                          schema32.properties
                                                                            .instanceIsolationMode.type,
                                                                        parentSchema:
                                                                          schema32.properties
                                                                            .instanceIsolationMode,
                                                                        data: data53,
                                                                      },
                                                                    ];
                                                                    return false;
                                                                  }
                                                                  var valid3 = _errs124 === errors;
                                                                } else {
                                                                  var valid3 = true;
                                                                }
                                                                if (valid3) {
                                                                  if (data.idleTimeout !== undefined) {
                                                                    let data54 = data.idleTimeout;
                                                                    const _errs126 = errors;
                                                                    if (
                                                                      !(
                                                                        typeof data54 == 'number' &&
                                                                        !(data54 % 1) &&
                                                                        !isNaN(data54)
                                                                      )
                                                                    ) {
                                                                      validate21.errors = [
                                                                        {
                                                                          instancePath:
                                                                            instancePath + '/idleTimeout',
                                                                          schemaPath:
                                                                            '#/properties/idleTimeout/type',
                                                                          keyword: 'type',
                                                                          params: { type: 'integer' },
                                                                          message: 'must be integer',
                                                                          schema:
                                                                            schema32.properties.idleTimeout
                                                                              .type,
                                                                          parentSchema:
                                                                            schema32.properties.idleTimeout,
                                                                          data: data54,
                                                                        },
                                                                      ];
                                                                      return false;
                                                                    }
                                                                    var valid3 = _errs126 === errors;
                                                                  } else {
                                                                    var valid3 = true;
                                                                  }
                                                                  if (valid3) {
                                                                    if (
                                                                      data.disableInjectCredentials !==
                                                                      undefined
                                                                    ) {
                                                                      let data55 =
                                                                        data.disableInjectCredentials;
                                                                      const _errs128 = errors;
                                                                      if (typeof data55 !== 'string') {
                                                                        validate21.errors = [
                                                                          {
                                                                            instancePath:
                                                                              instancePath +
                                                                              '/disableInjectCredentials',
                                                                            schemaPath:
                                                                              '#/properties/disableInjectCredentials/type',
                                                                            keyword: 'type',
                                                                            params: { type: 'string' },
                                                                            message: 'must be string',
                                                                            schema:
                                                                              schema32.properties
                                                                                .disableInjectCredentials
                                                                                .type,
                                                                            parentSchema:
                                                                              schema32.properties
                                                                                .disableInjectCredentials,
                                                                            data: data55,
                                                                          },
                                                                        ];
                                                                        return false;
                                                                      }
                                                                      var valid3 = _errs128 === errors;
                                                                    } else {
                                                                      var valid3 = true;
                                                                    }
                                                                    if (valid3) {
                                                                      if (data.juiceFsConfig !== undefined) {
                                                                        const _errs130 = errors;
                                                                        if (
                                                                          !validate36(data.juiceFsConfig, {
                                                                            instancePath:
                                                                              instancePath + '/juiceFsConfig',
                                                                            parentData: data,
                                                                            parentDataProperty:
                                                                              'juiceFsConfig',
                                                                            rootData,
                                                                            dynamicAnchors,
                                                                          })
                                                                        ) {
                                                                          vErrors =
                                                                            vErrors === null
                                                                              ? validate36.errors
                                                                              : vErrors.concat(
                                                                                  validate36.errors,
                                                                                );
                                                                          errors = vErrors.length;
                                                                        }
                                                                        var valid3 = _errs130 === errors;
                                                                      } else {
                                                                        var valid3 = true;
                                                                      }
                                                                      if (valid3) {
                                                                        if (
                                                                          data.polarFsConfig !== undefined
                                                                        ) {
                                                                          const _errs131 = errors;
                                                                          if (
                                                                            !validate38(data.polarFsConfig, {
                                                                              instancePath:
                                                                                instancePath +
                                                                                '/polarFsConfig',
                                                                              parentData: data,
                                                                              parentDataProperty:
                                                                                'polarFsConfig',
                                                                              rootData,
                                                                              dynamicAnchors,
                                                                            })
                                                                          ) {
                                                                            vErrors =
                                                                              vErrors === null
                                                                                ? validate38.errors
                                                                                : vErrors.concat(
                                                                                    validate38.errors,
                                                                                  );
                                                                            errors = vErrors.length;
                                                                          }
                                                                          var valid3 = _errs131 === errors;
                                                                        } else {
                                                                          var valid3 = true;
                                                                        }
                                                                        if (valid3) {
                                                                          if (
                                                                            data.disableOndemand !== undefined
                                                                          ) {
                                                                            let data58 = data.disableOndemand;
                                                                            const _errs132 = errors;
                                                                            if (typeof data58 !== 'boolean') {
                                                                              validate21.errors = [
                                                                                {
                                                                                  instancePath:
                                                                                    instancePath +
                                                                                    '/disableOndemand',
                                                                                  schemaPath:
                                                                                    '#/properties/disableOndemand/type',
                                                                                  keyword: 'type',
                                                                                  params: { type: 'boolean' },
                                                                                  message: 'must be boolean',
                                                                                  schema:
                                                                                    schema32.properties
                                                                                      .disableOndemand.type,
                                                                                  parentSchema:
                                                                                    schema32.properties
                                                                                      .disableOndemand,
                                                                                  data: data58,
                                                                                },
                                                                              ];
                                                                              return false;
                                                                            }
                                                                            var valid3 = _errs132 === errors;
                                                                          } else {
                                                                            var valid3 = true;
                                                                          }
                                                                          if (valid3) {
                                                                            if (
                                                                              data.enableLongLiving !==
                                                                              undefined
                                                                            ) {
                                                                              let data59 =
                                                                                data.enableLongLiving;
                                                                              const _errs134 = errors;
                                                                              if (
                                                                                typeof data59 !== 'boolean'
                                                                              ) {
                                                                                validate21.errors = [
                                                                                  {
                                                                                    instancePath:
                                                                                      instancePath +
                                                                                      '/enableLongLiving',
                                                                                    schemaPath:
                                                                                      '#/properties/enableLongLiving/type',
                                                                                    keyword: 'type',
                                                                                    params: {
                                                                                      type: 'boolean',
                                                                                    },
                                                                                    message:
                                                                                      'must be boolean',
                                                                                    schema:
                                                                                      schema32.properties
                                                                                        .enableLongLiving
                                                                                        .type,
                                                                                    parentSchema:
                                                                                      schema32.properties
                                                                                        .enableLongLiving,
                                                                                    data: data59,
                                                                                  },
                                                                                ];
                                                                                return false;
                                                                              }
                                                                              var valid3 =
                                                                                _errs134 === errors;
                                                                            } else {
                                                                              var valid3 = true;
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate21.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema32.type,
          parentSchema: schema32,
          data,
        },
      ];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = {
  props: {
    functionName: true,
    runtime: true,
    handler: true,
    code: true,
    customContainerConfig: true,
    cpu: true,
    memorySize: true,
    diskSize: true,
    timeout: true,
    instanceConcurrency: true,
    internetAccess: true,
    description: true,
    environmentVariables: true,
    role: true,
    layers: true,
    logConfig: true,
    nasConfig: true,
    ossMountConfig: true,
    vpcConfig: true,
    customDNS: true,
    customRuntimeConfig: true,
    gpuConfig: true,
    instanceLifecycleConfig: true,
    tracingConfig: true,
    tags: true,
    resourceGroupId: true,
    sessionAffinity: true,
    sessionAffinityConfig: true,
    instanceIsolationMode: true,
    idleTimeout: true,
    disableInjectCredentials: true,
    juiceFsConfig: true,
    polarFsConfig: true,
    disableOndemand: true,
    enableLongLiving: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};
