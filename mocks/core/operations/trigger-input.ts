/**
 * Validation of CreateTrigger / UpdateTrigger bodies and of `triggerConfig` per trigger type
 * (lifecycle I.4, reference "Triggers and tags" T.1), with the rule ids of the spec's
 * `x-fc-rules`. Its own file, behind one function per body, so it can later be pointed at the
 * shared schema validator; the field list, enum and name pattern are read from the spec.
 */
import { emulatorDocument } from '../../../generated/spec-document.ts';
import { isJsonObject } from '../json-object.ts';
import type { CreateTriggerInput, UpdateTriggerInput } from '../types.ts';
import { shownValue } from './operation.ts';

/** A verdict: the typed input, or the rule it breaks and a message naming the field. */
export type TriggerInputResult<T> = { ok: true; value: T } | { ok: false; ruleId: string; message: string };

interface StringSchema {
  type: string;
  enum?: string[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
}

const schemas = (emulatorDocument as unknown as { components: { schemas: Record<string, unknown> } })
  .components.schemas as Record<string, { properties: Record<string, StringSchema>; required?: string[] }>;
const CREATE = schemas.CreateTriggerInput as { properties: Record<string, StringSchema>; required: string[] };
const UPDATE = schemas.UpdateTriggerInput as { properties: Record<string, StringSchema> };
const NAME = CREATE.properties.triggerName as Required<
  Pick<StringSchema, 'pattern' | 'minLength' | 'maxLength'>
>;
const NAME_PATTERN = new RegExp(NAME.pattern, 'u');
const TYPES = CREATE.properties.triggerType?.enum ?? [];

/** HTTP methods an HTTP trigger can allow (T.1). */
const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'PATCH', 'OPTIONS'];
/** `jwt` is inferred from the SDK's `authConfig` example (JWKS); the model documents the other two. */
const HTTP_AUTH_TYPES = ['anonymous', 'function', 'jwt'];
const EVERY = /^@every (?:\d+h)?(?:\d+m)?$/;
const CRON_FIELDS = /^(?:CRON_TZ=\S+ )?\S+(?: \S+){5}$/;

type Verdict = { ruleId: string; message: string } | undefined;

function fieldTypes(
  body: Record<string, unknown>,
  properties: Record<string, StringSchema>,
  ruleId: string,
): Verdict {
  for (const key of Object.keys(properties)) {
    const value = body[key];
    if (value !== undefined && typeof value !== 'string') {
      return { ruleId, message: `${key} must be a string, got ${shownValue(value)}` };
    }
  }
  return undefined;
}

/**
 * Checks a trigger name from a body or a path (rule `triggerName-format`).
 *
 * @example
 * checkTriggerName('9t')?.ruleId; // 'triggerName-format'
 */
export function checkTriggerName(name: string): Verdict {
  if (name.length >= NAME.minLength && name.length <= NAME.maxLength && NAME_PATTERN.test(name))
    return undefined;
  return {
    ruleId: 'triggerName-format',
    message: `triggerName ${shownValue(name)} is invalid: 1 to 128 letters, digits, _ and -; does not start with a digit or -`,
  };
}

function checkHttpConfig(config: Record<string, unknown>): Verdict {
  const fail = (message: string): Verdict => ({ ruleId: 'http-trigger-config', message });
  const { authType, methods, disableURLInternet, authConfig, corsConfig } = config;
  if (authType !== undefined && !HTTP_AUTH_TYPES.includes(authType as string))
    return fail(`triggerConfig.authType ${shownValue(authType)} is not one of ${HTTP_AUTH_TYPES.join(', ')}`);
  if (methods !== undefined) {
    if (!Array.isArray(methods))
      return fail(`triggerConfig.methods must be an array, got ${shownValue(methods)}`);
    const index = methods.findIndex((method) => !HTTP_METHODS.includes(method as string));
    if (index >= 0)
      return fail(
        `triggerConfig.methods[${index}] ${shownValue(methods[index])} is not one of ${HTTP_METHODS.join(', ')}`,
      );
  }
  if (disableURLInternet !== undefined && typeof disableURLInternet !== 'boolean')
    return fail(`triggerConfig.disableURLInternet must be a boolean, got ${shownValue(disableURLInternet)}`);
  if (authConfig !== undefined && typeof authConfig !== 'string')
    return fail(`triggerConfig.authConfig must be a string, got ${shownValue(authConfig)}`);
  if (corsConfig !== undefined && !isJsonObject(corsConfig))
    return fail(`triggerConfig.corsConfig must be an object, got ${shownValue(corsConfig)}`);
  return undefined;
}

function checkTimerConfig(config: Record<string, unknown>): Verdict {
  const fail = (message: string): Verdict => ({ ruleId: 'timer-trigger-config', message });
  const { cronExpression, enable, payload } = config;
  if (cronExpression == null) return fail('triggerConfig.cronExpression is required');
  if (typeof cronExpression !== 'string')
    return fail(`triggerConfig.cronExpression must be a string, got ${shownValue(cronExpression)}`);
  const every = EVERY.test(cronExpression) && cronExpression !== '@every ';
  if (!every && !CRON_FIELDS.test(cronExpression.trim()))
    return fail(
      `triggerConfig.cronExpression ${shownValue(cronExpression)} is neither "@every <n>m|h" nor six cron fields`,
    );
  if (enable !== undefined && typeof enable !== 'boolean')
    return fail(`triggerConfig.enable must be a boolean, got ${shownValue(enable)}`);
  if (payload !== undefined && typeof payload !== 'string')
    return fail(`triggerConfig.payload must be a string, got ${shownValue(payload)}`);
  return undefined;
}

/**
 * Checks `triggerConfig` for a trigger type: JSON text of an object (`triggerConfig-json`), then
 * the `http` and `timer` shapes; other types are stored as given (inferred). `enabled` tells
 * which inferred rules are on.
 *
 * @example
 * checkTriggerConfig('http', '{"methods":["FETCH"]}', () => true)?.ruleId; // 'http-trigger-config'
 */
export function checkTriggerConfig(
  triggerType: string,
  text: string,
  enabled: (ruleId: string) => boolean,
): Verdict {
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch {
    config = undefined;
  }
  if (!isJsonObject(config))
    return {
      ruleId: 'triggerConfig-json',
      message: `triggerConfig must be the JSON text of an object, got ${shownValue(text)}`,
    };
  const verdict =
    triggerType === 'http'
      ? checkHttpConfig(config)
      : triggerType === 'timer'
        ? checkTimerConfig(config)
        : undefined;
  return verdict && enabled(verdict.ruleId) ? verdict : undefined;
}

/**
 * Validates a CreateTrigger body (rules `trigger-input-types`, `triggerName-format`,
 * `triggerConfig-json`, `http-trigger-config`, `timer-trigger-config`).
 *
 * @example
 * validateCreateTrigger({ triggerName: 't', triggerType: 'http', triggerConfig: '{}' }, () => true).ok; // true
 */
export function validateCreateTrigger(
  body: Record<string, unknown>,
  enabled: (ruleId: string) => boolean,
): TriggerInputResult<CreateTriggerInput> {
  const missing = CREATE.required.find((key) => body[key] === undefined);
  const verdict: Verdict = missing
    ? { ruleId: 'trigger-input-types', message: `${missing} is required` }
    : (fieldTypes(body, CREATE.properties, 'trigger-input-types') ??
      checkTriggerName(body.triggerName as string) ??
      (TYPES.includes(body.triggerType as string)
        ? checkTriggerConfig(body.triggerType as string, body.triggerConfig as string, enabled)
        : {
            ruleId: 'trigger-input-types',
            message: `triggerType ${shownValue(body.triggerType)} is not one of ${TYPES.join(', ')}`,
          }));
  return verdict ? { ok: false, ...verdict } : { ok: true, value: body as unknown as CreateTriggerInput };
}

/**
 * Validates an UpdateTrigger body against the stored trigger type (rules
 * `update-trigger-types`, `triggerConfig-json`, `http-trigger-config`, `timer-trigger-config`).
 *
 * @example
 * validateUpdateTrigger({ description: 1 }, 'http', () => true).ok; // false
 */
export function validateUpdateTrigger(
  body: Record<string, unknown>,
  triggerType: string,
  enabled: (ruleId: string) => boolean,
): TriggerInputResult<UpdateTriggerInput> {
  const verdict =
    fieldTypes(body, UPDATE.properties, 'update-trigger-types') ??
    (body.triggerConfig === undefined
      ? undefined
      : checkTriggerConfig(triggerType, body.triggerConfig as string, enabled));
  return verdict ? { ok: false, ...verdict } : { ok: true, value: body as UpdateTriggerInput };
}
