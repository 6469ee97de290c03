/**
 * A free TCP port, found by binding port 0 and releasing it, and whether a given port is taken.
 * Racy by nature: until a child binds it, anything else on the machine may take the port, so its
 * callers retry (startPrism) or let their own programs bind port 0 instead.
 */
import { createServer } from 'node:net';

/**
 * Finds a free TCP port on `host` by binding port 0 and releasing it.
 *
 * @example
 * const port = await freePort('127.0.0.1');
 */
export function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen({ port: 0, host }, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Whether another socket listens on `port` of `host`: binding it fails with `EADDRINUSE`. Any
 * other failure (a host not on this machine, a port below 1024) is left to the program that
 * binds the port next, which reports it in its own words. As racy as {@link freePort}: the port
 * may be taken right after this answers `false`.
 *
 * @example
 * if (await portInUse('127.0.0.1', 4010)) console.log('4010 is taken');
 */
export function portInUse(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'EADDRINUSE'));
    probe.listen({ port, host }, () => probe.close(() => resolve(false)));
  });
}
