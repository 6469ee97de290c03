/**
 * A cassette cut short: the stop is cut (a second signal) while the check worker still has
 * exchanges queued, and the worker is terminated without closing the cassette (ADR 046, ADR 051).
 * What it leaves is the lines written until then, each whole and in order; and the summary does
 * not call an exchange unrecorded that the cassette holds: the worker records an exchange before
 * checking it and posts outcomes in batches, so some of those counted as not checked may be in
 * it. The cut lands once the cassette holds more lines than outcomes came back: from the cut to
 * the count of those left, the forwarding thread runs promise reactions only and takes no
 * further message from the worker, so exchanges were left and the cassette holds some of them,
 * deterministically; how many lines were written by then varies.
 */
import { readdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drainLimit } from '../../proxy/drain-limit.ts';
import { createWorkerSession } from '../../proxy/worker-session.ts';
import { testFolder } from '../helpers/temp-folder.ts';
import { eventually, ONE_CONNECTION, tappedExchanges } from './raw-net.ts';

const CONTEXT = {
  forwarder: ONE_CONNECTION,
  opaque: 0,
  startedAt: new Date().toISOString(),
};
const COUNT = 2000;

/** Whole lines in `file` now. */
function linesIn(file: string): number {
  const text = readFileSync(file, 'latin1');
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines += 1;
  return lines;
}

/** Whether this process has `file` open (Linux: /proc/self/fd). */
function isOpenHere(file: string): boolean {
  const target = realpathSync(file);
  return readdirSync('/proc/self/fd').some((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`) === target;
    } catch {
      return false;
    }
  });
}

describe('a cassette cut short at the stop, with exchanges still queued in the check worker', () => {
  it('holds whole lines in order, and the summary calls none of them unrecorded', async () => {
    const file = join(testFolder('fc3-cut-'), 'cut.ndjson');
    const session = createWorkerSession({ upstream: 'http://127.0.0.1:9000', record: file }, {});
    for (const exchange of tappedExchanges(COUNT)) session.handle(exchange, () => undefined);
    // Cut once the cassette holds an exchange whose outcome has not come back (pending counts
    // the exchanges handed on whose outcome has not): nothing is processed between the check
    // and the cut, which is synchronous.
    await eventually(() => linesIn(file) > COUNT - session.pending, 60_000);
    const cut = new AbortController();
    const finished = session.finish(CONTEXT, drainLimit({ drainMs: 600_000, signal: cut.signal }));
    cut.abort('a second SIGTERM');
    const { summary, exchanges, recorder } = await finished;

    expect(recorder).toBeUndefined();
    expect(exchanges).toBe(COUNT);
    const left = Number(
      /(\d+)× not checked, so not passed either: the stop was cut short/.exec(summary)?.[1] ?? 0,
    );
    const checked = COUNT - left;
    expect(left).toBeGreaterThan(0);
    expect(summary).not.toContain('nor recorded');
    expect(summary).toContain(
      `cassette ${file}: cut short at the stop (the check worker did not close it in time); it holds the exchanges written until then, which may include some counted as not checked above`,
    );
    // The worker may still be writing until its termination lands: read the cassette once the
    // forwarding thread closed its descriptor, which it does when the worker has exited.
    await eventually(() => !isOpenHere(file), 60_000);
    const cassette = readFileSync(file, 'utf8');
    expect(cassette.endsWith('\n')).toBe(true);
    const seqs = cassette
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { seq: number }).seq);
    // Whole lines, the first exchanges in order; every exchange checked was recorded first, and
    // so was at least one counted as not checked.
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, index) => index + 1));
    expect(seqs.length).toBeGreaterThan(checked);
  }, 60_000);
});
