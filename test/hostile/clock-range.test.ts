/**
 * Repro from the s9 hostile review: `advanceClock` accepted any finite step, so one call such as
 * `advanceClock(8.64e15)` moved the clock past the last valid Date (year 275760), and from then
 * on every request that writes a time (a create, an update) threw a RangeError out of `dispatch`
 * instead of answering. The clock now stops before the year 10000, where timestamps stop being
 * `YYYY-MM-DDTHH:MM:SSZ`; the refused step leaves the clock where it was.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator, Fc3TestkitError } from '../../mocks/index.ts';
import { minimalInput, post } from '../helpers/requests.ts';

const START = new Date('2026-12-02T00:00:00Z');
const END_MS = Date.UTC(10_000, 0, 1);

describe('hostile: a clock moved out of range', () => {
  it.each([
    ['past the last Date', 8.64e15],
    ['to the largest number', Number.MAX_VALUE],
    ['to the year 10000', END_MS - START.getTime()],
  ])('advanceClock %s is refused and the emulator still answers', async (_what, ms) => {
    const emulator = createEmulator({ clock: () => START });
    expect(() => emulator.advanceClock(ms)).toThrow(Fc3TestkitError);
    expect(() => emulator.advanceClock(ms)).toThrow(/past the year 9999/);
    expect(emulator.now()).toEqual(START);
    const created = await post(emulator, minimalInput({ functionName: 'after' }));
    expect(created.status).toBe(200);
    expect(created.json.createdTime).toBe('2026-12-02T00:00:00Z');
  });

  it('steps that add up past the year 9999 are refused too, and the last good one stays', async () => {
    const emulator = createEmulator({ clock: () => START });
    const lastMs = END_MS - 1000;
    emulator.advanceClock(lastMs - START.getTime());
    expect(() => emulator.advanceClock(1000)).toThrow(/past the year 9999/);
    expect(emulator.now().toISOString()).toBe('9999-12-31T23:59:59.000Z');
    const created = await post(emulator, minimalInput({ functionName: 'late' }));
    expect(created.status).toBe(200);
    expect(created.json.createdTime).toBe('9999-12-31T23:59:59Z');
  });
});
