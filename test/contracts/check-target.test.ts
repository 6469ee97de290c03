/**
 * Functions that take a contract target refuse what is not one, first of all the promise of an
 * unawaited `mswTarget(…)`, which used to run the whole suite against `undefined`.
 */
import { describe, expect, it } from 'vitest';
import { emulatorTarget, httpTarget, mswTarget, runContractSuite } from '../../contracts/index.ts';
import { defineContractSuite, type TestApi } from '../../contracts/vitest.ts';
import { Fc3TestkitError } from '../../mocks/core/errors.ts';
import { createEmulator } from '../../mocks/index.ts';

const api: TestApi = {
  describe: (_name, body) => body(),
  it: () => undefined,
  beforeAll: () => undefined,
  afterAll: () => undefined,
};

describe('a target that is a promise', () => {
  it('runContractSuite throws at once, saying to await mswTarget', async () => {
    const pending = mswTarget({ emulator: createEmulator() });
    const run = runContractSuite(pending as never, { only: 'rule.tags-max.*' });
    await expect(run).rejects.toThrow(Fc3TestkitError);
    await expect(run).rejects.toThrow(/runContractSuite: the target is a Promise.*await mswTarget\(…\)/);
    await (await pending).close?.();
  });

  it('defineContractSuite throws when given the promise itself', async () => {
    const pending = Promise.resolve(emulatorTarget(createEmulator()));
    await expect(defineContractSuite(pending as never, { api })).rejects.toThrow(
      /defineContractSuite: the target is a Promise/,
    );
  });

  it('defineContractSuite checks what its target function resolves to', async () => {
    const hooks: (() => Promise<void>)[] = [];
    const withHooks: TestApi = { ...api, beforeAll: (body) => hooks.push(body) };
    await defineContractSuite((async () => ({ send: 1 })) as never, {
      api: withHooks,
      only: 'rule.tags-max.*',
    });
    await expect(hooks[0]?.()).rejects.toThrow(/expected a contract target \(\{ name, baseUrl, send \}/);
  });

  it('runContractSuite refuses a value that is not a target', async () => {
    await expect(runContractSuite(undefined as never)).rejects.toThrow(
      /runContractSuite: expected a contract target.*got undefined/,
    );
  });
});

describe('httpTarget refuses a baseUrl it cannot use, naming baseUrl', () => {
  it.each([['https://fcv3.cn-hangzhou.aliyuncs.com'], ['127.0.0.1:9000'], [undefined]])('%s', (baseUrl) => {
    const make = () => httpTarget({ baseUrl } as never);
    expect(make).toThrow(Fc3TestkitError);
    expect(make).toThrow(/^httpTarget: baseUrl must be a plain http:\/\/host:port URL/);
  });
});
