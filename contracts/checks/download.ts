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

/** The value of `ref` in the earlier answers, or why there is none. */
function earlier(ref: FieldOfStep, answers: EarlierAnswers): { value: unknown } | { missing: string } {
  const { found, value } = answers.field(ref);
  return found ? { value } : { missing: `step ${ref.step + 1} answered no ${ref.field} to compare with` };
}

interface Measure {
  name: 'length' | 'CRC-64';
  /** What the bytes measure, in the form the earlier answer gives it. */
  received: string | number;
  refs: FieldOfStep[];
}

function compareAll(measure: Measure, expected: DownloadExpectation, answers: EarlierAnswers) {
  const { reference, grade } = expected;
  return measure.refs.flatMap((ref): CheckFailure[] => {
    const found = earlier(ref, answers);
    const documented = 'value' in found ? found.value : `step ${ref.step + 1}'s ${ref.field}`;
    if ('value' in found && found.value === measure.received) return [];
    const message =
      'missing' in found
        ? found.missing
        : `the downloaded bytes' ${measure.name} is ${quoted(measure.received)}, step ${ref.step + 1} answered ${ref.field} ${quoted(found.value)}`;
    return [
      failure('download', {
        message,
        received: measure.received,
        documented,
        reference,
        grade,
        basis: 'exchange',
      }),
    ];
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
