/**
 * What `startServer` and `startProxy` throw when they cannot listen: a message for code (no CLI
 * flag in it; the CLI prefixes its command), the system error as `cause` and its `code`
 * (`EADDRINUSE` for a port in use) to test for.
 */
import { Fc3TestkitError } from './core/errors.ts';

/** An {@link Fc3TestkitError} that also carries the system error's code. */
export type ListenError = Fc3TestkitError & { code?: string };

/**
 * Turns a listen failure into an {@link Fc3TestkitError} with the system error's code.
 *
 * @example
 * listenError(Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' }), 9000, '127.0.0.1').code; // 'EADDRINUSE'
 */
export function listenError(error: NodeJS.ErrnoException, port: number, host: string): ListenError {
  const reason =
    error.code === 'EADDRINUSE'
      ? `port ${port} on ${host} is already in use; choose another (0 picks a free one)`
      : `cannot listen on ${host}:${port}: ${error.message}`;
  return Object.assign(new Fc3TestkitError(reason, { cause: error }), { code: error.code });
}
