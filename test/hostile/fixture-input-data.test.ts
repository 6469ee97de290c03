/**
 * Repro from the s13 review of ADR 044: the builder options holding user data other than
 * `overrides` went unchecked. A function in `buildFunction({ input })` or
 * `buildUpdateFunctionInput({ base })` was dropped silently, a bigint threw a raw TypeError from
 * JSON, `base: {}` a raw TypeError ("reading 'split'"), `regionId: 5` built a fixture with "5" in
 * its ARNs, and `makeZip({ a: () => 1 })` zipped an empty file (a number: a raw RangeError).
 */
import { describe, expect, it } from 'vitest';
import {
  buildCreateFunctionInput,
  buildFunction,
  buildUpdateFunctionInput,
  makeZip,
  zipBase64,
} from '../../mocks/fixtures/index.ts';
import { Fc3TestkitError } from '../../mocks/index.ts';

const base = buildCreateFunctionInput({ seed: 1 });
const cycle: Record<string, unknown> = { ...base };
cycle.self = cycle;
const withValue = (key: string, value: unknown) => ({ ...base, [key]: value }) as never;

type Build = (input: never) => unknown;
const builders: [string, string, Build][] = [
  ['buildFunction', 'input', (input) => buildFunction({ input })],
  ['buildUpdateFunctionInput', 'base', (input) => buildUpdateFunctionInput({ base: input })],
];

const notData: [string, unknown, string][] = [
  ['a function', withValue('environmentVariables', { x: () => 1 }), '.environmentVariables.x is a function'],
  ['a symbol', withValue('description', Symbol('s')), '.description is a symbol'],
  ['a bigint', withValue('timeout', 10n), '.timeout is a bigint'],
  ['a cycle', cycle, '.self refers back to '],
];

describe('hostile: CreateFunction inputs given to the builders that are no plain data', () => {
  for (const [builder, option, build] of builders) {
    it.each(notData)(`${builder}: ${option} with %s throws naming its path`, (_what, input, fault) => {
      const call = () => build(input as never);
      expect(call).toThrow(Fc3TestkitError);
      const tail = fault.endsWith(' ') ? `${fault}${option}` : fault;
      expect(call).toThrow(`${builder}: ${option}${tail} (${option} must be plain JSON-like data)`);
    });

    it.each([[5], [null], [[]], ['x'], [{}]])(
      `${builder}: ${option} %j is refused as no CreateFunctionInput`,
      (input) => {
        const call = () => build(input as never);
        expect(call).toThrow(Fc3TestkitError);
        expect(call).toThrow(`${builder}: ${option} must be a CreateFunctionInput`);
      },
    );
  }

  it.each([
    ['regionId', 5],
    ['accountId', () => 1],
  ])('%s that is no string is refused', (key, value) => {
    const call = () => buildCreateFunctionInput({ [key]: value } as never);
    expect(call).toThrow(Fc3TestkitError);
    expect(call).toThrow(`buildCreateFunctionInput: ${key} must be a string, got ${typeof value}`);
    expect(() => buildFunction({ [key]: value } as never)).toThrow(`buildFunction: ${key} must be a string`);
  });

  it.each([
    ['a function', () => 1, 'function'],
    ['a number', 5, 'number'],
    ['null', null, 'null'],
  ])('makeZip and zipBase64: file contents that are %s are refused', (_what, content, kind) => {
    const want = `makeZip: files["a"] is a ${kind} (file contents must be a string or a Uint8Array)`;
    expect(() => makeZip({ a: content as never })).toThrow(want);
    expect(() => zipBase64({ a: content as never })).toThrow(Fc3TestkitError);
  });

  // A getter or proxy trap that throws used to escape raw (a TypeError or the user's own error) from
  // the option check.
  const throwing = (): never => {
    throw new Error('no reading this');
  };
  const withGetter = Object.defineProperty({ memorySize: 512 }, 'timeout', {
    get: throwing,
    enumerable: true,
  });
  const trapped = new Proxy({}, { ownKeys: throwing });
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  it.each([
    [
      'an override getter',
      () => buildFunction({ overrides: withGetter }),
      'overrides.timeout could not be read (Error: no reading this)',
    ],
    [
      'an override proxy',
      () => buildFunction({ overrides: { tags: trapped } as never }),
      'overrides.tags could not be read (Error: no reading this)',
    ],
    [
      'an input getter',
      () =>
        buildFunction({
          input: Object.defineProperty({ ...base }, 'timeout', { get: throwing, enumerable: true }),
        }),
      'input.timeout could not be read (Error: no reading this)',
    ],
    [
      'a revoked proxy in the data',
      () => buildFunction({ overrides: { tags: revoked.proxy } as never }),
      "overrides.tags could not be read (TypeError: Cannot perform 'IsArray' on a proxy that has been revoked)",
    ],
    [
      'a getPrototypeOf trap in the data',
      () => buildFunction({ overrides: new Proxy({}, { getPrototypeOf: throwing }) as never }),
      'overrides could not be read (Error: no reading this)',
    ],
    [
      'an ownKeys trap in the options',
      () => buildFunction(new Proxy({}, { ownKeys: throwing }) as never),
      'its options could not be read (Error: no reading this)',
    ],
    [
      'an options getter',
      () => buildFunction(Object.defineProperty({}, 'seed', { get: throwing, enumerable: true })),
      'its options could not be read (Error: no reading this)',
    ],
  ])('%s that throws is refused with Fc3TestkitError naming it', (_what, call, words) => {
    expect(call).toThrow(Fc3TestkitError);
    expect(call).toThrow(words);
  });

  it('a real input and base still build', () => {
    expect(buildFunction({ input: base }).functionName).toBe(base.functionName);
    expect(buildUpdateFunctionInput({ seed: 1, base })).toEqual(buildUpdateFunctionInput({ seed: 1 }));
  });
});
