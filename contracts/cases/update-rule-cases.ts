/**
 * Every CreateFunction rule re-checked by UpdateFunction on the merged configuration (lifecycle
 * C.2, C.5): a function is created just inside the rule's boundary table, then each boundary
 * value is sent as an update. Accepted values come back merged; rejected ones answer the rule's
 * code. A value that only breaks the rule together with a stored field (the table's `common`)
 * proves the merge and is graded inferred.
 */
import { type RuleSpec, ruleCatalogue } from '../../mocks/core/rule-catalogue.ts';
import type { CaseNeed, CaseRequest, ContractCase, Fact } from '../types.ts';
import type { BaseKind, BoundaryValue, Patch, RuleBoundaries } from './boundary-types.ts';
import { baseInput, createRequest, EMPTY_ZIP, type Naming } from './context.ts';
import { getRequest, untilActive, updateRequest } from './function-requests.ts';
import { applyPatch, boundaries, ruleFact } from './rule-cases.ts';

/** Rules about keys an update cannot send (lifecycle C.1: functionName, tags) or too large to send. */
const NOT_UPDATABLE = new Set([
  'functionName-required',
  'functionName-pattern',
  'functionName-length',
  'tags-max',
  'tags-unique-keys',
  'tag-lengths',
  'code-size-limit',
]);

/** Keys that switch a function between code and image when sent to the other kind (inferred, C.1). */
function switchesKind(base: BaseKind, patch: Patch): boolean {
  if (base === 'container')
    return 'code' in patch || ('runtime' in patch && patch.runtime !== 'custom-container');
  return 'customContainerConfig' in patch || patch.runtime === 'custom-container';
}

function updateFact(rule: RuleSpec, merged: boolean): Fact {
  const own = ruleFact(rule);
  return {
    ...own,
    operation: 'UpdateFunction',
    reference: `lifecycle C.5, C.2, CF ${rule.reference}`,
    statement: `UpdateFunction re-checks on the merged configuration: ${rule.statement}`,
    grade: merged ? 'inferred' : own.grade,
  };
}

interface Built {
  rule: RuleSpec;
  table: RuleBoundaries;
  value: BoundaryValue;
  accepted: boolean;
  naming: Naming;
}

const patchOf = (value: BoundaryValue, naming: Naming): Patch =>
  typeof value.patch === 'function' ? value.patch(naming) : value.patch;

/**
 * The function each case creates: the value's base and the table's common fields, plus another
 * accepted value of that base when every key it sets is one the update sends again (so the update
 * replaces all of it, e.g. cpu 2 created, cpu 1.95 sent).
 */
function createdInput({ table, value, naming }: Built, patch: Patch): Record<string, unknown> {
  const base = value.base ?? table.base;
  const keys = new Set(Object.keys(patch));
  const inside = table.accept.find(
    (other) =>
      other !== value &&
      (other.base ?? table.base) === base &&
      Object.keys(patchOf(other, naming)).every((key) => keys.has(key)),
  );
  const common = { ...(table.common ?? {}), ...(table.updateStart ?? {}) };
  const start = applyPatch(baseInput(base, naming.next('upd-rule')), common);
  return inside ? applyPatch(start, patchOf(inside, naming)) : start;
}

function updateCase(built: Built): ContractCase | undefined {
  const { rule, table, value, accepted, naming } = built;
  const base = value.base ?? table.base;
  const patch = patchOf(value, naming);
  // An update cannot take a key away (absent keys are kept, an empty body changes nothing), nor
  // is a kind switch part of the rule.
  const removes = Object.values(patch).includes(undefined) || Object.keys(patch).length === 0;
  if ((removes && !accepted) || Object.values(patch).includes(undefined) || switchesKind(base, patch))
    return undefined;
  const input = createdInput(built, patch);
  const name = String(input.functionName);
  // An image is being prepared right after its create; the update waits until it is Active (F.2).
  const setup: CaseRequest[] = [createRequest(input)];
  if (base === 'container') setup.push(getRequest(name, { repeat: untilActive }));
  const needs: CaseNeed[] = rule.status === 'unverified' ? ['state', 'unverified-rules'] : ['state'];
  return {
    id: `update.rule.${rule.id}.${accepted ? 'accept' : 'reject'}.${value.label}`,
    title: `UpdateFunction ${accepted ? 'accepts' : 'rejects'} ${value.label}: ${rule.statement}`,
    fact: updateFact(rule, table.common !== undefined),
    setup,
    request: updateRequest(name, patch),
    expect: accepted
      ? { status: 200, statusGrade: 'inferred', success: { echo: { ...input, ...patch }, kind: 'updated' } }
      : { status: 400, code: rule.code },
    needs,
  };
}

/** Sending both sources in one update breaks the XOR whatever is stored (CF C.1). */
function bothSourcesCase(naming: Naming): ContractCase {
  const rule = ruleCatalogue.find((candidate) => candidate.id === 'code-xor-container') as RuleSpec;
  const input = baseInput('builtin', naming.next('upd-rule'));
  const body = {
    code: { zipFile: EMPTY_ZIP },
    customContainerConfig: { image: 'registry.cn-hangzhou.aliyuncs.com/a/b:1', port: 9000 },
  };
  return {
    id: 'update.rule.code-xor-container.reject.body-with-both',
    title: `UpdateFunction rejects a body with code and customContainerConfig: ${rule.statement}`,
    fact: updateFact(rule, false),
    setup: [createRequest(input)],
    request: updateRequest(String(input.functionName), body),
    expect: { status: 400, code: rule.code },
    needs: ['state'],
  };
}

/**
 * The UpdateFunction re-check cases of one run, in rule-catalogue order.
 *
 * @example
 * updateRuleCases(naming).some((c) => c.id === 'update.rule.timeout-range.reject.above-max'); // true
 */
export function updateRuleCases(naming: Naming): ContractCase[] {
  const cases: ContractCase[] = [];
  for (const rule of ruleCatalogue) {
    const table = boundaries.get(rule.id);
    if (NOT_UPDATABLE.has(rule.id) || !table) continue;
    for (const [values, accepted] of [
      [table.accept, true],
      [table.reject, false],
    ] as const) {
      for (const value of values) {
        const built = updateCase({ rule, table, value, accepted, naming });
        if (built) cases.push(built);
      }
    }
    if (rule.id === 'code-xor-container') cases.push(bothSourcesCase(naming));
  }
  return cases;
}
