/**
 * Repro from the s12 review of ADR 044: overrides that hold a function, a symbol, a bigint or a
 * cycle made `buildCreateFunctionInput` and `buildFunction` throw a raw DOMException
 * ("() => 1 could not be cloned", from structuredClone) or TypeError ("Converting circular
 * structure to JSON"). Each now throws `Fc3TestkitError` naming the builder and the override's path.
 */
import { describe, expect, it } from 'vitest';
import { buildCreateFunctionInput, buildFunction } from '../../mocks/fixtures/index.ts';
import { Fc3TestkitError } from '../../mocks/index.ts';

type Build = (options: { overrides: unknown }) => unknown;
const builders: [string, Build][] = [
  ['buildCreateFunctionInput', buildCreateFunctionInput as Build],
  ['buildFunction', buildFunction as Build],
];

const cycle: Record<string, unknown> = { a: '1' };
cycle.self = cycle;
const listCycle: unknown[] = [];
listCycle.push({ inner: listCycle });

const refusals: [string, unknown, string][] = [
  ['a function', { environmentVariables: { x: () => 1 } }, 'overrides.environmentVariables.x is a function'],
  ['a symbol', { environmentVariables: { x: Symbol('s') } }, 'overrides.environmentVariables.x is a symbol'],
  ['a bigint', { timeout: 10n }, 'overrides.timeout is a bigint'],
  ['a function in a list', { tags: [{ key: 'k', value: () => 1 }] }, 'overrides.tags[0].value is a function'],
  [
    'a cycle',
    { environmentVariables: cycle },
    'overrides.environmentVariables.self refers back to overrides.environmentVariables',
  ],
  [
    'a cycle through a list',
    { layers: listCycle },
    'overrides.layers[0].inner refers back to overrides.layers',
  ],
  ['a function as overrides', () => 1, 'overrides is a function'],
];

describe('hostile: fixture overrides that are no plain data', () => {
  for (const [name, build] of builders) {
    it.each(refusals)(`${name}: %s throws Fc3TestkitError naming its path`, (_what, overrides, fault) => {
      const call = () => build({ overrides });
      expect(call).toThrow(Fc3TestkitError);
      expect(call).toThrow(`${name}: ${fault} (overrides must be plain JSON-like data)`);
    });
  }

  it('shared (non-cyclic) values and explicit undefined still merge', () => {
    const shared = { A: 'x' };
    const input = buildCreateFunctionInput({
      seed: 2,
      overrides: {
        environmentVariables: shared,
        description: undefined,
        customDNS: { nameServers: ['1.1.1.1'] },
      },
    });
    expect(input.environmentVariables).toMatchObject(shared);
    expect(input).not.toHaveProperty('description');
    expect(
      buildFunction({
        seed: 2,
        overrides: { environmentVariables: shared, tags: [shared as never, shared as never] },
      }).tags,
    ).toEqual([shared, shared]);
  });
});
