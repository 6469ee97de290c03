/**
 * The outcome of one case and of a whole run.
 */

import type { ContractCase } from './case-types.ts';
import type { CheckFailure, Exchange } from './exchange-types.ts';

/** The verdict of one case. */
export type CaseStatus = 'passed' | 'failed' | 'not-applicable';

/** The outcome of one case. */
export interface CaseResult {
  case: ContractCase;
  status: CaseStatus;
  /** Why the case did not apply. */
  reason?: string;
  failures: CheckFailure[];
  /** Failures of inferred expectations while running `documentedOnly`. */
  warnings: CheckFailure[];
  exchanges: Exchange[];
  /** A shell command that replays the last request, for failures. */
  reproducer?: string;
  durationMs: number;
}

/**
 * The outcome of a whole run.
 *
 * @example
 * const ok = report.totals.failed === 0;
 */
export interface ContractReport {
  target: string;
  baseUrl: string;
  startedAt: string;
  durationMs: number;
  /** The seed of the generated cases; absent from a proxy report, which generates none. */
  seed?: number;
  runId: string;
  documentedOnly: boolean;
  results: CaseResult[];
  totals: { passed: number; failed: number; notApplicable: number; total: number };
}
