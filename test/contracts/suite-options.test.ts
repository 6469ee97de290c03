/**
 * The suite's numeric options are refused as `verify`'s flags are: `lifecycleBudgetMs` 0 would
 * make every waiting case "not applicable" (the CLI's `--lifecycle-budget-ms` takes 1 to 24 h).
 */
import { describe, expect, it } from 'vitest';
import { buildCases, defineContractSuite, emulatorTarget, runContractSuite } from '../../contracts/index.ts';
import { createEmulator, Fc3TestkitError } from '../../mocks/index.ts';

const target = () => emulatorTarget(createEmulator());
const DAY_MS = 24 * 60 * 60_000;

describe('lifecycleBudgetMs', () => {
  it.each([0, -1, 1.5, Number.NaN, DAY_MS + 1, '10000'])(
    '%s is refused before anything is sent',
    async (value) => {
      const options = { lifecycleBudgetMs: value as number };
      const shown = typeof value === 'string' ? `"${value}"` : String(value);
      const message = `lifecycleBudgetMs must be an integer from 1 to ${DAY_MS}, got ${shown}`;
      const run = runContractSuite(target(), options);
      await expect(run).rejects.toThrow(Fc3TestkitError);
      await expect(run).rejects.toThrow(`runContractSuite: ${message}`);
      await expect(defineContractSuite(target(), options)).rejects.toThrow(`defineContractSuite: ${message}`);
    },
  );

  it.each([1, DAY_MS])('%s is taken', async (lifecycleBudgetMs) => {
    const only = buildCases()[0]?.id as string;
    const report = await runContractSuite(target(), { lifecycleBudgetMs, only });
    expect(report.totals.total).toBe(1);
  });
});
