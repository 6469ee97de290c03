/**
 * readTextAtMost, the bounded reader of files a user names (`replay FILE`, `serve --credentials`):
 * a pipe fed in many small writes is read whole, a regular file over the bound is refused by its
 * size, and a pipe that gives more than the bound is refused once it has.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readTextAtMost } from '../../mocks/bounded-file.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A FIFO that a shell fills with `script` (its stdout); the reader opens it after. */
function fifoFedBy(script: string): string {
  dir = mkdtempSync(join(tmpdir(), 'fc3-bounded-'));
  const fifo = join(dir, 'in');
  execFileSync('mkfifo', [fifo]);
  spawn('sh', ['-c', `${script} > "$1"`, 'sh', fifo], { stdio: 'ignore' });
  return fifo;
}

const bound = (maxBytes: number) => ({ maxBytes, limit: `a test file may be (${maxBytes} bytes)` });

describe('readTextAtMost', () => {
  it('reads a pipe written in 300 small writes whole', () => {
    const fifo = fifoFedBy('for i in $(seq 300); do printf "%s," "$i"; done');
    const want = Array.from({ length: 300 }, (_, i) => `${i + 1},`).join('');
    expect(readTextAtMost(fifo, bound(1024 * 1024))).toBe(want);
  });

  it('refuses a pipe that gives more than the bound', () => {
    const fifo = fifoFedBy('head -c 5000 /dev/zero');
    expect(() => readTextAtMost(fifo, bound(4096))).toThrow(
      'it gave more than a test file may be (4096 bytes)',
    );
  });

  it('refuses a regular file over the bound by its size, and reads one at the bound', () => {
    dir = mkdtempSync(join(tmpdir(), 'fc3-bounded-'));
    const file = join(dir, 'f.json');
    writeFileSync(file, 'x'.repeat(4097));
    expect(() => readTextAtMost(file, bound(4096))).toThrow('it is 4097 bytes, more than a test file');
    writeFileSync(file, 'é'.repeat(2048));
    expect(readTextAtMost(file, bound(4096))).toBe('é'.repeat(2048));
  });
});
