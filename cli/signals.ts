/**
 * Stop signals for long-running subcommands (`serve`, `prism`, `replay`, `proxy`).
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

/**
 * Calls `handler` on every SIGINT or SIGTERM until the returned function is called: while a
 * subcommand finishes its stop, later signals are its to handle (the proxy cuts its stop short,
 * and still writes its report whole).
 *
 * @example
 * const stopListening = onStopSignals((signal) => controller.abort(`a second ${signal}`));
 */
export function onStopSignals(handler: (signal: StopSignal) => void): () => void {
  const handlers = STOP_SIGNALS.map((signal) => [signal, () => handler(signal)] as const);
  for (const [name, fn] of handlers) process.on(name, fn);
  return () => {
    for (const [name, fn] of handlers) process.removeListener(name, fn);
  };
}
