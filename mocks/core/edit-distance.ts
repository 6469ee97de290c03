/**
 * Edits between two short strings, for the "did you mean" hints of the router (a slipped path
 * segment) and of the CLI (a mistyped flag).
 */

/**
 * The number of single-character inserts, deletes, replacements and swaps of two neighbours
 * that turn `a` into `b` (each edit once: the optimal string alignment distance).
 *
 * @example
 * editDistance('trigers', 'triggers'); // 1
 * editDistance('functoins', 'functions'); // 1
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const replace = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      let best = Math.min(replace, (previous[j] as number) + 1, (current[j - 1] as number) + 1);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (before[j - 2] as number) + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}
