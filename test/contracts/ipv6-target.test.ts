/**
 * httpTarget (verify, scorecard) against a server on the IPv6 loopback: `http://[::1]:PORT`
 * reaches it, its probe, its cases and the control API's clock (the brackets of the URL are not
 * part of the address a socket connects to).
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpTarget, runContractSuite } from '../../contracts/index.ts';
import { type RunningServer, startServer } from '../../mocks/server.ts';

/** Whether this machine can listen on `::1` (a container may have no IPv6 loopback). */
function canListenOnIpv6Loopback(): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port: 0, host: '::1' }, () => server.close(() => resolve(true)));
  });
}

const ipv6 = await canListenOnIpv6Loopback();
const CREDENTIALS = { accessKeyId: 'testAK', accessKeySecret: 'testSecret' };

const title = `a server on ::1${ipv6 ? '' : ' (skipped: this machine cannot listen on ::1)'}`;
describe.skipIf(!ipv6)(title, () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ host: '::1', port: 0, credentials: { testAK: 'testSecret' } });
  });
  afterAll(async () => {
    await server.close();
  });

  it('is reached through http://[::1]:PORT: probe, cases and the clock', async () => {
    expect(server.url).toBe(`http://[::1]:${server.port}`);
    const target = httpTarget({ baseUrl: server.url, advanceClock: true, timeoutMs: 2000 });
    try {
      await expect(target.probe?.()).resolves.toBeUndefined();
      await expect(target.clock?.now()).resolves.toEqual(expect.any(Number));
      const report = await runContractSuite(target, {
        credentials: CREDENTIALS,
        only: 'rule.timeout-*,state.duplicate-name',
      });
      expect(report.results.map((r) => [r.case.id, r.status, r.failures[0]?.message])).toEqual(
        report.results.map((r) => [r.case.id, 'passed', undefined]),
      );
      expect(report.results.length).toBeGreaterThan(3);
    } finally {
      await target.close?.();
    }
  });
});
