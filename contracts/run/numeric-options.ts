/**
 * The check of the contracts API's numeric options, each a whole number in its range: before it,
 * `concurrency: 0` ran a pool of one, a NaN `clockToleranceMs` failed every case on its
 * createdTime and `generated: Infinity` built cases until memory ran out.
 */
import { Fc3TestkitError } from '../../mocks/core/errors.ts';
import { shownValue } from '../../mocks/core/operations/operation.ts';
import { seedFault } from '../../mocks/core/prng.ts';

/** The least value of each numeric option (0 where 0 means something: none generated, no slack). */
const LEAST: Readonly<Record<string, 0 | 1>> = {
  concurrency: 1,
  lifecycleBudgetMs: 1,
  timeoutMs: 1,
  maxBodyBytes: 1,
  maxAnswerBytes: 1,
  answerBudgetMs: 1,
  generated: 0,
  clockToleranceMs: 0,
};

/**
 * Throws {@link Fc3TestkitError} naming `caller` and the first numeric option of `options` that
 * is not a whole number from its least value up (`seed`: from 0 to 4294967295, as
 * `createEmulator`'s); absent ones and other keys are not looked at.
 *
 * @example
 * checkNumericOptions('runContractSuite', { concurrency: 0 }); // throws: concurrency must be a positive integer, got 0
 */
export function checkNumericOptions(caller: string, options: object): void {
  const record = options as Record<string, unknown>;
  if (record.seed !== undefined) {
    const fault = seedFault(record.seed);
    if (fault) throw new Fc3TestkitError(`${caller}: ${fault}`);
  }
  for (const [name, least] of Object.entries(LEAST)) {
    const value = record[name];
    if (value === undefined || (Number.isSafeInteger(value) && (value as number) >= least)) continue;
    const kind = least === 1 ? 'a positive integer' : 'a non-negative integer';
    throw new Fc3TestkitError(`${caller}: ${name} must be ${kind}, got ${shownValue(value)}`);
  }
}
