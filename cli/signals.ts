/**
 * Stop signals for long-running subcommands (`serve`, `prism`).
 */

/** The signals that stop a long-running subcommand. */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** One of {@link STOP_SIGNALS}. */
export type StopSignal = (typeof STOP_SIGNALS)[number];

/**
 * Resolves with the first SIGINT or SIGTERM. The handlers are removed then, so a second signal
 * during a slow shutdown gets the default behaviour (terminate at once).
 *
 * @example
 * const signal = await waitForStopSignal();
 * await server.close();
 */
export function waitForStopSignal(): Promise<StopSignal> {
  return new Promise((resolve) => {
    const handlers = STOP_SIGNALS.map((signal) => {
      const handler = (): void => {
        for (const [name, fn] of handlers) process.removeListener(name, fn);
        resolve(signal);
      };
      process.on(signal, handler);
      return [signal, handler] as const;
    });
  });
}
