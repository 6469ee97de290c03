/**
 * `fc3-testkit proxy` as a real process in front of `fc3-testkit serve --auth verify` (loopback):
 * the official SDK signs for the proxy's address, the proxy forwards unchanged, serve verifies.
 * A recorded SDK session: a bad request of its own is reported live, SIGTERM writes the summary,
 * the report and the whole cassette, which `fc3-testkit replay` answers. Then the contract suite
 * passes through the same forwarder exactly as directly, with no server-side finding against a
 * conforming server, and each client-side finding agrees with serve's own 400.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signAcs3 } from '../../mocks/core/auth/sign-acs3.ts';
import { type ProxyResult, type RunningProxy, startProxy } from '../../proxy/proxy.ts';
import { fileFolder } from '../helpers/temp-folder.ts';
import { type CliProcess, runCli, send, spawnCli, terminate, validInput } from '../server/cli-process.ts';
import { type CallOutcome, clientOn, deploySequence } from './sdk-session.ts';

const dir = fileFolder('fc3-proxy-');
const CASSETTE = join(dir, 'deploy.ndjson');
const REPORT = join(dir, 'proxy.json');
const CREDENTIALS = ['--access-key-id', 'testAK', '--access-key-secret', 'testSecret'];

interface JsonReport {
  results: {
    status: string;
    case: { title: string };
    failures: { check: string; reference: string }[];
  }[];
}

/**
 * A create whose timeout is in milliseconds where FC wants seconds, unsigned. No contract case
 * sends this value (they send 0 and 86401), so its live line names this request and no other.
 */
const TIMEOUT_IN_MS = JSON.stringify(validInput('timeout-in-ms', { timeout: 86_400_000 }));
const OWN_FINDING =
  /^fc3-testkit proxy: #(\d+) POST \/2023-03-30\/functions → 400: client\.rule: \[timeout-range\] CreateFunction: timeout must be between 1 and 86400, got 86400000 /m;

/** The exchange number of the live finding about {@link TIMEOUT_IN_MS}, once the proxy printed it. */
function ownFindingSeq(proxy: CliProcess): number | undefined {
  const match = OWN_FINDING.exec(proxy.stderr());
  return match ? Number(match[1]) : undefined;
}

/**
 * The checks run in a worker thread at nice 19 (ADR 020): beside busy processes that thread gets a
 * sliver of a CPU. The first checks of the SDK's operations (~170 ms of CPU, compiling them) took
 * up to 17 s beside two busy loops. Tests wait for the checks themselves, up to this long.
 */
const CHECKS_MAY_LAG_MS = 20_000;

/** Whether the proxy printed the live finding about {@link TIMEOUT_IN_MS}, or how far its checks got. */
function progress(proxy: CliProcess): string {
  const own = ownFindingSeq(proxy);
  if (own !== undefined) return `own finding #${own}`;
  const last = [...proxy.stderr().matchAll(/^fc3-testkit proxy: #(\d+) /gm)].at(-1)?.[1];
  return `not yet; last live finding: ${last ? `#${last}` : 'none'}`;
}

/** Waits until the proxy printed the live finding about {@link TIMEOUT_IN_MS}; its exchange number. */
async function ownFinding(proxy: CliProcess): Promise<number> {
  await expect
    .poll(() => progress(proxy), { timeout: CHECKS_MAY_LAG_MS, interval: 100 })
    .toMatch(/^own finding #\d+$/);
  return ownFindingSeq(proxy) ?? 0;
}

async function sendTimeoutInMs(proxy: CliProcess): Promise<void> {
  const answer = await send(proxy.url, { body: TIMEOUT_IN_MS });
  // Unsigned, serve refuses it for the missing signature headers; the proxy judges the body anyway.
  expect([answer.status, answer.json.Code]).toEqual([400, 'MissingRequiredHeader']);
}

function sendSigned(
  port: number,
  host: string,
  body: string,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const wire = signAcs3({
    url: `http://${host}/2023-03-30/functions`,
    body,
    accessKeyId: 'testAK',
    accessKeySecret: 'testSecret',
  });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/2023-03-30/functions',
        headers: wire.headers,
        agent: false,
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(wire.body);
  });
}

describe('proxy in front of serve, signatures verified', () => {
  let serve: CliProcess;
  beforeAll(async () => {
    serve = await spawnCli([
      'serve',
      '--port',
      '0',
      '--auth',
      'verify',
      ...CREDENTIALS,
      '--log-level',
      'silent',
    ]);
  });
  afterAll(async () => {
    await serve?.stop();
  });

  describe('an SDK session, recorded', () => {
    let proxy: CliProcess;
    let recorded: CallOutcome[] = [];
    let own: number | undefined;
    beforeAll(async () => {
      proxy = await spawnCli([
        'proxy',
        '--upstream',
        serve.url,
        '--port',
        '0',
        '--record',
        CASSETTE,
        '--report',
        REPORT,
        // Every queued exchange is checked and recorded before the report, however long it takes.
        '--drain-ms',
        '600000',
      ]);
    });
    afterAll(async () => {
      await proxy?.stop();
    });

    it('prints one listening line on stdout and binds loopback', () => {
      expect(proxy.stdout()).toBe(`listening on http://127.0.0.1:${proxy.port}\n`);
    });

    it('reports a bad request as a client-side finding citing its rule, live on stderr', async () => {
      // Sent first: the live line then waits only for the worker to start, not for the first
      // checks of the SDK's operations below (~170 ms of CPU at nice 19 compiling their checks).
      await sendTimeoutInMs(proxy);
      own = await ownFinding(proxy);
    });

    it('the official SDK, unmodified, runs the whole function resource through it', async () => {
      recorded = await deploySequence(clientOn(proxy.port), 'proxied');
      expect(recorded.map((entry) => [entry.call, entry.statusCode, entry.code])).toEqual([
        ['get', 404, 'FunctionNotFound'],
        ['create', 200, undefined],
        ['get', 200, undefined],
        ['update', 200, undefined],
        ['list', 200, undefined],
        ['delete', 204, undefined],
        ['get', 404, 'FunctionNotFound'],
      ]);
      expect(recorded[3]?.body).toMatchObject({ memorySize: 1024, cpu: 0.5, description: 'recorded' });
    });

    it('forwards the Host the client addressed: the ARN keeps that region and account', async () => {
      const body = JSON.stringify(validInput('beijing'));
      const answer = await sendSigned(proxy.port, '1234567890123456.cn-beijing.fc.aliyuncs.com', body);
      expect(answer.status).toBe(200);
      expect(answer.json.functionArn).toBe('acs:fc:cn-beijing:1234567890123456:functions/beijing');
    });

    it(
      'on SIGTERM: checks and records what is queued, then exit 1, the summary, report and cassette',
      async () => {
        // The SDK's exchanges may still wait for their checks here: the proxy finishes them first.
        expect(await terminate(proxy)).toBe(1);
        const header = new RegExp(
          `^fc3-testkit proxy: (\\d+) exchange\\(s\\) with ${serve.url.replaceAll('.', '\\.')} over`,
          'm',
        );
        const exchanges = Number(header.exec(proxy.stderr())?.[1]);
        // The bad request, the SDK's calls, the Host request: each one exchange.
        expect(exchanges).toBe(recorded.length + 2);
        expect(proxy.stderr()).toContain(
          "findings: 1 about the client's requests, 0 about the server's answers",
        );
        expect(proxy.stderr()).toContain(`cassette ${CASSETTE}: ${exchanges} exchange(s) written, 0 dropped`);
        const report = JSON.parse(readFileSync(REPORT, 'utf8')) as JsonReport;
        const failed = report.results.filter((result) => result.status === 'failed');
        expect(failed.map((result) => result.case.title)).toEqual([
          `#${own} POST /2023-03-30/functions → 400`,
        ]);
        expect(failed[0]?.failures).toMatchObject([{ check: 'client.rule', reference: 'B.1' }]);
        const text = readFileSync(CASSETTE, 'utf8');
        const seqs = text
          .trim()
          .split('\n')
          .map((line) => (JSON.parse(line) as { seq: number }).seq);
        expect(seqs).toEqual(Array.from({ length: exchanges }, (_, index) => index + 1));
        expect(text).not.toContain('testAK');
      },
      CHECKS_MAY_LAG_MS + 10_000,
    );

    describe('the recording, replayed', () => {
      it('fc3-testkit replay answers the same SDK run with the recorded answers, offline', async () => {
        const replay = await spawnCli(['replay', CASSETTE, '--port', '0']);
        const replayed = await deploySequence(clientOn(replay.port), 'proxied');
        expect(replayed).toEqual(recorded);
        expect(await replay.stop()).toBe(0);
        expect(replay.stderr()).toMatch(/7 request\(s\) answered, 0 unmatched/);
      });

      it('an unrecorded request gets PathNotSupported, is listed, and the exit status is 1', async () => {
        const replay = await spawnCli(['replay', CASSETTE, '--port', '0']);
        const answer = await send(replay.url, {
          method: 'GET',
          path: '/2023-03-30/functions/never-recorded',
        });
        expect(answer.status).toBe(400);
        expect(answer.json).toMatchObject({ Code: 'PathNotSupported' });
        expect(await replay.stop()).toBe(1);
        expect(replay.stderr()).toContain('unmatched: GET /2023-03-30/functions/never-recorded');
      });
    });
  });

  describe('the contract suite, through the same forwarder with the checks inline', () => {
    // In-process, checking in the forwarding thread (as client-findings.test.ts): the CLI's check
    // worker runs at nice 19 and, beside busy processes, needs minutes for the suite's ~1,500
    // exchanges. Forwarding is the same code; the worker path is the recorded session above.
    let proxy: RunningProxy;
    let result: ProxyResult;
    beforeAll(async () => {
      proxy = await startProxy({ upstream: serve.url, inlineChecks: true });
    });
    afterAll(async () => {
      await proxy?.close();
    });

    it('the contract suite, signed, passes through the proxy as it does directly', async () => {
      const verify = (url: string, prefix: string) =>
        runCli(['verify', '--base-url', url, ...CREDENTIALS, '--name-prefix', prefix]);
      const direct = await verify(serve.url, 'direct');
      const proxied = await verify(proxy.url, 'viaproxy');
      expect(direct.code, direct.stdout).toBe(0);
      expect(proxied.code, proxied.stdout).toBe(0);
      const totals = (text: string) =>
        /\d+ passed, \d+ failed, \d+ not applicable \(\d+ cases\)/.exec(text)?.[0];
      expect(totals(proxied.stdout)).toBe(totals(direct.stdout));
      result = await proxy.close();
    }, 60_000);

    it("checks all of it: no finding about serve's answers, and serve refused each request found wrong", () => {
      expect(result.exchanges).toBeGreaterThan(1000);
      expect(result.summary).toMatch(
        /findings: \d+ about the client's requests, 0 about the server's answers/,
      );
      const failed = result.report.results.filter((entry) => entry.status === 'failed');
      expect(failed.length).toBeGreaterThan(50);
      // Every finding is about the client, and serve refused each of those requests itself.
      for (const entry of failed) {
        expect(entry.failures.every((failure) => failure.check.startsWith('client.'))).toBe(true);
        expect(entry.exchanges[0]?.response?.status, JSON.stringify(entry.failures)).toBeGreaterThanOrEqual(
          400,
        );
      }
    });
  });
});
