/**
 * The bin on odd stdouts (ADR 049): a full device and a reader that closes early used to print
 * Node's "Unhandled 'error' event" stack trace and exit 1. Now a full device is one line on stderr
 * and exit 1, and a reader going away (EPIPE, `| head`) stops `fixtures` quietly with exit 0.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/run.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
// 10000 Function bodies are megabytes: far more than a pipe holds, so writes go on after the close.
const args = ['cli/main.ts', 'fixtures', '-n', '10000', '-k', 'function'];

describe('fc3-testkit fixtures writing to an odd stdout', () => {
  it.skipIf(!existsSync('/dev/full'))('a full device: one line on stderr, exit 1, no stack trace', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, args, {
        cwd: root,
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(
        'fc3-testkit: cannot write to stdout: ENOSPC: no space left on device, write\n',
      );
    } finally {
      closeSync(full);
    }
  });

  it.skipIf(!existsSync('/dev/full'))(
    'any other command too (its stdout watched by the bin): --help into a full device',
    () => {
      const full = openSync('/dev/full', 'w');
      try {
        const run = spawnSync(process.execPath, ['cli/main.ts', 'verify', '--help'], {
          cwd: root,
          stdio: ['ignore', full, 'pipe'],
          encoding: 'utf8',
          timeout: 60_000,
        });
        expect([run.status, run.stderr]).toEqual([
          1,
          'fc3-testkit: cannot write to stdout: ENOSPC: no space left on device, write\n',
        ]);
      } finally {
        closeSync(full);
      }
    },
  );

  it('a reader that closes after the first chunk: exit 0, nothing on stderr', async () => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr += text;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => {
      child.once('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
    });
    expect({ code, signal, stderr }).toEqual({ code: 0, signal: null, stderr: '' });
  }, 70_000);

  it('in process, a stdout stream that fails: exit 1 (the bin adds the line on stderr)', async () => {
    const full = new Writable({
      write: (_chunk, _encoding, done) => done(Object.assign(new Error('no space'), { code: 'ENOSPC' })),
    });
    full.on('error', () => {});
    const io = { stdout: full, stderr: { write: () => true } };
    expect(await main(['fixtures', '-n', '3'], io)).toBe(1);
  });
});
