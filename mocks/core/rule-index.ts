/**
 * The rules as the emulator reads them from the spec document (`x-fc-rules` on each operation):
 * ids, statuses, error codes, schema targets, and the statements of the rules the schema
 * validator maps errors to, which its messages quote. References and the other statements are
 * in `ruleDetails`, which only the public rule catalogue (rule-catalogue.ts) joins back, so a
 * browser bundle of the handlers leaves them out (ADR 027, addendum "rule details").
 */
import { specDocument } from '../../generated/spec-document.ts';
import type { OperationName } from './types.ts';

/** Where a schema rule applies: a JSON pointer into the body (`*` = any item or key) and keywords. */
export interface RuleTarget {
  path: string;
  keywords: string[];
  property?: string;
}

/** One rule as the emulator reads it: a catalogue entry without its reference. */
export interface IndexedRule {
  id: string;
  by: 'schema' | 'emulator';
  status: 'documented' | 'inferred' | 'unverified';
  /** Present on a rule with `appliesTo` (validation quotes it); the catalogue has every one. */
  statement?: string;
  code: 'InvalidArgument' | 'EntityTooLarge' | 'ConcurrentUpdateError';
  appliesTo?: RuleTarget[];
}

interface SpecShape {
  paths: Record<string, Record<string, { operationId?: string; 'x-fc-rules'?: IndexedRule[] }>>;
}

function rulesByOperation(): Map<string, readonly IndexedRule[]> {
  const byOperation = new Map<string, readonly IndexedRule[]>();
  for (const item of Object.values((specDocument as unknown as SpecShape).paths)) {
    for (const operation of Object.values(item)) {
      if (operation.operationId) byOperation.set(operation.operationId, operation['x-fc-rules'] ?? []);
    }
  }
  return byOperation;
}

/**
 * Every operation's rules, in spec order, by operationId.
 *
 * @example
 * indexedRules.get('ListFunctions')?.[0]?.id; // 'request-body-not-allowed'
 */
export const indexedRules: ReadonlyMap<string, readonly IndexedRule[]> = rulesByOperation();

// Looked up on every request that checks a rule: indexed once (the catalogue never changes).
const byId = new Map(
  [...indexedRules].map(([operation, rules]) => [operation, new Map(rules.map((rule) => [rule.id, rule]))]),
);

/**
 * Looks a rule up by id, on CreateFunction unless another operation is named.
 *
 * @example
 * indexedRule('list-limit-range', 'ListFunctions')?.status; // 'documented'
 */
export function indexedRule(
  id: string,
  operation: OperationName = 'CreateFunction',
): IndexedRule | undefined {
  return byId.get(operation)?.get(id);
}

/**
 * Whether a rule is on: documented rules always; inferred ones unless switched off; unverified
 * ones only when switched on.
 *
 * @example
 * isRuleEnabled(indexedRule('disk-needs-cpu')!, {}); // false
 */
export function isRuleEnabled(
  rule: Pick<IndexedRule, 'id' | 'status'>,
  switches: Record<string, boolean>,
): boolean {
  if (rule.status === 'documented') return true;
  return switches[rule.id] ?? rule.status === 'inferred';
}
