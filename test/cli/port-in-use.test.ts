/**
 * Every command that listens, on a port another process holds: the library's one line (which
 * names no flag) plus the flag that fixes it, `--port`, then the usual hint; exit 2, no
 * listening line.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../server/cli-process.ts';

describe('a command whose port is taken', () => {
  const holder = net.createServer();
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    port = (holder.address() as net.AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => holder.close(resolve)));

  it.each([
    ['serve', ['--log-level', 'silent']],
    ['prism', []],
    ['proxy', ['--upstream', 'http://127.0.0.1:9']],
    ['replay', ['/dev/null']],
  ])('%s names --port in its advice', async (command, args) => {
    const result = await runCli([command, ...args, '--port', String(port)]);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `fc3-testkit: ${command}: port ${port} on 127.0.0.1 is already in use; choose another with --port (0 picks a free one)\nRun 'fc3-testkit ${command} --help' for usage.\n`,
    });
  });
});
