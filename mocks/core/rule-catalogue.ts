/**
 * The rule catalogue as declared in the spec (`x-fc-rules` on CreateFunction): ids, statements,
 * sources and switches. Read once from the generated spec document.
 */
import { specDocument } from '../../generated/spec-document.ts';

/** Where a schema rule applies: a JSON pointer into the body (`*` = any item or key) and keywords. */
export interface RuleTarget {
  path: string;
  keywords: string[];
  property?: string;
}

/** One entry of the rule catalogue (docs/rules.md). */
export interface RuleSpec {
  id: string;
  by: 'schema' | 'emulator';
  status: 'documented' | 'inferred' | 'unverified';
  statement: string;
  reference: string;
  code: 'InvalidArgument' | 'EntityTooLarge';
  appliesTo?: RuleTarget[];
}

interface SpecShape {
  paths: Record<string, Record<string, { 'x-fc-rules'?: RuleSpec[] }>>;
}

/**
 * Every rule of the catalogue, in spec order.
 *
 * @example
 * ruleCatalogue.find((rule) => rule.id === 'cpu-memory-ratio')?.status; // 'documented'
 */
export const ruleCatalogue: readonly RuleSpec[] =
  (specDocument as unknown as SpecShape).paths['/2023-03-30/functions']?.post?.['x-fc-rules'] ?? [];

/**
 * Looks a rule up by id.
 *
 * @example
 * ruleById('tags-max')?.statement;
 */
export function ruleById(id: string): RuleSpec | undefined {
  return ruleCatalogue.find((rule) => rule.id === id);
}

/**
 * Whether a rule is on: documented rules always; inferred ones unless switched off; unverified
 * ones only when switched on.
 *
 * @example
 * isRuleEnabled(ruleById('disk-needs-cpu')!, {}); // false
 */
export function isRuleEnabled(rule: RuleSpec, switches: Record<string, boolean>): boolean {
  if (rule.status === 'documented') return true;
  return switches[rule.id] ?? rule.status === 'inferred';
}
