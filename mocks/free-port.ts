/**
 * A free TCP port, found by binding port 0 and releasing it. Racy by nature: until a child binds
 * it, anything else on the machine may take the port, so its callers retry (startPrism) or let
 * their own programs bind port 0 instead.
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
