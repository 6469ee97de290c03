/**
 * Generated cases: seeded fast-check samples of fixtures that must be accepted and of
 * single-rule violations that must be rejected with the rule's code.
 */
import fc from 'fast-check';
import { ruleById } from '../../mocks/core/rule-catalogue.ts';
import {
  addOnTraits,
  buildCreateFunctionInput,
  buildInvalidCreateFunctionInput,
  type RuleId,
  routineRuleIds,
  type Trait,
} from '../../mocks/fixtures/index.ts';
import type { ContractCase } from '../types.ts';
import { createRequest, fact, type Naming } from './context.ts';
import { ruleFact } from './rule-cases.ts';

const SHAPES: readonly (readonly Trait[])[] = [
  [],
  ['zip-code'],
  ['oss-code'],
  ['custom-runtime'],
  ['custom-container'],
  ['gpu'],
  ['kitchen-sink'],
];
const ADD_ONS: readonly Trait[] = addOnTraits;
// Rules whose fixture mutates the name keep the broken name; every other violation gets a fresh one.
const NAME_RULES = new Set(['functionName-required', 'functionName-pattern', 'functionName-length']);

const seedArb = fc.integer({ min: 1, max: 2 ** 31 - 1 });

/** Options of {@link generatedCases}. */
export interface GeneratedOptions {
  naming: Naming;
  /** fast-check seed; the same seed gives the same cases. */
  seed: number;
  /** How many accepted and how many rejected cases to draw. */
  count: number;
}

function acceptedCases({ naming, seed, count }: GeneratedOptions): ContractCase[] {
  const arb = fc.record({
    seed: seedArb,
    shape: fc.constantFrom(...SHAPES),
    addOns: fc.subarray([...ADD_ONS], { maxLength: 3 }),
  });
  return fc.sample(arb, { seed, numRuns: count }).map((draw, i) => {
    const traits = [...draw.shape, ...draw.addOns] as Trait[];
    const input = {
      ...buildCreateFunctionInput({ seed: draw.seed, traits }),
      functionName: naming.next('gen'),
    };
    return {
      id: `generated.accept.${String(i + 1).padStart(3, '0')}`,
      title: `accepts fixture seed ${draw.seed} [${traits.join(', ') || 'default'}]`,
      fact: fact({
        reference: 'B, C, D.2',
        statement: 'an input that satisfies every rule is created and echoed',
      }),
      request: createRequest(input as Record<string, unknown>),
      expect: { status: 200, statusGrade: 'inferred', success: { echo: input as Record<string, unknown> } },
      origin: 'generated',
    } satisfies ContractCase;
  });
}

function rejectedCases({ naming, seed, count }: GeneratedOptions): ContractCase[] {
  const rules = routineRuleIds.filter((id) => ruleById(id)?.status !== 'unverified');
  const arb = fc.record({ seed: seedArb, ruleId: fc.constantFrom(...rules) });
  return fc.sample(arb, { seed: seed + 1, numRuns: count }).map((draw, i) => {
    const rule = ruleById(draw.ruleId);
    if (!rule) throw new Error(`unknown rule ${draw.ruleId}`);
    const fixture = buildInvalidCreateFunctionInput(draw.ruleId as RuleId, { seed: draw.seed });
    const input = fixture.input as Record<string, unknown>;
    const body = NAME_RULES.has(rule.id) ? input : { ...input, functionName: naming.next('gen') };
    return {
      id: `generated.reject.${String(i + 1).padStart(3, '0')}`,
      title: `rejects fixture seed ${draw.seed} breaking ${rule.id}`,
      fact: ruleFact(rule),
      request: createRequest(body),
      expect: { status: 400, code: fixture.expectedCode },
      origin: 'generated',
    } satisfies ContractCase;
  });
}

/**
 * `count` accepted and `count` rejected generated cases.
 *
 * @example
 * generatedCases({ naming, seed: 1, count: 25 }).length; // 50
 */
export function generatedCases(options: GeneratedOptions): ContractCase[] {
  if (options.count <= 0) return [];
  return [...acceptedCases(options), ...rejectedCases(options)];
}
