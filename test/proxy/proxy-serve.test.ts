/**
 * `fc3-testkit proxy` as a real process in front of `fc3-testkit serve --auth verify` (loopback):
 * the official SDK signs for the proxy's address, the proxy forwards unchanged, serve verifies.
 * The contract suite passes through it exactly as directly, with no server-side finding against
 * a conforming server, and each client-side finding agrees with serve's own 400. Then the
 * recording is replayed by `fc3-testkit replay` and by `fc3Handlers` / `fc3Nock`.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signAcs3 } from '../../mocks/core/auth/sign-acs3.ts';
import { type CliProcess, runCli, send, spawnCli, validInput } from '../server/cli-process.ts';
import { type CallOutcome, clientOn, deploySequence } from './sdk-session.ts';

const dir = mkdtempSync(join(tmpdir(), 'fc3-proxy-'));
const CASSETTE = join(dir, 'deploy.ndjson');
const REPORT = join(dir, 'proxy.json');
const CREDENTIALS = ['--access-key-id', 'testAK', '--access-key-secret', 'testSecret'];

interface JsonReport {
  results: {
    status: string;
    failures: { check: string; reference: string }[];
    exchanges: { response: { status: number } }[];
  }[];
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
  let proxy: CliProcess;
  let recorded: CallOutcome[] = [];
  let exit: number | null = null;
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
    ]);
  });
  afterAll(async () => {
    await proxy?.stop();
    await serve?.stop();
  });

  it('prints one listening line on stdout and binds loopback', () => {
    expect(proxy.stdout()).toBe(`listening on http://127.0.0.1:${proxy.port}\n`);
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

  it('the contract suite, signed, passes through the proxy as it does directly', async () => {
    const direct = await runCli([
      'verify',
      '--base-url',
      serve.url,
      ...CREDENTIALS,
      '--name-prefix',
      'direct',
    ]);
    const proxied = await runCli([
      'verify',
      '--base-url',
      proxy.url,
      ...CREDENTIALS,
      '--name-prefix',
      'viaproxy',
    ]);
    expect(direct.code, direct.stdout).toBe(0);
    expect(proxied.code, proxied.stdout).toBe(0);
    const totals = (text: string) =>
      /\d+ passed, \d+ failed, \d+ not applicable \(\d+ cases\)/.exec(text)?.[0];
    expect(totals(proxied.stdout)).toBe(totals(direct.stdout));
  }, 60_000);

  it('reports a bad request as a client-side finding citing its rule, live on stderr', async () => {
    const answer = await send(proxy.url, { body: JSON.stringify(validInput('bad-timeout', { timeout: 0 })) });
    // Unsigned, serve refuses it for the missing signature headers; the proxy judges the body anyway.
    expect([answer.status, answer.json.Code]).toEqual([400, 'MissingRequiredHeader']);
    await expect
      .poll(() => proxy.stderr(), { timeout: 5000 })
      .toMatch(/client\.rule: \[timeout-range\] CreateFunction: timeout/);
  });

  it('on SIGTERM: exit 1 (findings), a summary on stderr, the report and the cassette written', async () => {
    exit = await proxy.stop();
    expect(exit).toBe(1);
    expect(proxy.stderr()).toMatch(/fc3-testkit proxy: \d+ exchange\(s\) with http:\/\/127\.0\.0\.1:\d+/);
    expect(proxy.stderr()).toMatch(/0 about the server's answers/);
    const report = JSON.parse(readFileSync(REPORT, 'utf8')) as JsonReport;
    const failed = report.results.filter((result) => result.status === 'failed');
    expect(failed.length).toBeGreaterThan(50);
    // Every finding is about the client, and serve refused each of those requests itself.
    for (const result of failed) {
      expect(result.failures.every((failure) => failure.check.startsWith('client.'))).toBe(true);
      expect(result.exchanges[0]?.response.status, JSON.stringify(result.failures)).toBeGreaterThanOrEqual(
        400,
      );
    }
    const lines = readFileSync(CASSETTE, 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThan(200);
    expect(readFileSync(CASSETTE, 'utf8')).not.toContain('testAK');
  });

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
      const answer = await send(replay.url, { method: 'GET', path: '/2023-03-30/functions/never-recorded' });
      expect(answer.status).toBe(400);
      expect(answer.json).toMatchObject({ Code: 'PathNotSupported' });
      expect(await replay.stop()).toBe(1);
      expect(replay.stderr()).toContain('unmatched: GET /2023-03-30/functions/never-recorded');
    });
  });
});
