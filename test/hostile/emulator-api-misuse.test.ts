/**
 * Repros from the s9 hostile review of the emulator's own API (what MSW, nock and `serve` users
 * call directly; the control API already checked the same values on its side):
 * - `calls(filter)` took any filter: a misspelt operation, outcome or key matched nothing, so
 *   `expect(emulator.calls({ operation: 'CreateFuntion' })).toHaveLength(0)` could not fail, and
 *   `calls(null)` threw a TypeError;
 * - `setLatency(2 ** 31)` (or 1e308) was accepted, and every answer then came after 1 ms: Node
 *   replaces a delay past setTimeout's largest with 1 ms.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator, Fc3TestkitError } from '../../mocks/index.ts';
import { minimalInput, post } from '../helpers/requests.ts';

describe('hostile: calls() with a filter that cannot match as meant', () => {
  it.each([
    ['a misspelt operation', { operation: 'CreateFuntion' }, /operation must be one of CreateFunction/],
    ['a misspelt outcome', { outcome: 'rejectd' }, /outcome must be one of succeeded, rejected/],
    ['a misspelt key', { fucntionName: 'orders' }, /unknown filter key fucntionName/],
    ['a function name that is no string', { functionName: 1 }, /functionName must be a string/],
    ['a negative since', { since: -1 }, /since must be an integer >= 0/],
    ['a limit of 0', { limit: 0 }, /limit must be an integer >= 1/],
    ['a fractional limit', { limit: 1.5 }, /limit must be an integer >= 1/],
    ['null', null, /the filter must be an object/],
    // s11: it returned the creates, as if the operation were not given.
    [
      'outcome created with another operation',
      { outcome: 'created', operation: 'UpdateFunction' },
      /outcome created means a succeeded CreateFunction; operation UpdateFunction contradicts it/,
    ],
    ['a string', 'CreateFunction', /the filter must be an object/],
  ])('%s throws Fc3TestkitError naming it', async (_what, filter, message) => {
    const emulator = createEmulator();
    await post(emulator, minimalInput());
    const query = () => emulator.calls(filter as never);
    expect(query).toThrow(Fc3TestkitError);
    expect(query).toThrow(message);
  });

  it('every documented filter still works', async () => {
    const emulator = createEmulator();
    await post(emulator, minimalInput({ functionName: 'a' }));
    await post(emulator, minimalInput({ functionName: 'a' }));
    expect(emulator.calls({ operation: 'CreateFunction', outcome: 'rejected' })).toHaveLength(1);
    expect(emulator.calls({ outcome: 'created', functionName: 'a' })).toHaveLength(1);
    expect(emulator.calls({ outcome: 'created', operation: 'CreateFunction' })).toHaveLength(1);
    expect(emulator.calls({ code: 'FunctionAlreadyExists', since: 1, limit: 5 })).toHaveLength(1);
    expect(emulator.calls({})).toHaveLength(2);
    expect(emulator.calls(undefined)).toHaveLength(2);
  });
});

describe('hostile: setLatency beyond what a timer can wait', () => {
  it.each([
    ['2 ** 31 ms', 2 ** 31],
    ['1e308 ms', 1e308],
    ['a range up to 1e12 ms', { min: 0, max: 1e12 }],
  ])('%s throws Fc3TestkitError, and the latency stays off', async (_what, latency) => {
    const emulator = createEmulator();
    expect(() => emulator.setLatency(latency)).toThrow(Fc3TestkitError);
    expect(() => emulator.setLatency(latency)).toThrow(/a number of ms from 0 to 2147483647/);
    const started = performance.now();
    expect((await post(emulator, minimalInput())).status).toBe(200);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
