/**
 * Live memory for tests that bound what a structure holds: the heap plus ArrayBuffer memory
 * (Buffers live outside the heap) after full collections, compared before and after dropping it.
 */
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * Collects until the figure settles (within 256 KiB), letting the event loop turn in between so
 * freed buffers are released too. One collection right after ~100 answers of 600 KB became
 * garbage left tens of MB counted at random (12 to 45 MB between runs of the same build).
 *
 * @example
 * const before = await liveBytes(); let report = build(); const held = (await liveBytes()) - before;
 */
export async function liveBytes(): Promise<number> {
  let last = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 10; round++) {
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    const now = heapUsed + arrayBuffers;
    if (Math.abs(last - now) < 256 * 1024) return now;
    last = now;
  }
  return last;
}

/**
 * How much live memory `drop` frees: what the structure it lets go of was holding.
 *
 * @example
 * const held = await freedBy(() => { report = undefined; });
 */
export async function freedBy(drop: () => void): Promise<number> {
  const before = await liveBytes();
  drop();
  return before - (await liveBytes());
}
