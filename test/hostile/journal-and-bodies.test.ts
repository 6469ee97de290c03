/**
 * Hostile: large code packages and deep bodies against a real `serve` (issue 13, items 3 and 4).
 * Before the journal redesign, six creates with a large `zipFile` made `GET /__fc3/calls` throw
 * `RangeError: Invalid string length`, a body nested 5,000 deep poisoned the journal (stack
 * overflow on the next read) and got a 500 itself, and 300 creates with a 1 MB package took RSS
 * from 67 to 509 MB. Now: each answer is FC's, the journal reads fine and memory is bounded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliProcess, expectAlive, rssBytes, send, serve } from './support.ts';

const JSON_HEADERS = { 'content-type': 'application/json' };
/**
 * The tests that push 168 MB (six 20 MiB packages as Base64) or 420 MB (300 of 1 MiB) through serve:
 * ~10 s each on the shared 2-core VM under other jobs, 13 s and past vitest's 30 s default (timed
 * out) with two busy loops beside this file's group. Room for a loaded machine, not a retry.
 */
const HEAVY_MS = 120_000;

/** A create body whose package decodes to `bytes` zero bytes (valid Base64, no ZIP check for zipFile size). */
function createWithPackage(name: string, bytes: number): string {
  const zipFile = Buffer.alloc(bytes).toString('base64');
  return JSON.stringify({
    functionName: name,
    runtime: 'python3.10',
    handler: 'index.handler',
    code: { zipFile },
  });
}

let server: CliProcess;
beforeAll(async () => {
  server = await serve();
});
afterAll(async () => {
  await server?.stop();
});

describe('hostile: the journal under large and deep bodies', () => {
  it(
    'six creates with a 20 MB package: the journal reads, with each package summarised',
    async () => {
      for (let i = 0; i < 6; i++) {
        const answer = await send(server.url, {
          headers: JSON_HEADERS,
          body: createWithPackage(`big-${i}`, 20 * 1024 * 1024),
        });
        expect(answer.status).toBe(200);
        expect(answer.json.codeSize).toBe(20 * 1024 * 1024);
      }
      const calls = await send(server.url, {
        method: 'GET',
        path: '/__fc3/calls?operation=CreateFunction&limit=10',
      });
      expect(calls.status).toBe(200);
      const entries = calls.json.calls as Array<{ input: { code: { zipFile: string } }; rawBody: string }>;
      expect(entries).toHaveLength(6);
      for (const entry of entries) {
        expect(entry.input.code.zipFile).toMatch(
          /^\[fc3-testkit: 27962028 characters, sha256 [0-9a-f]{64}\]$/,
        );
        expect(entry.rawBody).toHaveLength(65536);
      }
      await expectAlive(server);
    },
    HEAVY_MS,
  );

  it('a body nested 5,000 deep: 400 InvalidArgument naming the depth, and the journal still reads', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    for (const where of ['environmentVariables', 'x']) {
      const body = `{"functionName":"deep","runtime":"python3.10","handler":"i.h","code":{"zipFile":"UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA=="},"${where}":${where === 'x' ? deep : `{"A":${deep}}`}}`;
      const answer = await send(server.url, { headers: JSON_HEADERS, body });
      expect(answer.status).toBe(400);
      expect(answer.json.Code).toBe('InvalidArgument');
      expect(answer.json.RequestId).toMatch(/^1-[0-9a-f]{8}-[0-9a-f]{24}$/);
      expect(String(answer.json.Message)).toMatch(/nests deeper than 64 levels/);
    }
    const calls = await send(server.url, { method: 'GET', path: '/__fc3/calls?limit=1000' });
    expect(calls.status).toBe(200);
    await expectAlive(server);
  });

  it(
    '300 creates with a 1 MB package keep RSS bounded (the journal keeps 64 KiB of each body, ~16 MiB in all)',
    async () => {
      const before = await rssBytes(server);
      for (let i = 0; i < 300; i++) {
        const answer = await send(server.url, {
          headers: JSON_HEADERS,
          body: createWithPackage(`mb-${i}`, 1024 * 1024),
        });
        expect(answer.status).toBe(200);
      }
      const grown = (await rssBytes(server)) - before;
      // Before: +442 MB. The bodies themselves are garbage once answered.
      expect(grown).toBeLessThan(120 * 1024 * 1024);
      await expectAlive(server);
    },
    HEAVY_MS,
  );
});
