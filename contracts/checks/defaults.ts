/**
 * `defaults`: fields the request omits come back with the service defaults (reference D.3).
 */
import type { CheckFailure, Grade } from '../types.ts';
import type { ContractCheck } from './check.ts';
import { asObject, failure, quoted } from './check.ts';
import { sameJson } from './same-json.ts';

interface Default {
  field: string;
  value: unknown;
  grade: Grade;
  /** The default is only defined when this field is omitted too (cpu and memory go together). */
  alsoOmitted?: string;
}

const TOP_LEVEL: readonly Default[] = [
  { field: 'timeout', value: 3, grade: 'documented' },
  { field: 'internetAccess', value: true, grade: 'documented' },
  { field: 'instanceConcurrency', value: 1, grade: 'inferred' },
  { field: 'memorySize', value: 512, grade: 'inferred', alsoOmitted: 'cpu' },
  { field: 'cpu', value: 0.35, grade: 'inferred', alsoOmitted: 'memorySize' },
  { field: 'diskSize', value: 512, grade: 'inferred' },
  { field: 'instanceIsolationMode', value: 'SHARE', grade: 'inferred' },
  { field: 'sessionAffinity', value: 'NONE', grade: 'inferred' },
  { field: 'disableOndemand', value: false, grade: 'inferred' },
  { field: 'environmentVariables', value: {}, grade: 'inferred' },
  { field: 'layers', value: [], grade: 'inferred' },
  { field: 'tags', value: [], grade: 'inferred' },
];
const LOG: readonly Default[] = [
  { field: 'logBeginRule', value: 'None', grade: 'inferred' },
  { field: 'enableRequestMetrics', value: true, grade: 'documented' },
  { field: 'enableInstanceMetrics', value: false, grade: 'documented' },
];
const HEALTH: readonly Default[] = [
  { field: 'initialDelaySeconds', value: 0, grade: 'documented' },
  { field: 'periodSeconds', value: 3, grade: 'documented' },
  { field: 'timeoutSeconds', value: 1, grade: 'documented' },
  { field: 'failureThreshold', value: 3, grade: 'documented' },
  { field: 'successThreshold', value: 1, grade: 'documented' },
];

interface ApplyOptions {
  given: Record<string, unknown>;
  received: Record<string, unknown> | undefined;
  defaults: readonly Default[];
  path: string;
  out: CheckFailure[];
}

function apply({ given, received, defaults, path, out }: ApplyOptions): void {
  for (const { field, value, grade, alsoOmitted } of defaults) {
    if (field in given || (alsoOmitted !== undefined && alsoOmitted in given)) continue;
    const got = received?.[field];
    if (sameJson(got, value)) continue;
    out.push(
      failure('defaults', {
        message: `${path}${field} omitted in the request: expected default ${quoted(value)}, got ${quoted(got)}`,
        received: got,
        documented: value,
        reference: 'D.3',
        grade,
      }),
    );
  }
}

function nested(echo: Record<string, unknown>, key: string): Record<string, unknown> | undefined {
  return asObject(echo[key]);
}

/**
 * Fails for every omitted field whose value is not the documented default.
 *
 * @example
 * defaultsCheck.run(input);
 */
export const defaultsCheck: ContractCheck = {
  name: 'defaults',
  applies: (c) => c.expect.success !== undefined,
  run({ contractCase, json, exchange }) {
    const body = asObject(json);
    const echo = contractCase.expect.success?.echo;
    if (exchange.response.status !== 200 || !body || !echo) return [];
    const out: CheckFailure[] = [];
    apply({ given: echo, received: body, defaults: TOP_LEVEL, path: '', out });
    const log = nested(echo, 'logConfig');
    if (log)
      apply({ given: log, received: asObject(body.logConfig), defaults: LOG, path: 'logConfig.', out });
    for (const parent of ['customContainerConfig', 'customRuntimeConfig']) {
      const health = asObject(nested(echo, parent)?.healthCheckConfig);
      if (!health) continue;
      const got = asObject(asObject(body[parent])?.healthCheckConfig);
      apply({ given: health, received: got, defaults: HEALTH, path: `${parent}.healthCheckConfig.`, out });
    }
    return out;
  },
};
