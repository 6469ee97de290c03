/**
 * The nock target waits as long as its answer budget for an emulator with injected latency, as
 * the msw target does; its own file because it waits ~10 s and nock patches node:http.
 */
import nock from 'nock';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { nockTarget } from '../../contracts/index.ts';
import { createEmulator } from '../../mocks/index.ts';

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterAll(() => {
  nock.enableNetConnect();
});

it('an answer later than 10 s but within answerBudgetMs is received, not cut as idle', async () => {
  const emulator = createEmulator();
  emulator.setLatency(10_300);
  const target = await nockTarget({ emulator, answerBudgetMs: 20_000 });
  try {
    const request = {
      method: 'GET',
      url: `${target.baseUrl}/2023-03-30/functions/missing`,
      headers: {},
      body: new Uint8Array(),
    };
    const answer = await target.send(request);
    expect([answer.status, JSON.parse(answer.body).Code]).toEqual([404, 'FunctionNotFound']);
  } finally {
    await target.close?.();
  }
}, 30_000);
