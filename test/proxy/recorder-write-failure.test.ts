/**
 * A cassette write that fails part-way (ADR 051): the check worker's recorder cuts the file back
 * to its last whole line, so the line the failing write cut cannot make the cassette unreadable,
 * and counts that line and every later one as dropped, with the error, which the stop summary
 * prints. A disk that fills mid-write is made here with a file-size limit (`ulimit -f`, which any
 * user may lower for a child): the kernel writes up to the limit (a partial write) and then fails
 * with EFBIG (Node ignores the SIGXFSZ that comes with it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { RecorderStats } from '../../proxy/recorder.ts';
import { proxySummary } from '../../proxy/summary.ts';
import { createTally } from '../../proxy/tally.ts';
import { ONE_CONNECTION } from './raw-net.ts';

const CHILD = fileURLToPath(new URL('./record-under-file-limit.ts', import.meta.url));
const COUNT = 8;
/** `ulimit -f 2`: 2 blocks, 1,024 bytes in the shell's 512-byte blocks (dash), 2,048 in bash's. */
const LIMITS = [1024, 2048];
const FOLDER = mkdtempSync(join(tmpdir(), 'fc3-rec-'));
afterAll(() => rmSync(FOLDER, { recursive: true, force: true }));

describe("a cassette write that fails part-way (the check worker's recorder)", () => {
  it('leaves the cassette on its last whole line and counts the rest as dropped, with the error', () => {
    const file = join(FOLDER, 'full.ndjson');
    const child = spawnSync(
      'sh',
      ['-c', 'ulimit -f 2 && exec "$0" "$@"', process.execPath, CHILD, file, `${COUNT}`],
      {
        encoding: 'utf8',
      },
    );
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const { stats, lengths } = JSON.parse(child.stdout) as { stats: RecorderStats; lengths: number[] };
    // The limit falls inside a line, whichever block size the shell counts in: the write that
    // reaches it is partial.
    const ends = lengths.map((_, index) =>
      lengths.slice(0, index + 1).reduce((sum, length) => sum + length, 0),
    );
    for (const limit of LIMITS) expect(ends).not.toContain(limit);

    const cassette = readFileSync(file, 'utf8');
    expect(stats.written).toBeGreaterThan(0);
    expect(stats).toEqual({
      file,
      written: stats.written,
      dropped: COUNT - stats.written,
      error: 'EFBIG: file too large, write',
    });
    // Exactly the lines counted as written, each whole.
    expect(cassette.length).toBe(ends[stats.written - 1]);
    expect(cassette.endsWith('\n')).toBe(true);
    const lines = cassette.trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { seq: number }).seq)).toEqual(
      Array.from({ length: stats.written }, (_, index) => index + 1),
    );
    const summary = proxySummary(createTally(), {
      upstream: 'http://127.0.0.1:9000',
      forwarder: ONE_CONNECTION,
      recorder: stats,
      opaque: 0,
    });
    expect(summary).toContain(
      `cassette ${file}: ${stats.written} exchange(s) written, ${COUNT - stats.written} dropped; recording stopped: EFBIG: file too large, write`,
    );
  }, 60_000);
});
