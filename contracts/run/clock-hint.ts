/**
 * Explains failed timestamp checks by the target's clock: a `fc3-testkit serve` whose clock was
 * moved (`--advance-clock` runs leave it minutes ahead) writes timestamps that are right for its
 * clock and wrong for this machine's. The check still fails (it judges by this machine's time
 * unless the suite may move the clock); the message then says why and what to do.
 */
import { isTimestampFailure } from '../checks/computed-fields.ts';
import type { CaseResult, CheckFailure, ContractTarget } from '../types.ts';

function hintFor(offsetMs: number): string {
  const seconds = Math.round(Math.abs(offsetMs) / 1000);
  const direction = offsetMs > 0 ? 'ahead of' : 'behind';
  return `; the server's clock is ${seconds} s ${direction} this machine's (GET /__fc3/clock): POST /__fc3/reset or restart it, or run with --advance-clock (httpTarget advanceClock: true), which judges timestamps by the server's clock`;
}

function withHint(failures: CheckFailure[], hint: string): CheckFailure[] {
  return failures.map((failure) =>
    isTimestampFailure(failure) ? { ...failure, message: `${failure.message}${hint}` } : failure,
  );
}

/** What {@link explainClockSkew} needs: the target, its results and how far "now" may be. */
export interface ClockSkewInput {
  target: ContractTarget;
  results: CaseResult[];
  clockToleranceMs: number;
}

/**
 * The results with a hint added to each failed timestamp check when the target tells its clock
 * and that clock is further from this machine's than the tolerance; else the results unchanged.
 * The target is asked only when such a check failed.
 *
 * @example
 * const results = await explainClockSkew({ target, results: raw, clockToleranceMs: 300_000 });
 */
export async function explainClockSkew({
  target,
  results,
  clockToleranceMs,
}: ClockSkewInput): Promise<CaseResult[]> {
  const failed = results.some((r) => [...r.failures, ...r.warnings].some(isTimestampFailure));
  if (!failed || target.clock || !target.readClock) return results;
  const serverNow = await target.readClock();
  if (serverNow === undefined) return results;
  const offsetMs = serverNow - Date.now();
  if (Math.abs(offsetMs) <= clockToleranceMs) return results;
  const hint = hintFor(offsetMs);
  return results.map((r) => ({
    ...r,
    failures: withHint(r.failures, hint),
    warnings: withHint(r.warnings, hint),
  }));
}
