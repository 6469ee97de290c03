/**
 * Every numeric option of the contracts API is refused, before anything runs, when it is not a
 * whole number in its range, in one wording: `caller: name must be a positive integer, got X`
 * (a non-negative one where 0 means something: no generated cases, no clock tolerance; seed as
 * createEmulator's). Before, `concurrency: 0` ran a pool of one and a NaN tolerance failed every
 * case on its createdTime.
 */
import { describe, expect, it } from 'vitest';
import {
  buildCases,
  defineContractSuite,
  emulatorTarget,
  httpTarget,
  mswTarget,
  nockTarget,
  officialSdkAdapter,
  runContractSuite,
} from '../../contracts/index.ts';
import { createEmulator, Fc3TestkitError } from '../../mocks/index.ts';

const target = () => emulatorTarget(createEmulator());
const baseUrl = 'http://127.0.0.1:9';

type Call = (name: string, value: unknown) => unknown;
// One case, so that a value taken (before the check) costs a request, not the whole suite.
const only = 'sample.code-package';
const suite: Call = (name, value) => runContractSuite(target(), { only, [name]: value });
const define: Call = (name, value) => defineContractSuite(target(), { only, [name]: value });
const callers: [string, Call, string[]][] = [
  ['runContractSuite', suite, ['concurrency', 'lifecycleBudgetMs']],
  ['defineContractSuite', define, ['concurrency', 'lifecycleBudgetMs']],
  [
    'httpTarget',
    (name, value) => httpTarget({ baseUrl, [name]: value }),
    ['timeoutMs', 'maxBodyBytes', 'answerBudgetMs'],
  ],
  [
    'emulatorTarget',
    (name, value) => emulatorTarget(createEmulator(), { [name]: value }),
    ['maxBodyBytes', 'maxAnswerBytes'],
  ],
  ['mswTarget', (name, value) => mswTarget({ [name]: value }), ['maxBodyBytes']],
  ['nockTarget', (name, value) => nockTarget({ [name]: value }), ['maxBodyBytes']],
  ['officialSdkAdapter', (name, value) => officialSdkAdapter({ [name]: value }), ['timeoutMs']],
];
const nonNegative: [string, Call, string[]][] = [
  ['runContractSuite', suite, ['generated', 'clockToleranceMs']],
  ['defineContractSuite', define, ['generated', 'clockToleranceMs']],
  ['buildCases', (name, value) => buildCases({ [name]: value }), ['generated']],
];

const rows = (table: [string, Call, string[]][], bad: unknown[], kind: string) =>
  table.flatMap(([caller, call, names]) =>
    names.flatMap((name) => bad.map((value) => ({ caller, call, name, value, kind }))),
  );
const shown = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : String(value));

describe('numeric options of the contracts API', () => {
  it.each([
    ...rows(callers, [0, -1, 1.5, Number.NaN, '8'], 'a positive integer'),
    ...rows(nonNegative, [-1, 0.5, Number.POSITIVE_INFINITY, '3'], 'a non-negative integer'),
  ])('$caller $name: $value is refused', async ({ caller, call, name, value, kind }) => {
    const error = await (async () => call(name, value))().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Fc3TestkitError);
    expect((error as Error).message).toBe(`${caller}: ${name} must be ${kind}, got ${shown(value)}`);
  });

  it.each([
    ['runContractSuite', suite],
    ['defineContractSuite', define],
    ['buildCases', (name: string, value: unknown) => buildCases({ [name]: value })],
  ] as [string, Call][])(
    '%s seed: -1 and 1.5 are refused as createEmulator refuses them',
    async (caller, call) => {
      for (const value of [-1, 1.5, 2 ** 32]) {
        const error = await (async () => call('seed', value))().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(Fc3TestkitError);
        expect((error as Error).message).toBe(
          `${caller}: seed must be an integer from 0 to 4294967295, got ${value}`,
        );
      }
    },
  );

  it('0 where it means something is taken: no generated cases, seed 0', () => {
    expect(buildCases({ generated: 0, seed: 0 }).length).toBeGreaterThan(0);
  });
});
