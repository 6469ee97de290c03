/**
 * `defineContractSuite`: registers one vitest (or jest) test per contract case. vitest is loaded
 * lazily, so the package works without it.
 */
import { checkOptionKeys } from '../mocks/core/option-keys.ts';
import { catalogue, newRunId } from './cases/index.ts';
import { failureDetails } from './reporters/summary.ts';
import { checkNumericOptions } from './run/numeric-options.ts';
import {
  MAX_WAITING_AT_ONCE,
  runContractSuite,
  SUITE_OPTION_KEYS,
  type SuiteOptions,
  waitBoundMs,
  waitsOnTime,
} from './run/runner.ts';
import { selectCases } from './run/select.ts';
import { DEFAULT_LIFECYCLE_BUDGET_MS } from './run/send-step.ts';
import { checkTarget } from './targets/check-target.ts';
import type { CaseResult, ContractCase, ContractReport, ContractTarget } from './types.ts';

/** The part of a test's context the suite uses (vitest passes one; jest does not). */
export interface TestContext {
  skip?: (note?: string) => void;
  /** vitest's running test: its siblings tell which tests a `-t` filter keeps. */
  task?: { suite?: { tasks?: readonly { name: string; mode?: string }[] } };
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

const DEFINE_SUITE_OPTION_KEYS: readonly string[] = [
  ...SUITE_OPTION_KEYS.filter((key) => key !== 'onResult' && key !== 'cases'),
  ...Object.keys({ api: true, name: true } satisfies Record<
    Exclude<keyof DefineSuiteOptions, keyof SuiteOptions>,
    true
  >),
];

/** A target, or a function that starts one (called in `beforeAll`; closed in `afterAll`). */
export type TargetSource = ContractTarget | (() => Promise<ContractTarget>);

const testName = (c: ContractCase): string => `${c.id} [${c.fact.reference}]`;

/** The tests of this file vitest runs (a `-t` filter skips the others), when its context says. */
function testsToRun(context: TestContext | undefined): Set<string> | undefined {
  const tasks = context?.task?.suite?.tasks;
  if (!Array.isArray(tasks)) return undefined;
  return new Set(tasks.filter((t) => t.mode === 'run' || t.mode === 'only').map((t) => t.name));
}

/**
 * What one test runs: its own case, or, for a case that waits, the run of every waiting case
 * that will run, started by the first of their tests and shared by the rest (one after another,
 * each would wait its ~3.5 s against serve).
 */
function caseResults(
  waiting: readonly ContractCase[],
  options: DefineSuiteOptions & { runId: string },
): (
  target: ContractTarget,
  contractCase: ContractCase,
  context?: TestContext,
) => Promise<CaseResult | undefined> {
  const { only: _only, api: _api, name: _name, ...rest } = options;
  let waitingRun: Promise<ContractReport> | undefined;
  return async (target, contractCase, context) => {
    if (!waiting.includes(contractCase)) {
      const report = await runContractSuite(target, { ...rest, cases: [contractCase], concurrency: 1 });
      return report.results[0];
    }
    if (!waitingRun) {
      const running = testsToRun(context);
      const cases = waiting.filter(
        (c) => c === contractCase || running === undefined || running.has(testName(c)),
      );
      waitingRun = runContractSuite(target, { ...rest, cases });
    }
    return (await waitingRun).results.find((result) => result.case === contractCase);
  };
}

/**
 * A waiting test's timeout: the shared run waits at most its slowest case's bound per wave of
 * waiting cases, plus a minute; setTimeout holds at most 2^31 − 1 ms (longer fires at once).
 */
function waitingTimeoutMs(waiting: readonly ContractCase[], lifecycleBudgetMs: number): number {
  const slowest = Math.max(0, ...waiting.map((c) => waitBoundMs(c, lifecycleBudgetMs)));
  const waves = Math.ceil(waiting.length / MAX_WAITING_AT_ONCE);
  return Math.min(2 ** 31 - 1, 60_000 + waves * slowest);
}

/**
 * Registers one test per case; a failing test prints the case's failures, fact and reproducer.
 * Call it at the top level of a test file and `await` it. An `only` that selects no case to run
 * throws an `Fc3TestkitError` here, so the test file fails instead of passing empty. The cases
 * that wait on the target's clock (lifecycle polls) run together when the first of them runs, as
 * `runContractSuite` runs them (every wait at once, or one after another on a clock the suite
 * moves); each of their tests reports its own case. A `source` that is not a target (such as an
 * unawaited `mswTarget(…)`) throws an `Fc3TestkitError` too.
 *
 * @example
 * // emulator.contract.test.ts
 * await defineContractSuite(async () => httpTarget({ baseUrl: process.env.FC_URL! }), { generated: 10 });
 */
export async function defineContractSuite(
  source: TargetSource,
  options: DefineSuiteOptions = {},
): Promise<void> {
  // A target passed as a value is checked now: its promise (an unawaited mswTarget) fails here, not in every test.
  if (typeof source !== 'function') checkTarget('defineContractSuite', source);
  checkOptionKeys({ adapter: 'defineContractSuite', options, known: DEFINE_SUITE_OPTION_KEYS });
  checkNumericOptions('defineContractSuite', options);
  const api: TestApi = options.api ?? ((await import('vitest')) as unknown as TestApi);
  const runId = options.runId ?? newRunId();
  const cases = selectCases(catalogue({ ...options, runId }), options);
  const waiting = cases.filter(waitsOnTime);
  const resultOf = caseResults(waiting, { ...options, runId });
  const waitTimeout = waitingTimeoutMs(waiting, options.lifecycleBudgetMs ?? DEFAULT_LIFECYCLE_BUDGET_MS);
  let target: ContractTarget | undefined;
  api.describe(options.name ?? 'FC 3.0 contract', () => {
    api.beforeAll(async () => {
      const started = typeof source === 'function' ? await source() : source;
      checkTarget('defineContractSuite (what the target function resolved to)', started);
      target = started;
    }, 60_000);
    api.afterAll(async () => {
      if (typeof source === 'function') await target?.close?.();
    });
    for (const contractCase of cases) {
      api.it(
        testName(contractCase),
        // No declared parameter: jest reads a one-parameter test as one that waits for `done()`.
        async (...args: (TestContext | undefined)[]) => {
          const context = args[0];
          if (!target) throw new Error('contract target did not start');
          const result = await resultOf(target, contractCase, context);
          if (!result) throw new Error(`contract case ${contractCase.id} gave no result`);
          if (result.status === 'failed') throw new Error(`${contractCase.title}\n${failureDetails(result)}`);
          if (result.status === 'not-applicable') context?.skip?.(result.reason);
        },
        waiting.includes(contractCase) ? waitTimeout : 60_000,
      );
    }
  });
}
