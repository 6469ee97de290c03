/**
 * The named children of a function (its triggers, lifecycle I.4, and its aliases, I.3): plain
 * lists in ascending name order, replaced with the function's record and never mutated, so a
 * lookup is a binary search and a list page a slice from a prefix and a token.
 */

/** How a child's name is read (`triggerName`, `aliasName`). */
export type NameOf<T> = (item: T) => string;

/**
 * The index of a name in a sorted list, or where it would go: a negative result `-(i + 1)` means
 * "absent, insert at i".
 *
 * @example
 * nameIndex([{ n: 'a' }, { n: 'c' }], 'b', (x) => x.n); // -2
 */
export function nameIndex<T>(items: readonly T[], name: string, nameOf: NameOf<T>): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const at = nameOf(items[mid] as T);
    if (at === name) return mid;
    if (at < name) low = mid + 1;
    else high = mid;
  }
  return -(low + 1);
}

/**
 * A copy of the sorted list with `item` inserted, or put in place of the one of the same name.
 *
 * @example
 * withNamed([], trigger, (t) => t.triggerName).length; // 1
 */
export function withNamed<T>(items: readonly T[], item: T, nameOf: NameOf<T>): T[] {
  const index = nameIndex(items, nameOf(item), nameOf);
  const copy = [...items];
  if (index >= 0) copy[index] = item;
  else copy.splice(-index - 1, 0, item);
  return copy;
}

/**
 * A copy of the sorted list without the item of this name (the same list when absent).
 *
 * @example
 * withoutNamed([trigger], trigger.triggerName, (t) => t.triggerName).length; // 0
 */
export function withoutNamed<T>(items: readonly T[], name: string, nameOf: NameOf<T>): readonly T[] {
  const index = nameIndex(items, name, nameOf);
  return index < 0 ? items : items.filter((_, i) => i !== index);
}

/** Where a page starts and how long it is. */
export interface PageWindow {
  prefix: string;
  /** The name to start at ('' = the beginning), from a continuation token. */
  startAt: string;
  limit: number;
}

/**
 * One page of a sorted list: the items from `startAt` whose names start with `prefix`, at most
 * `limit`, and the name the next page starts at.
 *
 * @example
 * namedPage(triggers, (t) => t.triggerName, { prefix: '', startAt: '', limit: 10 }).next; // undefined
 */
export function namedPage<T>(
  items: readonly T[],
  nameOf: NameOf<T>,
  window: PageWindow,
): { items: T[]; next: string | undefined } {
  const { prefix, startAt, limit } = window;
  // biome-ignore lint/complexity/useMathMinMax: strings, compared as strings
  const from = startAt < prefix ? prefix : startAt;
  const index = nameIndex(items, from, nameOf);
  const page: T[] = [];
  for (let i = index >= 0 ? index : -index - 1; i < items.length; i++) {
    const name = nameOf(items[i] as T);
    if (!name.startsWith(prefix)) break;
    if (page.length === limit) return { items: page, next: name };
    page.push(items[i] as T);
  }
  return { items: page, next: undefined };
}
