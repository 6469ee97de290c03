/**
 * The suite has teeth: it passes on the real emulator and fails on every deliberately broken
 * variant, naming the broken fact.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { emulatorTarget, runContractSuite, type SuiteOptions } from '../../contracts/index.ts';
import { createEmulator } from '../../mocks/index.ts';
import { triggerMutants } from './mutants/trigger-variants.ts';
import { mutants as createMutants } from './mutants/variants.ts';

const mutants = [...createMutants, ...triggerMutants];

const CREDENTIALS = { accessKeyId: 'testAK', accessKeySecret: 'testSecret' };
const EMULATOR_OPTIONS = { maxBodyBytes: 256 * 1024, credentials: { testAK: 'testSecret' } };
const SUITE: SuiteOptions = { credentials: CREDENTIALS, generated: 10, seed: 3 };

const killed: string[] = [];

describe('the contract suite against the real emulator', () => {
  it('passes every applicable case', async () => {
    const report = await runContractSuite(emulatorTarget(createEmulator(EMULATOR_OPTIONS)), SUITE);
    const failed = report.results
      .filter((r) => r.status === 'failed')
      .map((r) => `${r.case.id}: ${r.failures[0]?.message}`);
    expect(failed).toEqual([]);
    expect(report.totals.passed).toBeGreaterThan(150);
  });
});

describe('the contract suite against broken emulators', () => {
  it('has at least 15 variants', () => {
    expect(mutants.length).toBeGreaterThanOrEqual(15);
  });

  for (const mutant of mutants) {
    it(`fails on: ${mutant.name} (${mutant.breaks})`, async () => {
      const report = await runContractSuite(
        emulatorTarget(mutant.make(EMULATOR_OPTIONS), { name: mutant.name }),
        SUITE,
      );
      const failed = report.results.filter((r) => r.status === 'failed');
      expect(failed.length).toBeGreaterThan(0);
      const checks = new Set(failed.flatMap((r) => r.failures.map((f) => f.check)));
      expect([...checks]).toContain(mutant.check);
      if (mutant.caseId) {
        const owner = failed.find((r) => r.case.id === mutant.caseId);
        expect(owner?.failures.map((f) => f.check)).toContain(mutant.check);
        expect(owner?.case.fact.reference).toBeTruthy();
      }
      killed.push(mutant.name);
    });
  }

  afterAll(() => {
    const rate = ((killed.length / mutants.length) * 100).toFixed(0);
    process.stdout.write(
      `\ncontract suite kill rate: ${killed.length}/${mutants.length} broken variants (${rate}%)\n`,
    );
  });
});
