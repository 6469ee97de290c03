/**
 * A real server process for the hostile tests: `node test/hostile/start-server.ts '<ServerOptions
 * JSON>' [throwing|throwing-limit]`. Prints `listening on URL` like `serve`, stops on SIGTERM.
 * With `throwing`, the emulator is a wrapper whose every method (and dispatch) throws a plain
 * TypeError, the way a bug would; with `throwing-limit`, reading its `maxBodyBytes` throws (before
 * any body is read). The server must answer 500 and keep serving.
 */
import { createEmulator } from '../../mocks/core/emulator.ts';
import type { Emulator } from '../../mocks/core/types.ts';
import { type ServerOptions, startServer } from '../../mocks/server.ts';

const options = JSON.parse(process.argv[2] ?? '{}') as ServerOptions;

function throwingEmulator(): Emulator {
  const inner = createEmulator({ seed: 1 });
  const boom = (what: string) => () => {
    throw new TypeError(`boom in ${what}`);
  };
  return {
    ...inner,
    dispatch: boom('dispatch'),
    reset: boom('reset'),
    failNext: boom('failNext'),
    setFaults: boom('setFaults'),
    setLatency: boom('setLatency'),
    calls: boom('calls'),
    functions: boom('functions'),
  };
}

function throwingLimit(): Emulator {
  const emulator = createEmulator({ seed: 1 });
  return Object.defineProperty({ ...emulator }, 'maxBodyBytes', {
    get: () => {
      throw new TypeError('boom in maxBodyBytes');
    },
  });
}

if (process.argv[3] === 'throwing') options.emulator = throwingEmulator();
if (process.argv[3] === 'throwing-limit') options.emulator = throwingLimit();
const server = await startServer(options);
process.stdout.write(`listening on ${server.url}\n`);
process.once('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
