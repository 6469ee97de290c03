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
    // The server's clock moves through its control API instead of the suite sleeping.
    [
      'http (fc3-testkit serve)',
      async () => httpTarget({ baseUrl: server.url, maxBodyBytes: LIMIT, advanceClock: true }),
    ],
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
      const hosts = report.results.filter((r) => r.case.id.startsWith('endpoint.'));
      expect(hosts.map((r) => r.status)).toEqual(['passed', 'passed', 'passed', 'passed']);
    } finally {
      await target.close?.();
    }
  });

  it('runs twice against one long-lived server without name clashes', async () => {
    // The first run moved the server's clock; the second one reads it before judging timestamps.
    const target = httpTarget({ baseUrl: server.url, advanceClock: true });
    const first = await runContractSuite(target, { credentials: CREDENTIALS, generated: 3 });
    const second = await runContractSuite(target, { credentials: CREDENTIALS, generated: 3 });
    await target.close?.();
    expect(failedIds(first)).toEqual([]);
    expect(failedIds(second)).toEqual([]);
  });
});

describe('FC host addressing (reference A.2)', () => {
  it('sends a signed Host header naming the FC endpoint over HTTP, and the ARN follows it', async () => {
    // Earlier runs moved this server's clock: read it, so createdTime is judged against it.
    const target = httpTarget({ baseUrl: server.url, advanceClock: true });
    const report = await runContractSuite(target, {
      credentials: CREDENTIALS,
      only: 'endpoint.account-host',
    });
    await target.close?.();
    const [result] = report.results;
    expect(result?.status).toBe('passed');
    const sent = result?.exchanges[0]?.request;
    expect(sent?.url.startsWith(server.url)).toBe(true);
    expect(sent?.headers.host).toBe('5550000000000042.cn-beijing.fc.aliyuncs.com');
    expect(sent?.headers.authorization).toMatch(/SignedHeaders=[^,]*\bhost\b/);
    expect(JSON.parse(result?.exchanges[0]?.response.body ?? '{}').functionArn).toMatch(
      /^acs:fc:cn-beijing:5550000000000042:functions\//,
    );
  });

  it('puts the FC host in the URL for fetch-based targets, and skips targets that cannot address one', async () => {
    const inProcess = await runContractSuite(emulatorTarget(createEmulator()), {
      only: 'endpoint.gateway-host',
    });
    expect(inProcess.results[0]?.exchanges[0]?.request.url).toBe(
      'http://fcv3.ap-southeast-1.aliyuncs.com/2023-03-30/functions',
    );
    expect(inProcess.results[0]?.status).toBe('passed');
    const { fcHosts: _unset, ...custom } = emulatorTarget(createEmulator());
    const skipped = await runContractSuite(custom, { only: 'endpoint.*' });
    expect(skipped.results.map((r) => r.reason)).toEqual(
      Array(4).fill('the target cannot address an FC host name (ContractTarget.fcHosts is unset)'),
    );
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

  it('makes cases whose body exceeds the declared limit not applicable', async () => {
    const report = await runContractSuite(emulatorTarget(createEmulator({ maxBodyBytes: 1000 })), {
      generated: 5,
    });
    expect(failedIds(report)).toEqual([]);
    const oversized = report.results.filter((r) => r.reason?.includes('exceeds the declared body limit'));
    expect(oversized.map((r) => r.case.id)).toContain('sample.code-package');
    expect(oversized[0]?.reason).toMatch(/body \(\d+ bytes\) exceeds the declared body limit \(1000 bytes\)/);
    expect(report.results.find((r) => r.case.id === 'body.entity-too-large')?.status).toBe('passed');
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
