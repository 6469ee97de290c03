/**
 * Repro from the s11 hostile review of the fixture builders: unlike `createEmulator` and the
 * adapters, they read their options without checking them. A misspelt key
 * (`buildCreateFunctionInput({ trait: ['vpc'] })`, `{ override: … }`) was ignored, so the fixture
 * silently lacked what the test meant; `seed: Number(process.env.SEED)` with no SEED (NaN),
 * Infinity, 2 ** 32 and 2 ** 53 all built seed 0's fixture, -1 seed 4294967295's, 1.5 seed 1's; `traits: 'vpc'`, `null`
 * options and an invalid `createdAt` threw a TypeError or RangeError from inside. Each now throws
 * `Fc3TestkitError` naming the builder and the option.
 */
import { describe, expect, it } from 'vitest';
import {
  buildCreateFunctionInput,
  buildFunction,
  buildInvalidCreateFunctionInput,
  buildInvalidUpdateFunctionInput,
  buildUpdateFunctionInput,
  validBaseFor,
} from '../../mocks/fixtures/index.ts';
import { Fc3TestkitError } from '../../mocks/index.ts';

type Build = (options: never) => unknown;
const builders: [string, Build][] = [
  ['buildCreateFunctionInput', buildCreateFunctionInput],
  ['buildFunction', buildFunction],
  ['buildUpdateFunctionInput', buildUpdateFunctionInput],
  [
    'buildInvalidCreateFunctionInput',
    (options) => buildInvalidCreateFunctionInput('cpu-memory-ratio', options),
  ],
  [
    'buildInvalidUpdateFunctionInput',
    (options) => buildInvalidUpdateFunctionInput('cpu-memory-ratio', options),
  ],
  ['validBaseFor', (options) => validBaseFor('cpu-memory-ratio', options)],
];

const refusals: [string, unknown, RegExp][] = [
  ['a misspelt key', { sed: 3 }, /unknown option sed; known options: seed/],
  ['null options', null, /options must be an object/],
  ['seed NaN', { seed: Number.NaN }, /seed must be an integer from 0 to 4294967295, got NaN/],
  ['seed Infinity', { seed: Number.POSITIVE_INFINITY }, /seed must be an integer from 0 to 4294967295/],
  ['seed 2 ** 53', { seed: 2 ** 53 }, /seed must be an integer from 0 to 4294967295/],
  ['seed 2 ** 32', { seed: 2 ** 32 }, /seed must be an integer from 0 to 4294967295, got 4294967296/],
  ['seed 1.5', { seed: 1.5 }, /seed must be an integer from 0 to 4294967295, got 1.5/],
  ['seed -1', { seed: -1 }, /seed must be an integer from 0 to 4294967295, got -1/],
  ['seed "7"', { seed: '7' }, /seed must be an integer from 0 to 4294967295, got 7/],
];

describe('hostile: fixture builders given options they cannot honour', () => {
  for (const [name, build] of builders) {
    it.each(refusals)(`${name}: %s throws Fc3TestkitError naming it`, (_what, options, message) => {
      const call = () => build(options as never);
      expect(call).toThrow(Fc3TestkitError);
      expect(call).toThrow(new RegExp(`^${name}: ${message.source}`));
    });
  }

  it.each([
    [
      'buildCreateFunctionInput',
      /unknown option trait/,
      () => buildCreateFunctionInput({ trait: ['vpc'] } as never),
    ],
    [
      'buildCreateFunctionInput',
      /unknown option override/,
      () => buildCreateFunctionInput({ override: { timeout: 9 } } as never),
    ],
    [
      'buildCreateFunctionInput',
      /traits must be a list/,
      () => buildCreateFunctionInput({ traits: 'vpc' } as never),
    ],
    [
      'buildFunction',
      /createdAt must be a valid Date/,
      () => buildFunction({ createdAt: new Date(Number.NaN) }),
    ],
    [
      'buildFunction',
      /createdAt must be a valid Date/,
      () => buildFunction({ createdAt: '2024-01-01' } as never),
    ],
    [
      'buildFunction',
      /createdAt must be a valid Date in the years 0000 to 9999/,
      () => buildFunction({ createdAt: new Date(8.64e15) }),
    ],
    [
      'buildFunction',
      /createdAt must be a valid Date in the years 0000 to 9999/,
      () => buildFunction({ createdAt: new Date(-1e14) }),
    ],
    [
      'buildUpdateFunctionInput',
      /unknown option bases/,
      () => buildUpdateFunctionInput({ bases: {} } as never),
    ],
    [
      'buildInvalidCreateFunctionInput',
      /unknown option allowhuge/,
      () => buildInvalidCreateFunctionInput('cpu-memory-ratio', { allowhuge: true } as never),
    ],
  ])('%s: %s', (name, message, call) => {
    expect(call).toThrow(Fc3TestkitError);
    expect(call).toThrow(new RegExp(`^${name}: ${message.source}`));
  });

  it('still builds with every documented option and every seed faker tells apart', () => {
    const base = buildCreateFunctionInput({
      seed: 0,
      traits: ['vpc'],
      overrides: { timeout: 9 },
      regionId: 'cn-shanghai',
      accountId: '1234567890123456',
    });
    expect(base).toMatchObject({ timeout: 9, vpcConfig: expect.any(Object) });
    const input = buildCreateFunctionInput({ seed: 2_147_483_647 });
    const fn = buildFunction({
      seed: 3,
      input,
      createdAt: new Date('2025-01-02T03:04:05Z'),
      overrides: { state: 'Active' },
    });
    expect(fn).toMatchObject({
      functionName: input.functionName,
      createdTime: '2025-01-02T03:04:05Z',
      state: 'Active',
    });
    expect(buildUpdateFunctionInput({ seed: 4, base })).toHaveProperty('description');
    expect(buildInvalidCreateFunctionInput('cpu-memory-ratio', { seed: 5, allowHuge: false }).ruleId).toBe(
      'cpu-memory-ratio',
    );
    expect(buildInvalidUpdateFunctionInput('cpu-memory-ratio', { seed: 6, allowHuge: false }).ruleId).toBe(
      'cpu-memory-ratio',
    );
    expect(buildCreateFunctionInput(undefined)).toEqual(buildCreateFunctionInput({ seed: 1 }));
    // `fixtures --seed 2147483647 --count 2` builds its second record from seed 2147483648.
    expect(buildCreateFunctionInput({ seed: 2 ** 31 })).not.toEqual(
      buildCreateFunctionInput({ seed: 2 ** 32 - 1 }),
    );
  });
});
