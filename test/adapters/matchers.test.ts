/**
 * The fc3 matchers: imported for their side effect only (no `expect.extend` here), so these tests
 * also prove the auto-extension of vitest's global expect.
 */
import '../../mocks/vitest.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, Fc3TestkitError } from '../../mocks/index.ts';
import { fc3Handlers } from '../../mocks/msw.ts';
import { fc3Matchers, installFc3Matchers } from '../../mocks/vitest.ts';
import { minimalInput, post } from '../helpers/requests.ts';

const emulator = createEmulator({ seed: 5 });

beforeEach(() => emulator.reset());

async function seed(): Promise<void> {
  await post(emulator, minimalInput({ functionName: 'm-one', description: 'first' }));
  await post(emulator, minimalInput({ functionName: 'm-one' }));
  await post(emulator, minimalInput({ functionName: 'm-two', memorySize: 200 }));
}

/** The failure message of an assertion that must fail. */
function messageOf(assertion: () => void): string {
  try {
    assertion();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the assertion to fail');
}

describe('toHaveCreatedFunction', () => {
  it('passes for any successful create, or one matching a deep partial input', async () => {
    await seed();
    expect(emulator).toHaveCreatedFunction();
    expect(emulator).toHaveCreatedFunction({ functionName: 'm-one', code: { zipFile: expect.any(String) } });
    expect(emulator).not.toHaveCreatedFunction({ functionName: 'm-two' });
  });

  it('fails with the recorded calls and the nearest mismatch, field by field', async () => {
    await seed();
    const message = messageOf(() =>
      expect(emulator).toHaveCreatedFunction({ functionName: 'm-one', runtime: 'nodejs20' }),
    );
    expect(message).toContain('recorded calls (3):');
    expect(message).toMatch(
      /#2 CreateFunction POST \/2023-03-30\/functions → 409 rejected FunctionAlreadyExists m-one/,
    );
    expect(message).toMatch(/#3 .*→ 400 rejected InvalidArgument \[memorySize-multiple\] m-two/);
    expect(message).toContain('nearest: call #1 differs in 1 field(s):');
    expect(message).toContain('  - runtime: expected "nodejs20", received "python3.10"');
  });

  it('points at a rejected call whose input matched when nothing was created', async () => {
    await post(emulator, minimalInput({ functionName: 'm-bad', memorySize: 200 }));
    const message = messageOf(() => expect(emulator).toHaveCreatedFunction({ functionName: 'm-bad' }));
    expect(message).toContain('nearest: call #1 (rejected InvalidArgument) had a matching input');
  });

  it('explains a negated failure with the call that matched', async () => {
    await seed();
    const message = messageOf(() => expect(emulator).not.toHaveCreatedFunction({ description: 'first' }));
    expect(message).toContain(
      'not to have created a function matching {"description":"first"}, but call #1 did',
    );
  });
});

describe('toHaveCreatedFunctionTimes', () => {
  it('counts successful creates only', async () => {
    await seed();
    expect(emulator).toHaveCreatedFunctionTimes(1);
    expect(emulator).not.toHaveCreatedFunctionTimes(3);
    expect(messageOf(() => expect(emulator).toHaveCreatedFunctionTimes(2))).toContain(
      'to have created 2 function(s), it created 1',
    );
  });

  it('rejects a count that is not a non-negative integer', () => {
    expect(() => expect(emulator).toHaveCreatedFunctionTimes(-1)).toThrow(/non-negative integer/);
  });
});

describe('toHaveRejectedCreateFunction', () => {
  it('matches rejected and faulted calls, optionally by code', async () => {
    await seed();
    emulator.failNext('InternalServerError');
    await post(emulator, minimalInput({ functionName: 'm-three' }));
    expect(emulator).toHaveRejectedCreateFunction();
    expect(emulator).toHaveRejectedCreateFunction('FunctionAlreadyExists');
    expect(emulator).toHaveRejectedCreateFunction('InternalServerError');
    expect(emulator).not.toHaveRejectedCreateFunction('SignatureNotMatch');
  });

  it('lists the codes it did see', async () => {
    await seed();
    const message = messageOf(() => expect(emulator).toHaveRejectedCreateFunction('Throttling.User'));
    expect(message).toContain('rejected codes: FunctionAlreadyExists, InvalidArgument');
  });

  it('does not count unrouted requests', async () => {
    await post(emulator, {}, { path: '/2023-03-30/other' });
    expect(emulator).not.toHaveRejectedCreateFunction();
  });
});

describe('what the matchers accept', () => {
  it('takes anything that exposes an emulator, such as fc3Handlers()', async () => {
    const handlers = fc3Handlers();
    await post(handlers.emulator, minimalInput());
    expect(handlers).toHaveCreatedFunctionTimes(1);
  });

  it('refuses a value that is not an emulator of this toolkit', () => {
    expect(() => expect({ calls: () => [] }).toHaveCreatedFunction()).toThrow(Fc3TestkitError);
  });

  it('works as a plain object for jest-style expect.extend', async () => {
    await seed();
    const context = { isNot: false, equals: (a: unknown, b: unknown) => Object.is(a, b) };
    expect(fc3Matchers.toHaveCreatedFunctionTimes.call(context, emulator, 1).pass).toBe(true);
    expect(fc3Matchers.toHaveRejectedCreateFunction.call(context, emulator, 'Nope').pass).toBe(false);
    expect(installFc3Matchers()).toBe(true);
  });
});

describe('toHaveHandled', () => {
  it('passes for a journalled operation matching the filter, and says what was handled when it fails', async () => {
    const emulator = createEmulator();
    const base = 'http://127.0.0.1:9000/2023-03-30/functions';
    await emulator.handle(
      new Request(base, { method: 'POST', body: JSON.stringify(minimalInput({ functionName: 'h-one' })) }),
    );
    await emulator.handle(new Request(`${base}/h-one`, { method: 'PUT', body: '{"timeout":0}' }));
    await emulator.handle(new Request(`${base}/h-one`, { method: 'DELETE' }));
    expect(emulator).toHaveHandled('DeleteFunction', { functionName: 'h-one', outcome: 'succeeded' });
    expect(emulator).toHaveHandled('UpdateFunction', { outcome: 'rejected', code: 'InvalidArgument' });
    expect(emulator).not.toHaveHandled('GetFunction');
    expect(() => expect(emulator).toHaveHandled('UpdateFunction', { outcome: 'succeeded' })).toThrow(
      /expected the emulator to have handled UpdateFunction matching \{"outcome":"succeeded"\}\nrecorded calls \(3\):[\s\S]*#2 UpdateFunction PUT \/2023-03-30\/functions\/h-one → 400 rejected InvalidArgument \[timeout-range\] h-one/,
    );
  });
});
