/**
 * The assertion keywords the spec's request schemas use (bounds, lengths, sizes, `multipleOf`,
 * `pattern`, `enum`, `required`), each prepared into a check that decides and reports exactly as
 * Ajv 8 does with the emulator's former options (`strict: false`, `allErrors: false`,
 * `verbose: true`, `multipleOfPrecision: 9`): same verdict, same `params`, same message.
 * ADR 021 says why the emulator interprets its schemas instead of running generated code.
 */
import { Fc3TestkitError } from '../errors.ts';
import { type Check, type KeywordContext, type KeywordFactory, violation } from './schema-types.ts';

// Ajv's `multipleOfPrecision: 9`: a quotient within 1e-9 of an integer counts as one, so that
// `cpu: 0.35` is a multiple of 0.05 despite binary floating point (CF B.1, C.5).
const MULTIPLE_OF_TOLERANCE = 1e-9;

function numberValue(value: unknown, context: KeywordContext): number {
  if (typeof value !== 'number') throw new Fc3TestkitError(`${context.where} must be a number`);
  return value;
}

/** Code points, as Ajv's `ucs2length` counts them: a surrogate pair is one character. */
function characters(data: unknown): number {
  const text = data as string;
  let count = 0;
  for (let i = 0; i < text.length; i++, count++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return count;
}

type Comparison = '<=' | '>=' | '<' | '>';

function bound(keyword: string, comparison: Comparison, fails: (data: number, limit: number) => boolean) {
  return (value: unknown, context: KeywordContext): Check => {
    const limit = numberValue(value, context);
    const params = { comparison, limit };
    const message = `must be ${comparison} ${limit}`;
    return (data) =>
      fails(data as number, limit) || Number.isNaN(data)
        ? violation({ keyword, parent: context.parent, data, params, message })
        : undefined;
  };
}

function count(keyword: string, unit: 'characters' | 'items', measure: (data: unknown) => number) {
  const more = keyword.startsWith('max');
  return (value: unknown, context: KeywordContext): Check => {
    const limit = numberValue(value, context);
    const params = { limit };
    const message = `must NOT have ${more ? 'more' : 'fewer'} than ${limit} ${unit}`;
    return (data) => {
      const size = measure(data);
      return (more ? size > limit : size < limit)
        ? violation({ keyword, parent: context.parent, data, params, message })
        : undefined;
    };
  };
}

// A string's UTF-16 length bounds its code points from above: count them only when that matters.
const textLength = (keyword: 'maxLength' | 'minLength') => {
  const exact = count(keyword, 'characters', characters);
  return (value: unknown, context: KeywordContext): Check => {
    const check = exact(value, context);
    const limit = value as number;
    return keyword === 'maxLength'
      ? (data, depth) => ((data as string).length <= limit ? undefined : check(data, depth))
      : (data, depth) => ((data as string).length >= 2 * limit ? undefined : check(data, depth));
  };
};

function multipleOf(value: unknown, context: KeywordContext): Check {
  const divisor = numberValue(value, context);
  const params = { multipleOf: divisor };
  const message = `must be multiple of ${divisor}`;
  return (data) => {
    const quotient = (data as number) / divisor;
    return divisor === 0 || Math.abs(Math.round(quotient) - quotient) > MULTIPLE_OF_TOLERANCE
      ? violation({ keyword: 'multipleOf', parent: context.parent, data, params, message })
      : undefined;
  };
}

function pattern(value: unknown, context: KeywordContext): Check {
  if (typeof value !== 'string') throw new Fc3TestkitError(`${context.where} must be a string`);
  const expression = new RegExp(value, 'u'); // Ajv's `unicodeRegExp` default
  const params = { pattern: value };
  const message = `must match pattern "${value}"`;
  return (data) =>
    expression.test(data as string)
      ? undefined
      : violation({ keyword: 'pattern', parent: context.parent, data, params, message });
}

function enumeration(value: unknown, context: KeywordContext): Check {
  if (!Array.isArray(value) || value.length === 0) {
    throw new Fc3TestkitError(`${context.where} must be a non-empty array`);
  }
  if (value.some((allowed) => typeof allowed === 'object' && allowed !== null)) {
    throw new Fc3TestkitError(`${context.where}: enum values that are objects are not supported`);
  }
  const params = { allowedValues: value };
  const message = 'must be equal to one of the allowed values';
  return (data) =>
    value.includes(data) && !Number.isNaN(data)
      ? undefined
      : violation({ keyword: 'enum', parent: context.parent, data, params, message });
}

function required(value: unknown, context: KeywordContext): Check | undefined {
  if (!Array.isArray(value)) throw new Fc3TestkitError(`${context.where} must be an array of names`);
  const names = value.map(String);
  const answers = names.map((name) => ({
    params: Object.freeze({ missingProperty: name }),
    message: `must have required property '${name}'`,
  }));
  if (names.length === 0) return undefined;
  return (data) => {
    const object = data as Record<string, unknown>;
    for (let i = 0; i < names.length; i++) {
      // Ajv tests `data[name] !== undefined` (no `ownProperties`): inherited names count.
      if (object[names[i] as string] !== undefined) continue;
      const { params, message } = answers[i] as (typeof answers)[number];
      return violation({ keyword: 'required', parent: context.parent, data, params, message });
    }
    return undefined;
  };
}

/**
 * The assertion keywords by name. `format` never fails: the emulator's Ajv had no formats
 * registered and, with `strict: false`, ignored unknown ones.
 *
 * @example
 * assertionKeywords.maximum?.(16, context)?.(17, 0)?.message; // 'must be <= 16'
 */
export const assertionKeywords: Readonly<Record<string, KeywordFactory>> = {
  enum: enumeration,
  maximum: bound('maximum', '<=', (data, limit) => data > limit),
  minimum: bound('minimum', '>=', (data, limit) => data < limit),
  exclusiveMaximum: bound('exclusiveMaximum', '<', (data, limit) => data >= limit),
  exclusiveMinimum: bound('exclusiveMinimum', '>', (data, limit) => data <= limit),
  multipleOf,
  format: () => undefined,
  maxLength: textLength('maxLength'),
  minLength: textLength('minLength'),
  pattern,
  maxItems: count('maxItems', 'items', (data) => (data as unknown[]).length),
  minItems: count('minItems', 'items', (data) => (data as unknown[]).length),
  required,
};
