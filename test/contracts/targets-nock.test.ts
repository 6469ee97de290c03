/**
 * The nock target (own file: nock and msw both patch the global fetch and http).
 */
import nock from 'nock';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { nockTarget, runContractSuite } from '../../contracts/index.ts';
import { createEmulator } from '../../mocks/index.ts';

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterAll(() => {
  nock.enableNetConnect();
});

it('passes the suite through nock interceptors, signatures included', async () => {
  const target = await nockTarget({
    emulator: createEmulator({ maxBodyBytes: 128 * 1024, credentials: { testAK: 'testSecret' } }),
  });
  try {
    const report = await runContractSuite(target, {
      credentials: { accessKeyId: 'testAK', accessKeySecret: 'testSecret' },
      generated: 5,
    });
    expect(report.results.filter((r) => r.status === 'failed').map((r) => r.case.id)).toEqual([]);
    expect(report.totals.passed).toBeGreaterThan(150);
    // FC hosts go in the URL; the interceptors answer them (reference A.2).
    const hosts = report.results.filter((r) => r.case.id.startsWith('endpoint.'));
    expect(hosts.map((r) => r.status)).toEqual(['passed', 'passed', 'passed', 'passed']);
    // GetFunctionCode's url is on the intercepted origin, so the download goes through nock too.
    expect(report.results.find((r) => r.case.id === 'code.download.ok')?.status).toBe('passed');
  } finally {
    await target.close?.();
  }
});
