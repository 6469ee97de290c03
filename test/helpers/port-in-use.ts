/**
 * Holds a loopback port while a server is started on it, and checks what the start rejects with:
 * the library's message (no CLI flag), `code: 'EADDRINUSE'` and the system error as `cause`.
 */
import net from 'node:net';
import { expect } from 'vitest';
import { Fc3TestkitError } from '../../mocks/core/errors.ts';

/**
 * Calls `start` with a port another server holds and expects the port-in-use refusal.
 *
 * @example
 * await expectPortInUse((port) => startServer({ port, log: 'silent' }));
 */
export async function expectPortInUse(start: (port: number) => Promise<unknown>): Promise<void> {
  const holder = net.createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  const { port } = holder.address() as net.AddressInfo;
  try {
    const error = await start(port).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Fc3TestkitError);
    expect(error).toMatchObject({
      message: `port ${port} on 127.0.0.1 is already in use; choose another (0 picks a free one)`,
      code: 'EADDRINUSE',
      cause: { code: 'EADDRINUSE' },
    });
  } finally {
    await new Promise((resolve) => holder.close(resolve));
  }
}
