/**
 * Shared views of a report for the reporters: grouping per fact, failure text and totals per grade.
 */
import { escapeUnsafe } from '../../mocks/core/unsafe-text.ts';
import { formatExchange } from '../run/reproducer.ts';
import type { CaseResult, CheckFailure, ContractReport, Fact } from '../types.ts';

/** Cases that stand on the same fact. */
export interface FactGroup {
  key: string;
  fact: Fact;
  results: CaseResult[];
}

/**
 * The key a case is grouped under: its rule id (with the operation when it is not
 * CreateFunction's), else its reference and statement.
 *
 * @example
 * factKey({ reference: 'B.1', ruleId: 'timeout-range', statement: '…', grade: 'documented' }); // 'timeout-range'
 */
export function factKey(fact: Fact): string {
  if (fact.ruleId) return fact.operation ? `${fact.operation} ${fact.ruleId}` : fact.ruleId;
  return `${fact.reference} — ${fact.statement}`;
}

/**
 * Groups results per fact, in first-seen order.
 *
 * @example
 * groupByFact(report.results).map((g) => g.key);
 */
export function groupByFact(results: readonly CaseResult[]): FactGroup[] {
  const groups = new Map<string, FactGroup>();
  for (const result of results) {
    const key = factKey(result.case.fact);
    const group = groups.get(key) ?? { key, fact: result.case.fact, results: [] };
    group.results.push(result);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * Passed/failed/not-applicable counts per grade of the case's fact.
 *
 * @example
 * totalsByGrade(report).documented.failed;
 */
export function totalsByGrade(
  report: ContractReport,
): Record<'documented' | 'inferred', Record<CaseResult['status'], number>> {
  const empty = () => ({ passed: 0, failed: 0, 'not-applicable': 0 });
  const out = { documented: empty(), inferred: empty() };
  for (const result of report.results) out[result.case.fact.grade][result.status] += 1;
  return out;
}

/**
 * One failure as "check: message (received vs documented, reference, grade)"; "expected" instead
 * of "documented" when the value comes from the exchange itself. Messages quote what the target
 * answered, so terminal controls in it are escaped.
 *
 * @example
 * failureLine(failure); // 'status: status 201 instead of 200 — received 201, documented 200 [D.1, inferred]'
 */
export function failureLine(failure: CheckFailure): string {
  const show = (value: unknown) => {
    const text = JSON.stringify(value) ?? 'undefined';
    return text.length > 160 ? `${text.slice(0, 160)}…` : text;
  };
  const label = failure.basis === 'exchange' ? 'expected' : 'documented';
  return escapeUnsafe(
    `${failure.check}: ${failure.message} — received ${show(failure.received)}, ${label} ${show(failure.documented)} [${failure.reference}, ${failure.grade}]`,
  );
}

/**
 * Everything known about a failed case as plain text: fact, failures, reproducer, raw exchange.
 *
 * @example
 * console.log(failureDetails(result));
 */
export function failureDetails(result: CaseResult): string {
  const { fact } = result.case;
  const lines = [
    `fact ${fact.reference}${fact.ruleId ? ` (${fact.ruleId})` : ''} [${gradeLabel(fact)}]: ${fact.statement}`,
    ...result.failures.map((failure) => `  ✗ ${failureLine(failure)}`),
    ...result.warnings.map((warning) => `  ! ${failureLine(warning)} (inferred; not counted)`),
  ];
  // The reproducer of a proxied request quotes the client's header bytes: escaped like the rest
  // (failureLine and formatExchange escape their own text).
  if (result.reproducer) lines.push('reproducer:', escapeUnsafe(result.reproducer, { keepLines: true }));
  const last = result.exchanges.at(-1);
  if (last) lines.push('exchange:', formatExchange(last));
  return lines.join('\n');
}

/**
 * The grade a reporter prints: `unverified` for a fact of an unverified rule (counted with the
 * inferred ones), else its grade.
 *
 * @example
 * gradeLabel({ reference: 'C.7', ruleId: 'disk-needs-cpu', statement: '…', grade: 'inferred', unverified: true }); // 'unverified'
 */
export function gradeLabel(fact: Fact): 'documented' | 'inferred' | 'unverified' {
  return fact.unverified ? 'unverified' : fact.grade;
}

/**
 * `seed N, ` for a report with a seed, nothing for one without (a proxy run generates no case).
 *
 * @example
 * `(${seedPart(report)}run ${report.runId})`;
 */
export function seedPart(report: ContractReport): string {
  return report.seed === undefined ? '' : `seed ${report.seed}, `;
}
