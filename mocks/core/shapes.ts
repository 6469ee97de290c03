/**
 * Interning of {@link FunctionShape}s: functions created or updated from equal requests share one
 * immutable shape object. Without it every record held its own copy of the configuration and the
 * checksum text, and `serve` missed its memory target (RSS after 100,000 creates; ADR 013). The
 * table is bounded: past {@link MAX_SHAPES} distinct shapes new ones are used unshared, so a
 * fuzzer creating millions of distinct functions costs no more than plain records would.
 */
import type { FunctionShape } from './function-record.ts';

/** Distinct shapes kept for sharing per emulator. */
export const MAX_SHAPES = 4096;

/** The shapes of one emulator. */
export interface Shapes {
  /** The shared shape equal to `shape` (JSON-equal), or `shape` itself, frozen. */
  intern(shape: FunctionShape): FunctionShape;
}

/**
 * Creates an empty table.
 *
 * @example
 * const shapes = createShapes();
 * shapes.intern(a) === shapes.intern({ ...a }); // true
 */
export function createShapes(max = MAX_SHAPES): Shapes {
  const byKey = new Map<string, FunctionShape>();
  return {
    intern(shape) {
      const key = JSON.stringify([
        shape.config,
        shape.code,
        shape.codeChecksum,
        shape.codeSize,
        shape.layers,
        shape.tags,
        shape.resourceGroupId,
      ]);
      const known = byKey.get(key);
      if (known) return known;
      const frozen = Object.freeze(shape);
      if (byKey.size < max) byKey.set(key, frozen);
      return frozen;
    },
  };
}
