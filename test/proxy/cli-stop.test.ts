/**
 * `fc3-testkit proxy` stops within its drain limit (ADR 046): SIGTERM says on stderr how much is
 * still to check, the report is whole and counts every exchange, checked or not; a second
 * SIGTERM drops an open exchange at once and still writes the report. No assertion on time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileFolder } from '../helpers/temp-folder.ts';
import { type CliProcess, spawnCli } from '../server/cli-process.ts';
import { GET_NOT_FOUND, type RawUpstream, rawRequest, rawUpstream } from './raw-net.ts';

const dir = fileFolder('fc3-proxy-stop-');
const { request: REQUEST, answer: ANSWER } = GET_NOT_FOUND;
const STOP_LINE =
  /^fc3-testkit proxy: SIGTERM received: finishing (\d+) open connection\(s\); (\d+) exchange\(s\) still to check, for at most (\d+) ms \(--drain-ms\); a second SIGTERM stops at once$/m;

interface JsonReport {
  results: { status: string; case: { title: string } }[];
}

/** How many exchanges the report's results count: passed per operation plus not checked. */
function countedIn(report: JsonReport): number {
  return report.results
    .map((result) => Number(/^(\d+) /.exec(result.case.title)?.[1] ?? 1))
    .reduce((sum, count) => sum + count, 0);
}

/** Resolves once stderr shows the stop line (event-driven, so the next step follows at once). */
function stopLine(proxy: CliProcess): Promise<RegExpExecArray> {
  return new Promise((resolve) => {
    const look = (): void => {
      const match = STOP_LINE.exec(proxy.stderr());
      if (!match) return;
      proxy.child.stderr?.off('data', look);
      resolve(match);
    };
    proxy.child.stderr?.on('data', look);
    look();
  });
}

let upstream: RawUpstream | undefined;
let proxy: CliProcess | undefined;
afterEach(async () => {
  await proxy?.stop();
  await upstream?.close();
});

describe('fc3-testkit proxy, stopped', () => {
  it('--drain-ms 0: the stop line, then a whole report counting every exchange, checked or not', async () => {
    const count = 400;
    upstream = await rawUpstream((socket, received) => {
      if (received.length === REQUEST.length * count) socket.write(ANSWER.repeat(count));
    });
    const report = join(dir, 'drain-0.json');
    proxy = await spawnCli([
      'proxy',
      ...['--upstream', `http://127.0.0.1:${upstream.port}`, '--port', '0', '--quiet'],
      ...['--report', report, '--drain-ms', '0'],
    ]);
    const answers = await rawRequest({
      port: proxy.port,
      parts: [Buffer.from(REQUEST.repeat(count))],
      until: (bytes) => bytes.length >= ANSWER.length * count,
      timeoutMs: 60_000,
    });
    expect(answers.bytes.length).toBe(ANSWER.length * count);
    proxy.child.kill('SIGTERM');
    const line = await stopLine(proxy);
    expect(line[3]).toBe('0');
    expect(await proxy.exited).toBe(0);
    expect(proxy.stderr()).toMatch(new RegExp(`^fc3-testkit proxy: ${count} exchange\\(s\\) with `, 'm'));
    const json = JSON.parse(readFileSync(report, 'utf8')) as JsonReport;
    expect(countedIn(json)).toBe(count);
    // Whatever was left unchecked is listed as such, never as passed.
    for (const {
      status,
      case: { title },
    } of json.results) {
      if (status === 'passed') expect(title).toMatch(/^\d+ GetFunction exchange\(s\) without findings$/);
      else expect(title).toContain('not checked, so not passed either: the drain limit (0 ms from the stop)');
    }
  }, 90_000);

  it('a second SIGTERM drops an open exchange at once and still writes the report', async () => {
    upstream = await rawUpstream(() => undefined); // never answers
    const report = join(dir, 'second.json');
    proxy = await spawnCli([
      'proxy',
      ...['--upstream', `http://127.0.0.1:${upstream.port}`, '--port', '0', '--quiet'],
      ...['--report', report, '--drain-ms', '600000'],
    ]);
    const client = rawRequest({ port: proxy.port, parts: [Buffer.from(REQUEST)], timeoutMs: 90_000 });
    await expect.poll(() => upstream?.received[0]?.length, { timeout: 60_000 }).toBe(REQUEST.length);
    proxy.child.kill('SIGTERM');
    const line = await stopLine(proxy);
    expect(line[1]).toBe('1');
    // The open exchange would hold the stop for the forwarder's 10 s: the second signal ends it.
    proxy.child.kill('SIGTERM');
    expect(await proxy.exited).toBe(0);
    expect((await client).ending).not.toBe('timeout');
    expect(proxy.stderr()).toContain('fc3-testkit proxy: a second SIGTERM: stopping at once\n');
    expect(proxy.stderr()).toMatch(/^fc3-testkit proxy: 1 exchange\(s\) with /m);
    const json = JSON.parse(readFileSync(report, 'utf8')) as JsonReport;
    expect(json.results.map((result) => result.status)).toEqual(['not-applicable']);
  }, 90_000);
});
