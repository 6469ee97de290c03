/**
 * Every numeric option of the contracts API is refused, before anything runs, when it is not a
 * whole number in its range, in one wording: `caller: name must be a positive integer, got X`
 * (a non-negative one where 0 means something; `an integer from L to M` where more breaks a run;
 * seed as createEmulator's). Before, `concurrency: 0` ran a pool of one and a NaN tolerance failed every
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
  ['runContractSuite', suite, ['concurrency', 'lifecycleBudgetMs', 'generated', 'clockToleranceMs']],
  ['defineContractSuite', define, ['concurrency', 'lifecycleBudgetMs', 'generated', 'clockToleranceMs']],
  ['buildCases', (name, value) => buildCases({ [name]: value }), ['generated']],
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
/**
 * Each option's range: 0 where it means something (no generated cases, no clock tolerance), the
 * CLI's maxima for concurrency and generated, a timer's longest wait for the per-request ones (a
 * longer one fires at once); the lifecycle budget's waits are clamped, so it has no maximum.
 */
const RANGE: Record<string, [least: number, most?: number]> = {
  concurrency: [1, 64],
  lifecycleBudgetMs: [1],
  generated: [0, 1000],
  clockToleranceMs: [0],
  timeoutMs: [1, 2_147_483_647],
  answerBudgetMs: [1, 2_147_483_647],
  maxBodyBytes: [1],
  maxAnswerBytes: [1],
};
const kindOf = ([least, most]: [number, number?]) =>
  most !== undefined
    ? `an integer from ${least} to ${most}`
    : least === 1
      ? 'a positive integer'
      : 'a non-negative integer';

const rows = callers.flatMap(([caller, call, names]) =>
  names.flatMap((name) => {
    const range = RANGE[name] as [number, number?];
    const bad = [range[0] - 1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '8'];
    if (range[1] !== undefined) bad.push(range[1] + 1);
    return bad.map((value) => ({ caller, call, name, value, kind: kindOf(range) }));
  }),
);
const shown = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : String(value));

describe('numeric options of the contracts API', () => {
  it.each(rows)('$caller $name: $value is refused', async ({ caller, call, name, value, kind }) => {
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

  it('the ends of the ranges are taken: no generated cases, seed 0, 1000 generated', () => {
    const without = buildCases({ generated: 0, seed: 0 }).length;
    expect(without).toBeGreaterThan(0);
    expect(buildCases({ generated: 1000 }).length).toBeGreaterThan(without);
    expect(() =>
      httpTarget({ baseUrl, timeoutMs: 2_147_483_647, answerBudgetMs: 2_147_483_647 }),
    ).not.toThrow();
  });
});
