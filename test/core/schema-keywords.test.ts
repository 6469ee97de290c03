/**
 * The schema interpreter keyword by keyword, against Ajv on small made-up schemas: keywords and
 * placements the spec does not use yet (exclusive bounds, minItems, closed objects, nullable,
 * union types, `$ref` beside other keywords, boolean schemas, recursion), the keywords it refuses,
 * and the bound on nesting (ADR 021).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Fc3TestkitError } from '../../mocks/core/errors.ts';
import { createSchemaValidator, unsupportedKeywords } from '../../mocks/core/schema/schema-interpreter.ts';
import { ajvReference } from '../helpers/ajv-reference.ts';
import { typeSamples } from '../helpers/schema-inputs.ts';

const schemas: Record<string, unknown> = {
  Numbers: {
    type: 'number',
    minimum: 0,
    maximum: 10,
    exclusiveMinimum: -1,
    exclusiveMaximum: 9.5,
    multipleOf: 0.1,
  },
  Integers: { type: 'integer', minimum: 1, multipleOf: 3, enum: [3, 6, 9, 12, 13] },
  Exclusive: { exclusiveMinimum: 0, exclusiveMaximum: 1 },
  Strings: { type: 'string', minLength: 2, maxLength: 4, pattern: '^[a-z😀]+$' },
  FormatInGroup: { type: 'string', format: 'date-time', enum: ['a', 'b'] },
  TypeFirst: { type: 'string', enum: ['a', 'b', 1] },
  Arrays: { type: 'array', minItems: 1, maxItems: 3, items: { type: 'integer' } },
  NoItems: { type: 'array', items: false },
  Closed: {
    type: 'object',
    required: ['a', 'b'],
    properties: { a: { type: 'string' }, b: { $ref: '#/components/schemas/Integers' } },
    additionalProperties: false,
  },
  Open: { type: 'object', properties: { s: { type: 'string' } }, additionalProperties: { type: 'number' } },
  Escapes: {
    properties: { 'a/b': { type: 'string' }, 'c~d': { type: 'string' } },
    additionalProperties: { maxLength: 1 },
  },
  // Ajv reads `data[name]`: a name Object.prototype has is "present" in every object.
  Shadowed: {
    properties: { a: { type: 'number' }, toString: { not: { type: 'string' } }, valueOf: { minLength: 1 } },
  },
  Nullable: { type: 'string', nullable: true, maxLength: 3 },
  Union: { type: ['string', 'integer', 'null'], minimum: 2, maxLength: 2 },
  ObjectOrArray: { type: ['object', 'array'], maxItems: 1, required: ['x'] },
  Untyped: { minimum: 3, maxLength: 2, maxItems: 1, required: ['x'], enum: [3, 4, 'ab', 'abc', null] },
  RefBeside: {
    $ref: '#/components/schemas/Strings',
    type: 'string',
    maxLength: 3,
    enum: ['ab', 'abcd', 'abc', 5],
  },
  Composite: {
    allOf: [
      { anyOf: [{ type: 'string' }, { type: 'number', not: { multipleOf: 2 } }] },
      { not: { enum: [5, 'x'] } },
    ],
  },
  Booleans: {
    type: 'object',
    properties: { yes: true, no: false, nested: { items: { anyOf: [false, true] } } },
  },
  Tree: {
    type: 'object',
    required: ['value'],
    properties: {
      value: { type: 'integer' },
      children: { type: 'array', items: { $ref: '#/components/schemas/Tree' } },
    },
  },
};
const components = { schemas };
const reference = ajvReference(components);
const interpreter = createSchemaValidator(components);

function agree(name: string, value: unknown): boolean {
  const expected = reference(name, value)?.chosen;
  expect(interpreter.validateAgainst(name, value), `${name} ${JSON.stringify(value)}`).toStrictEqual(
    expected,
  );
  return expected === undefined;
}

const specials: unknown[] = [
  ...typeSamples,
  ...[0.3, 0.30000000001, 9.5, 9.4, 10, -1, -0.5, 3, 6, 12, 13, 15, 'ab', 'abc', 'abcd', 'abcde', 'x', 5],
  ...['😀😀', '😀😀😀😀😀', '\ud83d\ud83d', 'a\ude00', [1, 2], [1, 'a'], [1.5], [false], [{}]],
  ...[
    { a: 'x', b: 3 },
    { a: 'x', b: 4 },
    { a: 'x', b: 3, c: 1 },
    { b: 3 },
    { s: 1, t: 2 },
    { s: 's', t: 'x' },
  ],
  ...[
    { 'a/b': 1 },
    { 'c~d': 2 },
    { 'e/f~g': 'xy' },
    { x: 1 },
    { yes: 1 },
    { no: 1 },
    { nested: [1] },
    { value: 1, children: [] },
  ],
];

describe('each keyword decides and reports as Ajv', () => {
  it.each(Object.keys(schemas))('%s on special values and 1,000 arbitrary JSON values', (name) => {
    const verdicts = specials.map((value) => agree(name, value));
    expect(verdicts).toContain(true);
    expect(verdicts).toContain(false);
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.constantFrom(...specials)), (value) => {
        agree(name, value);
      }),
      { seed: 5, numRuns: 1000 },
    );
  });

  it('Tree on nested bodies up to 64 levels, failing at the bottom', () => {
    for (const depth of [1, 2, 16, 64]) {
      let tree: Record<string, unknown> = { value: depth % 2 ? 'leaf' : 1.5 };
      for (let i = 0; i < depth; i++) tree = { value: i, children: [{ value: 1 }, tree] };
      expect(agree('Tree', tree)).toBe(false);
    }
  });
});

describe('what the interpreter refuses', () => {
  it('stops a recursion deeper than its bound with a toolkit error, not a stack overflow', () => {
    let tree: Record<string, unknown> = { value: 0 };
    for (let i = 0; i < 2000; i++) tree = { value: i, children: [tree] };
    expect(() => interpreter.validateAgainst('Tree', tree)).toThrow(Fc3TestkitError);
  });

  it.each(unsupportedKeywords)('a schema using %s, when it is prepared', (keyword) => {
    const validator = createSchemaValidator({ schemas: { S: { properties: { a: { [keyword]: {} } } } } });
    expect(() => validator.validateAgainst('S', {})).toThrow(/does not support/);
  });

  it('references it cannot resolve, unknown names and malformed keywords', () => {
    const validator = createSchemaValidator({
      schemas: {
        Far: { $ref: 'https://example.com/s' },
        Gone: { $ref: '#/components/schemas/Nope' },
        Bad: { maximum: '1' },
        Deep: { enum: [[1], { a: 1 }] },
      },
    });
    for (const name of ['Far', 'Gone', 'Bad', 'Deep', 'Missing']) {
      expect(() => validator.validateAgainst(name, 1), name).toThrow(Fc3TestkitError);
    }
  });

  it('names every keyword Ajv implements: each is interpreted or refused', () => {
    const ajv = new Ajv2020({ strict: false }) as unknown as { RULES: { all: Record<string, unknown> } };
    const interpreted = ['$ref', 'type', 'nullable', '$comment', 'enum', 'not', 'anyOf', 'allOf', 'format'];
    const bounds = ['maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum', 'multipleOf'];
    const sizes = ['maxLength', 'minLength', 'pattern', 'maxItems', 'minItems', 'items'];
    const objects = ['required', 'additionalProperties', 'properties'];
    const known = new Set([...interpreted, ...bounds, ...sizes, ...objects, ...unsupportedKeywords]);
    expect(Object.keys(ajv.RULES.all).filter((keyword) => !known.has(keyword))).toEqual([]);
  });
});
