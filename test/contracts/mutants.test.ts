/**
 * The suite has teeth: it passes on the real emulator and fails on every deliberately broken
 * variant, naming the broken fact.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { emulatorTarget, runContractSuite, type SuiteOptions } from '../../contracts/index.ts';
import { createEmulator } from '../../mocks/index.ts';
import { aliasReadMutants } from './mutants/alias-read-variants.ts';
import { codeMutants } from './mutants/code-variants.ts';
import { resourceMutants } from './mutants/resource-variants.ts';
import { switchMutants } from './mutants/switch-variants.ts';
import { triggerMutants } from './mutants/trigger-variants.ts';
import { mutants as createMutants, type Mutant } from './mutants/variants.ts';
import { versionMutants } from './mutants/version-variants.ts';

const mutants: readonly Mutant[] = [
  ...createMutants,
  ...resourceMutants,
  ...triggerMutants,
  ...switchMutants,
  ...versionMutants,
  ...aliasReadMutants,
  ...codeMutants,
];

const CREDENTIALS = { accessKeyId: 'testAK', accessKeySecret: 'testSecret' };
const EMULATOR_OPTIONS = { maxBodyBytes: 256 * 1024, credentials: { testAK: 'testSecret' } };
const SUITE: SuiteOptions = { credentials: CREDENTIALS, generated: 10, seed: 3 };
// Signing costs a third of a run and only the signature variants break it: the others run unsigned.
const UNSIGNED = { emulator: { maxBodyBytes: 256 * 1024 }, suite: { generated: 10, seed: 3 } };

const killed: string[] = [];
const killedResource: string[] = [];

describe('the contract suite against the real emulator', () => {
  it('passes every applicable case', async () => {
    const report = await runContractSuite(emulatorTarget(createEmulator(EMULATOR_OPTIONS)), SUITE);
    const failed = report.results
      .filter((r) => r.status === 'failed')
      .map((r) => `${r.case.id}: ${r.failures[0]?.message}`);
    expect(failed).toEqual([]);
    expect(report.totals.passed).toBeGreaterThan(450);
  });
});

describe('the contract suite against broken emulators', () => {
  it('has at least 15 variants of CreateFunction and 15 of the function resource', () => {
    expect(createMutants.length).toBeGreaterThanOrEqual(15);
    expect(resourceMutants.length).toBeGreaterThanOrEqual(15);
    expect(new Set(mutants.map((m) => m.name)).size).toBe(mutants.length);
  });

  for (const mutant of mutants) {
    it(`fails on: ${mutant.name} (${mutant.breaks})`, async () => {
      const run = mutant.signed ? { emulator: EMULATOR_OPTIONS, suite: SUITE } : UNSIGNED;
      const report = await runContractSuite(
        emulatorTarget(mutant.make(run.emulator), { name: mutant.name }),
        run.suite,
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
      if (resourceMutants.includes(mutant)) killedResource.push(mutant.name);
    });
  }

  afterAll(() => {
    const rate = (n: number, of: number) => `${n}/${of} (${((n / of) * 100).toFixed(0)}%)`;
    process.stdout.write(
      `\ncontract suite kill rate: ${rate(killed.length, mutants.length)} broken variants; ` +
        `function resource: ${rate(killedResource.length, resourceMutants.length)}\n`,
    );
  });
});
