/**
 * One group of cases per rule of docs/rules.md: boundary values that must be accepted and values
 * just outside that must be rejected with the rule's code.
 */
import { type RuleSpec, ruleCatalogue } from '../../mocks/core/rule-catalogue.ts';
import { buildInvalidCreateFunctionInput } from '../../mocks/fixtures/index.ts';
import type { CaseNeed, ContractCase, Fact } from '../types.ts';
import type { BoundaryValue, Patch, RuleBoundaries } from './boundary-types.ts';
import { baseInput, createRequest, type Naming } from './context.ts';
import { emulatorBoundaries } from './emulator-boundaries.ts';
import { schemaBoundaries } from './schema-boundaries.ts';

/**
 * The boundary table of every CreateFunction rule, by rule id.
 *
 * @example
 * boundaries.get('timeout-range')?.reject.length; // 2
 */
export const boundaries = new Map<string, RuleBoundaries>(
  [...schemaBoundaries, ...emulatorBoundaries].map((entry) => [entry.ruleId, entry]),
);

/**
 * The fact a rule stands on, graded from its catalogue status.
 *
 * @example
 * ruleFact(ruleById('timeout-range')!).grade; // 'documented'
 */
export function ruleFact(rule: RuleSpec): Fact {
  return {
    reference: rule.reference,
    ruleId: rule.id,
    statement: rule.statement,
    grade: rule.status === 'documented' ? 'documented' : 'inferred',
    ...(rule.status === 'unverified' ? { unverified: true as const } : {}),
  };
}

/**
 * A shallow patch applied: each key replaced, `undefined` removing it.
 *
 * @example
 * applyPatch({ a: 1, b: 2 }, { b: undefined, c: 3 }); // { a: 1, c: 3 }
 */
export function applyPatch(base: Record<string, unknown>, patch: Patch): Record<string, unknown> {
  const out = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out;
}

interface BuildOptions {
  rule: RuleSpec;
  table: RuleBoundaries;
  value: BoundaryValue;
  accepted: boolean;
  naming: Naming;
}

function boundaryCase({ rule, table, value, accepted, naming }: BuildOptions): ContractCase {
  const base = applyPatch(baseInput(value.base ?? table.base, naming.next('rule')), table.common ?? {});
  const patch = typeof value.patch === 'function' ? value.patch(naming) : value.patch;
  const input = applyPatch(base, patch);
  const needs: CaseNeed[] = rule.status === 'unverified' ? ['unverified-rules'] : [];
  const verb = accepted ? 'accepts' : 'rejects';
  return {
    id: `rule.${rule.id}.${accepted ? 'accept' : 'reject'}.${value.label}`,
    title: `${verb} ${value.label}: ${rule.statement}`,
    fact: ruleFact(rule),
    request: createRequest(input),
    expect: accepted
      ? { status: 200, statusGrade: 'inferred', success: { echo: input } }
      : { status: 400, code: rule.code },
    ...(needs.length > 0 ? { needs } : {}),
  };
}

function hugeCase(rule: RuleSpec, naming: Naming): ContractCase {
  const name = naming.next('huge');
  return {
    id: `rule.${rule.id}.reject.over-100mb`,
    title: `rejects a ZIP just over 100 MB: ${rule.statement}`,
    fact: ruleFact(rule),
    // ~140 MB of Base64: built only when the case runs (opt in with `huge`).
    request: createRequest(() => {
      const { input } = buildInvalidCreateFunctionInput('code-size-limit', { allowHuge: true });
      return new TextEncoder().encode(JSON.stringify({ ...(input as object), functionName: name }));
    }),
    expect: { status: 400, code: rule.code },
    needs: ['huge-bodies'],
  };
}

/**
 * The rule cases of one run, in catalogue order.
 *
 * @example
 * ruleCases(naming).filter((c) => c.fact.ruleId === 'timeout-range').length; // 4
 */
export function ruleCases(naming: Naming): ContractCase[] {
  const cases: ContractCase[] = [];
  for (const rule of ruleCatalogue) {
    if (rule.id === 'code-size-limit') {
      cases.push(hugeCase(rule, naming));
      continue;
    }
    const table = boundaries.get(rule.id);
    if (!table) throw new Error(`contract suite has no boundary table for rule "${rule.id}"`);
    for (const value of table.accept)
      cases.push(boundaryCase({ rule, table, value, accepted: true, naming }));
    for (const value of table.reject)
      cases.push(boundaryCase({ rule, table, value, accepted: false, naming }));
  }
  return cases;
}
