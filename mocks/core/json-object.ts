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
