/**
 * The applicator keywords the spec's request schemas use (`$ref`, `not`, `anyOf`, `allOf`,
 * `properties`, `additionalProperties`, `items`): each runs subschemas and reports as Ajv 8 does
 * with `allErrors: false` (the first violation, its JSON pointer prefixed on the way out).
 */
import { Fc3TestkitError } from '../errors.ts';
import {
  below,
  type Check,
  type KeywordContext,
  type KeywordFactory,
  type SchemaError,
  type SchemaObject,
  violation,
} from './schema-types.ts';

/**
 * `$ref`s nested deeper than this throw a toolkit error. Only a `$ref` can make a schema
 * recursive, and a recursive schema descends one level of the input per turn at best: a body of 64 levels
 * (mocks/core/body.ts refuses deeper ones) needs a few hundred at most, and the bound keeps the
 * call stack far from its limit whatever the input.
 */
export const MAX_REF_DEPTH = 500;

function schemaList(value: unknown, context: KeywordContext): Check[] {
  if (!Array.isArray(value)) throw new Fc3TestkitError(`${context.where} must be an array of schemas`);
  return value.map((schema, i) => context.compile(schema, `${context.where}/${i}`));
}

/**
 * Ajv visits the declared properties in schema order and validates those where
 * `data[name] !== undefined`. Visiting the input's keys instead finds the same ones (a JSON
 * object's keys are its own, enumerable ones) at a fraction of the cost when most declared
 * properties are absent; names that `Object.prototype` also has are looked up as Ajv does. The
 * violation reported is the one of the earliest property in schema order, as Ajv's.
 */
function properties(value: unknown, context: KeywordContext): Check {
  if (typeof value !== 'object' || value === null) {
    throw new Fc3TestkitError(`${context.where} must be an object`);
  }
  const names = Object.keys(value).filter((name) => name !== '__proto__');
  const checks = names.map((name) =>
    context.compile((value as SchemaObject)[name], `${context.where}/${name}`),
  );
  const position = new Map(names.map((name, i) => [name, i]));
  const shadowed = names.map((name) => name in Object.prototype);
  const inherited = names.flatMap((_, i) => (shadowed[i] ? [i] : []));
  return (data, depth) => {
    const object = data as Record<string, unknown>;
    let first: SchemaError | undefined;
    let firstAt = names.length;
    for (const key in object) {
      const at = position.get(key);
      const item = object[key];
      if (at === undefined || at >= firstAt || item === undefined || shadowed[at]) continue;
      const error = (checks[at] as Check)(item, depth);
      if (error) [first, firstAt] = [below(error, key), at];
    }
    for (const at of inherited) {
      const item = object[names[at] as string];
      if (at >= firstAt || item === undefined) continue;
      const error = (checks[at] as Check)(item, depth);
      if (error) [first, firstAt] = [below(error, names[at] as string), at];
    }
    return first;
  };
}

function additionalProperties(value: unknown, context: KeywordContext): Check | undefined {
  if (value === true) return undefined;
  const declared = context.parent.properties;
  const known = new Set(typeof declared === 'object' && declared !== null ? Object.keys(declared) : []);
  known.delete('__proto__');
  const check = value === false ? undefined : context.compile(value, context.where);
  return (data, depth) => {
    const object = data as Record<string, unknown>;
    // for…in, as Ajv's generated loop: inherited enumerable keys count too.
    for (const key in object) {
      if (known.has(key)) continue;
      if (!check) {
        const params = { additionalProperty: key };
        const message = 'must NOT have additional properties';
        return violation({ keyword: 'additionalProperties', parent: context.parent, data, params, message });
      }
      const error = check(object[key], depth);
      if (error) return below(error, key);
    }
    return undefined;
  };
}

function items(value: unknown, context: KeywordContext): Check {
  if (Array.isArray(value)) throw new Fc3TestkitError(`${context.where}: use prefixItems for tuples`);
  const check = context.compile(value, context.where);
  return (data, depth) => {
    const list = data as unknown[];
    for (let i = 0; i < list.length; i++) {
      const error = check(list[i], depth);
      if (error) return below(error, String(i));
    }
    return undefined;
  };
}

function ref(value: unknown, context: KeywordContext): Check {
  if (typeof value !== 'string') throw new Fc3TestkitError(`${context.where} must be a string`);
  const check = context.reference(value, context.where);
  return (data, depth) => {
    if (depth >= MAX_REF_DEPTH) {
      throw new Fc3TestkitError(`schema validation went through more than ${MAX_REF_DEPTH} nested $refs`);
    }
    return check(data, depth + 1);
  };
}

function not(value: unknown, context: KeywordContext): Check {
  const check = context.compile(value, context.where);
  const params = {};
  return (data, depth) =>
    check(data, depth)
      ? undefined
      : violation({ keyword: 'not', parent: context.parent, data, params, message: 'must NOT be valid' });
}

function anyOf(value: unknown, context: KeywordContext): Check {
  const branches = schemaList(value, context);
  const params = {};
  const message = 'must match a schema in anyOf';
  return (data, depth) => {
    for (let i = 0; i < branches.length; i++) if (!(branches[i] as Check)(data, depth)) return undefined;
    return violation({ keyword: 'anyOf', parent: context.parent, data, params, message });
  };
}

function allOf(value: unknown, context: KeywordContext): Check {
  const branches = schemaList(value, context);
  return (data, depth) => {
    for (const branch of branches) {
      const error = branch(data, depth);
      if (error) return error;
    }
    return undefined;
  };
}

/**
 * The applicator keywords by name.
 *
 * @example
 * Object.keys(applicatorKeywords).includes('anyOf'); // true
 */
export const applicatorKeywords: Readonly<Record<string, KeywordFactory>> = {
  $ref: ref,
  not,
  anyOf,
  allOf,
  items,
  additionalProperties,
  properties,
};
