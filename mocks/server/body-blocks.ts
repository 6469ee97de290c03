/**
 * A large body joined in the digest worker (ADR 028) as its chunks arrive: into one buffer of
 * the declared length, or into growing blocks when none was declared, so that no single copy of
 * the whole body happens at the end, and the result can be moved (not copied) back to the main
 * thread.
 */

/** Without a declared length (chunked transfer) blocks grow with the body: 1 MiB, then its size so far, at most 64 MiB. */
const FIRST_BLOCK = 1024 * 1024;
const LARGEST_BLOCK = 64 * 1024 * 1024;

/** The collected bytes: whole blocks, the last one filled up to `byteLength` in total. */
export interface CollectedBody {
  blocks: ArrayBuffer[];
  byteLength: number;
}

/** Appends chunks; {@link BodyBlocks.collected} hands the blocks over. */
export interface BodyBlocks {
  append(chunk: Uint8Array): void;
  readonly byteLength: number;
  collected(): CollectedBody;
}

/**
 * Starts collecting a body of `declared` bytes (one block of exactly that size) or of unknown
 * length (growing blocks: about as many bytes are allocated as were received, at most twice).
 *
 * @example
 * const blocks = bodyBlocks(1024);
 * blocks.append(chunk);
 * const { blocks: buffers, byteLength } = blocks.collected();
 */
export function bodyBlocks(declared: number | undefined): BodyBlocks {
  const blocks: ArrayBuffer[] = [];
  let current = new Uint8Array(0);
  let offset = 0;
  let total = 0;
  let allocated = 0;
  const next = (): void => {
    const buffer = new ArrayBuffer(declared ?? Math.min(LARGEST_BLOCK, Math.max(FIRST_BLOCK, allocated)));
    allocated += buffer.byteLength;
    blocks.push(buffer);
    current = new Uint8Array(buffer);
    offset = 0;
  };
  return {
    append(chunk) {
      let from = 0;
      while (from < chunk.byteLength) {
        if (offset === current.byteLength) next();
        const take = Math.min(chunk.byteLength - from, current.byteLength - offset);
        current.set(chunk.subarray(from, from + take), offset);
        offset += take;
        from += take;
      }
      total += chunk.byteLength;
    },
    get byteLength() {
      return total;
    },
    collected: () => ({ blocks, byteLength: total }),
  };
}

/**
 * The collected body as one `Uint8Array`: the single block itself when it is exactly full,
 * otherwise a joined copy (done in the worker, off the main thread).
 *
 * @example
 * const bytes = joinBlocks({ blocks: [buffer], byteLength: buffer.byteLength }); // no copy
 */
export function joinBlocks(body: CollectedBody): Uint8Array {
  const { blocks, byteLength } = body;
  const first = blocks[0];
  if (blocks.length === 1 && first && first.byteLength === byteLength) return new Uint8Array(first);
  const joined = new Uint8Array(byteLength);
  let offset = 0;
  for (const block of blocks) {
    const take = Math.min(block.byteLength, byteLength - offset);
    joined.set(new Uint8Array(block, 0, take), offset);
    offset += take;
  }
  return joined;
}
