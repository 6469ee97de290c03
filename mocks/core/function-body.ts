/**
 * The one writer of the `Function` body, used by every operation and by the fixture
 * `buildFunction`: the stored configuration echoed with the service defaults (CF D.3), the
 * computed fields (D.2), empty shells for unset nested configs, and the lifecycle state fields
 * at the given time (lifecycle F.6). The code itself is never returned.
 */
import { specDocument } from '../../generated/spec-document.ts';
import type { FunctionConfig, FunctionRecord } from './function-record.ts';
import { type LifecycleFields, lifecycleAt, STATE_FIELDS } from './lifecycle.ts';
import type { FcFunction } from './types.ts';

// The body's keys in alphabetical order, as in the documented sample. Writing only these keys also
// drops anything else a record might hold.
const FUNCTION_KEYS: readonly string[] = Object.keys(
  (specDocument as { components: { schemas: { Function: { properties: object } } } }).components.schemas
    .Function.properties,
).sort();

// Defaults for omitted scalars (CF D.3; memorySize/cpu/diskSize/instanceConcurrency inferred).
const SCALAR_DEFAULTS = {
  cpu: 0.35,
  description: '',
  diskSize: 512,
  disableOndemand: false,
  instanceConcurrency: 1,
  instanceIsolationMode: 'SHARE',
  internetAccess: true,
  memorySize: 512,
  role: '',
  sessionAffinity: 'NONE',
  timeout: 3,
} as const;

// Empty shells for unset nested configs (CF D.2, D.3, B.3; exact shapes inferred). A function, so
// that no two bodies share a mutable object.
function shells(): Partial<FcFunction> {
  return {
    environmentVariables: {},
    customDNS: { dnsOptions: [], nameServers: [], searches: [] },
    customRuntimeConfig: {},
    gpuConfig: {},
    instanceLifecycleConfig: {},
    logConfig: {
      enableInstanceMetrics: false,
      enableRequestMetrics: false,
      logBeginRule: 'None',
      logstore: '',
      project: '',
    },
    nasConfig: { groupId: 0, mountPoints: [], userId: 0 },
    ossMountConfig: { mountPoints: [] },
    tracingConfig: {},
    vpcConfig: { securityGroupId: '', vSwitchIds: [], vpcId: '' },
  };
}

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
    resolvedImageUri: `${image.replace(/:[^/:]*$/, '')}@sha256:${digest}`,
  };
}

function echoed(record: FunctionRecord, life: LifecycleFields): Record<string, unknown> {
  const { config } = record;
  const out: Record<string, unknown> = { ...config };
  if (config.customContainerConfig) {
    out.customContainerConfig = containerConfig(
      config.customContainerConfig,
      record.imageDigest,
      life.accelerationStatus,
    );
  }
  if (config.customRuntimeConfig) out.customRuntimeConfig = withHealthCheck(config.customRuntimeConfig);
  if (config.logConfig) {
    out.logConfig = {
      enableInstanceMetrics: false,
      enableRequestMetrics: true,
      logBeginRule: 'None',
      ...config.logConfig,
    };
  }
  delete out.layers; // the request's ARN strings; the body has {arn, size}
  return out;
}

/**
 * The `Function` body of a record at emulator time `nowMs`, keys in alphabetical order.
 *
 * @example
 * JSON.stringify(functionBody(record, emulator.now().getTime())); // what GetFunction answers
 */
export function functionBody(record: FunctionRecord, nowMs: number): FcFunction {
  const life = lifecycleAt(record, nowMs);
  const { accelerationStatus, ...state } = life;
  const fields: Record<string, unknown> = {
    ...SCALAR_DEFAULTS,
    ...shells(),
    ...echoed(record, life),
    functionName: record.functionName,
    functionId: record.functionId,
    functionArn: record.functionArn,
    codeChecksum: record.codeChecksum,
    codeSize: record.codeSize,
    createdTime: record.createdTime,
    lastModifiedTime: record.lastModifiedTime,
    layers: record.layers.map((layer) => ({ ...layer })),
    tags: record.tags.map((tag) => ({ ...tag })),
    resourceGroupId: record.resourceGroupId,
    ...state,
  };
  const body: Record<string, unknown> = {};
  for (const key of FUNCTION_KEYS) if (fields[key] !== undefined) body[key] = fields[key];
  return body as FcFunction;
}

/**
 * The body of a function as ListFunctions lists it: GetFunction's without the six state fields
 * (lifecycle E.2).
 *
 * @example
 * 'state' in listedFunctionBody(record, now); // false
 */
export function listedFunctionBody(record: FunctionRecord, nowMs: number): FcFunction {
  const body = functionBody(record, nowMs) as Record<string, unknown>;
  for (const field of STATE_FIELDS) delete body[field];
  return body as FcFunction;
}
