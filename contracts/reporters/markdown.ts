/**
 * The Markdown reporter: totals, a table per fact and the failures with their reproducers.
 */
import type { CaseResult, ContractReport } from '../types.ts';
import { failureDetails, gradeLabel, groupByFact, seedPart, totalsByGrade } from './summary.ts';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const STATUS: Record<CaseResult['status'], string> = {
  passed: '✅ pass',
  failed: '❌ fail',
  'not-applicable': '➖ n/a',
};

function factRows(report: ContractReport): string[] {
  return groupByFact(report.results).map((group) => {
    const failures = group.results.filter((r) => r.status === 'failed').length;
    const applicable = group.results.filter((r) => r.status !== 'not-applicable').length;
    const result =
      applicable === 0 ? STATUS['not-applicable'] : failures > 0 ? `❌ ${failures} failed` : STATUS.passed;
    const { fact } = group;
    return `| ${cell(group.key)} | ${fact.reference} | ${gradeLabel(fact)} | ${group.results.length} | ${result} |`;
  });
}

/**
 * A code block whose fence is longer than any run of backticks in the text: the answer it shows
 * comes from the target, and a line of backticks in it would otherwise end the block early and
 * turn the rest into Markdown (images, links, HTML) where the report is rendered.
 */
function codeBlock(text: string): string[] {
  let longest = 0;
  for (const [run] of text.matchAll(/`+/g)) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}text`, text, fence];
}

function failureSections(report: ContractReport): string[] {
  const failed = report.results.filter((r) => r.status === 'failed');
  const sections = failed.flatMap((result) => [
    '',
    `### ${result.case.id}`,
    '',
    result.case.title,
    '',
    ...codeBlock(failureDetails(result)),
  ]);
  return failed.length > 0 ? ['', '## Failures', ...sections] : [];
}

/**
 * Formats a report as Markdown (for PR comments and job summaries).
 *
 * @example
 * appendFileSync(process.env.GITHUB_STEP_SUMMARY!, formatMarkdown(report));
 */
export function formatMarkdown(report: ContractReport): string {
  const grades = totalsByGrade(report);
  const { passed, failed, notApplicable, total } = report.totals;
  const lines = [
    `# Contract suite: ${report.target}`,
    '',
    `${passed} passed, ${failed} failed, ${notApplicable} not applicable of ${total} cases (${seedPart(report)}run ${report.runId}, ${report.durationMs} ms).`,
    '',
    '| grade | passed | failed | n/a |',
    '|---|---|---|---|',
    ...(['documented', 'inferred'] as const).map(
      (g) => `| ${g} | ${grades[g].passed} | ${grades[g].failed} | ${grades[g]['not-applicable']} |`,
    ),
    '',
    '| fact | reference | grade | cases | result |',
    '|---|---|---|---|---|',
    ...factRows(report),
    ...failureSections(report),
  ];
  return `${lines.join('\n')}\n`;
}
