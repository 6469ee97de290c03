/**
 * Differential test of the schema interpreter (mocks/core/schema/, ADR 021) against Ajv compiling
 * the spec in memory with the options of the generated validator it replaced: on every input,
 * the same verdict and the same error (keyword, instancePath, params, message, data,
 * parentSchema), hence the same rule id and FC message from mocks/core/validation.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { specDocument } from '../../generated/spec-document.ts';
import { createSchemaValidator } from '../../mocks/core/schema/schema-interpreter.ts';
import { validateInput, violationFor } from '../../mocks/core/validation.ts';
import {
  buildCreateFunctionInput,
  buildInvalidCreateFunctionInput,
  fixtureTraits,
  routineRuleIds,
} from '../../mocks/fixtures/index.ts';
import { ajvReference } from '../helpers/ajv-reference.ts';
import { boundaryValues, mutated, placed, slots, typeSamples } from '../helpers/schema-inputs.ts';

const NAME = 'CreateFunctionInput';
const components = specDocument.components as Record<string, unknown>;
const reference = ajvReference(components);
const interpreter = createSchemaValidator(components);

/** Compares both on one input and returns Ajv's verdict: `valid`, or the failing keyword. */
function agree(input: unknown): string {
  const expected = reference(NAME, input);
  const actual = interpreter.validateAgainst(NAME, input);
  expect(actual, JSON.stringify(input)).toStrictEqual(expected?.chosen);
  if (!expected || !actual) return 'valid';
  // Ajv's list ends with the error it stopped at; earlier entries are failed anyOf branches.
  expect(expected.errors.at(-1)?.keyword).toBe(expected.chosen.keyword);
  expect(expected.errors.at(-1)?.instancePath).toBe(expected.chosen.instancePath);
  expect(validateInput(input)).toStrictEqual(violationFor(expected.chosen));
  return expected.chosen.keyword;
}

function tally(verdicts: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const verdict of verdicts) counts[verdict] = (counts[verdict] ?? 0) + 1;
  return counts;
}

describe('the schema interpreter decides and reports as Ajv on CreateFunctionInput', () => {
  it('on every fixture trait × 40 seeds (all valid)', () => {
    const verdicts = fixtureTraits.flatMap((trait) =>
      Array.from({ length: 40 }, (_, i) => agree(buildCreateFunctionInput({ seed: i + 1, traits: [trait] }))),
    );
    expect(tally(verdicts)).toEqual({ valid: fixtureTraits.length * 40 });
  });

  it("on every rule's invalid fixture, five seeds each", () => {
    const verdicts = routineRuleIds.flatMap((ruleId) =>
      [1, 2, 3, 4, 5].map((seed) => agree(buildInvalidCreateFunctionInput(ruleId, { seed }).input)),
    );
    // Schema rules fail in the schema; cross-field rules pass it (the rule table rejects them).
    expect(Object.keys(tally(verdicts)).sort()).toEqual([
      'enum',
      'maxItems',
      'maxLength',
      'maximum',
      'multipleOf',
      'not',
      'pattern',
      'required',
      'type',
      'valid',
    ]);
  });

  it('on arbitrary JSON (3,000 runs, seeded)', () => {
    const verdicts: string[] = [];
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.constantFrom(...typeSamples)), (input) => {
        verdicts.push(agree(input));
      }),
      { seed: 21, numRuns: 3000 },
    );
    expect(new Set(verdicts).size).toBeGreaterThan(1);
  });

  it('on fixtures with one to three random edits (5,000 runs, seeded)', () => {
    const verdicts: string[] = [];
    const base = (seed: number) =>
      buildCreateFunctionInput({
        seed,
        traits: [fixtureTraits[seed % fixtureTraits.length] ?? 'kitchen-sink'],
      });
    fc.assert(
      fc.property(mutated(base), (input) => {
        verdicts.push(agree(input));
      }),
      { seed: 42, numRuns: 5000 },
    );
    const counts = tally(verdicts);
    for (const keyword of ['valid', 'type', 'required', 'anyOf', 'not', 'enum'])
      expect(counts[keyword]).toBeGreaterThan(0);
  });

  it("at and around each keyword's limits, at every property path, on four code shapes", () => {
    const schema = (components.schemas as Record<string, unknown>)[NAME];
    const places = slots(schema, components);
    expect(places.length).toBeGreaterThan(80);
    // Each base has one of the code shapes, so that every path can be filled without first
    // breaking code-xor-container or zipFile-xor-oss (which Ajv checks before the properties).
    const shapes = ['zip-code', 'oss-code', 'custom-container', 'kitchen-sink'] as const;
    const bases = shapes.map((trait) => buildCreateFunctionInput({ seed: 7, traits: [trait] }));
    const verdicts = places.flatMap(({ path, schema: leaf }) =>
      boundaryValues(leaf).flatMap((value) => bases.map((base) => agree(placed(base, path, value)))),
    );
    const counts = tally(verdicts);
    const keywords = ['valid', 'type', 'pattern', 'minLength', 'maxLength', 'enum', 'minimum', 'maximum'];
    for (const keyword of [...keywords, 'multipleOf', 'maxItems', 'required', 'not']) {
      expect(counts[keyword], keyword).toBeGreaterThan(0);
    }
  });
});
