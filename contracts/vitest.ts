/**
 * `defineContractSuite`: registers one vitest (or jest) test per contract case. vitest is loaded
 * lazily, so the package works without it.
 */
import { buildCases, newRunId } from './cases/index.ts';
import { failureDetails } from './reporters/summary.ts';
import { runContractSuite, type SuiteOptions, waitsOnTime } from './run/runner.ts';
import { selectCases } from './run/select.ts';
import { DEFAULT_LIFECYCLE_BUDGET_MS } from './run/send-step.ts';
import type { CaseResult, ContractCase, ContractReport, ContractTarget } from './types.ts';

/** The part of a test's context the suite uses (vitest passes one; jest does not). */
export interface TestContext {
  skip?: (note?: string) => void;
}

/** The test API the suite registers into (vitest's and jest's globals fit). */
export interface TestApi {
  describe(name: string, body: () => void): unknown;
  it(name: string, body: (context?: TestContext) => Promise<void>, timeout?: number): unknown;
  beforeAll(body: () => Promise<void>, timeout?: number): unknown;
  afterAll(body: () => Promise<void>, timeout?: number): unknown;
}

/** Options of {@link defineContractSuite}. */
export interface DefineSuiteOptions extends Omit<SuiteOptions, 'onResult' | 'cases'> {
  /** The test API; default `await import('vitest')`. */
  api?: TestApi;
  /** Name of the `describe` block. */
  name?: string;
}

/** A target, or a function that starts one (called in `beforeAll`; closed in `afterAll`). */
export type TargetSource = ContractTarget | (() => Promise<ContractTarget>);

/**
 * What one test runs: its own case, or, for a case that waits, the run of every waiting case,
 * started by the first of their tests and shared by the rest (one after another, each would
 * wait its ~3.5 s against serve).
 */
function caseResults(
  cases: ContractCase[],
  options: DefineSuiteOptions & { runId: string },
): (target: ContractTarget, contractCase: ContractCase) => Promise<CaseResult | undefined> {
  const { only: _only, api: _api, name: _name, ...rest } = options;
  const waiting = cases.filter(waitsOnTime);
  let waitingRun: Promise<ContractReport> | undefined;
  return async (target, contractCase) => {
    if (!waitsOnTime(contractCase)) {
      const report = await runContractSuite(target, { ...rest, cases: [contractCase], concurrency: 1 });
      return report.results[0];
    }
    waitingRun ??= runContractSuite(target, { ...rest, cases: waiting });
    return (await waitingRun).results.find((result) => result.case === contractCase);
  };
}

/**
 * Registers one test per case; a failing test prints the case's failures, fact and reproducer.
 * Call it at the top level of a test file and `await` it. An `only` that selects no case to run
 * throws an `Fc3TestkitError` here, so the test file fails instead of passing empty. The cases
 * that wait on the target's clock (lifecycle polls) run together when the first of them runs, as
 * `runContractSuite` runs them (every wait at once, or one after another on a clock the suite
 * moves); each of their tests reports its own case.
 *
 * @example
 * // emulator.contract.test.ts
 * await defineContractSuite(async () => httpTarget({ baseUrl: process.env.FC_URL! }), { generated: 10 });
 */
export async function defineContractSuite(
  source: TargetSource,
  options: DefineSuiteOptions = {},
): Promise<void> {
  const api: TestApi = options.api ?? ((await import('vitest')) as unknown as TestApi);
  const runId = options.runId ?? newRunId();
  const cases = selectCases(buildCases({ ...options, runId }), options);
  const resultOf = caseResults(cases, { ...options, runId });
  const waitTimeout = Math.max(60_000, (options.lifecycleBudgetMs ?? DEFAULT_LIFECYCLE_BUDGET_MS) + 60_000);
  let target: ContractTarget | undefined;
  api.describe(options.name ?? 'FC 3.0 contract', () => {
    api.beforeAll(async () => {
      target = typeof source === 'function' ? await source() : source;
    }, 60_000);
    api.afterAll(async () => {
      if (typeof source === 'function') await target?.close?.();
    });
    for (const contractCase of cases) {
      api.it(
        `${contractCase.id} [${contractCase.fact.reference}]`,
        async (context) => {
          if (!target) throw new Error('contract target did not start');
          const result = await resultOf(target, contractCase);
          if (!result) throw new Error(`contract case ${contractCase.id} gave no result`);
          if (result.status === 'failed') throw new Error(`${contractCase.title}\n${failureDetails(result)}`);
          if (result.status === 'not-applicable') context?.skip?.(result.reason);
        },
        waitsOnTime(contractCase) ? waitTimeout : 60_000,
      );
    }
  });
}
