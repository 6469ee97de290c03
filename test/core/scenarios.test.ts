import { describe, expect, it } from 'vitest';
import { createEmulator, Fc3TestkitError } from '../../mocks/index.ts';
import { call, minimalInput, post } from '../helpers/requests.ts';

describe('faults and scenarios', () => {
  it('failNext fails the next N requests with the catalogue status', async () => {
    const emulator = createEmulator();
    emulator.failNext('Throttling.User', { times: 2 });
    expect((await post(emulator, minimalInput())).status).toBe(429);
    expect((await post(emulator, minimalInput())).json.Code).toBe('Throttling.User');
    expect((await post(emulator, minimalInput())).status).toBe(200);
  });

  // The parameters are typed FcErrorCode: a typo is a compile error, and still throws at run time
  // for a caller without types (or one that casts).
  it('failNext and setFaults reject codes outside the catalogue, at compile time and with a toolkit error', () => {
    // @ts-expect-error a typo of 'Throttling.User'
    expect(() => createEmulator().failNext('Throttling.Usr')).toThrow(Fc3TestkitError);
    // @ts-expect-error not a catalogue code
    expect(() => createEmulator().setFaults({ rate: 1, codes: ['Nope'] })).toThrow(Fc3TestkitError);
  });

  it('probabilistic faults repeat for a seed', async () => {
    const run = async () => {
      const emulator = createEmulator({ seed: 9 });
      emulator.setFaults({ rate: 0.5, codes: ['InternalServerError', 'ServiceUnavailable'] });
      const out: number[] = [];
      for (let i = 0; i < 20; i++)
        out.push((await post(emulator, minimalInput({ functionName: `f${i}` }))).status);
      return out;
    };
    const first = await run();
    expect(first).toEqual(await run());
    expect(new Set(first)).toEqual(new Set([200, 500, 503]));
  });

  it('Prefer selects the documented example, as Prism does', async () => {
    const emulator = createEmulator();
    const conflict = await post(emulator, minimalInput(), { headers: { prefer: 'code=409' } });
    expect(conflict.status).toBe(409);
    expect(conflict.json.Code).toBe('FunctionAlreadyExists');
    // The documented example's body, with this answer's own request id (CF E.1), in FC's key order.
    expect(Object.keys(conflict.json)).toEqual(['Code', 'Message', 'RequestId']);
    expect(conflict.json.RequestId).toBe(conflict.headers.get('x-fc-request-id'));
    const sample = await post(emulator, minimalInput(), { headers: { prefer: 'code=200, example=sample' } });
    expect(sample.status).toBe(200);
    expect(sample.json.functionName).toBe('my-function-1');
    expect(emulator.functions()).toEqual([]);
  });

  it('setLatency delays answers', async () => {
    const emulator = createEmulator();
    emulator.setLatency(60);
    const started = performance.now();
    await post(emulator, minimalInput());
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('a request held by latency across reset() is answered from the state it arrived in', async () => {
    const emulator = createEmulator();
    emulator.setLatency(50);
    const held = post(emulator, minimalInput({ functionName: 'before-reset' }));
    emulator.reset();
    expect((await held).status).toBe(200);
    // The fresh state (no latency, as reset forgets it) has neither the function nor the call.
    expect(emulator.functions()).toEqual([]);
    expect(emulator.calls()).toEqual([]);
    expect((await call(emulator, 'GET', '/functions/before-reset')).status).toBe(404);
  });
});

describe('faults scoped by operation and function name', () => {
  it('failNext fires only on the matching operation and name, and counts down', async () => {
    const emulator = createEmulator();
    await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'a' }));
    await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'b' }));
    emulator.failNext('ServiceUnavailable', {
      operation: 'UpdateFunction',
      match: { functionName: 'b' },
      times: 2,
    });
    expect((await call(emulator, 'PUT', '/functions/a', {})).status).toBe(200);
    expect((await call(emulator, 'GET', '/functions/b')).status).toBe(200);
    expect((await call(emulator, 'PUT', '/functions/b', {})).status).toBe(503);
    expect((await call(emulator, 'PUT', '/functions/b', {})).status).toBe(503);
    expect((await call(emulator, 'PUT', '/functions/b', {})).status).toBe(200);
    expect(emulator.calls({ outcome: 'faulted' }).map((c) => [c.operation, c.functionName])).toEqual([
      ['UpdateFunction', 'b'],
      ['UpdateFunction', 'b'],
    ]);
  });

  it('failNext matches CreateFunction by the name in the body, and takes a huge count', async () => {
    const emulator = createEmulator();
    emulator.failNext('InternalServerError', { match: { functionName: 'x' }, times: 1_000_000 });
    expect((await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'y' }))).status).toBe(
      200,
    );
    expect((await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'x' }))).status).toBe(
      500,
    );
    expect((await call(emulator, 'GET', '/functions/x')).status).toBe(500);
  });

  it('rate faults apply to the listed operations only', async () => {
    const emulator = createEmulator({ seed: 2 });
    emulator.setFaults({ rate: 1, codes: ['Throttling.User'], operation: ['GetFunction', 'ListFunctions'] });
    expect((await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'a' }))).status).toBe(
      200,
    );
    expect((await call(emulator, 'GET', '/functions/a')).status).toBe(429);
    expect((await call(emulator, 'GET', '/functions')).status).toBe(429);
    expect((await call(emulator, 'DELETE', '/functions/a')).status).toBe(204);
  });

  it('Prefer answers from the routed operation’s own documented examples', async () => {
    const emulator = createEmulator();
    const conflict = await call(emulator, 'POST', '/functions', minimalInput());
    expect(conflict.status).toBe(200);
    const missing = await emulator.handle(
      new Request('http://127.0.0.1:9000/2023-03-30/functions/f', { headers: { prefer: 'code=409' } }),
    );
    // GetFunction documents no 409: a typo to report, not a request to handle for real.
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({
      Code: 'InvalidArgument',
      Message: expect.stringMatching(
        /^Prefer "code=409" names no answer GetFunction documents; it documents code=200 \(example=.*code=404 \(example=FunctionNotFound.*\(fc3-testkit\)$/,
      ),
    });
    const documented = await emulator.handle(
      new Request('http://127.0.0.1:9000/2023-03-30/functions/hello-fc3', {
        headers: { prefer: 'code=404' },
      }),
    );
    expect(documented.status).toBe(404);
    expect((await documented.json()).Code).toBe('FunctionNotFound');
    const deleted = await emulator.handle(
      new Request('http://127.0.0.1:9000/2023-03-30/functions/none', {
        method: 'DELETE',
        headers: { prefer: 'code=204' },
      }),
    );
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
  });

  it.each([
    ['example=ConcurrentUpdateError', 'a 409 example named alone (looked up among the 200 ones)'],
    ['example=sampel', 'a misspelt name'],
    ['code=418', 'an undocumented status'],
    ['code=409, example=nope', 'a status with a name it does not document'],
  ])('Prefer %s (%s) is refused, and the request is not handled for real', async (prefer) => {
    const emulator = createEmulator();
    const answer = await post(emulator, minimalInput(), { headers: { prefer } });
    expect(answer.status).toBe(400);
    expect(answer.json.Code).toBe('InvalidArgument');
    expect(answer.json.Message).toContain(
      `Prefer ${JSON.stringify(prefer)} names no answer CreateFunction documents`,
    );
    expect(emulator.functions()).toEqual([]);
    expect(emulator.calls({ outcome: 'rejected' })).toHaveLength(1);
  });

  it('Prefer without code= or example= (dynamic=true, return=minimal) leaves the request to the emulator', async () => {
    const emulator = createEmulator();
    for (const prefer of ['dynamic=true', 'return=minimal', 'respond-async'])
      expect(
        (await post(emulator, minimalInput({ functionName: `p-${prefer.length}` }), { headers: { prefer } }))
          .status,
      ).toBe(200);
    expect(emulator.functions()).toHaveLength(3);
  });
});

describe('in-process misuse throws Fc3TestkitError naming the option', () => {
  it.each([
    [
      'setFaults rate NaN',
      (e: ReturnType<typeof createEmulator>) =>
        e.setFaults({ rate: Number.NaN, codes: ['InternalServerError'] }),
      /rate/,
    ],
    [
      'setFaults rate 2',
      (e: ReturnType<typeof createEmulator>) => e.setFaults({ rate: 2, codes: ['InternalServerError'] }),
      /rate/,
    ],
    [
      'setFaults unknown operation',
      (e: ReturnType<typeof createEmulator>) =>
        e.setFaults({ rate: 1, codes: ['InternalServerError'], operation: 'Nope' as never }),
      /operation/,
    ],
    ['setLatency -1', (e: ReturnType<typeof createEmulator>) => e.setLatency(-1), /setLatency/],
    ['setLatency NaN', (e: ReturnType<typeof createEmulator>) => e.setLatency(Number.NaN), /setLatency/],
    [
      'setLatency min > max',
      (e: ReturnType<typeof createEmulator>) => e.setLatency({ min: 5, max: 1 }),
      /setLatency/,
    ],
    [
      'failNext times 0',
      (e: ReturnType<typeof createEmulator>) => e.failNext('InternalServerError', { times: 0 }),
      /times/,
    ],
    [
      'failNext times 1.5',
      (e: ReturnType<typeof createEmulator>) => e.failNext('InternalServerError', { times: 1.5 }),
      /times/,
    ],
    ['advanceClock -5', (e: ReturnType<typeof createEmulator>) => e.advanceClock(-5), /advanceClock/],
    [
      'failPreparation without a name',
      (e: ReturnType<typeof createEmulator>) => e.failPreparation(''),
      /failPreparation/,
    ],
  ])('%s', (_name, misuse, message) => {
    const emulator = createEmulator();
    expect(() => misuse(emulator)).toThrow(Fc3TestkitError);
    expect(() => misuse(emulator)).toThrow(message);
  });

  it.each([
    [{ seed: -1 }, /seed/],
    [{ maxBodyBytes: Number.NaN }, /maxBodyBytes/],
    [{ journalLimit: 1.5 }, /journalLimit/],
    [{ preparationMs: -1 }, /preparationMs/],
    [{ clock: () => new Date(Number.NaN) }, /clock must return a valid Date/],
    [{ clock: 'now' }, /clock must be a function/],
    [{ credentials: { AK: 1 } }, /credentials/],
    [{ rules: { x: 'yes' } }, /rules/],
    [{ sedd: 1 }, /unknown option sedd/],
  ])('createEmulator(%o)', (options, message) => {
    expect(() => createEmulator(options as never)).toThrow(Fc3TestkitError);
    expect(() => createEmulator(options as never)).toThrow(message);
  });

  it.each([
    [{ method: 'GET', url: 'http://x/', body: new Uint8Array() }, /headers/],
    [{ method: 'GET', url: 'http://x/', headers: {}, body: '{}' }, /body as a Uint8Array/],
    [{ url: 'http://x/', headers: {}, body: new Uint8Array() }, /method/],
    [undefined, /WireRequest/],
  ])('dispatch(%o)', async (wire, message) => {
    const emulator = createEmulator();
    await expect(emulator.dispatch(wire as never)).rejects.toThrow(Fc3TestkitError);
    await expect(emulator.dispatch(wire as never)).rejects.toThrow(message);
  });
});

describe('journal', () => {
  it('records outcome, code, rule and name, bounded by journalLimit', async () => {
    const emulator = createEmulator({ journalLimit: 3 });
    for (let i = 0; i < 5; i++) await post(emulator, minimalInput({ functionName: `j${i}` }));
    await post(emulator, minimalInput({ functionName: 'j0', timeout: 0 }));
    const calls = emulator.calls();
    expect(calls.map((c) => c.functionName)).toEqual(['j3', 'j4', 'j0']);
    expect(calls.at(-1)).toMatchObject({
      outcome: 'rejected',
      code: 'InvalidArgument',
      ruleId: 'timeout-range',
      status: 400,
    });
    expect(emulator.calls({ outcome: 'created' })).toHaveLength(2);
  });
});
