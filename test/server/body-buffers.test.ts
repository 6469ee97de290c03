/** The large-body building blocks (ADR 028): owned body blocks and the bounded slots. */
import { describe, expect, it } from 'vitest';
import { bodyBlocks, joinBlocks } from '../../mocks/server/body-blocks.ts';
import { bodySlots } from '../../mocks/server/body-slots.ts';

const pattern = (n: number, seed: number): Uint8Array =>
  Uint8Array.from({ length: n }, (_, i) => (i * seed) & 255);

describe('bodyBlocks', () => {
  it('with a declared length: one exactly full block, handed on without a copy', () => {
    const blocks = bodyBlocks(10);
    blocks.append(pattern(4, 3));
    blocks.append(pattern(6, 5));
    const collected = blocks.collected();
    expect(collected.blocks).toHaveLength(1);
    const joined = joinBlocks(collected);
    expect(joined.buffer).toBe(collected.blocks[0]);
    expect([...joined]).toEqual([...pattern(4, 3), ...pattern(6, 5)]);
  });

  it('without one: blocks that double, chunks split across them, joined in order', () => {
    const chunks = [pattern(5 * 1024 * 1024, 7), pattern(6 * 1024 * 1024, 11), pattern(3, 13)];
    const blocks = bodyBlocks(undefined);
    for (const chunk of chunks) blocks.append(chunk);
    const collected = blocks.collected();
    const MIB = 1024 * 1024;
    expect(collected.blocks.map((block) => block.byteLength)).toEqual([MIB, MIB, 2 * MIB, 4 * MIB, 8 * MIB]);
    expect(collected.byteLength).toBe(11 * 1024 * 1024 + 3);
    expect(Buffer.from(joinBlocks(collected)).equals(Buffer.concat(chunks))).toBe(true);
  });
});

describe('bodySlots', () => {
  it('admits up to its size, then first come first served as slots are left', () => {
    const slots = bodySlots(2);
    const admitted: string[] = [];
    const leave = ['a', 'b', 'c', 'd'].map((name) => slots.enter(() => admitted.push(name)));
    expect(admitted).toEqual(['a', 'b']);
    expect({ held: slots.held, waiting: slots.waiting }).toEqual({ held: 2, waiting: 2 });
    leave[1]?.();
    leave[1]?.(); // twice: no effect
    expect(admitted).toEqual(['a', 'b', 'c']);
    leave[3]?.(); // leaves the queue before it was admitted
    leave[0]?.();
    leave[2]?.();
    expect(admitted).toEqual(['a', 'b', 'c']);
    expect({ held: slots.held, waiting: slots.waiting }).toEqual({ held: 0, waiting: 0 });
  });
});
