/**
 * Text from a peer (a header, an answer body) made safe to print: the characters that would let it
 * repaint a terminal, break a log line or reorder what a reader sees are shown as `\uXXXX`.
 */

// C0 controls, DEL, C1, the line and paragraph separators and the bidi overrides.
// biome-ignore lint/suspicious/noControlCharactersInRegex: escaping them is the point.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// The same but tab and line feed, for multi-line text such as a report's failure block.
// biome-ignore lint/suspicious/noControlCharactersInRegex: escaping them is the point.
const UNSAFE_IN_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * One character as a `\uXXXX` escape.
 *
 * @example
 * escapedChar('"'); // '\\u0022'
 */
export const escapedChar = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Whether lines (tab and line feed) stay as they are. */
export interface UnsafeTextOptions {
  keepLines?: boolean;
}

/**
 * The text with every unsafe character as `\uXXXX`; idempotent.
 *
 * @example
 * escapeUnsafe('a\u001b[2Jb'); // 'a\\u001b[2Jb'
 * escapeUnsafe('a\nb', { keepLines: true }); // 'a\nb'
 */
export function escapeUnsafe(text: string, options: UnsafeTextOptions = {}): string {
  return text.replace(options.keepLines ? UNSAFE_IN_LINES : UNSAFE, escapedChar);
}

/**
 * Whether {@link escapeUnsafe} would change the text.
 *
 * @example
 * hasUnsafe('a\rb', { keepLines: true }); // true
 */
export function hasUnsafe(text: string, options: UnsafeTextOptions = {}): boolean {
  return text.search(options.keepLines ? UNSAFE_IN_LINES : UNSAFE) >= 0;
}
