/**
 * The rules as the emulator reads them from its view of the spec (`emulatorDocument`, each
 * operation's `rules`, the spec's `x-fc-rules`): every operation's ids and statuses, and of
 * CreateFunction's the error codes, schema targets and the statements that validation messages
 * quote (mocks/core/worded-keywords.ts says which). The whole entries
 * are the public rule catalogue's (rule-catalogue.ts), which reads the full document, so a
 * browser bundle of the handlers leaves them out (ADR 027, addendum "the emulator's view").
 */
import { emulatorDocument } from '../../generated/spec-document.ts';
import { Fc3TestkitError } from './errors.ts';
import type { OperationName } from './types.ts';

/** Where a schema rule applies: a JSON pointer into the body (`*` = any item or key) and keywords. */
export interface RuleTarget {
  path: string;
  keywords: string[];
  property?: string;
}

/**
 * One of CreateFunction's rules as the emulator reads it: a catalogue entry without `by` and
 * `reference` (validation and the cross-field rules read these).
 */
export interface IndexedRule {
  id: string;
  status: 'documented' | 'inferred' | 'unverified';
  /** Present where a validation message quotes it (worded-keywords.ts); the catalogue has all. */
  statement?: string;
  code: 'InvalidArgument' | 'EntityTooLarge' | 'ConcurrentUpdateError';
  appliesTo?: RuleTarget[];
}

/**
 * A rule of any operation as far as the view keeps it for all: whether it is on. Another
 * operation's code checks its rules and words their answers (scripts/lib/emulator-view.ts).
 */
export type SwitchableRule = Pick<IndexedRule, 'id' | 'status'>;

/** The emulator's view as rules are read from it: each operation's `rules`, by operationId. */
type ViewShape = { operations: Record<string, { rules?: SwitchableRule[] }> };

const operations = (emulatorDocument as unknown as ViewShape).operations;

/**
 * Every operation's rules, in spec order, by operationId.
 *
 * @example
 * indexedRules.get('ListFunctions')?.[0]?.id; // 'request-body-not-allowed'
 */
export const indexedRules: ReadonlyMap<string, readonly SwitchableRule[]> = new Map(
  Object.entries(operations).map(([name, operation]) => [name, operation.rules ?? []]),
);

/**
 * CreateFunction's rules, in spec order, whole (the view keeps codes, statements and targets for
 * these only).
 *
 * @example
 * createFunctionRules[0]?.appliesTo; // [{ path: '', keywords: ['required'], property: 'functionName' }]
 */
export const createFunctionRules = (indexedRules.get('CreateFunction') ?? []) as readonly IndexedRule[];

// Looked up on every request that checks a rule: indexed once (the catalogue never changes).
const byId = new Map(
  [...indexedRules].map(([operation, rules]) => [operation, new Map(rules.map((rule) => [rule.id, rule]))]),
);

/**
 * Looks a rule up by id: one of CreateFunction's, whole, or another operation's, whether it is on.
 *
 * @example
 * indexedRule('tags-max')?.code; // 'InvalidArgument'
 * indexedRule('list-limit-range', 'ListFunctions')?.status; // 'documented'
 */
export function indexedRule(id: string): IndexedRule | undefined;
export function indexedRule(id: string, operation: OperationName): SwitchableRule | undefined;
export function indexedRule(
  id: string,
  operation: OperationName = 'CreateFunction',
): SwitchableRule | undefined {
  return byId.get(operation)?.get(id);
}

/**
 * Whether a rule is on: documented rules always; inferred ones unless switched off; unverified
 * ones only when switched on.
 *
 * @example
 * isRuleEnabled(indexedRule('disk-needs-cpu')!, {}); // false
 */
export function isRuleEnabled(rule: SwitchableRule, switches: Record<string, boolean>): boolean {
  if (rule.status === 'documented') return true;
  return switches[rule.id] ?? rule.status === 'inferred';
}

// Every id of every operation with the statuses it has: one id may be documented on one
// operation and inferred on another, and is switchable there.
const statusesById = new Map<string, Set<SwitchableRule['status']>>();
for (const rules of indexedRules.values()) {
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
