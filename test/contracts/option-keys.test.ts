/**
 * Every options object of fc3-testkit/contracts refuses a key it does not know, as createEmulator,
 * startServer and the adapters do (mocks/core/option-keys.ts): a typo such as `onlyy` would
 * otherwise run every case, `moveclock: false` would still move the clock.
 */
import { describe, expect, it } from 'vitest';
import {
  buildCases,
  type ClientAdapter,
  createNaming,
  defineContractSuite,
  emulatorTarget,
  httpTarget,
  mswTarget,
  nockTarget,
  officialSdkAdapter,
  prepareRequest,
  runContractSuite,
  verifyClient,
} from '../../contracts/index.ts';
import { createEmulator, Fc3TestkitError } from '../../mocks/index.ts';

const target = () => emulatorTarget(createEmulator());
const adapter = {} as ClientAdapter;
const baseUrl = 'http://127.0.0.1:9000';
const request = { method: 'GET', path: '/2023-03-30/functions' };

describe('the contracts API refuses unknown option keys, naming the key and the known ones', () => {
  it.each([
    [
      'runContractSuite',
      'onlyy',
      () => runContractSuite(target(), { onlyy: 'x', lifecycleBudgetMs: 1 } as never),
    ],
    ['defineContractSuite', 'onlyy', () => defineContractSuite(target(), { onlyy: 'x' } as never)],
    ['buildCases', 'seeds', () => buildCases({ seeds: 2 } as never)],
    ['httpTarget', 'maxBodyByte', () => httpTarget({ baseUrl, maxBodyByte: 5 } as never)],
    ['emulatorTarget', 'moveclock', () => emulatorTarget(createEmulator(), { moveclock: false } as never)],
    ['mswTarget', 'emulatr', () => mswTarget({ emulatr: createEmulator() } as never)],
    ['nockTarget', 'baseURL', () => nockTarget({ baseURL: baseUrl } as never)],
    ['verifyClient', 'onlyy', () => verifyClient(adapter, { onlyy: 'x' } as never)],
    ['officialSdkAdapter', 'timeout', () => officialSdkAdapter({ timeout: 1 } as never)],
    ['createNaming', 'runID', () => createNaming({ prefix: 'ct', runId: 'r', runID: 'r2' } as never)],
    ['prepareRequest', 'baseURL', () => prepareRequest(request, { baseUrl, baseURL: baseUrl } as never)],
  ])('%s refuses %s', async (name, key, call) => {
    const called = (async () => call())();
    await expect(called).rejects.toThrow(Fc3TestkitError);
    await expect(called).rejects.toThrow(new RegExp(`^${name}: unknown option ${key}; known options: `));
  });

  it('still takes every option of the answer limits next to its own', () => {
    expect(() =>
      httpTarget({ baseUrl, maxAnswerBytes: 10, answerBudgetMs: 10, maxBodyBytes: 5 }),
    ).not.toThrow();
    expect(() => emulatorTarget(createEmulator(), { moveClock: false, answerBudgetMs: 10 })).not.toThrow();
  });
});
