/**
 * A fingerprint of a JSON value with {@link sameJson}'s equality: what a case keeps of a long
 * field of an earlier answer instead of the field, so that a later step can still tell whether it
 * came back the same (a hostile target answering three 8 MB strings made every multi-step case
 * hold each earlier answer whole until it ended).
 */
import { createHash } from 'node:crypto';
import { isJsonObject } from '../../mocks/core/json-object.ts';

/** Stands in the work list for an object's key, hashed like a string. */
class Key {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

function hashString(hash: ReturnType<typeof createHash>, tag: string, text: string): void {
  // Length-prefixed, and as UTF-16 code units: UTF-8 would turn a lone surrogate into U+FFFD.
  hash.update(`${tag}${text.length}:`);
  hash.update(text, 'utf16le');
}

/** Pushes an object's keys (sorted, those whose value is not `undefined`) and values, in reverse. */
function pushEntries(value: Record<string, unknown>, pending: unknown[]): number {
  const keys = Object.keys(value)
    .filter((key) => value[key] !== undefined)
    .sort();
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i] as string;
    pending.push(value[key], new Key(key));
  }
  return keys.length;
}

/**
 * SHA-256 of a canonical encoding of `value` (type tags, counts and lengths, keys sorted), walked
 * with a work list: any depth, without recursion. Two values with the same digest are
 * `sameJson` (collisions of SHA-256 aside), as is every pair of JSON values read from answers
 * (`NaN`, which never equals itself, is not one).
 *
 * @example
 * jsonDigest({ b: 1, a: [2] }) === jsonDigest({ a: [2], b: 1 }); // true
 * jsonDigest({ a: 1 }) === jsonDigest({ a: '1' }); // false
 */
export function jsonDigest(value: unknown): string {
  const hash = createHash('sha256');
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (item instanceof Key) hashString(hash, 'k', item.text);
    else if (typeof item === 'string') hashString(hash, 's', item);
    else if (Array.isArray(item)) {
      hash.update(`a${item.length};`);
      // sameJson compares an `undefined` item as null, as JSON.stringify writes it.
      for (let i = item.length - 1; i >= 0; i--) pending.push(item[i] ?? null);
    } else if (isJsonObject(item)) hash.update(`o${pushEntries(item, pending)};`);
    // String(-0) is "0", as -0 === 0; typeof tells null, numbers, booleans and undefined apart.
    else hash.update(`${item === null ? 'null' : typeof item}:${String(item)};`);
  }
  return hash.digest('base64');
}
