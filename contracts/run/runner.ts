/**
 * `runContractSuite`: builds the run's cases, runs the applicable ones against a target with a
 * small pool, and returns the report.
 */
import { checkOptionKeys } from '../../mocks/core/option-keys.ts';
import { BUILD_CASES_OPTION_KEYS, type BuildCasesOptions, catalogue, newRunId } from '../cases/index.ts';
import { checkTarget } from '../targets/check-target.ts';
import type { CaseResult, ContractCase, ContractReport, ContractTarget } from '../types.ts';
import { explainClockSkew } from './clock-hint.ts';
import { checkNumericOptions } from './numeric-options.ts';
import { runPool } from './pool.ts';
import type { Credentials } from './prepare-request.ts';
import { notApplicableResult, type RunCaseOptions, runCase } from './run-case.ts';
import { type Applicability, notApplicableReason, selectCases } from './select.ts';
import { DEFAULT_LIFECYCLE_BUDGET_MS } from './send-step.ts';

/**
 * Options of {@link runContractSuite}; all optional.
 *
 * @example
 * const options: SuiteOptions = { seed: 7, generated: 10, only: 'rule.*', credentials: { accessKeyId: 'AK', accessKeySecret: 'SK' } };
 */
export interface SuiteOptions extends BuildCasesOptions {
  /** Sign every request; enables the signature cases. */
  credentials?: Credentials;
  /** Skip cases whose fact is inferred and only warn on inferred expectations. */
  documentedOnly?: boolean;
  /** `*` glob or substring of case ids; comma-separated alternatives. Matching none throws. */
  only?: string;
  /** Cases in flight at once. Default 8. */
  concurrency?: number;
  /** Run the ~140 MB code-size case. */
  huge?: boolean;
  /** Run cases of unverified rules (the target must have them switched on). */
  includeUnverified?: boolean;
  /** How far `createdTime` may be from now. Default 5 minutes. */
  clockToleranceMs?: number;
  /**
   * Real-time budget of one lifecycle wait (a custom-container function becoming Active). Default
   * 10 s, above our emulator's 3000 ms preparation; a target that takes longer makes the case not
   * applicable, with the reason. Targets with a `clock` are waited for by moving their clock.
   * A positive integer, as `verify --lifecycle-budget-ms`; anything else throws.
   */
  lifecycleBudgetMs?: number;
  /** Use these cases instead of the catalogue. */
  cases?: ContractCase[];
  /** Called after each case (progress reporting). */
  onResult?: (result: CaseResult, done: number, total: number) => void;
}

/** Every key of {@link SuiteOptions} (the type check keeps the list whole). */
export const SUITE_OPTION_KEYS: readonly string[] = [
  ...BUILD_CASES_OPTION_KEYS,
  ...Object.keys({
    credentials: true,
    documentedOnly: true,
    only: true,
    concurrency: true,
    huge: true,
    includeUnverified: true,
    clockToleranceMs: true,
    lifecycleBudgetMs: true,
    cases: true,
    onResult: true,
  } satisfies Record<Exclude<keyof SuiteOptions, keyof BuildCasesOptions>, true>),
];

/**
 * Counts results by status.
 *
 * @example
 * totalsOf(report.results).failed;
 */
export function totalsOf(results: readonly CaseResult[]): ContractReport['totals'] {
  const count = (status: CaseResult['status']) => results.filter((r) => r.status === status).length;
  return {
    passed: count('passed'),
    failed: count('failed'),
    notApplicable: count('not-applicable'),
    total: results.length,
  };
}

function applicability(target: ContractTarget, options: SuiteOptions): Applicability {
  return {
    hasCredentials: options.credentials !== undefined,
    maxBodyBytes: target.maxBodyBytes,
    huge: options.huge ?? false,
    includeUnverified: options.includeUnverified ?? false,
    documentedOnly: options.documentedOnly ?? false,
    fcHosts: target.fcHosts !== undefined,
    stateless: target.stateless ?? false,
    getBodies: target.getBodies ?? false,
  };
}

/**
 * Whether a case waits for time to pass on the target: it polls GetFunction (the lifecycle) or
 * lets time pass before a request.
 *
 * @example
 * waitsOnTime(lifecycleCase); // true
 */
export function waitsOnTime(c: ContractCase): boolean {
  return waitBoundMs(c, 1) > 0;
}

/**
 * The most real time a case can spend waiting when the target's clock cannot be moved: a lifecycle
 * budget per poll, plus every delay (0 for a case that does not wait).
 *
 * @example
 * waitBoundMs(lifecycleCase, 10_000); // 10000 for a case that polls once
 */
export function waitBoundMs(c: ContractCase, lifecycleBudgetMs: number): number {
  const requests = [...(c.setup ?? []), c.request, ...(c.afterwards ?? []).map((s) => s.request)];
  let bound = 0;
  for (const request of requests) {
    if (request.repeat !== undefined && 'poll' in request.repeat) bound += lifecycleBudgetMs;
    bound += Math.max(0, request.delayMs ?? 0);
  }
  return bound;
}

const DEFAULT_CLOCK_TOLERANCE_MS = 5 * 60_000;

/** At most this many cases wait at once on a target whose clock cannot be moved. */
export const MAX_WAITING_AT_ONCE = 64;

async function clockOffset(target: ContractTarget): Promise<number> {
  return target.clock ? (await target.clock.now()) - Date.now() : 0;
}

/**
 * Runs the selected cases; not-applicable ones are graded without a request. Cases that wait
 * (lifecycle polls, time passing) cost real time only when the target's clock cannot be moved:
 * then they run in a pool of their own, alongside the others. When it can, they run one at a
 * time after the rest, so moving the clock never ages a function another case is looking at.
 */
async function runSelected(
  target: ContractTarget,
  selected: ContractCase[],
  options: SuiteOptions,
): Promise<CaseResult[]> {
  const run = applicability(target, options);
  const caseOptions: RunCaseOptions = {
    target,
    documentedOnly: run.documentedOnly,
    clockToleranceMs: options.clockToleranceMs ?? DEFAULT_CLOCK_TOLERANCE_MS,
    lifecycleBudgetMs: options.lifecycleBudgetMs ?? DEFAULT_LIFECYCLE_BUDGET_MS,
    clockOffsetMs: await clockOffset(target),
    ...(options.credentials ? { credentials: options.credentials } : {}),
  };
  let done = 0;
  const task = async (c: ContractCase, offset?: number) => {
    const reason = notApplicableReason(c, run);
    const own = offset === undefined ? caseOptions : { ...caseOptions, clockOffsetMs: offset };
    const result = reason ? notApplicableResult(c, reason) : await runCase(c, own);
    options.onResult?.(result, ++done, selected.length);
    return result;
  };
  const waiting = selected.filter(waitsOnTime);
  const others = selected.filter((c) => !waitsOnTime(c));
  const concurrency = options.concurrency ?? 8;
  const results = new Map<ContractCase, CaseResult>();
  const keep = (list: ContractCase[]) => (out: CaseResult[]) => {
    for (const [i, c] of list.entries()) results.set(c, out[i] as CaseResult);
  };
  if (target.clock) {
    keep(others)(await runPool({ items: others, concurrency, task: (c) => task(c) }));
    for (const c of waiting) results.set(c, await task(c, await clockOffset(target)));
  } else {
    // Waiting costs nothing but time: every wait runs at once, next to the other cases.
    await Promise.all([
      runPool({
        items: waiting,
        concurrency: Math.min(MAX_WAITING_AT_ONCE, Math.max(concurrency, waiting.length)),
        task: (c) => task(c),
      }).then(keep(waiting)),
      runPool({ items: others, concurrency, task: (c) => task(c) }).then(keep(others)),
    ]);
  }
  return selected.map((c) => results.get(c) as CaseResult);
}

/**
 * Runs the contract suite against a target and returns the report (never throws for failing
 * cases; a target that cannot be reached fails every case with a `transport` failure). Throws
 * an `Fc3TestkitError` before sending anything when `target` is not a target (a promise, such as
 * `mswTarget(…)` not awaited, included), when a numeric option is not a whole number in its
 * range (`concurrency: 0`), or when `only` (alone or with `documentedOnly`) selects no case to run.
 *
 * @example
 * const report = await runContractSuite(httpTarget({ baseUrl: 'http://127.0.0.1:9000' }), { seed: 1 });
 * if (report.totals.failed > 0) process.exitCode = 1;
 */
export async function runContractSuite(
  target: ContractTarget,
  options: SuiteOptions = {},
): Promise<ContractReport> {
  checkTarget('runContractSuite', target);
  checkOptionKeys({ adapter: 'runContractSuite', options, known: SUITE_OPTION_KEYS });
  checkNumericOptions('runContractSuite', options);
  const started = Date.now();
  const runId = options.runId ?? newRunId();
  const seed = options.seed ?? 1;
  const selected = selectCases(options.cases ?? catalogue({ ...options, runId, seed }), options);
  const results = await explainClockSkew({
    target,
    results: await runSelected(target, selected, options),
    clockToleranceMs: options.clockToleranceMs ?? DEFAULT_CLOCK_TOLERANCE_MS,
  });
  return {
    target: target.name,
    baseUrl: target.baseUrl,
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    seed,
    runId,
    documentedOnly: options.documentedOnly ?? false,
    results,
    totals: totalsOf(results),
  };
}
