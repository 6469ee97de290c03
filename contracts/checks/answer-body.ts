/**
 * `answer`: a success body that is not a `Function` (ChangeResourceGroup's
 * `{NewResourceGroupId, OldResourceGroupId, ResourceId}`, the invocation switch's
 * `{success}`, lifecycle I.5; a `Version`, an `Alias`, a list of them, I.2, I.3) carries the
 * fields the case names, with these values or types, and its lists the items in this order;
 * a listing followed through `nextToken` (`repeat.pages`) lists them over all its pages, each
 * item once (a server that ignores the token repeats a page: devsapp loops, lifecycle H.2).
 */
import type { AnswerExpectation, CheckFailure } from '../types.ts';
import type { ContractCheck } from './check.ts';
import { asObject, failure, jsonType, parseObject, quoted } from './check.ts';
import { sameJson } from './same-json.ts';

/** The items of list `key` over every page (one page when the request did not repeat). */
function listed(key: string, field: string, pages: readonly Record<string, unknown>[]): unknown {
  if (pages.length === 1) {
    const list = pages[0]?.[key];
    return Array.isArray(list) ? list.map((item) => asObject(item)?.[field]) : list;
  }
  return pages.flatMap((page, i) => {
    const list = page[key];
    return Array.isArray(list) ? list.map((item) => asObject(item)?.[field]) : [`<page ${i + 1}: no ${key}>`];
  });
}

function fieldFailures(
  body: Record<string, unknown>,
  expected: AnswerExpectation,
  pages: readonly Record<string, unknown>[],
): CheckFailure[] {
  const { reference, grade } = expected;
  const out: CheckFailure[] = [];
  for (const [key, value] of Object.entries(expected.exact ?? {})) {
    if (sameJson(value, body[key])) continue;
    out.push(
      failure('answer', {
        message: `${key} is ${quoted(body[key])}, expected ${quoted(value)}`,
        received: body[key],
        documented: value,
        reference,
        grade,
      }),
    );
  }
  for (const [key, { key: field, values }] of Object.entries(expected.items ?? {})) {
    const got = listed(key, field, pages);
    if (sameJson(got, values)) continue;
    out.push(
      failure('answer', {
        message: `${key} lists ${field} ${quoted(got)}, expected ${quoted(values)}`,
        received: got,
        documented: values,
        reference,
        grade,
      }),
    );
  }
  for (const [key, type] of Object.entries(expected.types ?? {})) {
    if (key in body && jsonType(body[key]) === type) continue;
    const received = key in body ? jsonType(body[key]) : 'absent';
    out.push(
      failure('answer', {
        message: `${key} is ${received}, expected a ${type}`,
        received: body[key],
        documented: type,
        reference,
        grade,
      }),
    );
  }
  return out;
}

/**
 * Fails when a 2xx answer is not a JSON object, or lacks a named field's value or type.
 *
 * @example
 * answerBodyCheck.run(input); // [] for {"success": true} when the case expects exactly that
 */
export const answerBodyCheck: ContractCheck = {
  name: 'answer',
  applies: (c) => c.expect.answer !== undefined,
  run({ contractCase, exchange, json, pages }) {
    const expected = contractCase.expect.answer;
    const { status, body } = exchange.response;
    if (!expected || status < 200 || status > 299) return [];
    const object = asObject(json);
    const read = (pages ?? []).map((page) => parseObject(page.response.body) ?? {});
    if (object) return fieldFailures(object, expected, read.length > 1 ? read : [object]);
    return [
      failure('answer', {
        message: `the ${status} answer is not a JSON object`,
        received: body.slice(0, 200),
        documented: { ...expected.exact, ...expected.types },
        reference: expected.reference,
        grade: expected.grade,
      }),
    ];
  },
};
