/**
 * startPrism and a port that is taken. Prism binds the port it is given; when the port was chosen
 * for it (freePort: bind 0, release) another process may take it before Prism binds it. Both
 * cases are made here with a port held by a real HTTP server that answers every request, the
 * worst taker: the readiness probe must not mistake it for Prism; and with a port held by a
 * server that answers that probe as Prism does (another Prism), which only a look at the port
 * before Prism starts can tell apart.
 */
import { describe, expect, it, vi } from 'vitest';
import { startPrism } from '../../mocks/prism.ts';
import { expectPortInUse } from '../helpers/port-in-use.ts';
import { runCli, send, validInput } from './cli-process.ts';
import { holdPortForBlock, PRISM_PREFLIGHT } from './port-holder.ts';

// The first automatic choice is the held port; later choices are the real ones.
const choices = vi.hoisted(() => ({ first: 0, calls: 0 }));
vi.mock('../../mocks/free-port.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../mocks/free-port.ts')>();
  return {
    ...real,
    freePort: (host: string) => {
      choices.calls += 1;
      return choices.calls === 1 ? Promise.resolve(choices.first) : real.freePort(host);
    },
  };
});

describe('startPrism on a port that is taken', () => {
  const taker = holdPortForBlock(
    (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('not Prism'),
    (port) => {
      choices.first = port;
    },
  );

  it('a given port: rejects with a message naming the port, and does not try another', async () => {
    const started = startPrism({ port: taker.port, verbosity: 'silent' });
    await expect(started).rejects.toThrow(
      `port ${taker.port} on 127.0.0.1 is already in use; choose another (0 picks a free one)`,
    );
    expect(choices.calls).toBe(0);
  });

  // Prism's output while it starts is held back; written is what reached our stderr.
  async function startWritten(options: Parameters<typeof startPrism>[0]) {
    const written: string[] = [];
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const started = await startPrism(options).catch((error: Error) => error);
    write.mockRestore();
    return { started, written: written.join('') };
  }

  it('a given port: rejects as startServer does, with code EADDRINUSE and a cause', async () => {
    await expectPortInUse((port) => startPrism({ port, verbosity: 'silent' }));
    expect(choices.calls).toBe(0);
  });

  it("a given port, Prism's output on: none of Prism's usage text or fatal lines reaches stderr", async () => {
    const { started, written } = await startWritten({ port: taker.port, output: 'stderr' });
    expect(String(started)).toContain('already in use');
    expect(choices.calls).toBe(0);
    expect(written).not.toMatch(/Positionals|EADDRINUSE|fatal/);
  });

  it('an automatic port: Prism is started again on a fresh one and answers there', async () => {
    const prism = await startPrism({ verbosity: 'silent' });
    try {
      expect(choices.calls).toBe(2);
      expect(prism.port).not.toBe(taker.port);
      const headers = { 'content-type': 'application/json', prefer: 'code=409' };
      const answer = await send(prism.url, { headers, body: JSON.stringify(validInput('p')) });
      expect([answer.status, answer.json.Code]).toEqual([409, 'FunctionAlreadyExists']);
    } finally {
      await prism.stop();
    }
  });

  // After the automatic-port case, which expects the held port as the first choice.
  it("a start that succeeds, Prism's output on: what Prism printed while starting is passed on", async () => {
    const { started, written } = await startWritten({ port: 0, output: 'stderr', verbosity: 'info' });
    if (started instanceof Error) throw started;
    await started.stop();
    expect(written).toContain('Prism is listening on');
  });
});

describe('startPrism and fc3-testkit prism on a port another Prism holds', () => {
  const holder = holdPortForBlock((_req, res) => res.writeHead(204, PRISM_PREFLIGHT).end());

  it('a given port: rejects with the one-line message, not a Prism that is not ours', async () => {
    const started = startPrism({ port: holder.port, verbosity: 'silent' });
    await expect(started).rejects.toThrow(
      `port ${holder.port} on 127.0.0.1 is already in use; choose another (0 picks a free one)`,
    );
  });

  it('the command: exits 2 with that line (and the usual --help hint), no listening line', async () => {
    const result = await runCli(['prism', '--port', String(holder.port)]);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `fc3-testkit: prism: port ${holder.port} on 127.0.0.1 is already in use; choose another with --port (0 picks a free one)\nRun 'fc3-testkit prism --help' for usage.\n`,
    });
  });
});
