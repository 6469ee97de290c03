/**
 * Edits between two short strings, for the "did you mean" hints of the router (a slipped path
 * segment) and of the CLI (a mistyped flag).
 */

/**
 * The number of single-character inserts, deletes and replacements that turn `a` into `b`.
 *
 * @example
 * editDistance('trigers', 'triggers'); // 1
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const replace = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(replace, (previous[j] as number) + 1, (current[j - 1] as number) + 1));
    }
    previous = current;
  }
  return previous[b.length] as number;
}
