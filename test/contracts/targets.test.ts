/**
 * Targets and run options: the suite passes through the HTTP server, in-process and MSW targets
 * (nock has its own file: nock and msw both patch fetch), reports an unreachable target, honours --only and --documented-only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ContractTarget,
  emulatorTarget,
  httpTarget,
  mswTarget,
  runContractSuite,
} from '../../contracts/index.ts';
import { createEmulator } from '../../mocks/index.ts';
import { type RunningServer, startServer } from '../../mocks/server.ts';
import { mutants } from './mutants/variants.ts';

const CREDENTIALS = { accessKeyId: 'testAK', accessKeySecret: 'testSecret' };
const LIMIT = 128 * 1024;
const emulator = () => createEmulator({ maxBodyBytes: LIMIT, credentials: { testAK: 'testSecret' } });
const failedIds = (report: Awaited<ReturnType<typeof runContractSuite>>) =>
  report.results.filter((r) => r.status === 'failed').map((r) => `${r.case.id}: ${r.failures[0]?.message}`);

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0, maxBodyBytes: LIMIT, credentials: { testAK: 'testSecret' } });
});
afterAll(async () => {
  await server.close();
});

describe('every target passes the suite against the emulator', () => {
  const makers: [string, () => Promise<ContractTarget>][] = [
    ['http (fc3-testkit serve)', async () => httpTarget({ baseUrl: server.url, maxBodyBytes: LIMIT })],
    ['in-process', async () => emulatorTarget(emulator())],
    ['msw', () => mswTarget({ emulator: emulator() })],
  ];
  it.each(makers)('%s', async (_name, make) => {
    const target = await make();
    try {
      const report = await runContractSuite(target, { credentials: CREDENTIALS, generated: 5 });
      expect(failedIds(report)).toEqual([]);
      const tooLarge = report.results.find((r) => r.case.id === 'body.entity-too-large');
      expect(tooLarge?.status).toBe('passed');
      expect(report.results.find((r) => r.case.id === 'auth.nonce-replay')?.status).toBe('passed');
    } finally {
      await target.close?.();
    }
  });

  it('runs twice against one long-lived server without name clashes', async () => {
    const target = httpTarget({ baseUrl: server.url });
    const first = await runContractSuite(target, { credentials: CREDENTIALS, generated: 3 });
    const second = await runContractSuite(target, { credentials: CREDENTIALS, generated: 3 });
    await target.close?.();
    expect(failedIds(first)).toEqual([]);
    expect(failedIds(second)).toEqual([]);
  });
});

describe('run options', () => {
  it('fails every case with a transport failure when the target is unreachable', async () => {
    const target = httpTarget({ baseUrl: 'http://127.0.0.1:1', timeoutMs: 2000 });
    await expect(target.probe?.()).rejects.toThrow(/unreachable/);
    const report = await runContractSuite(target, { only: 'sample.*' });
    expect(report.results.every((r) => r.failures[0]?.check === 'transport')).toBe(true);
  });

  it('runs only the matching cases', async () => {
    const report = await runContractSuite(emulatorTarget(emulator()), {
      credentials: CREDENTIALS,
      only: 'rule.timeout-*,state.*',
    });
    expect(report.results.map((r) => r.case.id).sort()).toEqual([
      'rule.timeout-range.accept.max',
      'rule.timeout-range.accept.min',
      'rule.timeout-range.reject.above-max',
      'rule.timeout-range.reject.zero',
      'state.duplicate-name',
      'state.duplicate-name-other-body',
      'state.names-case-sensitive',
    ]);
  });

  it('marks cases not applicable when the run cannot provide what they need', async () => {
    const report = await runContractSuite(emulatorTarget(createEmulator()), {
      only: 'auth.*,body.entity-too-large,rule.code-size-limit.*',
    });
    expect(report.totals.notApplicable).toBe(report.totals.total);
    expect(report.results.find((r) => r.case.id === 'body.entity-too-large')?.reason).toMatch(
      /too large to send routinely/,
    );
  });

  it('--documented-only skips inferred facts and only warns on inferred expectations', async () => {
    const status201 = mutants.find((m) => m.name === 'success status 201');
    const noRequestId = mutants.find((m) => m.name === 'no request-id header');
    if (!status201 || !noRequestId) throw new Error('mutants missing');
    const options = { generated: 2, documentedOnly: true } as const;
    const lenient = await runContractSuite(emulatorTarget(noRequestId.make({})), options);
    expect(failedIds(lenient)).toEqual([]);
    expect(lenient.results.some((r) => r.warnings.some((w) => w.check === 'requestId'))).toBe(true);
    expect(lenient.results.find((r) => r.case.id === 'state.names-case-sensitive')?.status).toBe(
      'not-applicable',
    );
    const strict = await runContractSuite(emulatorTarget(noRequestId.make({})), { generated: 2 });
    expect(strict.totals.failed).toBeGreaterThan(0);
    // Status 200 itself is inferred (D.1): a 201 only warns when documented-only.
    const created = await runContractSuite(emulatorTarget(status201.make({})), {
      ...options,
      only: 'sample.code-package',
    });
    expect(created.results[0]?.warnings[0]?.check).toBe('status');
  });
});
