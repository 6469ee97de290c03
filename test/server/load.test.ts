/**
 * Reliability under load, loopback only, bounded in count (and in time by the test timeout, not by
 * a wall-clock assertion a loaded machine breaks): a real node:http server (`startServer`)
 * hammered through keep-alive agents.
 */
import { Agent } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../mocks/server.ts';
import { type HttpAnswer, send, validInput } from './cli-process.ts';

const JSON_HEADERS = { 'content-type': 'application/json' };
const JOURNAL_LIMIT = 500;

function isFcEnvelope(body: Record<string, unknown>): boolean {
  return ['Code', 'Message', 'RequestId'].every((key) => typeof body[key] === 'string' && body[key] !== '');
}

function isFunction(body: Record<string, unknown>): boolean {
  return (
    typeof body.functionName === 'string' &&
    typeof body.functionArn === 'string' &&
    typeof body.functionId === 'string'
  );
}

/** Request number i of the mixed workload: valid, duplicate, invalid, malformed, empty or unrouted. */
function mixedRequest(i: number): { path?: string; method?: string; body: string } {
  switch (i % 6) {
    case 0:
      return { body: JSON.stringify(validInput(`mixed-${i}`)) };
    case 1:
      return { body: JSON.stringify(validInput(`mixed-${i - 1}`)) };
    case 2:
      return { body: JSON.stringify(validInput(`bad-${i}`, { memorySize: 100, cpu: 99 })) };
    case 3:
      return { body: `{"functionName":"broken-${i}",` };
    case 4:
      return { body: '' };
    default:
      return { method: 'DELETE', path: `/2023-03-30/functions/x-${i}`, body: '{"qualifier":"1"}' };
  }
}

async function inBatches<T>(count: number, batch: number, run: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += batch) {
    const size = Math.min(batch, count - start);
    results.push(...(await Promise.all(Array.from({ length: size }, (_, k) => run(start + k)))));
  }
  return results;
}

describe('serve under load', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, journalLimit: JOURNAL_LIMIT });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('1,000 concurrent creates over 100 names: exactly 100 created, 900 FunctionAlreadyExists', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 200 });
    const answers = await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        send(server.url, {
          agent,
          headers: JSON_HEADERS,
          body: JSON.stringify(validInput(`race-${i % 100}`)),
        }),
      ),
    );
    agent.destroy();
    const created = answers.filter((answer) => answer.status === 200);
    const conflicts = answers.filter(
      (answer) => answer.status === 409 && answer.json.Code === 'FunctionAlreadyExists',
    );
    expect(created).toHaveLength(100);
    expect(conflicts).toHaveLength(900);
    expect(new Set(created.map((answer) => answer.json.functionName)).size).toBe(100);
    expect(server.emulator.functions().filter((f) => f.functionName?.startsWith('race-'))).toHaveLength(100);
  });

  // 3,000 is six batches of 500 over 50 sockets: each socket carries about 60 requests of every
  // kind and outlives the batches, which is what keep-alive reuse needs; more only costs time.
  it('3,000 mixed requests over 50 keep-alive sockets: no 5xx, no dropped connection, only FC bodies', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 50 });
    const answers = await inBatches<HttpAnswer | Error>(3000, 500, (i) => {
      const { body, ...rest } = mixedRequest(i);
      return send(server.url, { agent, headers: JSON_HEADERS, body, ...rest }).catch((error: Error) => error);
    });
    agent.destroy();
    const dropped = answers.filter((answer) => answer instanceof Error);
    expect(dropped).toEqual([]);
    const ok = answers as HttpAnswer[];
    expect(ok.filter((answer) => answer.status >= 500)).toEqual([]);
    const strange = ok.filter(
      (answer) => !(answer.status === 200 ? isFunction(answer.json) : isFcEnvelope(answer.json)),
    );
    expect(strange).toEqual([]);
    const statuses = new Map<number, number>();
    for (const answer of ok) statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    expect(Object.fromEntries(statuses)).toEqual({ 200: 500, 409: 500, 400: 2000 });
  });

  it('keeps the journal within its limit', () => {
    expect(server.emulator.calls().length).toBeLessThanOrEqual(JOURNAL_LIMIT);
    expect(server.emulator.calls().length).toBe(JOURNAL_LIMIT);
  });
});
