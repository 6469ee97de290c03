/**
 * `compare`: fields of an answer against the answer of an earlier step of the case: what must
 * stay (GetFunction repeats the create; functionId survives an update, lifecycle F.7), what must
 * change (a re-created function gets a new functionId) and what must move forward in time
 * (`lastModifiedTime` after an update).
 */
import type { CheckFailure, Comparison } from '../types.ts';
import type { ContractCheck } from './check.ts';
import { asObject, failure, quoted } from './check.ts';
import { type EarlierCompared, type EarlierValue, earlierFromHistory, without } from './earlier.ts';
import { jsonDigest } from './json-digest.ts';
import { sameJson } from './same-json.ts';

/** Whether a field kept of the earlier answer is the same JSON value as `after`. */
function same(before: EarlierValue, after: unknown): boolean {
  return 'whole' in before ? sameJson(before.whole, after) : before.digest === jsonDigest(after);
}

function earlierTime(before: EarlierValue): number {
  if ('whole' in before) return Date.parse(String(before.whole));
  const time = before.time ?? { ms: Number.NaN };
  if ('error' in time) throw time.error;
  return time.ms;
}

function verdict(relation: Comparison['relation'], before: EarlierValue, after: unknown): string | undefined {
  if (relation === 'same') return same(before, after) ? undefined : 'changed';
  if (relation === 'differs') return same(before, after) ? 'did not change' : undefined;
  const [a, b] = [earlierTime(before), Date.parse(String(after))];
  return b > a ? undefined : 'did not move past the earlier time';
}

function fieldFailure(comparison: Comparison, field: string, before: EarlierValue, after: unknown) {
  const { step, relation, reference, grade } = comparison;
  const problem = verdict(relation, before, after);
  if (!problem) return [];
  const was = 'whole' in before ? quoted(before.whole) : before.quoted;
  const found = failure('compare', {
    message: `${field} ${problem}: step ${step + 1} answered ${was}, this answer ${quoted(after)}`,
    received: after,
    documented: relation === 'differs' ? `not ${was}` : 'whole' in before ? before.whole : undefined,
    reference,
    grade,
    ...(relation === 'differs' ? {} : { basis: 'exchange' as const }),
  });
  // A long field was cut when it was kept; cut again, its notes would be cut too.
  if (relation !== 'differs' && 'shown' in before) found.documented = before.shown;
  return [found];
}

function compareOne(
  comparison: Comparison,
  body: Record<string, unknown>,
  earlier: EarlierCompared | undefined,
): CheckFailure[] {
  const { step, reference, grade } = comparison;
  if (!earlier || 'received' in earlier) {
    const message = `step ${step + 1} has no JSON answer to compare with`;
    const found = failure('compare', {
      message,
      received: undefined,
      documented: 'a JSON object',
      reference,
      grade,
    });
    // Already cut as a failure quotes it, when it was kept.
    found.received = earlier?.received;
    return [found];
  }
  const after = without(body, comparison.except ?? []);
  return earlier.fields.flatMap(([field, before]) => fieldFailure(comparison, field, before, after[field]));
}

/**
 * Fails for every compared field that breaks its relation.
 *
 * @example
 * compareCheck.run(input); // [] when functionId is the one the create answered
 */
export const compareCheck: ContractCheck = {
  name: 'compare',
  applies: (c) => (c.expect.compare?.length ?? 0) > 0,
  run({ contractCase, json, exchange, history, earlier }) {
    const body = asObject(json);
    if (!body || exchange.response.status < 200 || exchange.response.status > 299) return [];
    const answers = earlier ?? earlierFromHistory(history ?? []);
    return (contractCase.expect.compare ?? []).flatMap((comparison) =>
      compareOne(comparison, body, answers.compared(comparison)),
    );
  },
};
