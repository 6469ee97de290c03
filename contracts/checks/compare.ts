/**
 * `compare`: fields of an answer against the answer of an earlier step of the case: what must
 * stay (GetFunction repeats the create; functionId survives an update, lifecycle F.7), what must
 * change (a re-created function gets a new functionId) and what must move forward in time
 * (`lastModifiedTime` after an update).
 */
import type { CheckFailure, Comparison } from '../types.ts';
import type { ContractCheck } from './check.ts';
import { asObject, failure, parseObject, quoted } from './check.ts';
import { sameJson } from './same-json.ts';

/**
 * `body` without the dotted path (`customContainerConfig.accelerationInfo`): only the objects on
 * the path are copied, so the rest of the answer, however deep, is shared rather than cloned (the
 * structuredClone this replaced overflowed the stack on a field nested 100,000 deep).
 */
function withoutPath(body: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const [key, ...rest] = keys as [string, ...string[]];
  if (!Object.hasOwn(body, key)) return body;
  const copy = { ...body };
  if (rest.length === 0) delete copy[key];
  else {
    const child = asObject(body[key]);
    if (child) copy[key] = withoutPath(child, rest);
  }
  return copy;
}

/** `body` without the dotted paths; `body` itself is left as it is. */
function without(body: Record<string, unknown>, paths: readonly string[]): Record<string, unknown> {
  return paths.reduce((rest, path) => withoutPath(rest, path.split('.')), body);
}

function verdict(relation: Comparison['relation'], before: unknown, after: unknown): string | undefined {
  if (relation === 'same') return sameJson(before, after) ? undefined : 'changed';
  if (relation === 'differs') return sameJson(before, after) ? 'did not change' : undefined;
  const [a, b] = [Date.parse(String(before)), Date.parse(String(after))];
  return b > a ? undefined : 'did not move past the earlier time';
}

function compareOne(
  comparison: Comparison,
  body: Record<string, unknown>,
  earlierText: string | undefined,
): CheckFailure[] {
  const earlier = earlierText === undefined ? undefined : parseObject(earlierText);
  const { step, relation, reference, grade } = comparison;
  if (!earlier) {
    const message = `step ${step + 1} has no JSON answer to compare with`;
    return [
      failure('compare', { message, received: earlierText, documented: 'a JSON object', reference, grade }),
    ];
  }
  const except = comparison.except ?? [];
  const [before, after] = [without(earlier, except), without(body, except)];
  const fields = comparison.fields === '*' ? Object.keys(before) : comparison.fields;
  return fields.flatMap((field) => {
    const problem = verdict(relation, before[field], after[field]);
    if (!problem) return [];
    return [
      failure('compare', {
        message: `${field} ${problem}: step ${step + 1} answered ${quoted(before[field])}, this answer ${quoted(after[field])}`,
        received: after[field],
        documented: relation === 'differs' ? `not ${quoted(before[field])}` : before[field],
        reference,
        grade,
        ...(relation === 'differs' ? {} : { basis: 'exchange' as const }),
      }),
    ];
  });
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
  run({ contractCase, json, exchange, history }) {
    const body = asObject(json);
    if (!body || exchange.response.status < 200 || exchange.response.status > 299) return [];
    return (contractCase.expect.compare ?? []).flatMap((comparison) =>
      compareOne(comparison, body, history?.[comparison.step]?.response.body),
    );
  },
};
