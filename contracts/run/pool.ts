/**
 * A small promise pool: runs tasks with bounded concurrency, keeping result order.
 */

/** Options of {@link runPool}. */
export interface PoolOptions<T, R> {
  items: readonly T[];
  concurrency: number;
  task: (item: T, index: number) => Promise<R>;
}

/**
 * Runs `task` over `items`, at most `concurrency` at a time; results keep the input order.
 *
 * @example
 * const squares = await runPool({ items: [1, 2, 3], concurrency: 2, task: async (n) => n * n });
 */
export async function runPool<T, R>(options: PoolOptions<T, R>): Promise<R[]> {
  const results: R[] = new Array(options.items.length);
  let next = 0;
  const worker = async () => {
    while (next < options.items.length) {
      const index = next++;
      results[index] = await options.task(options.items[index] as T, index);
    }
  };
  const width = Math.max(1, Math.min(options.concurrency, options.items.length));
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}
