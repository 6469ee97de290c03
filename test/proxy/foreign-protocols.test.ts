/**
 * The proxy judges FC 2.0 `tempBucketToken` and OSS upload answers by their own protocol (T.7,
 * T.8): `serve`'s correct answers pass through a real proxy process without a finding, and an OSS
 * answer without `x-oss-request-id` is still reported. serve's control API (`/__fc3/`, what the
 * contract suite's probe and clock call) is not FC's and is not judged.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliProcess, send, spawnCli, terminate } from '../server/cli-process.ts';

const dir = mkdtempSync(join(tmpdir(), 'fc3-proxy-foreign-'));
const BUCKET_HOST = 'fc-temp-code-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com';
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Report {
  totals: { failed: number };
  results: { status: string; case: { title: string }; failures?: { message: string }[] }[];
}

async function proxyTo(upstream: string, report: string): Promise<CliProcess> {
  // Every exchange is checked before the report, however long a loaded machine makes that.
  const args = ['--port', '0', '--quiet', '--report', report, '--drain-ms', '600000'];
  return spawnCli(['proxy', '--upstream', upstream, ...args]);
}

describe('through a proxy in front of serve', () => {
  let serve: CliProcess;
  let proxy: CliProcess;
  const report = join(dir, 'serve.json');
  beforeAll(async () => {
    serve = await spawnCli(['serve', '--port', '0', '--log-level', 'silent']);
    proxy = await proxyTo(serve.url, report);
  });
  afterAll(async () => {
    await proxy?.stop();
    await serve?.stop();
  });

  it("the OSS upload, its OSS error, tempBucketToken and serve's control API give no finding (exit 0)", async () => {
    const put = (path: string) =>
      send(proxy.url, { method: 'PUT', path, headers: { host: BUCKET_HOST }, body: 'PK\u0005\u0006' });
    const stored = await put('/123/abc.zip');
    expect([stored.status, stored.headers['x-oss-request-id']]).toEqual([200, expect.any(String)]);
    // No key: serve answers OSS's XML error, its RequestId the x-oss-request-id header.
    const refused = await put('/');
    expect([refused.status, refused.text]).toEqual([400, expect.stringContaining('<Code>InvalidObjectName')]);
    const token = await send(proxy.url, {
      method: 'GET',
      path: '/2016-08-15/tempBucketToken',
      headers: { host: '123.cn-hangzhou.fc.aliyuncs.com' },
    });
    expect(token.status).toBe(200);
    // Toolkit JSON without FC's request-id headers or envelope: not an FC answer to judge.
    const clock = await send(proxy.url, { method: 'GET', path: '/__fc3/clock' });
    expect([clock.status, clock.headers['x-acs-request-id']]).toEqual([200, undefined]);
    expect((await send(proxy.url, { method: 'GET', path: '/__fc3/nothing-here' })).status).toBe(404);
    expect(await terminate(proxy)).toBe(0);
    const written = JSON.parse(readFileSync(report, 'utf8')) as Report;
    expect(written.results.flatMap((r) => r.failures ?? []).map((f) => f.message)).toEqual([]);
    expect(written.totals.failed).toBe(0);
    expect(written.results.map((r) => r.case.title)).toContain('5 other exchange(s) without findings');
  });
});

describe('an OSS upstream that forgets x-oss-request-id', () => {
  let upstream: Server;
  it('is reported: no x-oss-request-id header (and no FC header is asked for)', async () => {
    upstream = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200, { etag: '"00"', 'content-length': '0' }).end());
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const report = join(dir, 'forgetful.json');
    const proxy = await proxyTo(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}`, report);
    try {
      const answer = await send(proxy.url, {
        method: 'PUT',
        path: '/123/abc.zip',
        headers: { host: BUCKET_HOST },
        body: 'PK',
      });
      expect(answer.status).toBe(200);
      expect(await terminate(proxy)).toBe(1);
    } finally {
      await proxy.stop();
      await new Promise((resolve) => upstream.close(resolve));
    }
    const written = JSON.parse(readFileSync(report, 'utf8')) as Report;
    const messages = written.results.flatMap((r) => r.failures ?? []).map((f) => f.message);
    expect(messages).toEqual([expect.stringContaining('no x-oss-request-id header')]);
  });
});
