/**
 * Builds the `Function` body CreateFunction answers: the input echoed with the service defaults
 * (reference D.3), computed fields (D.2) and empty shells for unset nested configs. The code
 * itself is never returned.
 */
import { specDocument } from '../../generated/spec-document.ts';
import type { CreateFunctionInput, FcFunction } from './types.ts';

// The body's keys in alphabetical order, as in the documented sample. Every input field except
// `code` is a Function field, so walking these keys also drops unknown input fields (ADR 003).
const FUNCTION_KEYS: readonly string[] = Object.keys(
  (specDocument as { components: { schemas: { Function: { properties: object } } } }).components.schemas
    .Function.properties,
).sort();

/** Values the service computes for one created function. */
export interface ComputedFields {
  functionId: string;
  functionArn: string;
  codeChecksum: string;
  codeSize: number;
  /** ISO-8601 UTC, second precision. */
  createdTime: string;
  /** The account's default group, used when the input names none. */
  resourceGroupId: string;
}

// Defaults for omitted scalars (reference D.3; memorySize/cpu/diskSize/instanceConcurrency inferred).
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

// Empty shells for unset nested configs and collections (reference D.2, D.3, B.3; exact shapes
// inferred). Factories, so that no two bodies share a mutable object.
const SHELLS: Record<string, () => unknown> = {
  environmentVariables: () => ({}),
  tags: () => [],
  customDNS: () => ({ dnsOptions: [], nameServers: [], searches: [] }),
  customRuntimeConfig: () => ({}),
  gpuConfig: () => ({}),
  instanceLifecycleConfig: () => ({}),
  logConfig: () => ({
    enableInstanceMetrics: false,
    enableRequestMetrics: false,
    logBeginRule: 'None',
    logstore: '',
    project: '',
  }),
  nasConfig: () => ({ groupId: 0, mountPoints: [], userId: 0 }),
  ossMountConfig: () => ({ mountPoints: [] }),
  tracingConfig: () => ({}),
  vpcConfig: () => ({ securityGroupId: '', vSwitchIds: [], vpcId: '' }),
};

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

function containerConfig(input: CreateFunctionInput, digest: string): FcFunction['customContainerConfig'] {
  const given = input.customContainerConfig;
  if (!given) return undefined;
  const auth = given.registryConfig?.authConfig;
  const registryConfig = auth?.password
    ? { ...given.registryConfig, authConfig: { ...auth, password: maskSecret(auth.password) } }
    : given.registryConfig;
  const image = given.image ?? '';
  return {
    ...withHealthCheck(given),
    ...(registryConfig ? { registryConfig } : {}),
    accelerationInfo: { status: 'Preparing' },
    resolvedImageUri: `${image.replace(/:[^/:]*$/, '')}@sha256:${digest}`,
  };
}

function logConfig(input: CreateFunctionInput): FcFunction['logConfig'] {
  if (!input.logConfig) return undefined;
  return {
    enableInstanceMetrics: false,
    enableRequestMetrics: true,
    logBeginRule: 'None',
    ...input.logConfig,
  };
}

function layerSize(arn: string): number {
  // The layer's real size is unknowable locally; a stable value derived from the ARN (inferred).
  let hash = 2166136261;
  for (let i = 0; i < arn.length; i++) hash = Math.imul(hash ^ arn.charCodeAt(i), 16777619);
  return 1024 + ((hash >>> 0) % 1_048_576);
}

function lifecycleState(isContainer: boolean): Partial<FcFunction> {
  // Container images are prepared asynchronously (reference D.4); code packages are ready at once.
  return isContainer
    ? {
        state: 'Pending',
        stateReason: 'Function creating',
        stateReasonCode: 'Creating',
        lastUpdateStatus: 'InProgress',
        lastUpdateStatusReason:
          'The system is currently processing the acceleration optimization for the image.',
        lastUpdateStatusReasonCode: 'ImageOptimizing',
      }
    : {
        state: 'Active',
        stateReason: '',
        stateReasonCode: '',
        lastUpdateStatus: 'Successful',
        lastUpdateStatusReason: '',
        lastUpdateStatusReasonCode: '',
      };
}

const READY = lifecycleState(false);
const PREPARING = lifecycleState(true);

function special(
  key: string,
  input: CreateFunctionInput,
  computed: ComputedFields & { imageDigest: string },
): unknown {
  switch (key) {
    case 'customContainerConfig':
      return containerConfig(input, computed.imageDigest);
    case 'customRuntimeConfig':
      return input.customRuntimeConfig
        ? withHealthCheck(input.customRuntimeConfig)
        : SHELLS.customRuntimeConfig?.();
    case 'logConfig':
      return logConfig(input) ?? SHELLS.logConfig?.();
    case 'layers':
      return (input.layers ?? []).map((arn) => ({ arn, size: layerSize(arn) }));
    case 'lastModifiedTime':
      return computed.createdTime;
    case 'resourceGroupId':
      return input.resourceGroupId ?? computed.resourceGroupId;
    default:
      return undefined;
  }
}

const SPECIAL = new Set([
  'customContainerConfig',
  'customRuntimeConfig',
  'logConfig',
  'layers',
  'lastModifiedTime',
  'resourceGroupId',
]);

// Where each key's value can come from, decided once: computed fields, then the lifecycle state,
// then the input, then the default or an empty shell (also kept as JSON text, for the text writer).
const COMPUTED_KEYS = new Set([
  'functionId',
  'functionArn',
  'codeChecksum',
  'codeSize',
  'createdTime',
  'resourceGroupId',
  'imageDigest',
]);
const PLAN = FUNCTION_KEYS.map((key) => {
  const fallback = (SCALAR_DEFAULTS as Record<string, unknown>)[key];
  const shell = SHELLS[key];
  const preset = fallback ?? shell?.();
  return {
    key,
    prefix: `${JSON.stringify(key)}:`,
    special: SPECIAL.has(key),
    computed: COMPUTED_KEYS.has(key),
    lifecycle: key in READY,
    fallback,
    shell,
    presetJson: preset === undefined ? undefined : JSON.stringify(preset),
  };
});
type Step = (typeof PLAN)[number];

/** Marks a field that takes its default or shell (the caller decides: fresh object or JSON text). */
const PRESET = Symbol('preset');

function resolveField(
  step: Step,
  input: CreateFunctionInput,
  computed: ComputedFields & { imageDigest: string },
): unknown {
  if (step.special) return special(step.key, input, computed);
  const state = (input.runtime === 'custom-container' ? PREPARING : READY) as Record<string, unknown>;
  const value =
    (step.computed ? (computed as unknown as Record<string, unknown>)[step.key] : undefined) ??
    (step.lifecycle ? state[step.key] : undefined) ??
    (input as Record<string, unknown>)[step.key];
  return value ?? (step.presetJson === undefined ? undefined : PRESET);
}

/**
 * Builds the `Function` body for a validated input and its computed fields, keys in
 * alphabetical order.
 *
 * @example
 * buildFunctionBody(input, { functionId, functionArn, codeChecksum: '0', codeSize: 0, createdTime, resourceGroupId, imageDigest });
 */
export function buildFunctionBody(
  input: CreateFunctionInput,
  computed: ComputedFields & { imageDigest: string },
): FcFunction {
  const out: Record<string, unknown> = {};
  for (const step of PLAN) {
    const value = resolveField(step, input, computed);
    if (value === PRESET) out[step.key] = step.fallback ?? step.shell?.();
    else if (value !== undefined) out[step.key] = value;
  }
  return out as FcFunction;
}

/**
 * The same body as JSON text, equal to `JSON.stringify(buildFunctionBody(…))` (a property test
 * holds it to that) but without building the object: defaults and shells are written from text
 * prepared once. The servers answer with this on every create.
 *
 * @example
 * functionBodyJson(input, computed) === JSON.stringify(buildFunctionBody(input, computed)); // true
 */
export function functionBodyJson(
  input: CreateFunctionInput,
  computed: ComputedFields & { imageDigest: string },
): string {
  let text = '';
  for (const step of PLAN) {
    const value = resolveField(step, input, computed);
    if (value === undefined) continue;
    const json = value === PRESET ? step.presetJson : JSON.stringify(value);
    text += text === '' ? `{${step.prefix}${json}` : `,${step.prefix}${json}`;
  }
  return text === '' ? '{}' : `${text}}`;
}

/**
 * A created function's body as literal text with holes for the values that differ between
 * functions created from one configuration: name, id, ARN, creation time, resource group and
 * image digest. Filling it is a few string joins instead of a walk over every field.
 */
export interface BodyTemplate {
  /** Text between the holes; one more than `holes`. */
  literals: string[];
  /** For each hole, the index of its value in {@link templateValues}' order. */
  holes: number[];
}

const HOLE_COUNT = 6;
// A marker no validated name or generated value can contain; JSON.stringify writes U+0001 as `\u0001`.
const marker = (hole: number): string => `\u0001fc3-hole-${hole}\u0001`;
const MARKER_TEXT = /\\u0001fc3-hole-(\d)\\u0001/;
const PLAIN = /^[\w.:/@-]*$/;

function jsonInner(text: string): string {
  return PLAIN.test(text) ? text : JSON.stringify(text).slice(1, -1);
}

function templateValues(name: string, computed: ComputedFields & { imageDigest: string }): string[] {
  // Only the name (in the name and the ARN) and the group can carry characters JSON escapes.
  return [
    jsonInner(name),
    computed.functionId,
    jsonInner(computed.functionArn),
    computed.createdTime,
    jsonInner(computed.resourceGroupId),
    computed.imageDigest,
  ];
}

/**
 * Fills a template; equal to `functionBodyJson` of the function (see {@link bodyTemplate}).
 *
 * @example
 * fillBodyTemplate(template, 'my-fn', computed);
 */
export function fillBodyTemplate(
  template: BodyTemplate,
  name: string,
  computed: ComputedFields & { imageDigest: string },
): string {
  const values = templateValues(name, computed);
  const { literals, holes } = template;
  let text = literals[0] as string;
  for (let i = 0; i < holes.length; i++) text += (values[holes[i] as number] as string) + literals[i + 1];
  return text;
}

/**
 * Makes the template of the functions that share `input`'s configuration (everything but the
 * name) and `computed`'s code checksum and size. It is checked against `functionBodyJson` for this
 * function and `undefined` when they differ (say, the input itself contains a marker), so a
 * template is only ever used where it writes the same bytes.
 *
 * @example
 * const template = bodyTemplate(input, computed); // then fillBodyTemplate(template, otherName, otherComputed)
 */
export function bodyTemplate(
  input: CreateFunctionInput,
  computed: ComputedFields & { imageDigest: string },
): BodyTemplate | undefined {
  const marked = {
    ...computed,
    functionId: marker(1),
    functionArn: marker(2),
    createdTime: marker(3),
    resourceGroupId: marker(4),
    imageDigest: marker(5),
  };
  const pieces = functionBodyJson({ ...input, functionName: marker(0) }, marked).split(MARKER_TEXT);
  const literals: string[] = [];
  const holes: number[] = [];
  for (let i = 0; i < pieces.length; i++) {
    if (i % 2 === 0) literals.push(pieces[i] as string);
    else holes.push(Number(pieces[i]));
  }
  const template = { literals, holes };
  const expected = functionBodyJson(input, computed);
  return holes.every((hole) => hole < HOLE_COUNT) &&
    fillBodyTemplate(template, input.functionName, computed) === expected
    ? template
    : undefined;
}
