/**
 * A target whose answers are JSON nested 20,000 deep (s12 hostile review): the failures quoted
 * the parsed answer whole, and every reporter's JSON.stringify overflowed the stack, so `verify`
 * ended with "Maximum call stack size exceeded" and no report. A quoted value now stops at 32
 * levels with a note; the report is written by every reporter.
 */
import nodeHttp from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpTarget, runContractSuite } from '../../contracts/index.ts';
import { formatReport, reporterNames } from '../../contracts/reporters/index.ts';

const DEPTH = 20_000;
const BODY = '['.repeat(DEPTH) + ']'.repeat(DEPTH);
let server: nodeHttp.Server;
let baseUrl: string;

beforeAll(async () => {
  server = nodeHttp.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json', 'x-fc-request-id': 'deep-1' });
      response.end(BODY);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('hostile: a target answering JSON nested 20,000 deep', () => {
  it('fails the case and every reporter writes the report, the quoted answer cut at 32 levels', async () => {
    const report = await runContractSuite(httpTarget({ baseUrl }), { only: 'get.not-found' });
    expect(report.totals).toMatchObject({ failed: 1, total: 1 });
    for (const name of reporterNames) expect(formatReport(report, name).length).toBeGreaterThan(0);
    const quoted = JSON.stringify(report.results[0]?.failures.map((failure) => failure.received));
    expect(quoted).toContain('[array nested deeper than 32 levels, left out]');
    expect(quoted.length).toBeLessThan(1000);
  }, 60_000);
});
