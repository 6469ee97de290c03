/**
 * `defineContractSuite`: one vitest test per case, against a target started in beforeAll.
 */
import { describe, expect, it } from 'vitest';
import { emulatorTarget, runContractSuite } from '../../contracts/index.ts';
import {
  type DefineSuiteOptions,
  defineContractSuite,
  type TestApi,
  type TestContext,
} from '../../contracts/vitest.ts';
import { Fc3TestkitError } from '../../mocks/core/errors.ts';
import { createEmulator } from '../../mocks/index.ts';
import { mutants } from './mutants/variants.ts';

await defineContractSuite(async () => emulatorTarget(createEmulator({ maxBodyBytes: 64 * 1024 })), {
  name: 'contract suite via defineContractSuite (in-process emulator)',
  generated: 3,
});

describe('defineContractSuite with a broken target', () => {
  it('registers tests that fail with the failure details', async () => {
    const tests = new Map<string, () => Promise<void>>();
    const hooks: (() => Promise<void>)[] = [];
    const api: TestApi = {
      describe: (_name, body) => body(),
      it: (name, body) => tests.set(name, () => body()),
      beforeAll: (body) => hooks.push(body),
      afterAll: () => undefined,
    };
    const wrongCode = mutants.find((m) => m.name.startsWith('wrong error code'));
    if (!wrongCode) throw new Error('mutant missing');
    await defineContractSuite(emulatorTarget(wrongCode.make({})), { api, only: 'rule.timeout-range.*' });
    for (const hook of hooks) await hook();
    expect(tests.size).toBe(4);
    await expect(tests.get('rule.timeout-range.reject.zero [B.1]')?.()).rejects.toThrow(
      /InvalidParameter[\s\S]*curl/,
    );
    await expect(tests.get('rule.timeout-range.accept.max [B.1]')?.()).resolves.toBeUndefined();
  });
});

describe('defineContractSuite runs the cases that wait together', () => {
  type Registered = { name: string; run: (context?: TestContext) => Promise<void>; timeout?: number };
  async function register(options: DefineSuiteOptions) {
    const tests: Registered[] = [];
    const hooks: (() => Promise<void>)[] = [];
    const api: TestApi = {
      describe: (_name, body) => body(),
      it: (name, body, timeout) => tests.push({ name, run: body, timeout }),
      beforeAll: (body) => hooks.push(body),
      afterAll: () => undefined,
    };
    // No clock to move: the suite waits out a 20 ms preparation in real time.
    const emulator = createEmulator({ preparationMs: 20 });
    await defineContractSuite(emulatorTarget(emulator, { moveClock: false }), { ...options, api });
    for (const hook of hooks) await hook();
    const made = () =>
      new Set(
        emulator.calls({ operation: 'CreateFunction', outcome: 'succeeded' }).map((c) => c.functionName),
      ).size;
    return { emulator, tests, made };
  }

  it('the first waiting test runs every waiting case; the others send nothing and report their own', async () => {
    const { emulator, tests, made } = await register({ only: 'update.rule.port-range.*' });
    const waiting = tests.filter(({ name }) => name.includes('.container-'));
    expect(waiting.length).toBe(4);
    const [first, ...others] = waiting;
    await first?.run();
    expect(made()).toBe(4);
    const sent = emulator.calls().length;
    for (const test of others) await test.run();
    expect(emulator.calls().length).toBe(sent);
  });

  it('runs only the waiting cases vitest keeps (a -t filter marks the others skip)', async () => {
    const { tests, made } = await register({ only: 'update.rule.port-range.*' });
    const waiting = tests.filter(({ name }) => name.includes('.container-'));
    const kept = new Set([waiting[0]?.name, waiting[2]?.name]);
    const tasks = tests.map(({ name }) => ({ name, mode: kept.has(name) ? 'run' : 'skip' }));
    await waiting[0]?.run({ task: { suite: { tasks } } });
    expect(made()).toBe(2);
  });

  it('gives a waiting test time for every wait of its slowest case, within what setTimeout holds', async () => {
    const timeouts = async (lifecycleBudgetMs: number) => {
      const tests: Registered[] = [];
      const api: TestApi = {
        describe: (_name, body) => body(),
        it: (name, run, timeout) => tests.push({ name, run, timeout }),
        beforeAll: () => undefined,
        afterAll: () => undefined,
      };
      // becomes-active polls once; update-in-progress polls twice (create, then update).
      await defineContractSuite(emulatorTarget(createEmulator()), {
        api,
        lifecycleBudgetMs,
        only: 'lifecycle.container.*,rule.timeout-range.accept.max',
      });
      return new Set(tests.map((t) => t.timeout));
    };
    expect(await timeouts(600_000)).toEqual(new Set([60_000, 60_000 + 2 * 600_000]));
    expect(await timeouts(3_000_000_000)).toEqual(new Set([60_000, 2 ** 31 - 1]));
  });

  it('declares no test parameter, which jest would read as a done callback', async () => {
    const { tests } = await register({ only: 'update.rule.port-range.*' });
    expect(tests.map((t) => t.run.length)).toEqual(tests.map(() => 0));
  });
});

describe('an only that selects no case to run throws, instead of an empty green run', () => {
  const api: TestApi = {
    describe: (_name, body) => body(),
    it: () => undefined,
    beforeAll: () => undefined,
    afterAll: () => undefined,
  };
  const target = () => emulatorTarget(createEmulator());

  it('defineContractSuite: a pattern matching no case id', async () => {
    const defined = defineContractSuite(target(), { api, only: 'no-such-case-xyz' });
    await expect(defined).rejects.toThrow(Fc3TestkitError);
    await expect(defined).rejects.toThrow(
      /only "no-such-case-xyz" matches no case id; docs\/contract-cases\.md/,
    );
  });

  it('runContractSuite: no match, and a match of inferred facts only with documentedOnly', async () => {
    await expect(runContractSuite(target(), { only: 'B.1*' })).rejects.toThrow(Fc3TestkitError);
    await expect(
      runContractSuite(target(), { only: 'upload.temp-bucket-token', documentedOnly: true }),
    ).rejects.toThrow(/matches only cases of inferred facts, which documentedOnly skips/);
    await expect(runContractSuite(target(), { cases: [] })).rejects.toThrow(/the run has no case;/);
  });
});
