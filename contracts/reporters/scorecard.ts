/**
 * The scorecard: one Markdown matrix of facts (and differing cases) × targets from several reports.
 */
import type { CaseResult, ContractReport } from '../types.ts';
import { gradeLabel, groupByFact } from './summary.ts';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const MARK: Record<CaseResult['status'], string> = { passed: '✅', failed: '❌', 'not-applicable': '➖' };

/** Numbers each distinct not-applicable reason, so every cell can say why in a few characters. */
function reasonIndex(reports: ContractReport[]): Map<string, number> {
  const index = new Map<string, number>();
  for (const report of reports)
    for (const result of report.results)
      if (result.status === 'not-applicable' && result.reason && !index.has(result.reason))
        index.set(result.reason, index.size + 1);
  return index;
}

function reasonsOf(results: CaseResult[], index: Map<string, number>): string {
  const refs = [...new Set(results.map((r) => index.get(r.reason ?? '')).filter((n) => n !== undefined))];
  return refs.length > 0 ? ` ${refs.map((n) => `[${n}]`).join('')}` : '';
}

function factCell(results: CaseResult[], index: Map<string, number>): string {
  const applicable = results.filter((r) => r.status !== 'not-applicable');
  if (applicable.length === 0) return `➖${reasonsOf(results, index)}`;
  const passed = applicable.filter((r) => r.status === 'passed').length;
  return `${passed === applicable.length ? '✅' : '❌'} ${passed}/${applicable.length}`;
}

function byFact(report: ContractReport): Map<string, CaseResult[]> {
  return new Map(groupByFact(report.results).map((group) => [group.key, group.results]));
}

function caseStatuses(reports: ContractReport[]): Map<string, (CaseResult | undefined)[]> {
  const rows = new Map<string, (CaseResult | undefined)[]>();
  reports.forEach((report, column) => {
    for (const result of report.results) {
      const row = rows.get(result.case.id) ?? new Array(reports.length).fill(undefined);
      row[column] = result;
      rows.set(result.case.id, row);
    }
  });
  return rows;
}

/**
 * Formats several reports (one per target, same cases) as a Markdown scorecard.
 *
 * @example
 * writeFileSync('docs/scorecard.md', formatScorecard([serveReport, prismReport]));
 */
export function formatScorecard(reports: ContractReport[]): string {
  const header = `| fact | ref | grade | ${reports.map((r) => cell(r.target)).join(' | ')} |`;
  const rule = `|---|---|---|${reports.map(() => '---').join('|')}|`;
  const lines = ['## Totals', '', `| target | passed | failed | n/a |`, '|---|---|---|---|'];
  for (const r of reports)
    lines.push(`| ${cell(r.target)} | ${r.totals.passed} | ${r.totals.failed} | ${r.totals.notApplicable} |`);
  lines.push('', '## Facts × targets', '', 'Cells read passed/applicable cases.', '', header, rule);
  const maps = reports.map(byFact);
  const index = reasonIndex(reports);
  for (const group of groupByFact(reports[0]?.results ?? [])) {
    const cells = maps.map((map) => factCell(map.get(group.key) ?? [], index));
    lines.push(
      `| ${cell(group.key)} | ${group.fact.reference} | ${gradeLabel(group.fact)} | ${cells.join(' | ')} |`,
    );
  }
  const differing = [...caseStatuses(reports)].filter(
    ([, row]) => new Set(row.map((r) => r?.status)).size > 1,
  );
  lines.push(
    '',
    '## Cases whose outcome differs between targets',
    '',
    `| case | ${reports.map((r) => cell(r.target)).join(' | ')} |`,
    `|---|${reports.map(() => '---').join('|')}|`,
  );
  for (const [id, row] of differing) {
    const cells = row.map((r) => {
      if (!r) return ' ';
      if (r.status === 'not-applicable') return `${MARK[r.status]}${reasonsOf([r], index)}`;
      return `${MARK[r.status]}${r.failures[0] ? ` ${cell(r.failures[0].check)}` : ''}`;
    });
    lines.push(`| ${cell(id)} | ${cells.join(' | ')} |`);
  }
  if (index.size > 0) {
    lines.push('', '## Why cases are not applicable', '');
    for (const [reason, n] of index) lines.push(`${n}. ${reason}`);
  }
  return `${lines.join('\n')}\n`;
}
