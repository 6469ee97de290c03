/**
 * The rule catalogue as declared in the spec (`x-fc-rules` on each operation): ids, statements,
 * sources and switches. Read once from the generated spec document. One id may appear on
 * several operations with its own status (the create rule `functionName-pattern` is documented
 * for the body, inferred for a path).
 */
import { specDocument } from '../../generated/spec-document.ts';
import { Fc3TestkitError } from './errors.ts';
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

// Every id of every operation with the statuses it has: one id may be documented on one
// operation and inferred on another, and is switchable there.
const statusesById = new Map<string, Set<RuleSpec['status']>>();
for (const rules of byOperation.values()) {
  for (const rule of rules) {
    const statuses = statusesById.get(rule.id) ?? new Set();
    statusesById.set(rule.id, statuses.add(rule.status));
  }
}

function similarIds(id: string): string[] {
  const head = id.split('-')[0] ?? id;
  return [...statusesById.keys()].filter((known) => known.startsWith(head) || id.startsWith(known));
}

function unknownRuleMessage(id: string): string {
  const similar = similarIds(id);
  const hint = similar.length > 0 ? `; similar ids: ${similar.slice(0, 8).join(', ')}` : '';
  return `rules: unknown rule id ${JSON.stringify(id)}${hint}; the ids are listed in docs/rules.md`;
}

/**
 * Throws {@link Fc3TestkitError} for a switch the catalogue cannot honour: an id that is no rule
 * (a typo would otherwise change nothing), or a documented rule switched off (documented rules
 * are always on, ADR 007). Switching a documented rule on is allowed: it is on already.
 *
 * @example
 * checkRuleSwitches({ 'tags-max': false }); // passes: tags-max is inferred
 * checkRuleSwitches({ 'tags-maxx': false }); // throws: unknown rule id
 */
export function checkRuleSwitches(switches: Record<string, boolean>): void {
  for (const [id, on] of Object.entries(switches)) {
    const statuses = statusesById.get(id);
    if (!statuses) throw new Fc3TestkitError(unknownRuleMessage(id));
    if (!on && statuses.size === 1 && statuses.has('documented')) {
      throw new Fc3TestkitError(
        `rules: ${JSON.stringify(id)} is a documented rule, always on (ADR 007); only inferred and unverified rules can be switched (docs/rules.md, status column)`,
      );
    }
  }
}
