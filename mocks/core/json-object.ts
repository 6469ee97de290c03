/**
 * The one test for "a JSON object" in parsed input: an object that is neither null nor an array.
 */

/**
 * Whether a parsed JSON value is an object (not null, not an array).
 *
 * @example
 * isJsonObject(JSON.parse('{"a":1}')); // true
 * isJsonObject(JSON.parse('[1]')); // false
 */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether `value` is a plain object (an object literal's kind, or without a prototype): what deep
 * merges and walks of user or parsed data descend into, unlike class instances such as `Date`.
 *
 * @example
 * isPlainObject({ a: 1 }); // true
 * isPlainObject(new Date()); // false
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isJsonObject(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
