import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCreateFunctionInput } from '../../mocks/fixtures/index.ts';
import { createEmulator } from '../../mocks/index.ts';
import { post } from '../helpers/requests.ts';

const FIELDS = [
  'functionName',
  'runtime',
  'handler',
  'code',
  'cpu',
  'memorySize',
  'diskSize',
  'timeout',
  'layers',
  'tags',
  'vpcConfig',
  'nasConfig',
  'customContainerConfig',
  'instanceLifecycleConfig',
  'environmentVariables',
  'sessionAffinityConfig',
  '__proto__',
  'constructor',
];

function expectFcAnswer(res: { status: number; json: Record<string, unknown> }): void {
  expect(res.status).toBeLessThan(500);
  if (res.status === 200) {
    expect(typeof res.json.functionArn).toBe('string');
  } else {
    expect(Object.keys(res.json).sort()).toEqual(['Code', 'Message', 'RequestId']);
    expect(res.json.Message).not.toBe('');
  }
}

describe('arbitrary input never yields a 5xx or a non-FC body', () => {
  it('any JSON text', async () => {
    const emulator = createEmulator({ seed: 3 });
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) =>
        expectFcAnswer(await post(emulator, JSON.stringify(value))),
      ),
      { seed: 11, numRuns: 300 },
    );
  });

  it('any string, including broken JSON and odd unicode', async () => {
    const emulator = createEmulator({ seed: 3 });
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary' }), async (text) =>
        expectFcAnswer(await post(emulator, text)),
      ),
      { seed: 12, numRuns: 300 },
    );
  });

  it('a valid fixture with one field replaced by arbitrary JSON', async () => {
    const emulator = createEmulator({ seed: 3 });
    const field = fc.constantFrom(...FIELDS);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1e6 }), field, fc.jsonValue(), async (seed, key, value) => {
        const input: Record<string, unknown> = { ...buildCreateFunctionInput({ seed }) };
        Object.defineProperty(input, key, { value, enumerable: true, configurable: true, writable: true });
        expectFcAnswer(await post(emulator, JSON.stringify(input)));
      }),
      { seed: 13, numRuns: 300 },
    );
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
