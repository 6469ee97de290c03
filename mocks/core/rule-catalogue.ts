/**
 * The rule catalogue as declared in the spec (`x-fc-rules` on each operation): ids, statements,
 * sources and switches. Read once from the generated spec document. One id may appear on
 * several operations with its own status (the create rule `functionName-pattern` is documented
 * for the body, inferred for a path).
 */
import { specDocument } from '../../generated/spec-document.ts';
import type { OperationName } from './types.ts';

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
  code: 'InvalidArgument' | 'EntityTooLarge' | 'ConcurrentUpdateError';
  appliesTo?: RuleTarget[];
}

interface SpecShape {
  paths: Record<string, Record<string, { operationId?: string; 'x-fc-rules'?: RuleSpec[] }>>;
}

function rulesByOperation(): Map<string, readonly RuleSpec[]> {
  const byOperation = new Map<string, readonly RuleSpec[]>();
  for (const item of Object.values((specDocument as unknown as SpecShape).paths)) {
    for (const operation of Object.values(item)) {
      if (operation.operationId) byOperation.set(operation.operationId, operation['x-fc-rules'] ?? []);
    }
  }
  return byOperation;
}

const byOperation = rulesByOperation();

/**
 * The rules of one operation, in spec order.
 *
 * @example
 * operationRules('ListFunctions').map((rule) => rule.id); // ['request-body-not-allowed', 'list-limit-range', …]
 */
export function operationRules(operation: OperationName): readonly RuleSpec[] {
  return byOperation.get(operation) ?? [];
}

/**
 * Every CreateFunction rule, in spec order (the body rules: fixtures and contract cases build one
 * violation per entry).
 *
 * @example
 * ruleCatalogue.find((rule) => rule.id === 'cpu-memory-ratio')?.status; // 'documented'
 */
export const ruleCatalogue: readonly RuleSpec[] = operationRules('CreateFunction');

/**
 * Looks a rule up by id, on CreateFunction unless another operation is named.
 *
 * @example
 * ruleById('tags-max')?.statement;
 * ruleById('list-limit-range', 'ListFunctions')?.status; // 'documented'
 */
export function ruleById(id: string, operation: OperationName = 'CreateFunction'): RuleSpec | undefined {
  return byId.get(operation)?.get(id);
}

// Looked up on every request that checks a rule: indexed once (the catalogue never changes).
const byId = new Map(
  [...byOperation].map(([operation, rules]) => [operation, new Map(rules.map((rule) => [rule.id, rule]))]),
);

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
