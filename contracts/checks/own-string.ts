/**
 * Strings a report keeps of an answer, with storage of their own. In V8 a slice of a long string
 * points into it: `body.slice(0, 200)` of an 8 MB answer kept the 8 MB alive for as long as the
 * report (five 20 MB bodies: 75 MB held by five 200-character slices).
 */

/**
 * `text` copied into a string of its own (JSON.parse makes a fresh one); short strings, which V8
 * always copies, as they are.
 *
 * @example
 * const kept = ownString(body.slice(0, 200)); // the body can be collected
 */
export function ownString(text: string): string {
  return text.length <= 12 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/**
 * The first `keep` characters of `text` (a string of its own) and a note of how many more there
 * were; `total` is the whole text's length when `text` is only its start.
 *
 * @example
 * cutText('x'.repeat(100), 10); // 'xxxxxxxxxx… [90 more characters left out]'
 */
export function cutText(text: string, keep: number, total = text.length): string {
  return `${ownString(text.slice(0, keep))}… [${total - keep} more characters left out]`;
}
