import { describe, expect, it } from 'vitest';
import { createTextLog } from '../../mocks/core/text-log.ts';

describe('text log', () => {
  it('stores the parts of a string one after the other and reads strings back across chunks', () => {
    // Chunks of 64 bytes, each reserved 3 bytes per UTF-16 unit of a string: several chunks.
    const log = createTextLog(64);
    for (let i = 0; i < 10; i++) log.push(`{"i":${i}}`, '\n', 'é€😀'.repeat(i % 2));
    expect(log.length).toBe(10);
    expect(log.get(0)).toBe('{"i":0}\n');
    expect(log.get(3)).toBe('{"i":3}\né€😀');
    expect(log.get(9)).toBe('{"i":9}\né€😀');
    expect(log.bytes).toBe(5 * 8 + 5 * (8 + 9));
  });

  it('drops whole chunks, the oldest first, and keeps at least `count` strings', () => {
    // 8-byte strings, each reserving 24 bytes: chunks of 40 hold 0–2, 3–5, 6–8 and 9.
    const log = createTextLog(40);
    for (let i = 0; i < 10; i++) log.push(`string-${i}`);
    log.trim({ count: 3, bytes: 1000 });
    // Dropping the chunk of 6–8 would leave 1 string.
    expect(log.length).toBe(4);
    expect([0, 1, 2, 3].map((i) => log.get(i))).toEqual(['string-6', 'string-7', 'string-8', 'string-9']);
    expect(log.bytes).toBe(4 * 8);
  });

  it('drops chunks past the byte bound down to the newest chunk, which it keeps', () => {
    const log = createTextLog(40);
    for (let i = 0; i < 10; i++) log.push(`string-${i}`);
    log.trim({ count: 1000, bytes: 20 });
    expect(log.length).toBe(1);
    expect(log.get(0)).toBe('string-9');
    log.trim({ count: 0, bytes: 0 });
    expect(log.length).toBe(1);
  });

  it('reuses a dropped chunk without its old strings showing through', () => {
    // Chunks of 40: the 10-character strings fill one two at a time, the 8-character ones three.
    const log = createTextLog(40);
    for (let i = 0; i < 4; i++) log.push(`old-${i}-xxxx`);
    log.trim({ count: 2, bytes: 1000 });
    for (let i = 0; i < 4; i++) log.push(`new-${i}-yy`);
    log.trim({ count: 4, bytes: 1000 });
    expect(Array.from({ length: log.length }, (_, i) => log.get(i))).toEqual([
      'new-0-yy',
      'new-1-yy',
      'new-2-yy',
      'new-3-yy',
    ]);
  });
});
