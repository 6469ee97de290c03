import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bodyTemplate,
  buildFunctionBody,
  fillBodyTemplate,
  functionBodyJson,
} from '../../mocks/core/function-body.ts';
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

// Creates answer by filling a template made from the first function of each configuration.
describe('a body template filled for another function equals functionBodyJson of that function', () => {
  const other = (name: string, seed: number) => ({
    ...computed,
    functionId: `${seed}`.padStart(8, '0') + computed.functionId.slice(8),
    functionArn: `acs:fc:cn-beijing:${seed}:functions/${name}`,
    createdTime: `2031-01-01T00:00:${String(seed % 60).padStart(2, '0')}Z`,
    resourceGroupId: `rg-${seed}`,
    imageDigest: String(seed % 10).repeat(64),
  });

  it('for every trait, any other name (escaped or not), id, ARN, time, group and digest', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtureTraits),
        fc.integer({ min: 1, max: 1e6 }),
        fc.oneof(fc.stringMatching(/^[a-zA-Z_][\w-]{0,20}$/), fc.string({ unit: 'binary' })),
        (trait, seed, name) => {
          const input = buildCreateFunctionInput({ seed, traits: [trait] });
          const template = bodyTemplate(input, computed);
          if (!template) throw new Error(`no template for trait ${trait}`);
          const next = other(name, seed);
          const expected = functionBodyJson({ ...input, functionName: name }, next);
          expect(fillBodyTemplate(template, name, next)).toBe(expected);
        },
      ),
      { seed: 11, numRuns: 400 },
    );
  });

  it('is refused for an input that contains a hole marker, so such inputs are written in full', () => {
    const input = buildCreateFunctionInput({ seed: 3 });
    expect(bodyTemplate({ ...input, description: '\u0001fc3-hole-1\u0001' }, computed)).toBeUndefined();
    expect(bodyTemplate({ ...input, description: '\u0001fc3-hole-9\u0001' }, computed)).toBeUndefined();
    expect(bodyTemplate({ ...input, description: 'fc3-hole-1' }, computed)).toBeDefined();
  });
});
