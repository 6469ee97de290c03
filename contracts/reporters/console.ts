/**
 * The console reporter: a progress line on a TTY while cases run, then a summary grouped per fact
 * with every failure in full (received vs documented, fact, reproducer).
 */
import type { CaseResult, ContractReport } from '../types.ts';
import { failureDetails, gradeLabel, groupByFact, seedPart, totalsByGrade } from './summary.ts';

/** Where the console reporter writes. */
export interface ConsoleStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

const MARK: Record<CaseResult['status'], string> = { passed: '✓', failed: '✗', 'not-applicable': '–' };

/** The distinct reasons of the group's not-applicable cases, `; `-separated. */
function reasons(results: CaseResult[]): string {
  return [...new Set(results.map((r) => r.reason ?? 'not applicable'))].join('; ');
}

function groupLine(results: CaseResult[]): { mark: string; note: string } {
  const skipped = results.filter((r) => r.status === 'not-applicable');
  const applicable = results.length - skipped.length;
  if (applicable === 0)
    return { mark: `${MARK['not-applicable']} n/a`, note: ` — ${skipped.length} n/a: ${reasons(skipped)}` };
  const failed = results.some((r) => r.status === 'failed');
  const passed = results.filter((r) => r.status === 'passed').length;
  const note = skipped.length > 0 ? ` — ${skipped.length} n/a: ${reasons(skipped)}` : '';
  return { mark: `${failed ? MARK.failed : MARK.passed} ${passed}/${applicable}`, note };
}

/**
 * Formats a finished report as readable text.
 *
 * @example
 * process.stdout.write(formatConsoleReport(report));
 */
export function formatConsoleReport(report: ContractReport): string {
  const lines = [
    `Contract suite against ${report.target} (${report.baseUrl}), ${seedPart(report)}run ${report.runId}`,
    '',
  ];
  for (const group of groupByFact(report.results)) {
    const grade = group.fact.grade === 'inferred' ? ` (${gradeLabel(group.fact)})` : '';
    const { mark, note } = groupLine(group.results);
    lines.push(`${mark}  ${group.key} [${group.fact.reference}]${grade}${note}`);
    for (const result of group.results.filter((r) => r.status === 'failed'))
      lines.push(`    ✗ ${result.case.id}`);
  }
  const failed = report.results.filter((r) => r.status === 'failed');
  if (failed.length > 0) lines.push('', 'Failures:');
  for (const result of failed)
    lines.push('', `✗ ${result.case.id} — ${result.case.title}`, failureDetails(result));
  const grades = totalsByGrade(report);
  const { passed, failed: failedCount, notApplicable, total } = report.totals;
  lines.push(
    '',
    `documented: ${grades.documented.passed} passed, ${grades.documented.failed} failed; ` +
      `inferred: ${grades.inferred.passed} passed, ${grades.inferred.failed} failed`,
    `${passed} passed, ${failedCount} failed, ${notApplicable} not applicable (${total} cases) in ${report.durationMs} ms`,
    '',
  );
  return lines.join('\n');
}

/**
 * A progress callback for `runContractSuite({ onResult })` that redraws one line on a TTY and
 * prints nothing otherwise.
 *
 * @example
 * await runContractSuite(target, { onResult: consoleProgress(process.stderr) });
 */
export function consoleProgress(
  stream: ConsoleStream,
): (result: CaseResult, done: number, total: number) => void {
  let failed = 0;
  return (result, done, total) => {
    if (result.status === 'failed') failed += 1;
    if (!stream.isTTY) return;
    stream.write(`\r${done}/${total} cases, ${failed} failed  ${done === total ? '\n' : ''}`);
  };
}
