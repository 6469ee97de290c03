/**
 * `lifecycleBudgetMs` below 1 is refused as `verify --lifecycle-budget-ms` refuses it: 0 would
 * make every waiting case "not applicable". Above the CLI's day is taken (define-suite.test.ts
 * gives 3e9 to see the test timeouts stay within what setTimeout holds).
 */
import { describe, expect, it } from 'vitest';
import { buildCases, defineContractSuite, emulatorTarget, runContractSuite } from '../../contracts/index.ts';
import { createEmulator, Fc3TestkitError } from '../../mocks/index.ts';

const target = () => emulatorTarget(createEmulator());

describe('lifecycleBudgetMs', () => {
  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '10000'])(
    '%s is refused before anything is sent',
    async (value) => {
      const options = { lifecycleBudgetMs: value as number };
      const shown = typeof value === 'string' ? `"${value}"` : String(value);
      const message = `lifecycleBudgetMs must be a positive integer, got ${shown}`;
      const run = runContractSuite(target(), options);
      await expect(run).rejects.toThrow(Fc3TestkitError);
      await expect(run).rejects.toThrow(`runContractSuite: ${message}`);
      await expect(defineContractSuite(target(), options)).rejects.toThrow(`defineContractSuite: ${message}`);
    },
  );

  it.each([1, 3_000_000_000])('%s is taken', async (lifecycleBudgetMs) => {
    const only = buildCases()[0]?.id as string;
    const report = await runContractSuite(target(), { lifecycleBudgetMs, only });
    expect(report.totals.total).toBe(1);
  });
});
