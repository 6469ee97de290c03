/**
 * Repro from the s13 review of ADR 044: option data nested deep overflowed the stack. From about
 * 2000 levels `structuredClone` in deep-merge.ts threw a raw RangeError ("Maximum call stack size
 * exceeded"), and so did the recursive data check at tens of thousands. Data deeper than
 * MAX_DATA_DEPTH (64) levels is now refused with Fc3TestkitError naming where it crossed the limit.
 */
import { describe, expect, it } from 'vitest';
import { MAX_DATA_DEPTH } from '../../mocks/fixtures/fixture-options.ts';
import {
  buildCreateFunctionInput,
  buildFunction,
  buildUpdateFunctionInput,
} from '../../mocks/fixtures/index.ts';
import { Fc3TestkitError } from '../../mocks/index.ts';

/** `levels` objects nested in one another: `{ a: { a: … {} } }`. */
function nested(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let i = 1; i < levels; i++) value = { a: value };
  return value;
}

const base = buildCreateFunctionInput({ seed: 1 });
type Build = (deep: Record<string, unknown>) => unknown;
const builders: [string, string, Build][] = [
  ['buildCreateFunctionInput', 'overrides', (deep) => buildCreateFunctionInput({ overrides: deep as never })],
  ['buildFunction', 'overrides', (deep) => buildFunction({ overrides: deep as never })],
  ['buildFunction', 'input', (deep) => buildFunction({ input: { ...base, ...deep } as never })],
  [
    'buildUpdateFunctionInput',
    'base',
    (deep) => buildUpdateFunctionInput({ base: { ...base, ...deep } as never }),
  ],
];

describe(`hostile: fixture option data nested deeper than ${MAX_DATA_DEPTH} levels`, () => {
  it.each(builders)(
    '%s: %s 50000 levels deep throws Fc3TestkitError, not RangeError',
    (name, option, build) => {
      const deep = { x: nested(50_000) };
      let thrown: unknown;
      try {
        build(deep);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(Fc3TestkitError);
      const path = `${option}.x${'.a'.repeat(MAX_DATA_DEPTH - 1)}`;
      expect((thrown as Error).message).toBe(
        `${name}: ${path} is nested deeper than ${MAX_DATA_DEPTH} levels (${option} must be plain JSON-like data)`,
      );
    },
  );

  it.each([2_000, MAX_DATA_DEPTH + 1])('overrides %i levels deep are refused', (levels) => {
    expect(() => buildCreateFunctionInput({ overrides: nested(levels) as never })).toThrow(Fc3TestkitError);
  });

  it(`overrides exactly ${MAX_DATA_DEPTH} levels deep still merge`, () => {
    const input = buildCreateFunctionInput({ overrides: { x: nested(MAX_DATA_DEPTH - 1) } as never });
    expect(JSON.stringify(input)).toContain(`"x":${'{"a":'.repeat(MAX_DATA_DEPTH - 2)}{}`);
  });
});
