/**
 * The JUnit XML reporter: one `testsuite` per fact, one `testcase` per case, `failure` with the
 * full "received vs documented" text and `skipped` for cases that do not apply.
 */
import type { CaseResult, ContractReport } from '../types.ts';
import { failureDetails, failureLine, groupByFact } from './summary.ts';

// Characters XML 1.0 cannot carry at all, even escaped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point.
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/**
 * Escapes text for XML attributes and content.
 *
 * @example
 * escapeXml('<a & "b">'); // '&lt;a &amp; &quot;b&quot;&gt;'
 */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

function testcase(result: CaseResult, classname: string): string {
  const open = `    <testcase classname="${escapeXml(classname)}" name="${escapeXml(result.case.id)}" time="${seconds(result.durationMs)}"`;
  if (result.status === 'passed') return `${open}/>`;
  if (result.status === 'not-applicable')
    return `${open}>\n      <skipped message="${escapeXml(result.reason ?? '')}"/>\n    </testcase>`;
  const first = result.failures[0];
  const message = first ? failureLine(first) : 'failed';
  return [
    `${open}>`,
    `      <failure message="${escapeXml(message)}" type="${escapeXml(first?.check ?? 'failure')}">${escapeXml(failureDetails(result))}</failure>`,
    '    </testcase>',
  ].join('\n');
}

/**
 * Formats a report as JUnit XML (the format CI systems show as test results).
 *
 * @example
 * writeFileSync('contract.xml', formatJunit(report));
 */
export function formatJunit(report: ContractReport): string {
  const suites = groupByFact(report.results).map((group) => {
    const count = (status: CaseResult['status']) => group.results.filter((r) => r.status === status).length;
    const time = group.results.reduce((sum, r) => sum + r.durationMs, 0);
    const attrs = `name="${escapeXml(group.key)}" tests="${group.results.length}" failures="${count('failed')}" errors="0" skipped="${count('not-applicable')}" time="${seconds(time)}"`;
    const cases = group.results.map((r) => testcase(r, `fc3-contract.${group.fact.reference}`));
    return [`  <testsuite ${attrs}>`, ...cases, '  </testsuite>'].join('\n');
  });
  const { total, failed, notApplicable } = report.totals;
  const name = `fc3-testkit contract suite: ${report.target}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(name)}" tests="${total}" failures="${failed}" errors="0" skipped="${notApplicable}" time="${seconds(report.durationMs)}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
