import { describe, expect, it } from 'vitest';
import { createEmulator, Fc3TestkitError } from '../../mocks/index.ts';
import { minimalInput, post } from '../helpers/requests.ts';

describe('faults and scenarios', () => {
  it('failNext fails the next N requests with the catalogue status', async () => {
    const emulator = createEmulator();
    emulator.failNext('Throttling.User', { times: 2 });
    expect((await post(emulator, minimalInput())).status).toBe(429);
    expect((await post(emulator, minimalInput())).json.Code).toBe('Throttling.User');
    expect((await post(emulator, minimalInput())).status).toBe(200);
  });

  it('failNext rejects codes outside the catalogue with a toolkit error', () => {
    expect(() => createEmulator().failNext('Nope')).toThrow(Fc3TestkitError);
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
