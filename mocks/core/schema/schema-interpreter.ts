/**
 * A small JSON Schema interpreter over the spec's components: each schema object is prepared once
 * (keywords in Ajv's order, `$ref`s resolved, patterns compiled) into a check that decides and
 * reports its first violation exactly as Ajv 8 did in the generated validator it replaces
 * (docs/decisions/021-schema-interpreter.md). Browser-safe: no node:* imports.
 */
import { Fc3TestkitError } from '../errors.ts';
import { applicatorKeywords } from './keyword-applicators.ts';
import { assertionKeywords } from './keyword-assertions.ts';
import type { Check, KeywordContext, KeywordFactory, SchemaError, SchemaObject } from './schema-types.ts';
import { violation } from './schema-types.ts';

type Group = 'any' | 'number' | 'string' | 'array' | 'object';

// Ajv's rule groups and, inside each, the order its vocabularies registered the keywords in
// (draft 2020-12: core, validation, applicator, format). A schema runs its type check, then the
// untyped group, then the group of the data's type; `format` belongs to two groups.
const ORDER: ReadonlyArray<readonly [Group, readonly string[]]> = [
  ['any', ['$ref', 'enum', 'not', 'anyOf', 'allOf']],
  ['number', ['maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum', 'multipleOf', 'format']],
  ['string', ['maxLength', 'minLength', 'pattern', 'format']],
  ['array', ['maxItems', 'minItems', 'items']],
  ['object', ['required', 'additionalProperties', 'properties']],
];

const factories: Readonly<Record<string, KeywordFactory>> = { ...applicatorKeywords, ...assertionKeywords };

/**
 * Keywords Ajv implements that this interpreter does not: a schema using one is refused when it
 * is prepared rather than validated differently. Every other unknown keyword is an annotation
 * (`description`, `deprecated`, `x-…`), ignored as Ajv does with `strict: false`.
 *
 * @example
 * unsupportedKeywords.includes('oneOf'); // true
 */
export const unsupportedKeywords: readonly string[] = [
  ...['$id', 'id', '$dynamicAnchor', '$dynamicRef', '$recursiveAnchor', '$recursiveRef', 'const', 'oneOf'],
  ...['if', 'then', 'else', 'maxProperties', 'minProperties', 'propertyNames', 'dependencies'],
  ...['patternProperties', 'dependentRequired', 'dependentSchemas', 'prefixItems', 'contains'],
  ...['uniqueItems', 'maxContains', 'minContains', 'unevaluatedProperties', 'unevaluatedItems'],
];

// Ajv's type tests with `strictNumbers` off: NaN and Infinity are numbers, Infinity an integer.
// (Used for union types; the usual single types are written out where they are tested.)
const TYPE_TESTS: Readonly<Record<string, (data: unknown) => boolean>> = {
  null: (data) => data === null,
  boolean: (data) => typeof data === 'boolean',
  string: (data) => typeof data === 'string',
  number: (data) => typeof data === 'number',
  integer: (data) => typeof data === 'number' && !(data % 1) && !Number.isNaN(data),
  array: (data) => Array.isArray(data),
  object: (data) => typeof data === 'object' && data !== null && !Array.isArray(data),
};

/** Ajv's `getSchemaTypes`: `type` as a list, plus `null` for OpenAPI's `nullable: true`. */
function schemaTypes(schema: SchemaObject, where: string): string[] {
  const types: unknown[] = Array.isArray(schema.type) ? [...schema.type] : schema.type ? [schema.type] : [];
  if (!types.every((type) => typeof type === 'string' && Object.hasOwn(TYPE_TESTS, type))) {
    throw new Fc3TestkitError(`${where}/type: not a JSON type: ${String(schema.type)}`);
  }
  if (schema.nullable !== undefined && types.length === 0) {
    throw new Fc3TestkitError(`${where}: nullable needs a type`);
  }
  if (schema.nullable === true && !types.includes('null')) types.push('null');
  return types as string[];
}

const pass: Check = () => undefined;

function sequence(checks: readonly Check[]): Check {
  if (checks.length === 0) return pass;
  const [a, b, c] = checks as [Check, Check, Check];
  if (checks.length === 1) return a;
  // Unrolled for the usual two or three steps: no loop on the hot path.
  if (checks.length === 2) return (data, depth) => a(data, depth) ?? b(data, depth);
  if (checks.length === 3) return (data, depth) => a(data, depth) ?? b(data, depth) ?? c(data, depth);
  return (data, depth) => {
    for (let i = 0; i < checks.length; i++) {
      const error = (checks[i] as Check)(data, depth);
      if (error) return error;
    }
    return undefined;
  };
}

function typeError(schema: SchemaObject): (data: unknown) => SchemaError {
  const params = Object.freeze({ type: schema.type });
  const message = `must be ${String(schema.type)}`;
  return (data) => violation({ keyword: 'type', parent: schema, data, params, message });
}

/** Ajv's `coerceAndCheckDataType`: the type checked before any keyword runs. */
function typeFirst(types: readonly string[], wrongType: (data: unknown) => SchemaError): Check {
  // The usual single types written out: the hot path calls no test function.
  if (types.length === 1) {
    switch (types[0]) {
      case 'string':
        return (data) => (typeof data === 'string' ? undefined : wrongType(data));
      case 'boolean':
        return (data) => (typeof data === 'boolean' ? undefined : wrongType(data));
      case 'integer':
        return (data) =>
          typeof data === 'number' && !(data % 1) && !Number.isNaN(data) ? undefined : wrongType(data);
    }
  }
  const tests = types.map((type) => TYPE_TESTS[type] as (data: unknown) => boolean);
  return (data) => (tests.some((test) => test(data)) ? undefined : wrongType(data));
}

/**
 * Ajv's `groupKeywords`: a typed group runs on data of its type, else it may report the type.
 * The type tests are written out per group: the hot path calls no test function.
 */
function groupCheck(group: Group, checks: Check[], wrongType?: (data: unknown) => SchemaError): Check {
  const all = sequence(checks);
  const miss: (data: unknown) => SchemaError | undefined = wrongType ?? (() => undefined);
  switch (group) {
    case 'number':
      return (data, depth) => (typeof data === 'number' ? all(data, depth) : miss(data));
    case 'string':
      return (data, depth) => (typeof data === 'string' ? all(data, depth) : miss(data));
    case 'array':
      return (data, depth) => (Array.isArray(data) ? all(data, depth) : miss(data));
    case 'object':
      return (data, depth) =>
        typeof data === 'object' && data !== null && !Array.isArray(data) ? all(data, depth) : miss(data);
    default:
      return all;
  }
}

/**
 * One schema object as a check. Its type is tested inside the group of that type when the schema
 * has keywords of that group and declares that single type, else before everything (as Ajv
 * does: it decides, for instance, that a number sent for `{ type: string, format, enum }` fails
 * `enum` first).
 */
function prepareSchema(schema: SchemaObject, context: Omit<KeywordContext, 'parent'>): Check {
  const refused = unsupportedKeywords.find((keyword) => schema[keyword] !== undefined);
  if (refused)
    throw new Fc3TestkitError(`${context.where}: the schema interpreter does not support ${refused}`);
  const types = schemaTypes(schema, context.where);
  const wrongType = typeError(schema);
  const inGroup = ORDER.some(
    ([group, names]) => group === types[0] && names.some((n) => schema[n] !== undefined),
  );
  const steps: Check[] =
    types.length > 0 && !(types.length === 1 && inGroup) ? [typeFirst(types, wrongType)] : [];
  for (const [group, names] of ORDER) {
    const present = names.filter((name) => schema[name] !== undefined);
    if (present.length === 0) continue;
    const checks = present.flatMap((name) => {
      const factory = factories[name] as KeywordFactory;
      return factory(schema[name], { ...context, parent: schema, where: `${context.where}/${name}` }) ?? [];
    });
    const reportsType = inGroup && types.length === 1 && types[0] === group;
    steps.push(groupCheck(group, checks, reportsType ? wrongType : undefined));
  }
  return sequence(steps);
}

/** The value a `#/…` JSON pointer designates in `root`. */
function resolvePointer(root: unknown, ref: string, where: string): unknown {
  if (!ref.startsWith('#/')) throw new Fc3TestkitError(`${where}: only #/… references are supported: ${ref}`);
  let target = root;
  for (const raw of ref.slice(2).split('/')) {
    const step = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof target !== 'object' || target === null || !Object.hasOwn(target, step)) {
      throw new Fc3TestkitError(`${where}: cannot resolve ${ref}`);
    }
    target = (target as Record<string, unknown>)[step];
  }
  return target;
}

/** What {@link createSchemaValidator} returns: validation against any named component schema. */
export interface SchemaValidator {
  /** The first violation of `value` against `#/components/schemas/<name>`, or `undefined`. */
  validateAgainst(name: string, value: unknown): SchemaError | undefined;
}

/**
 * A validator over the spec's `components`; each schema is prepared on first use and kept.
 *
 * @example
 * const schemas = createSchemaValidator(specDocument.components);
 * schemas.validateAgainst('Tag', { Key: 1 })?.instancePath; // '/Key'
 */
export function createSchemaValidator(components: unknown): SchemaValidator {
  const root = { components };
  const prepared = new WeakMap<object, Check>();
  const byName = new Map<string, Check>();
  const falseSchema: Check = (data) =>
    violation({
      keyword: 'false schema',
      parent: false,
      data,
      params: {},
      message: 'boolean schema is false',
    });

  function compile(schema: unknown, where: string): Check {
    if (schema === true) return pass;
    if (schema === false) return falseSchema;
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
      throw new Fc3TestkitError(`${where}: a schema must be an object or a boolean`);
    }
    const known = prepared.get(schema);
    if (known) return known;
    let ready: Check | undefined;
    // Registered before its keywords are prepared, so that a `$ref` cycle finds it.
    prepared.set(schema, (data, depth) => (ready as Check)(data, depth));
    ready = prepareSchema(schema as SchemaObject, { where, compile, reference });
    prepared.set(schema, ready);
    return ready;
  }

  function reference(ref: string, where: string): Check {
    return compile(resolvePointer(root, ref, where), ref);
  }

  return {
    validateAgainst(name, value) {
      let check = byName.get(name);
      if (!check) {
        check = reference(`#/components/schemas/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`, name);
        byName.set(name, check);
      }
      return check(value, 0);
    },
  };
}
