/**
 * How long a stopping proxy keeps checking: until everything is checked, until the drain limit
 * passes, or until the stop is cut short (a second SIGINT/SIGTERM), whichever comes first
 * (ADR 046). The limit counts from the stop, so forwarding the open exchanges spends it too.
 */

/** When the checks of a stopping session must end. */
export interface DrainLimit {
  /** Resolves with why checking ended early: the drain limit passed, or the stop was cut short. */
  reached: Promise<string>;
  /** Resolves once the stop is cut short: then nothing more is waited for, not even the cassette. */
  cut: Promise<void>;
  /** Milliseconds left until the drain limit (0 once passed); undefined without a limit. */
  remainingMs(): number | undefined;
  /** Clears the timer once the session finished. */
  cancel(): void;
}

/** What {@link drainLimit} takes. */
export interface DrainOptions {
  /** Checking goes on this long at most (default: until everything is checked). */
  drainMs?: number | undefined;
  /** Aborting it cuts the stop short; its reason (a string) is quoted in the summary. */
  signal?: AbortSignal | undefined;
}

/**
 * Starts the clock of a stop.
 *
 * @example
 * const result = await session.finish(context, drainLimit({ drainMs: 5000, signal }));
 */
export function drainLimit(options: DrainOptions): DrainLimit {
  const { drainMs, signal } = options;
  let timer: NodeJS.Timeout | undefined;
  const started = performance.now();
  let onAbort = (): void => undefined;
  const cut = new Promise<void>((resolve) => {
    onAbort = resolve;
    if (signal?.aborted) resolve();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
  const reached = new Promise<string>((resolve) => {
    void cut.then(() => resolve(`the stop was cut short (${String(signal?.reason)})`));
    if (drainMs === undefined) return;
    const passed = `the drain limit (${drainMs} ms from the stop) passed before their checks ran`;
    timer = setTimeout(() => resolve(passed), drainMs);
  });
  return {
    reached,
    cut,
    remainingMs: () =>
      drainMs === undefined ? undefined : Math.max(0, drainMs - (performance.now() - started)),
    cancel() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}

/**
 * Waits until `idle` resolves or `limit` is reached: `undefined` when everything was checked,
 * else why checking ended early.
 *
 * @example
 * const early = await drained(checker.flush(), limit);
 */
export function drained(idle: Promise<void>, limit: DrainLimit | undefined): Promise<string | undefined> {
  const done = idle.then(() => undefined);
  return limit ? Promise.race([done, limit.reached]) : done;
}
