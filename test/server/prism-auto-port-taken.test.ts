/**
 * startPrism with an automatic port when every port chosen for it is taken (freePort made to
 * choose a held port each time): it gives up after three tries with code EADDRINUSE and a cause,
 * as a given taken port does, and fc3-testkit prism adds the flag that avoids the race, --port.
 */
import { describe, expect, it, vi } from 'vitest';
import { Fc3TestkitError } from '../../mocks/core/errors.ts';
import { startPrism } from '../../mocks/prism.ts';
import { runMain } from '../helpers/main-in-process.ts';
import { holdPortForBlock } from './port-holder.ts';

const held = vi.hoisted(() => ({ port: 0, calls: 0 }));
vi.mock('../../mocks/free-port.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../mocks/free-port.ts')>();
  return {
    ...real,
    freePort: () => {
      held.calls += 1;
      return Promise.resolve(held.port);
    },
  };
});

describe('startPrism when each automatic port is taken', () => {
  holdPortForBlock(
    (_req, res) => res.end('not Prism'),
    (port) => {
      held.port = port;
    },
  );

  it('rejects after three tries with code EADDRINUSE and the last port as cause', async () => {
    held.calls = 0;
    const error = await startPrism({ verbosity: 'silent' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Fc3TestkitError);
    expect(error).toMatchObject({
      message:
        'each of 3 free ports was taken before Prism could bind it; choose one (a port no other process takes)',
      code: 'EADDRINUSE',
      cause: {
        code: 'EADDRINUSE',
        message: `listen EADDRINUSE: address already in use 127.0.0.1:${held.port}`,
      },
    });
    expect(held.calls).toBe(3);
  });

  it('fc3-testkit prism --port 0: the same line, naming --port, exit 2', async () => {
    expect(await runMain(['prism', '--port', '0'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'fc3-testkit: prism: each of 3 free ports was taken before Prism could bind it; choose one with --port (a port no other process takes)\n' +
        "Run 'fc3-testkit prism --help' for usage.\n",
    });
  });
});
