/**
 * `download`: the bytes behind GetFunctionCode's `url` are the package the function describes
 * (lifecycle I.1, H.3: `s sync` downloads them with a plain GET): their length is `codeSize`
 * (CF F), their CRC-64/XZ the `checksum` and `codeChecksum` (CF F), computed with the suite's own
 * CRC (independent-codecs.ts), so an emulator's CRC cannot grade itself.
 */
import type { CheckFailure, DownloadExpectation, FieldOfStep } from '../types.ts';
import type { ContractCheck } from './check.ts';
import { failure, quoted } from './check.ts';
import { type EarlierAnswers, earlierFromHistory } from './earlier.ts';
import { referenceCrc64Xz } from './independent-codecs.ts';

interface Measure {
  name: 'length' | 'CRC-64';
  /** What the bytes measure, in the form the earlier answer gives it. */
  received: string | number;
  refs: FieldOfStep[];
}

function compareAll(measure: Measure, expected: DownloadExpectation, answers: EarlierAnswers) {
  const { reference, grade } = expected;
  return measure.refs.flatMap((ref): CheckFailure[] => {
    // A field kept as a digest is over 8 K, so neither a length nor a CRC-64's decimal text.
    const found = answers.field(ref);
    if (found && 'whole' in found && found.whole === measure.received) return [];
    const message = found
      ? `the downloaded bytes' ${measure.name} is ${quoted(measure.received)}, step ${ref.step + 1} answered ${ref.field} ${'whole' in found ? quoted(found.whole) : found.quoted}`
      : `step ${ref.step + 1} answered no ${ref.field} to compare with`;
    const failed = failure('download', {
      message,
      received: measure.received,
      documented: found && 'whole' in found ? found.whole : `step ${ref.step + 1}'s ${ref.field}`,
      reference,
      grade,
      basis: 'exchange',
    });
    // A long field was cut when it was kept; cut again, its notes would be cut too.
    if (found && 'shown' in found) failed.documented = found.shown;
    return [failed];
  });
}

/**
 * Fails when a successful download's length or CRC-64 differs from the earlier answers' size and
 * checksum fields (a failed download is the status check's).
 *
 * @example
 * downloadCheck.run(input);
 */
export const downloadCheck: ContractCheck = {
  name: 'download',
  applies: (c) => c.expect.download !== undefined,
  run({ contractCase, exchange, history, earlier: kept }) {
    const expected = contractCase.expect.download as DownloadExpectation;
    const { status, bytes } = exchange.response;
    if (status < 200 || status > 299 || !bytes) return [];
    const past = kept ?? earlierFromHistory(history ?? []);
    return [
      ...compareAll({ name: 'length', received: bytes.byteLength, refs: expected.size }, expected, past),
      ...compareAll(
        { name: 'CRC-64', received: referenceCrc64Xz(bytes), refs: expected.checksum },
        expected,
        past,
      ),
    ];
  },
};
