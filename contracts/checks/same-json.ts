/**
 * Whether two JSON values are equal, object key order aside, walked with a work list instead of
 * recursion: an answer may carry a field nested 100,000 deep (an unknown field a client ignores),
 * and the JSON.stringify this replaced overflowed the stack on it, so `compare` threw on an honest
 * answer.
 */
import { isJsonObject } from '../../mocks/core/json-object.ts';

/** Own keys whose value is not `undefined` (JSON.stringify leaves those out too). */
function definedKeys(value: Record<string, unknown>): string[] {
  return Object.keys(value).filter((key) => value[key] !== undefined);
}

/**
 * Pushes the children of `a` and `b` to compare on `pending`; false when their shapes differ
 * (an array and an object, lengths, key sets) or when they are unequal primitives.
 */
function expand(a: unknown, b: unknown, pending: [unknown, unknown][]): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    // JSON.stringify writes an `undefined` item as null.
    for (let i = 0; i < a.length; i++) pending.push([a[i] ?? null, b[i] ?? null]);
    return true;
  }
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = definedKeys(a);
    if (keys.length !== definedKeys(b).length) return false;
    for (const key of keys) {
      // Own keys only: b['__proto__'] of an object without that key is Object.prototype.
      if (!Object.hasOwn(b, key) || b[key] === undefined) return false;
      pending.push([a[key], b[key]]);
    }
    return true;
  }
  return a === b;
}

/**
 * Whether `a` and `b` are the same JSON value: equal primitives, arrays equal item by item,
 * objects with the same keys and equal values in any order. Any depth, without recursion.
 *
 * @example
 * sameJson({ b: 1, a: [2] }, { a: [2], b: 1 }); // true
 * sameJson({ a: 1 }, { a: '1' }); // false
 */
export function sameJson(a: unknown, b: unknown): boolean {
  const pending: [unknown, unknown][] = [[a, b]];
  while (pending.length > 0) {
    const [left, right] = pending.pop() as [unknown, unknown];
    if (left !== right && !expand(left, right, pending)) return false;
  }
  return true;
}
