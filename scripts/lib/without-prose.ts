/**
 * The spec without its prose: every `description` and `summary` text of the OpenAPI document
 * (operations, parameters, schemas, responses, example entries) removed, data kept exactly
 * (example values, defaults, enums, `x-fc-*` extensions). `npm run gen` writes
 * generated/spec-document.ts and compiles the validator from this form: nothing at run time reads
 * the prose, and a browser bundle then carries about half the bytes.
 */

/** Keys whose values are data, copied as they are. */
const DATA_KEYS = new Set(['example', 'value', 'default', 'enum', 'const']);
const PROSE_KEYS = new Set(['description', 'summary']);

/**
 * A copy of an OpenAPI value without prose.
 *
 * @example
 * withoutProse({ type: 'string', description: 'a name' }); // { type: 'string' }
 */
export function withoutProse(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutProse);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (PROSE_KEYS.has(key) && typeof child === 'string') continue;
    out[key] = DATA_KEYS.has(key) || key.startsWith('x-fc-') ? child : withoutProse(child);
  }
  return out;
}
