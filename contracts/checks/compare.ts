/**
 * `compare`: fields of an answer against the answer of an earlier step of the case: what must
 * stay (GetFunction repeats the create; functionId survives an update, lifecycle F.7), what must
 * change (a re-created function gets a new functionId) and what must move forward in time
 * (`lastModifiedTime` after an update).
 */
import type { CheckFailure, Comparison } from '../types.ts';
import type { ContractCheck } from './check.ts';
import { asObject, failure, parseObject } from './check.ts';

/**
 * JSON text with object keys sorted, so two values compare equal whatever their key order.
 *
 * @example
 * canonicalJson({ b: 1, a: 2 }) === canonicalJson({ a: 2, b: 1 }); // true
 */
export function canonicalJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v,
    ) ?? 'undefined'
  );
}

/** A copy of `body` without the dotted paths (`customContainerConfig.accelerationInfo`). */
function without(body: Record<string, unknown>, paths: readonly string[]): Record<string, unknown> {
  const copy = structuredClone(body);
  for (const path of paths) {
    const keys = path.split('.');
    let node: Record<string, unknown> | undefined = copy;
    for (const key of keys.slice(0, -1)) node = asObject(node?.[key]);
    if (node) delete node[keys.at(-1) as string];
  }
  return copy;
}

function verdict(relation: Comparison['relation'], before: unknown, after: unknown): string | undefined {
  if (relation === 'same') return canonicalJson(before) === canonicalJson(after) ? undefined : 'changed';
  if (relation === 'differs')
    return canonicalJson(before) === canonicalJson(after) ? 'did not change' : undefined;
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
        message: `${field} ${problem}: step ${step + 1} answered ${JSON.stringify(before[field])}, this answer ${JSON.stringify(after[field])}`,
        received: after[field],
        documented: relation === 'differs' ? `not ${JSON.stringify(before[field])}` : before[field],
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
