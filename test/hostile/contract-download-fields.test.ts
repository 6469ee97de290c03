/**
 * `code.download.ok` against a target answering a `codeSize`, `checksum` and `codeChecksum` of 4 MB
 * each to every request (s15): the case kept the three fields whole from the create and
 * GetFunctionCode until the download was checked against them. It now keeps a field over 8 K as
 * its digest and what a failure quotes of it (earlier.ts), with the same failures.
 *
 * Measured from inside the target: live memory (test/helpers/live-bytes.ts) when each request
 * arrives, the case's client waiting on it, so what the case holds of its earlier steps then.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clip, failure, quoted } from '../../contracts/checks/check.ts';
import { httpTarget, runContractSuite } from '../../contracts/index.ts';
import { type MeasuringTarget, measuringTarget } from '../helpers/fixed-answer-target.ts';

const SIZE = 4 << 20;
const [codeSize, checksum, codeChecksum] = ['1', '2', '3'].map((digit) => digit.repeat(SIZE)) as [
  string,
  string,
  string,
];
let answer = Buffer.alloc(0);
let target: MeasuringTarget;

beforeAll(async () => {
  target = await measuringTarget(() => answer, 'fields-1');
  // The url is on the target's own origin, so the suite downloads it (the same answer again).
  const url = `${target.baseUrl}/fc3-testkit/code/f.zip`;
  answer = Buffer.from(JSON.stringify({ url, codeSize, checksum, codeChecksum }));
});
afterAll(() => target.close());

/** A failure's message as `failure` keeps it (cut at 4 K characters), labelled with its step. */
const kept = (message: string) =>
  'step 3 (GET {url}): ' +
  failure('download', { message, received: 0, documented: 0, reference: 'lifecycle I.1' }).message;

describe('hostile: a download checked against 4 MB codeSize, checksum and codeChecksum fields', () => {
  it('holds a digest of each long field until the download, with the same failures', async () => {
    const report = await runContractSuite(httpTarget({ baseUrl: target.baseUrl }), {
      only: 'code.download.ok',
      concurrency: 1,
    });
    // The create, GetFunctionCode, the download.
    expect(target.seen).toHaveLength(3);
    // Whole, the three fields were 12 MB of parsed text when the download was asked for.
    expect(target.held()).toBeLessThan(SIZE);
    const [result] = report.results;
    const download = result?.failures.filter((f) => f.check === 'download');
    const length = answer.length;
    const crc = download?.[1]?.received;
    expect(typeof crc).toBe('string');
    // What quoted, clip and failure make of the whole values, as when they were kept whole.
    expect(download?.map((f) => [f.message, f.received, f.documented])).toEqual([
      [
        kept(`the downloaded bytes' length is ${length}, step 1 answered codeSize ${quoted(codeSize)}`),
        length,
        clip(codeSize),
      ],
      [
        kept(`the downloaded bytes' CRC-64 is ${quoted(crc)}, step 2 answered checksum ${quoted(checksum)}`),
        crc,
        clip(checksum),
      ],
      [
        kept(
          `the downloaded bytes' CRC-64 is ${quoted(crc)}, step 1 answered codeChecksum ${quoted(codeChecksum)}`,
        ),
        crc,
        clip(codeChecksum),
      ],
    ]);
  }, 60_000);
});
