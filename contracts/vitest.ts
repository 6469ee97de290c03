/**
 * `defineContractSuite`: registers one vitest (or jest) test per contract case. vitest is loaded
 * lazily, so the package works without it.
 */
import { buildCases, newRunId } from './cases/index.ts';
import { failureDetails } from './reporters/summary.ts';
import { runContractSuite, type SuiteOptions } from './run/runner.ts';
import { selectCases } from './run/select.ts';
import type { ContractTarget } from './types.ts';

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
 * Registers one test per case; a failing test prints the case's failures, fact and reproducer.
 * Call it at the top level of a test file and `await` it. An `only` that selects no case to run
 * throws an `Fc3TestkitError` here, so the test file fails instead of passing empty.
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
          const { only: _only, ...rest } = options;
          const report = await runContractSuite(target, {
            ...rest,
            runId,
            cases: [contractCase],
            concurrency: 1,
          });
          const result = report.results[0];
          if (result?.status === 'failed')
            throw new Error(`${contractCase.title}\n${failureDetails(result)}`);
          if (result?.status === 'not-applicable') context?.skip?.(result.reason);
        },
        60_000,
      );
    }
  });
}
