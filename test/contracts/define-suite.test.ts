/**
 * `defineContractSuite`: one vitest test per case, against a target started in beforeAll.
 */
import { describe, expect, it } from 'vitest';
import { emulatorTarget, runContractSuite } from '../../contracts/index.ts';
import { defineContractSuite, type TestApi } from '../../contracts/vitest.ts';
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
  it('the first waiting test runs every waiting case; the others send nothing and report their own', async () => {
    const tests: [string, () => Promise<void>][] = [];
    const hooks: (() => Promise<void>)[] = [];
    const api: TestApi = {
      describe: (_name, body) => body(),
      it: (name, body) => tests.push([name, () => body()]),
      beforeAll: (body) => hooks.push(body),
      afterAll: () => undefined,
    };
    // No clock to move: the suite waits out a 20 ms preparation in real time.
    const emulator = createEmulator({ preparationMs: 20 });
    await defineContractSuite(emulatorTarget(emulator, { moveClock: false }), {
      api,
      only: 'update.rule.port-range.*',
    });
    for (const hook of hooks) await hook();
    const waiting = tests.filter(([name]) => name.includes('.container-'));
    expect(waiting.length).toBe(4);
    const [first, ...others] = waiting.map(([, run]) => run);
    await (first as () => Promise<void>)();
    const created = emulator.calls({ operation: 'CreateFunction', outcome: 'succeeded' });
    expect(new Set(created.map((call) => call.functionName)).size).toBeGreaterThanOrEqual(4);
    const sent = emulator.calls().length;
    for (const run of others) await run();
    expect(emulator.calls().length).toBe(sent);
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
