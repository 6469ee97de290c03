import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { specDocument } from '../../generated/spec-document.ts';
import { validate as generated } from '../../generated/validate-input.ts';
import { compileInputValidator } from '../../mocks/core/input-validator-source.ts';
import {
  buildCreateFunctionInput,
  buildInvalidCreateFunctionInput,
  fixtureTraits,
  routineRuleIds,
} from '../../mocks/fixtures/index.ts';

type Validate = ((data: unknown) => boolean) & {
  errors?: Array<{ instancePath: string; keyword: string }> | null;
};

const compiled = compileInputValidator(specDocument.components) as Validate;
const standalone = generated as Validate;

function verdict(validate: Validate, input: unknown): unknown {
  const ok = validate(input);
  return ok ? 'valid' : validate.errors?.map((e) => `${e.instancePath} ${e.keyword}`);
}

// The emulator runs the standalone code that `npm run gen` wrote; it must decide exactly as Ajv
// compiling the spec in memory does (gen:check keeps the file current, this keeps it faithful).
describe('generated/validate-input.ts agrees with Ajv compiling the spec', () => {
  it('on every trait of valid fixtures', () => {
    for (const trait of fixtureTraits) {
      for (let seed = 1; seed <= 5; seed++) {
        const input = buildCreateFunctionInput({ seed, traits: [trait] });
        expect(verdict(standalone, input)).toEqual(verdict(compiled, input));
        expect(verdict(standalone, input)).toBe('valid');
      }
    }
  });

  it('on one violation of every rule', () => {
    for (const ruleId of routineRuleIds) {
      const { input } = buildInvalidCreateFunctionInput(ruleId, { seed: 3 });
      expect(verdict(standalone, input), ruleId).toEqual(verdict(compiled, input));
    }
  });

  it('on arbitrary JSON and on fixtures with one field replaced', () => {
    const replaced = fc
      .tuple(fc.integer({ min: 1, max: 1e6 }), fc.string(), fc.jsonValue())
      .map(([seed, key, value]) => {
        const input: Record<string, unknown> = { ...buildCreateFunctionInput({ seed }) };
        Object.defineProperty(input, key, { value, enumerable: true, configurable: true, writable: true });
        return input;
      });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), replaced), (input) => {
        expect(verdict(standalone, input)).toEqual(verdict(compiled, input));
      }),
      { seed: 21, numRuns: 500 },
    );
  });
});
