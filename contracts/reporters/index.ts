/**
 * Every reporter, by name.
 */
import type { ContractReport } from '../types.ts';
import { formatConsoleReport } from './console.ts';
import { formatJson } from './json.ts';
import { formatJunit } from './junit.ts';
import { formatMarkdown } from './markdown.ts';

/**
 * The reporter names the CLI accepts.
 *
 * @example
 * reporterNames.includes('junit'); // true
 */
export const reporterNames = ['console', 'junit', 'json', 'markdown'] as const;

/** A reporter name. */
export type ReporterName = (typeof reporterNames)[number];

/**
 * Formats a report with the named reporter.
 *
 * @example
 * formatReport(report, 'junit').startsWith('<?xml'); // true
 */
export function formatReport(report: ContractReport, reporter: ReporterName): string {
  switch (reporter) {
    case 'junit':
      return formatJunit(report);
    case 'json':
      return formatJson(report);
    case 'markdown':
      return formatMarkdown(report);
    default:
      return formatConsoleReport(report);
  }
}

export { consoleProgress, formatConsoleReport } from './console.ts';
export { formatJson } from './json.ts';
export { escapeXml, formatJunit } from './junit.ts';
export { formatMarkdown } from './markdown.ts';
export { formatScorecard } from './scorecard.ts';
