/**
 * What a failure keeps of the values it quotes: at most 32 levels and a budget of ~8 K characters,
 * notes standing for the rest, so a hostile answer of megabyte strings or million-item arrays
 * cannot make a report hold megabytes per failure (reference: ADR 048).
 */
import { describe, expect, it } from 'vitest';
import { failure, quoted } from '../../contracts/checks/check.ts';
import { liveBytes } from '../helpers/live-bytes.ts';

const MB = 'x'.repeat(1 << 20);

describe('quoted values and failures stay small', () => {
  it.each([
    ['a 1 MB string', MB, /… \[10\d{5} more characters left out\]"$/],
    ['a million-item array', Array(1_000_000).fill(7), /"\[99\d{4} more items left out\]"\]$/],
    [
      'an object of 100,000 keys',
      Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i])),
      /"…":"\[9\d{4} more keys left out\]"\}$/,
    ],
    [
      'strings in an array',
      [MB, MB, MB],
      /"x+… \[10\d{5} more characters left out\]","\[2 more items left out\]"\]$/,
    ],
  ])('%s: quoted in under 9 KB, with a note', (_name, value, note) => {
    const text = quoted(value);
    expect(text.length).toBeLessThan(9 * 1024);
    expect(text).toMatch(note);
    const kept = failure('answer', {
      message: `got ${text}`,
      received: value,
      documented: value,
      reference: 'D.2',
    });
    expect(JSON.stringify(kept).length).toBeLessThan(3 * 9 * 1024);
  });

  it('leaves small values as they are (the same object)', () => {
    const value = { functionName: 'f', tags: [{ Key: 'a', Value: 'b' }] };
    expect(
      failure('answer', { message: 'm', received: value, documented: 1, reference: 'D.2' }).received,
    ).toBe(value);
    expect(quoted(value)).toBe(JSON.stringify(value));
  });

  it('keeps its own copy of a cut string: not a slice that holds the whole string alive', async () => {
    const before = await liveBytes();
    // Twenty distinct 4 MB strings, as JSON.parse makes them from twenty answers.
    const kept = Array.from({ length: 20 }, (_, i) => {
      const text = JSON.parse(JSON.stringify(`${i}${'x'.repeat(4 << 20)}`)) as string;
      return failure('answer', { message: 'm', received: text, documented: 1, reference: 'D.2' });
    });
    const held = (await liveBytes()) - before;
    expect(kept).toHaveLength(20);
    // Slices of V8 strings point into them: the twenty strings would stay, 80 MB and more.
    expect(held).toBeLessThan(20 << 20);
  });

  it('keeps its own copy of a short slice of a huge body, as checks quote body.slice(0, 200)', async () => {
    const before = await liveBytes();
    const kept = Array.from({ length: 20 }, (_, i) => {
      const body = JSON.parse(JSON.stringify(`${i}${'x'.repeat(4 << 20)}`)) as string;
      return failure('contentType', {
        message: 'm',
        received: body.slice(0, 200),
        documented: 1,
        reference: 'D.1',
      });
    });
    const held = (await liveBytes()) - before;
    expect(kept[0]?.received).toBe(`0${'x'.repeat(199)}`);
    expect(held).toBeLessThan(20 << 20);
  });

  it('cuts a huge key like a value, and puts its note under a key the object does not have', () => {
    expect(quoted({ [`k${'x'.repeat(1 << 20)}`]: 1 }).length).toBeLessThan(9 * 1024);
    const wide = Object.fromEntries([['…', 'mine'], ...Array.from({ length: 5000 }, (_, i) => [`k${i}`, i])]);
    const clipped = failure('answer', {
      message: 'm',
      received: wide,
      documented: 1,
      reference: 'D.2',
    }).received;
    expect(clipped).toMatchObject({ '…': 'mine', '……': expect.stringMatching(/more keys left out\]$/) });
  });

  it('cuts a message that carries a long text as it is', () => {
    const kept = failure('answer', { message: `got ${MB}`, received: 1, documented: 2, reference: 'D.2' });
    expect(kept.message.length).toBeLessThan(5 * 1024);
    expect(kept.message).toMatch(/more characters left out\]$/);
  });
});
