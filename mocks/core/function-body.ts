/**
 * The one writer of the `Function` body, used by every operation and by the fixture
 * `buildFunction`: the stored configuration echoed with the service defaults (CF D.3), the
 * computed fields (D.2), empty shells for unset nested configs (D.2, D.3, B.3; exact shapes
 * inferred), and the lifecycle state fields at the given time (lifecycle F.6). The code itself is
 * never returned. One literal, one line per key in the documented sample's alphabetical order:
 * test/core/function-body.test.ts holds its keys to the spec's `Function` schema.
 */
import { type FunctionConfig, type FunctionRecord, functionArn, imageRepository } from './function-record.ts';
import { type LifecycleFields, lifecycleAt, STATE_FIELDS } from './lifecycle.ts';
import { defaultCpu, isEmptyRuntimeShell } from './rules/compute-rules.ts';
import type { FcFunction } from './types.ts';

const HEALTH_CHECK_DEFAULTS = {
  failureThreshold: 3,
  initialDelaySeconds: 0,
  periodSeconds: 3,
  successThreshold: 1,
  timeoutSeconds: 1,
};

function withHealthCheck<T extends { healthCheckConfig?: object }>(config: T): T {
  return config.healthCheckConfig
    ? { ...config, healthCheckConfig: { ...HEALTH_CHECK_DEFAULTS, ...config.healthCheckConfig } }
    : config;
}

function maskSecret(secret: string): string {
  return `${secret.slice(0, 3)}***`;
}

function containerConfig(
  given: NonNullable<FunctionConfig['customContainerConfig']>,
  digest: string,
  accelerationStatus: LifecycleFields['accelerationStatus'],
): FcFunction['customContainerConfig'] {
  const auth = given.registryConfig?.authConfig;
  const registryConfig = auth?.password
    ? { ...given.registryConfig, authConfig: { ...auth, password: maskSecret(auth.password) } }
    : given.registryConfig;
  const image = given.image ?? '';
  return {
    ...withHealthCheck(given),
    ...(registryConfig ? { registryConfig } : {}),
    accelerationInfo: { status: accelerationStatus },
    resolvedImageUri: `${imageRepository(image)}@sha256:${digest}`,
  };
}

function logConfig(given: FunctionConfig['logConfig']): NonNullable<FcFunction['logConfig']> {
  // Without a project there is nothing to send metrics to: the shell Serverless Devs sends to clear it.
  if (!given) {
    return {
      enableInstanceMetrics: false,
      enableRequestMetrics: false,
      logBeginRule: 'None',
      logstore: '',
      project: '',
    };
  }
  return { enableInstanceMetrics: false, enableRequestMetrics: true, logBeginRule: 'None', ...given };
}

/**
 * The `Function` body of a record at emulator time `nowMs`, keys in alphabetical order; keys
 * with no value are `undefined` (JSON leaves them out). The body shares nested values with the
 * record: serialise or clone it before handing it out.
 *
 * @example
 * JSON.stringify(functionBody(record, emulator.now().getTime())); // what GetFunction answers
 */
export function functionBody(record: FunctionRecord, nowMs: number): FcFunction {
  const { shape } = record;
  const c = shape.config;
  const life = lifecycleAt(record, nowMs);
  const body: Required<FcFunction> = {
    codeChecksum: shape.codeChecksum,
    codeSize: shape.codeSize,
    cpu: c.cpu ?? defaultCpu(c.memorySize ?? 512),
    createdTime: record.createdTime,
    customContainerConfig: (c.customContainerConfig &&
      containerConfig(c.customContainerConfig, record.imageDigest, life.accelerationStatus)) as never,
    customDNS: c.customDNS ?? { dnsOptions: [], nameServers: [], searches: [] },
    // An empty shell sent ({}, empty command and args) counts as unset (ADR 054).
    customRuntimeConfig:
      c.customRuntimeConfig && !isEmptyRuntimeShell(c.customRuntimeConfig)
        ? withHealthCheck(c.customRuntimeConfig)
        : {},
    description: c.description ?? '',
    disableInjectCredentials: c.disableInjectCredentials as never,
    disableOndemand: c.disableOndemand ?? false,
    diskSize: c.diskSize ?? 512,
    enableLongLiving: c.enableLongLiving as never,
    environmentVariables: c.environmentVariables ?? {},
    functionArn: functionArn(record.scope, record.functionName),
    functionId: record.functionId,
    functionName: record.functionName,
    gpuConfig: c.gpuConfig ?? {},
    handler: c.handler as never,
    idleTimeout: c.idleTimeout as never,
    instanceConcurrency: c.instanceConcurrency ?? 1,
    instanceIsolationMode: c.instanceIsolationMode ?? 'SHARE',
    instanceLifecycleConfig: c.instanceLifecycleConfig ?? {},
    internetAccess: c.internetAccess ?? true,
    invocationRestriction: record.invocationRestriction as never, // Disable/EnableFunctionInvocation
    juiceFsConfig: c.juiceFsConfig as never,
    lastModifiedTime: record.lastModifiedTime,
    lastUpdateStatus: life.lastUpdateStatus,
    lastUpdateStatusReason: life.lastUpdateStatusReason,
    lastUpdateStatusReasonCode: life.lastUpdateStatusReasonCode,
    layers: shape.layers, // {arn, size}; the request's ARN strings are not echoed
    lockInfo: undefined as never, // service-side locks: not emulated
    logConfig: logConfig(c.logConfig),
    memorySize: c.memorySize ?? 512,
    nasConfig: c.nasConfig ?? { groupId: 0, mountPoints: [], userId: 0 },
    ossMountConfig: c.ossMountConfig ?? { mountPoints: [] },
    polarFsConfig: c.polarFsConfig as never,
    resourceGroupId: shape.resourceGroupId,
    role: c.role ?? '',
    runtime: c.runtime as never,
    sessionAffinity: c.sessionAffinity ?? 'NONE',
    sessionAffinityConfig: c.sessionAffinityConfig as never,
    state: life.state,
    stateReason: life.stateReason,
    stateReasonCode: life.stateReasonCode,
    tags: shape.tags,
    timeout: c.timeout ?? 3,
    tracingConfig: c.tracingConfig ?? {},
    vpcConfig: c.vpcConfig ?? { securityGroupId: '', vSwitchIds: [], vpcId: '' },
  };
  return body;
}

/**
 * The body of a function as ListFunctions lists it: GetFunction's without the six state fields
 * (lifecycle E.2).
 *
 * @example
 * listedFunctionBody(record, now).state; // undefined
 */
export function listedFunctionBody(record: FunctionRecord, nowMs: number): FcFunction {
  const body = functionBody(record, nowMs) as Record<string, unknown>;
  for (const field of STATE_FIELDS) body[field] = undefined;
  return body as FcFunction;
}

/**
 * A body as plain JSON data: a deep copy without the `undefined` keys (what a client receives).
 *
 * @example
 * Object.keys(plainBody(functionBody(record, now))).includes('lockInfo'); // false
 */
export function plainBody(body: FcFunction): FcFunction {
  return JSON.parse(JSON.stringify(body)) as FcFunction;
}
