/**
 * The cross-field rule table: every rule the spec marks `by: emulator`, run in order after schema
 * validation. The first broken, enabled rule decides the answer.
 */
import { type IndexedRule, indexedRule, isRuleEnabled } from '../rule-index.ts';
import type { CreateFunctionInput } from '../types.ts';
import { codeRules } from './code-rules.ts';
import { computeRules } from './compute-rules.ts';
import { isolationRules } from './isolation-rules.ts';
import { miscRules } from './misc-rules.ts';
import type { Rule, RuleContext } from './types.ts';

/**
 * All cross-field rules in evaluation order.
 *
 * @example
 * ruleTable.length; // equals the number of `by: emulator` rules in the spec
 */
export const ruleTable: readonly Rule[] = [...codeRules, ...computeRules, ...isolationRules, ...miscRules];

// Each rule paired with its catalogue entry once, not per request. A rule missing from the spec
// is a build error caught by test/core/rules.test.ts, so it is dropped here rather than thrown.
const pairs = ruleTable.flatMap((rule) => {
  const spec = indexedRule(rule.id);
  return spec ? [{ rule, spec }] : [];
});

/** A broken rule: its catalogue entry and FC's message. */
export interface RuleViolation {
  rule: IndexedRule;
  message: string;
}

/**
 * Runs the enabled rules and returns the first violation, if any.
 *
 * @example
 * runRules(input, context, {}); // undefined when every rule holds
 */
export function runRules(
  input: CreateFunctionInput,
  context: RuleContext,
  switches: Record<string, boolean>,
): RuleViolation | undefined {
  for (const { rule, spec } of pairs) {
    if (!isRuleEnabled(spec, switches)) continue;
    const message = rule.check(input, context);
    if (message !== undefined) return { rule: spec, message };
  }
  return undefined;
}
