/**
 * The rule catalogue as declared in the spec (`x-fc-rules` on each operation): ids, statements,
 * sources and switches. Read once from the generated spec document. One id may appear on
 * several operations with its own status (the create rule `functionName-pattern` is documented
 * for the body, inferred for a path).
 */
import { specDocument } from '../../generated/spec-document.ts';
import { isRuleEnabled, type RuleTarget } from './rule-index.ts';
import type { OperationName } from './types.ts';

export { isRuleEnabled, type RuleTarget };

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

/** Each operation's `x-fc-rules` in the full spec document, by operationId. */
function rulesByOperation(document: unknown): Map<string, readonly RuleSpec[]> {
  const byOperation = new Map<string, readonly RuleSpec[]>();
  for (const item of Object.values((document as SpecShape).paths)) {
    for (const operation of Object.values(item)) {
      if (operation.operationId) byOperation.set(operation.operationId, operation['x-fc-rules'] ?? []);
    }
  }
  return byOperation;
}

// Pure: a bundle that never reads the catalogue (the MSW handlers alone, which read their rules
// through rule-index.ts) leaves it and the full document out.
const byOperation = /* @__PURE__ */ rulesByOperation(specDocument);

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
export const ruleCatalogue: readonly RuleSpec[] = /* @__PURE__ */ operationRules('CreateFunction');

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

function indexById(rules: Map<string, readonly RuleSpec[]>): Map<string, Map<string, RuleSpec>> {
  return new Map(
    [...rules].map(([operation, list]) => [operation, new Map(list.map((rule) => [rule.id, rule]))]),
  );
}

// Looked up by id (the catalogue never changes): indexed once.
const byId = /* @__PURE__ */ indexById(byOperation);
