/**
 * Multi-step cases: lifecycle waits under a real-time budget (not applicable past it, with the
 * reason), waits that move the target's clock (a function that never gets ready fails), a wait
 * that meets a state it does not allow, stateless targets, and time checks that follow a moved
 * clock.
 */
import { describe, expect, it } from 'vitest';
import { buildCases, type ContractCase, emulatorTarget, runContractSuite } from '../../contracts/index.ts';
import { createEmulator } from '../../mocks/index.ts';

const catalogue = buildCases({ runId: 'steps', seed: 1, generated: 2 });
const byId = (id: string): ContractCase => {
  const found = catalogue.find((c) => c.id === id);
  if (!found) throw new Error(`no case ${id}`);
  return found;
};
const becomesActive = byId('lifecycle.container.becomes-active');
const nameOf = (c: ContractCase) => String((c.setup?.[0]?.body as Record<string, unknown>)?.functionName);

describe('lifecycle waits in real time', () => {
  it('pass when the function is ready within the budget, sleeping with back-off', async () => {
    const target = emulatorTarget(createEmulator({ preparationMs: 300 }), { moveClock: false });
    const started = performance.now();
    const report = await runContractSuite(target, { cases: [becomesActive], lifecycleBudgetMs: 5000 });
    expect(report.results[0]?.failures).toEqual([]);
    expect(report.results[0]?.status).toBe('passed');
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    // The first GET saw Pending, the last one Active.
    const bodies = report.results[0]?.exchanges.map((e) => JSON.parse(e.response.body).state) ?? [];
    expect(bodies.slice(1, 2)).toEqual(['Pending']);
    expect(bodies.at(-1)).toBe('Active');
  });

  it('are not applicable past the budget, and say why', async () => {
    const target = emulatorTarget(createEmulator({ preparationMs: 60_000 }), { moveClock: false });
    const report = await runContractSuite(target, { cases: [becomesActive], lifecycleBudgetMs: 250 });
    const result = report.results[0];
    expect(result?.status).toBe('not-applicable');
    expect(result?.reason).toMatch(/still state Pending.*lifecycle budget of 250 ms.*--lifecycle-budget-ms/);
  });
});

describe('lifecycle waits that move the clock', () => {
  it('take no real time and pass on our emulator', async () => {
    const emulator = createEmulator();
    const before = emulator.now().getTime();
    const started = performance.now();
    const report = await runContractSuite(emulatorTarget(emulator), { cases: [becomesActive] });
    expect(report.results[0]?.status).toBe('passed');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(emulator.now().getTime() - before).toBeGreaterThanOrEqual(3000);
  });

  it('fail when the preparation ends in a state the wait does not allow', async () => {
    const emulator = createEmulator();
    emulator.failPreparation(nameOf(becomesActive), {
      reasonCode: 'ImagePullFailed',
      reason: 'no such image',
    });
    const report = await runContractSuite(emulatorTarget(emulator), { cases: [becomesActive] });
    const failure = report.results[0]?.failures[0];
    expect(failure?.check).toBe('lifecycle');
    expect(failure?.message).toMatch(/state Failed/);
    expect(failure?.reference).toBe('lifecycle F.2');
  });

  it("judge timestamps against the target's clock, however far it was moved", async () => {
    const emulator = createEmulator();
    emulator.advanceClock(60 * 60_000);
    const cases = catalogue.filter((c) =>
      ['sample.code-package', 'update.last-modified-moves'].includes(c.id),
    );
    const report = await runContractSuite(emulatorTarget(emulator), { cases });
    expect(report.results.map((r) => [r.case.id, r.status, r.failures])).toEqual(
      cases.map((c) => [c.id, 'passed', []]),
    );
    // The same run against a target whose clock the suite cannot read sees the hour.
    const fresh = buildCases({ runId: 'blind', generated: 0 }).filter((c) => c.id === 'sample.code-package');
    const blind = await runContractSuite(emulatorTarget(emulator, { moveClock: false }), { cases: fresh });
    expect(blind.results[0]?.failures.map((f) => f.message).join()).toMatch(/createdTime .* s away from now/);
  });
});

describe('signatures on a moved clock', () => {
  it("are dated on the target's clock when the suite can read it", async () => {
    const emulator = createEmulator({ credentials: { testAK: 'testSecret' } });
    emulator.advanceClock(20 * 60_000);
    const credentials = { accessKeyId: 'testAK', accessKeySecret: 'testSecret' };
    const cases = buildCases({ runId: 'skew', generated: 0 }).filter((c) => c.id.startsWith('auth.'));
    const aware = await runContractSuite(emulatorTarget(emulator), { cases, credentials });
    expect(aware.results.filter((r) => r.status !== 'passed').map((r) => r.case.id)).toEqual([]);
    // Signed on our clock, 20 minutes behind the server's, a valid request is refused as skewed.
    const again = buildCases({ runId: 'skew2', generated: 0 }).filter((c) => c.id === 'auth.valid-signature');
    const blind = await runContractSuite(emulatorTarget(emulator, { moveClock: false }), {
      cases: again,
      credentials,
    });
    expect(JSON.parse(blind.results[0]?.exchanges[0]?.response.body ?? '{}').Code).toBe(
      'RequestTimeTooSkewed',
    );
  });
});

describe('stateless targets', () => {
  it('make stateful cases not applicable with the reason, and run the rest', async () => {
    const target = { ...emulatorTarget(createEmulator()), stateless: true };
    const cases = catalogue.filter((c) => ['get.not-found', 'rule.timeout-range.reject.zero'].includes(c.id));
    const report = await runContractSuite(target, { cases });
    const notFound = report.results.find((r) => r.case.id === 'get.not-found');
    const rule = report.results.find((r) => r.case.id === 'rule.timeout-range.reject.zero');
    expect(notFound?.status).toBe('not-applicable');
    expect(notFound?.reason).toMatch(/keeps no state/);
    expect(rule?.status).toBe('passed');
  });
});
