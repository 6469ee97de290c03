/**
 * Interning of {@link FunctionShape}s: functions created or updated from equal requests share one
 * immutable shape object. Without it every record held its own copy of the configuration and the
 * checksum text, and `serve` missed its memory target (RSS after 100,000 creates; ADR 013). The
 * table is bounded by the characters of its keys (not by count), and keeps no shape whose key is
 * large (ADR 029): a kept shape outlives the records that used it, so a large value replaced or
 * deleted in a loop would otherwise stay in memory twice (shape and key) until the heap ran out.
 * Shapes past a bound are used unshared, costing no more than plain records would.
 */
import type { FunctionShape } from './function-record.ts';

/** A shape whose key is longer than this is never kept (ordinary functions' keys are ~300). */
export const MAX_KEY_CHARS = 4096;
/** The characters of all kept keys together (about 4 MiB: ~14,000 ordinary shapes). */
export const MAX_TABLE_CHARS = 4 * 1024 * 1024;

/** The shapes of one emulator. */
export interface Shapes {
  /** The shared shape equal to `shape` (JSON-equal), or `shape` itself, frozen. */
  intern(shape: FunctionShape): FunctionShape;
  /** Whether the table keeps this shape (so that it lives, and is shared, as long as the emulator). */
  isKept(shape: FunctionShape): boolean;
}

/**
 * Creates an empty table; tests pass small bounds.
 *
 * @example
 * const shapes = createShapes();
 * shapes.intern(a) === shapes.intern({ ...a }); // true
 */
export function createShapes(maxTableChars = MAX_TABLE_CHARS): Shapes {
  const byKey = new Map<string, FunctionShape>();
  const kept = new WeakSet<FunctionShape>();
  let tableChars = 0;
  return {
    isKept: (shape) => kept.has(shape),
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
      if (key.length <= MAX_KEY_CHARS && tableChars + key.length <= maxTableChars) {
        byKey.set(key, frozen);
        kept.add(frozen);
        tableChars += key.length;
      }
      return frozen;
    },
  };
}
