/**
 * startPrism when the port is taken after its look at the port and before Prism binds it (the
 * look is mocked to see it free): Prism exits EADDRINUSE, which is reported as a taken port, and an
 * answer like Prism's that comes once our Prism has exited is not taken for it. The holder answers
 * the readiness probe as Prism does, but only after our child has exited.
 */
import type { ChildProcess } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { startPrism } from '../../mocks/prism.ts';
import { holdPortForBlock, PRISM_PREFLIGHT } from './port-holder.ts';

const spawned = vi.hoisted(() => ({ children: [] as ChildProcess[] }));
vi.mock('node:child_process', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:child_process')>();
  const spawn = (...args: Parameters<typeof real.spawn>) => {
    const child = real.spawn(...args);
    spawned.children.push(child);
    return child;
  };
  return { ...real, spawn };
});
vi.mock('../../mocks/free-port.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../mocks/free-port.ts')>();
  return { ...real, portInUse: async () => false };
});

describe('startPrism on a port taken after its look at it', () => {
  // Each probe is answered once the last spawned child has exited (at once if it has).
  const holder = holdPortForBlock((_req, res) => {
    const answer = () => res.writeHead(204, PRISM_PREFLIGHT).end();
    const child = spawned.children.at(-1);
    if (!child || child.exitCode !== null || child.signalCode !== null) return answer();
    child.once('exit', answer);
  });

  it('an answer after our Prism exited is not ours: a given port rejects as taken', async () => {
    const started = startPrism({ port: holder.port, verbosity: 'silent' });
    await expect(started).rejects.toThrow(
      `port ${holder.port} on 127.0.0.1 is already in use; choose another (0 picks a free one)`,
    );
    expect(spawned.children).toHaveLength(1);
    expect(spawned.children[0]?.exitCode).toBe(1);
  });

  it("Prism's output on: none of its usage text or fatal lines reaches stderr", async () => {
    const written: string[] = [];
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const started = await startPrism({ port: holder.port, output: 'stderr' }).catch((error: Error) => error);
    write.mockRestore();
    expect(String(started)).toContain('already in use');
    expect(written.join('')).not.toMatch(/Positionals|EADDRINUSE|fatal/);
  });
});
