/**
 * The check of the contracts API's numeric options, each a whole number in its range: before it,
 * `concurrency: 0` ran a pool of one, a NaN `clockToleranceMs` failed every case on its
 * createdTime and `generated: Infinity` built cases until memory ran out.
 */
import { Fc3TestkitError } from '../../mocks/core/errors.ts';
import { shownValue } from '../../mocks/core/operations/operation.ts';
import { seedFault } from '../../mocks/core/prng.ts';

/** Longest wait a timer takes (`setTimeout` fires at once past it, with a warning). */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * The range of each numeric option: the least (0 where 0 means something: none generated, no
 * slack) and, where more breaks a run, the most (the CLI's for `concurrency` and `generated`).
 */
const RANGES: Readonly<Record<string, readonly [least: 0 | 1, most?: number]>> = {
  concurrency: [1, 64],
  lifecycleBudgetMs: [1], // waits past MAX_TIMER_MS are clamped (define-suite.test.ts)
  timeoutMs: [1, MAX_TIMER_MS],
  maxBodyBytes: [1],
  maxAnswerBytes: [1],
  answerBudgetMs: [1, MAX_TIMER_MS],
  generated: [0, 1000],
  clockToleranceMs: [0],
};

/**
 * Throws {@link Fc3TestkitError} naming `caller` and the first numeric option of `options` that
 * is not a whole number in its range (`seed`: from 0 to 4294967295, as
 * `createEmulator`'s); absent ones and other keys are not looked at.
 *
 * @example
 * checkNumericOptions('runContractSuite', { concurrency: 0 }); // throws: concurrency must be an integer from 1 to 64, got 0
 */
export function checkNumericOptions(caller: string, options: object): void {
  const record = options as Record<string, unknown>;
  if (record.seed !== undefined) {
    const fault = seedFault(record.seed);
    if (fault) throw new Fc3TestkitError(`${caller}: ${fault}`);
  }
  for (const [name, [least, most]] of Object.entries(RANGES)) {
    const value = record[name];
    const fits =
      Number.isSafeInteger(value) && (value as number) >= least && (value as number) <= (most ?? Infinity);
    if (value === undefined || fits) continue;
    const kind =
      most !== undefined
        ? `an integer from ${least} to ${most}`
        : least === 1
          ? 'a positive integer'
          : 'a non-negative integer';
    throw new Fc3TestkitError(`${caller}: ${name} must be ${kind}, got ${shownValue(value)}`);
  }
}
