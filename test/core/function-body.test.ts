import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFunctionBody, functionBodyJson } from '../../mocks/core/function-body.ts';
import type { CreateFunctionInput } from '../../mocks/core/types.ts';
import { buildCreateFunctionInput, fixtureTraits } from '../../mocks/fixtures/index.ts';

const computed = {
  functionId: '0a18e043-2d5b-4cf5-8a19-e0c1526de014',
  functionArn: 'acs:fc:cn-hangzhou:1234567890123456:functions/f',
  codeChecksum: '2220831586920633690',
  codeSize: 22,
  createdTime: '2024-05-06T07:08:09Z',
  resourceGroupId: 'rg-acfm0000000003456',
  imageDigest: 'ab'.repeat(32),
};

const outcome = (build: () => string): string => {
  try {
    return build();
  } catch (error) {
    return `threw ${(error as Error).name}`;
  }
};

// Inputs reach the builders only after validation; for the arbitrary ones here, both must at least
// fail alike.
const same = (input: CreateFunctionInput): void => {
  const text = outcome(() => functionBodyJson(input, computed));
  expect(text).toBe(outcome(() => JSON.stringify(buildFunctionBody(input, computed))));
};

// The servers send functionBodyJson; journal queries and functions() use buildFunctionBody.
// Both walk the same plan, and this holds them to byte-identical output.
describe('functionBodyJson is JSON.stringify(buildFunctionBody(...)), byte for byte', () => {
  it('for every fixture trait and several seeds', () => {
    for (const trait of fixtureTraits) {
      for (let seed = 1; seed <= 10; seed++) {
        const input = buildCreateFunctionInput({ seed, traits: [trait] });
        same(input);
        expect(JSON.parse(functionBodyJson(input, computed)).functionArn).toBe(computed.functionArn);
      }
    }
  });

  it('for a minimal input and one with unknown and __proto__ keys', () => {
    same({ functionName: 'f', runtime: 'python3.10', handler: 'h' } as CreateFunctionInput);
    const odd = JSON.parse(
      '{"functionName":"f","runtime":"python3.10","handler":"h","__proto__":{"x":1},"vpcConfig":{"__proto__":{"y":2}},"extra":[1]}',
    ) as CreateFunctionInput;
    same(odd);
  });

  it('for fixtures with one field replaced by arbitrary JSON', () => {
    const keys = [
      'description',
      'timeout',
      'layers',
      'tags',
      'vpcConfig',
      'logConfig',
      'customDNS',
      'role',
      'cpu',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.constantFrom(...keys),
        fc.jsonValue(),
        (seed, key, value) => {
          const input = { ...buildCreateFunctionInput({ seed }), [key]: value } as CreateFunctionInput;
          same(input);
        },
      ),
      { seed: 5, numRuns: 300 },
    );
  });
});
