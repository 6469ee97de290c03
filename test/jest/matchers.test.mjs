/**
 * The fc3 matchers under jest, registered the documented way: `expect.extend(fc3Matchers)`.
 * Real creates go through the emulator's Fetch entry point.
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import { createEmulator } from 'fc3-testkit';
import { fc3Matchers } from 'fc3-testkit/vitest';

expect.extend(fc3Matchers);

const EMPTY_ZIP = 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==';
const emulator = createEmulator({ seed: 5 });

function input(overrides = {}) {
  return {
    functionName: 'hello-fc3',
    runtime: 'python3.10',
    handler: 'index.handler',
    code: { zipFile: EMPTY_ZIP },
    ...overrides,
  };
}

async function create(body) {
  const response = await emulator.handle(
    new Request('http://127.0.0.1:9000/2023-03-30/functions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
  return { status: response.status, json: await response.json() };
}

/** A created m-one, a duplicate m-one (409) and an invalid m-two (400). */
async function seed() {
  expect((await create(input({ functionName: 'm-one', description: 'first' }))).status).toBe(200);
  expect((await create(input({ functionName: 'm-one' }))).json.Code).toBe('FunctionAlreadyExists');
  expect((await create(input({ functionName: 'm-two', memorySize: 200 }))).status).toBe(400);
}

beforeEach(() => emulator.reset());

describe('toHaveCreatedFunction', () => {
  it('passes for a matching create, with asymmetric matchers, and negates', async () => {
    await seed();
    expect(emulator).toHaveCreatedFunction();
    expect(emulator).toHaveCreatedFunction({ functionName: 'm-one', code: { zipFile: expect.any(String) } });
    expect(emulator).not.toHaveCreatedFunction({ functionName: 'm-two' });
  });

  it('fails listing the recorded calls and the nearest mismatch', async () => {
    await seed();
    expect(() =>
      expect(emulator).toHaveCreatedFunction({ functionName: 'm-one', runtime: 'nodejs20' }),
    ).toThrow(
      /recorded calls \(3\):\n {2}#1 CreateFunction POST \/2023-03-30\/functions → 200 succeeded m-one\n {2}#2 .*→ 409 rejected FunctionAlreadyExists m-one\n {2}#3 .*→ 400 rejected InvalidArgument \[memorySize-multiple\] m-two/,
    );
    expect(() =>
      expect(emulator).toHaveCreatedFunction({ functionName: 'm-one', runtime: 'nodejs20' }),
    ).toThrow(
      'nearest: call #1 differs in 1 field(s):\n  - runtime: expected "nodejs20", received "python3.10"',
    );
  });

  it('fails when negated and a call matched', async () => {
    await seed();
    expect(() => expect(emulator).not.toHaveCreatedFunction({ description: 'first' })).toThrow(
      /not to have created a function matching \{"description":"first"\}, but call #1 did\nrecorded calls \(3\)/,
    );
  });

  it('fails on an emulator with no calls', () => {
    expect(() => expect(emulator).toHaveCreatedFunction()).toThrow(
      'expected the emulator to have created a function\nrecorded calls: none\nno CreateFunction call carried an input',
    );
  });
});

describe('toHaveCreatedFunctionTimes', () => {
  it('counts successful creates only, and negates', async () => {
    await seed();
    expect(emulator).toHaveCreatedFunctionTimes(1);
    expect(emulator).not.toHaveCreatedFunctionTimes(3);
    expect(() => expect(emulator).toHaveCreatedFunctionTimes(2)).toThrow(
      /to have created 2 function\(s\), it created 1\nrecorded calls \(3\):/,
    );
    expect(() => expect(emulator).not.toHaveCreatedFunctionTimes(1)).toThrow(
      /not to have created 1 function\(s\), it created 1/,
    );
  });
});

describe('toHaveRejectedCreateFunction', () => {
  it('passes for any rejection or a given code, and negates', async () => {
    await seed();
    expect(emulator).toHaveRejectedCreateFunction();
    expect(emulator).toHaveRejectedCreateFunction('FunctionAlreadyExists');
    expect(emulator).toHaveRejectedCreateFunction('InvalidArgument');
    expect(emulator).not.toHaveRejectedCreateFunction('Throttling.User');
  });

  it('fails naming the rejected codes and listing the calls', async () => {
    await seed();
    expect(() => expect(emulator).toHaveRejectedCreateFunction('Throttling.User')).toThrow(
      /rejected a CreateFunction with Throttling\.User; rejected codes: FunctionAlreadyExists, InvalidArgument\nrecorded calls \(3\):/,
    );
    expect(() => expect(emulator).not.toHaveRejectedCreateFunction('FunctionAlreadyExists')).toThrow(
      /not to have rejected a CreateFunction with FunctionAlreadyExists, but call #2 was/,
    );
  });

  it('counts an injected fault as a rejection', async () => {
    emulator.failNext('Throttling.User');
    expect((await create(input())).status).toBe(429);
    expect(emulator).toHaveRejectedCreateFunction('Throttling.User');
    expect(emulator).toHaveCreatedFunctionTimes(0);
  });
});

describe('toHaveHandled', () => {
  beforeEach(() => emulator.reset());

  it('finds a journalled operation by name, outcome and code', async () => {
    await seed();
    expect(emulator).toHaveHandled('CreateFunction', { functionName: 'm-one', outcome: 'succeeded' });
    expect(emulator).toHaveHandled('CreateFunction', { code: 'FunctionAlreadyExists' });
    expect(emulator).not.toHaveHandled('DeleteFunction');
    expect(() => expect(emulator).toHaveHandled('GetFunction')).toThrow(
      /expected the emulator to have handled GetFunction/,
    );
  });
});
