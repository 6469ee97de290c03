/**
 * The check worker can be terminated at any moment of a stop (ADR 046: a stop cut short, or right
 * after the cassette is closed), and terminating a worker with an fs request in flight can abort
 * the whole process (nodejs/node#38418, #43499). So the recorder the worker uses leaves no fs
 * request pending, ever: it writes with synchronous calls to a descriptor its owner opened and
 * closes (ADR 051). Read through `process.getActiveResourcesInfo()`, in one synchronous stretch,
 * so that nothing else can start or finish an fs request in between.
 */
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRecorder } from '../../proxy/recorder.ts';
import { testFolder } from '../helpers/temp-folder.ts';
import { tappedExchanges } from './raw-net.ts';

/** fs requests in flight in this thread (callback, promise and FileHandle ones). */
function fsRequests(): number {
  return process.getActiveResourcesInfo().filter((name) => /^FS|FileHandle/.test(name)).length;
}

const exchanges = tappedExchanges;

describe("the check worker's recorder (a descriptor, written synchronously)", () => {
  it('has no fs request pending once created, after any record() or after close(), and writes every line', async () => {
    const file = join(testFolder('fc3-rec-'), 'run.ndjson');
    const fd = openSync(file, 'w');
    const before = fsRequests();
    const recorder = createRecorder({ file, fd });
    // One turn, so that anything the recorder defers to the next tick (a stream's open) has run.
    await new Promise((resolve) => setImmediate(resolve));
    const pending: number[] = [fsRequests() - before];
    for (const exchange of exchanges(50)) {
      recorder.record(exchange);
      pending.push(fsRequests() - before);
    }
    const closing = recorder.close();
    pending.push(fsRequests() - before);
    await closing;
    closeSync(fd);
    expect(pending).toEqual(new Array(52).fill(0));
    expect(recorder.stats).toMatchObject({ written: 50, dropped: 0, error: undefined });
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(50);
  });

  it('counts a failed write as dropped, with the error, and drops the lines after it', () => {
    // A descriptor opened for reading only: every write fails (EBADF).
    const file = join(testFolder('fc3-rec-'), 'read-only.ndjson');
    closeSync(openSync(file, 'w'));
    const fd = openSync(file, 'r');
    const recorder = createRecorder({ file, fd });
    for (const exchange of exchanges(3)) recorder.record(exchange);
    closeSync(fd);
    expect(recorder.stats).toMatchObject({ written: 0, dropped: 3, error: expect.stringContaining('EBADF') });
    expect(readFileSync(file, 'utf8')).toBe('');
  });
});
