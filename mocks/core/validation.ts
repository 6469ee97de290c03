/**
 * Schema validation of request bodies with the schema interpreter over the spec's components
 * (mocks/core/schema/, ADR 021), and its errors turned into FC `InvalidArgument` messages that
 * name the field and the rule.
 */

import { emulatorDocument } from '../../generated/spec-document.ts';
import { isJsonObject } from './json-object.ts';
import { createFunctionRules, indexedRule } from './rule-index.ts';
import { createSchemaValidator } from './schema/schema-interpreter.ts';
import type { SchemaError } from './schema/schema-types.ts';
import { WORDED_KEYWORDS } from './worded-keywords.ts';

/** A schema violation: the rule it breaks and FC's message. */
export interface SchemaViolation {
  ruleId: string | undefined;
  message: string;
}

// FC's own wording where it is known (reference C.2); ours where it is not.
const COMPOSITE_MESSAGES: Record<string, string> = {
  'code-xor-container|anyOf': 'either code or customContainerConfig must be set',
  'code-xor-container|not': 'code and customContainerConfig cannot both be set',
  'zipFile-xor-oss|anyOf': 'Either ossBucketName/ossObjectName or zipFile must be set',
  'zipFile-xor-oss|not': 'code.zipFile cannot be combined with code.ossBucketName/ossObjectName',
};

const COMPOSITES = new Set(['not', 'anyOf', 'oneOf']);
const IS_TYPE: Record<string, (value: unknown) => boolean> = {
  object: isJsonObject,
  string: (value) => typeof value === 'string',
};
/**
 * The fields each composite rule is about, with their spec types. Written out rather than read
 * from the spec at load (that reader cost ~120 B gzip of the browser bundle for two rows);
 * test/core/composite-fields.test.ts derives it from the spec and fails when they differ.
 *
 * @example
 * COMPOSITE_FIELDS['zipFile-xor-oss']?.zipFile; // 'string'
 */
export const COMPOSITE_FIELDS: Record<string, Record<string, string>> = {
  'code-xor-container': { code: 'object', customContainerConfig: 'object' },
  'zipFile-xor-oss': { zipFile: 'string', ossBucketName: 'string', ossObjectName: 'string' },
};

function indexTargets(): Map<string, string> {
  const index = new Map<string, string>();
  for (const rule of createFunctionRules) {
    for (const target of rule.appliesTo ?? []) {
      const path = target.property ? `${target.path}/${target.property}` : target.path;
      for (const keyword of target.keywords) index.set(`${path}|${keyword}`, rule.id);
    }
  }
  return index;
}

// Prepared once and shared by every emulator: the spec's schemas are immutable, and so are the
// checks prepared from them. The same for the rule lookup by JSON pointer and keyword.
const specSchemas = createSchemaValidator(emulatorDocument.components);
const targets = indexTargets();

function segments(instancePath: string): string[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function fieldName(parts: string[]): string {
  return parts.reduce(
    (out, part) => (/^\d+$/.test(part) ? `${out}[${part}]` : out ? `${out}.${part}` : part),
    '',
  );
}

function pointerPattern(parts: string[]): string {
  return parts.map((part) => (/^\d+$/.test(part) ? '/*' : `/${part}`)).join('');
}

function ruleFor(error: SchemaError, parts: string[], targets: Map<string, string>): string | undefined {
  const path = error.keyword === 'required' ? [...parts, String(error.params.missingProperty)] : parts;
  const exact = targets.get(`${pointerPattern(path)}|${error.keyword}`);
  if (exact) return exact;
  const wildcard = targets.get(`*|${error.keyword}`);
  if (wildcard) return wildcard;
  return error.keyword === 'type' ? 'field-types' : undefined;
}

function limits(schema: Record<string, unknown>): string {
  const min = schema.minimum ?? schema.minLength ?? schema.minItems;
  const max = schema.maximum ?? schema.maxLength ?? schema.maxItems;
  if (min !== undefined && max !== undefined) return `between ${min} and ${max}`;
  return min !== undefined ? `at least ${min}` : `at most ${max}`;
}

/** A value as JSON for a message, cut short: a message must stay small whatever was sent. */
function preview(value: unknown): string {
  if (typeof value === 'string' && value.length > 100) {
    return `${JSON.stringify(value.slice(0, 100))}… (${value.length} characters)`;
  }
  // JSON writes a number past the double range (`1e400` parses to Infinity) as null.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 100 ? `${text.slice(0, 100)}… (${text.length} characters of JSON)` : text;
}

function messageFor(error: SchemaError, field: string, ruleId: string | undefined): string {
  const schema = (error.parentSchema ?? {}) as Record<string, unknown>;
  // Only a keyword validation does not word itself quotes the rule (the view keeps no others).
  const quotes = ruleId !== undefined && !WORDED_KEYWORDS.has(error.keyword);
  const statement = quotes ? indexedRule(ruleId)?.statement?.replace(/`/g, '') : undefined;
  switch (error.keyword) {
    case 'required': {
      const name = field
        ? `${field}.${String(error.params.missingProperty)}`
        : String(error.params.missingProperty);
      return name === 'handler'
        ? 'Handler is required but not provided'
        : `${name} is required but not provided`;
    }
    case 'type':
      return `${field} must be of type ${String(error.params.type)}, got ${preview(error.data)}`;
    case 'multipleOf':
      return `${field} must be a multiple of ${String(error.params.multipleOf)}, got ${preview(error.data)}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `${field} must be ${limits(schema)}, got ${preview(error.data)}`;
    case 'minLength':
    case 'maxLength':
      return `${field} length must be ${limits(schema)} characters, got ${String((error.data as string).length)}`;
    case 'minItems':
    case 'maxItems':
      return `${field} must have ${limits(schema)} items, got ${String((error.data as unknown[]).length)}`;
    case 'enum':
      return `${field} must be one of ${(error.params.allowedValues as unknown[]).map(String).join(', ')}, got ${preview(error.data)}`;
    case 'pattern':
      return `${field} ${preview(error.data)} is invalid: ${statement ?? `must match ${String(error.params.pattern)}`}`;
    default: {
      const known = COMPOSITE_MESSAGES[`${ruleId}|${error.keyword}`];
      if (known) return known;
      return statement
        ? `${field || 'request body'}: ${statement}`
        : `${field || 'request body'} ${error.message}`;
    }
  }
}

/**
 * The first violation of a value against one of the spec's component schemas, as Ajv would
 * report it; `undefined` when the value conforms.
 *
 * @example
 * validateAgainst('CreateFunctionInput', { functionName: 'f' })?.keyword; // 'anyOf'
 */
export function validateAgainst(schemaName: string, value: unknown): SchemaError | undefined {
  return specSchemas.validateAgainst(schemaName, value);
}

/**
 * A `CreateFunctionInput` schema error as the rule it breaks and FC's message.
 *
 * @example
 * const error = validateAgainst('CreateFunctionInput', { code: { zipFile: 'UEsFBg==' }, cpu: 17 });
 * if (error) violationFor(error).ruleId; // 'functionName-required'
 */
export function violationFor(error: SchemaError): SchemaViolation {
  const parts = segments(error.instancePath);
  const ruleId = ruleFor(error, parts, targets);
  const mistyped = COMPOSITES.has(error.keyword) ? mistypedField(error.data, parts, ruleId) : undefined;
  return mistyped ?? { ruleId, message: messageFor(error, fieldName(parts), ruleId) };
}

/**
 * The spec's composite rules (`not` / `anyOf` of `required`) run before the types of the fields
 * they name, as in Ajv, and `required` only asks that a key be there: `"code": null` would read as
 * zipFile combined with OSS, `{"code": null, "customContainerConfig": {…}}` as both set. What is
 * wrong there is a type, so that is what the answer names.
 */
function mistypedField(
  data: unknown,
  parts: string[],
  ruleId: string | undefined,
): SchemaViolation | undefined {
  const typeError = (at: string[], type: string, value: unknown): SchemaViolation => ({
    ruleId: 'field-types',
    message: `${fieldName(at) || 'request body'} must be of type ${type}, got ${preview(value)}`,
  });
  if (!isJsonObject(data)) return typeError(parts, 'object', data);
  const fields = Object.entries(COMPOSITE_FIELDS[ruleId ?? ''] ?? {});
  const wrong = fields.find(([key, type]) => Object.hasOwn(data, key) && !IS_TYPE[type]?.(data[key]));
  return wrong ? typeError([...parts, wrong[0]], wrong[1], data[wrong[0]]) : undefined;
}

/**
 * Validates a parsed body against `CreateFunctionInput`; `undefined` when it conforms.
 *
 * @example
 * validateInput({ functionName: 'f', runtime: 'python3.10', code: { zipFile: 'UEsFBg==' } }); // { ruleId: 'handler-required', message: 'Handler is required but not provided' }
 */
export function validateInput(input: unknown): SchemaViolation | undefined {
  const error = specSchemas.validateAgainst('CreateFunctionInput', input);
  return error ? violationFor(error) : undefined;
}
