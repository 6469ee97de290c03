/**
 * A timestamp check that fails against a server whose clock was moved says so, with the fix; the
 * check itself still fails, and fails without that hint when the server's clock is right and
 * its timestamps are not.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type ContractReport, httpTarget, runContractSuite } from '../../contracts/index.ts';
import { type RunningServer, startServer } from '../../mocks/server.ts';

const timestampFailures = (report: ContractReport) =>
  report.results.flatMap((r) => r.failures).filter((f) => / s away from now/.test(f.message));

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('a failed timestamp check names a moved server clock', () => {
  it('a serve whose clock ran 20 minutes ahead: the check fails, saying so and what to do', async () => {
    server = await startServer({ port: 0 });
    server.emulator.advanceClock(20 * 60_000);
    const target = httpTarget({ baseUrl: server.url });
    const report = await runContractSuite(target, { only: 'sample.code-package' });
    await target.close?.();
    const failures = timestampFailures(report);
    expect(failures.length).toBeGreaterThan(0);
    for (const failure of failures) {
      expect(failure.message).toMatch(
        /^createdTime \S+ is 1[12]\d\d s away from now; the server's clock is 1[12]\d\d s ahead of this machine's \(GET \/__fc3\/clock\): POST \/__fc3\/reset or restart it/,
      );
    }
  });

  it('--advance-clock judges by the server clock: the same server passes', async () => {
    server = await startServer({ port: 0 });
    server.emulator.advanceClock(20 * 60_000);
    const target = httpTarget({ baseUrl: server.url, advanceClock: true });
    const report = await runContractSuite(target, { only: 'sample.code-package' });
    await target.close?.();
    expect(report.totals).toMatchObject({ failed: 0, passed: 1 });
  });

  it('timestamps really wrong, the server clock right: the check fails, with no hint', async () => {
    // The emulator stamps an hour in the past; the target tells this machine's time as its clock.
    server = await startServer({ port: 0, clock: () => new Date(Date.now() - 3_600_000) });
    const target = { ...httpTarget({ baseUrl: server.url }), readClock: async () => Date.now() };
    const report = await runContractSuite(target, { only: 'sample.code-package' });
    await target.close?.();
    const failures = timestampFailures(report);
    expect(failures.length).toBeGreaterThan(0);
    for (const failure of failures)
      expect(failure.message).toMatch(/^createdTime \S+ is 3[56]\d\d s away from now$/);
  });
});
