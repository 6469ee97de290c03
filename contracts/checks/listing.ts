/**
 * `listing`: a ListFunctions answer, every page of it (lifecycle E.1, E.2): `functions` always an
 * array, at most `limit` a page, `nextToken` until the last page only, each function of the set
 * exactly once and in ascending name order, listed with its configuration and without the six
 * state fields.
 */

import { specDocument } from '../../generated/spec-document.ts';
import type { CheckFailure, Exchange, Grade, ListExpectation } from '../types.ts';
import type { ContractCheck } from './check.ts';
import { asObject, failure, parseObject, quoted } from './check.ts';
import { subsetMismatches } from './echo.ts';

type Json = Record<string, Record<string, unknown>>;

/**
 * The fields ListFunctions leaves out of each function, read from the spec (`x-fc-omitted-fields`
 * of its 200 answer): the six state fields (lifecycle B.2, E.2: documented).
 *
 * @example
 * LISTING_OMITS.includes('state'); // true
 */
export const LISTING_OMITS: readonly string[] = (() => {
  const path = (specDocument.paths as Json)['/2023-03-30/functions'] ?? {};
  const responses = ((path.get ?? {}) as Json).responses ?? {};
  const omitted = (responses['200'] as Record<string, unknown> | undefined)?.['x-fc-omitted-fields'];
  if (!Array.isArray(omitted) || omitted.length === 0)
    throw new Error('spec: ListFunctions 200 has no x-fc-omitted-fields');
  return omitted.map(String);
})();

type Report = (options: {
  message: string;
  received: unknown;
  documented: unknown;
  grade?: Grade;
  reference?: string;
}) => void;

interface Page {
  number: number;
  functions: Record<string, unknown>[];
  nextToken: unknown;
}

function readPage(exchange: Exchange, number: number, report: Report): Page | undefined {
  if (exchange.response.status !== 200) {
    report({
      message: `page ${number} answered ${exchange.response.status}`,
      received: exchange.response.status,
      documented: 200,
    });
    return undefined;
  }
  const body = parseObject(exchange.response.body);
  if (!body || !Array.isArray(body.functions)) {
    const message = `page ${number} has no functions array (clients iterate it, even when empty)`;
    report({
      message,
      received: body ? Object.keys(body) : exchange.response.body.slice(0, 200),
      documented: ['functions'],
    });
    return undefined;
  }
  const functions = body.functions.map((item) => asObject(item) ?? {});
  return { number, functions, nextToken: body.nextToken };
}

function checkPages(pages: Page[], expected: ListExpectation, report: Report): void {
  for (const page of pages) {
    const last = page === pages.at(-1);
    if (page.functions.length > expected.limit) {
      const message = `page ${page.number} lists ${page.functions.length} functions, more than limit ${expected.limit}`;
      report({
        message,
        received: page.functions.length,
        documented: `≤ ${expected.limit}`,
        reference: 'lifecycle E.1',
      });
    }
    const token = page.nextToken;
    const hasToken = typeof token === 'string' && token !== '';
    if (last && hasToken && !expected.more) {
      const message = `the last page read (${page.number}) still has a nextToken: the listing does not end`;
      report({ message, received: token, documented: 'no nextToken, or ""' });
    }
    if (!hasToken && (!last || expected.more)) {
      const message = `page ${page.number} has no nextToken, but more functions follow`;
      report({ message, received: token, documented: 'a token' });
    }
  }
}

function checkNames(names: string[], expected: ListExpectation, report: Report): void {
  const want = expected.names;
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const repeated = [...counts].filter(([, n]) => n > 1).map(([name]) => name);
  const missing = want.filter((name) => !counts.has(name));
  const extra = [...counts.keys()].filter((name) => !want.includes(name));
  if (repeated.length + missing.length + extra.length > 0) {
    const parts = [
      repeated.length > 0 ? `repeated ${repeated.join(', ')}` : '',
      missing.length > 0 ? `skipped ${missing.join(', ')}` : '',
      extra.length > 0 ? `listed others ${extra.join(', ')}` : '',
    ].filter(Boolean);
    report({
      message: `the pages do not list each function once: ${parts.join('; ')}`,
      received: names,
      documented: want,
    });
    return;
  }
  if (names.join('\n') !== want.join('\n')) {
    const message = 'the functions are not in ascending name order';
    report({ message, received: names, documented: want, grade: 'inferred', reference: 'lifecycle E.1' });
  }
}

function checkItems(items: Record<string, unknown>[], expected: ListExpectation, report: Report): void {
  for (const item of items) {
    const name = String(item.functionName);
    const present = LISTING_OMITS.filter((field) => field in item);
    if (present.length > 0) {
      const message = `listed function ${name} carries ${present.join(', ')}; ListFunctions leaves the state fields out`;
      report({
        message,
        received: present,
        documented: 'none of the six state fields',
        reference: 'lifecycle B.2, E.2',
      });
    }
    const config = expected.items?.[name];
    if (!config) continue;
    for (const miss of subsetMismatches(config, item, '')) {
      const message = `listed function ${name}: ${miss.path} is ${quoted(miss.received)}, it was created with ${quoted(miss.given)}`;
      report({
        message,
        received: miss.received,
        documented: miss.given,
        reference: 'lifecycle E.2, CF D.2',
      });
    }
  }
}

/**
 * Fails for every way the pages break the listing contract.
 *
 * @example
 * listingCheck.run(input); // [] when 7 functions come back 3 + 3 + 1 with limit 3, in name order
 */
export const listingCheck: ContractCheck = {
  name: 'listing',
  applies: (c) => c.expect.listed !== undefined,
  run({ contractCase, exchange, pages }) {
    const expected = contractCase.expect.listed as ListExpectation;
    const out: CheckFailure[] = [];
    const report: Report = ({ reference, grade, ...rest }) =>
      out.push(
        failure('listing', {
          ...rest,
          reference: reference ?? 'lifecycle E.2',
          grade: grade ?? 'documented',
        }),
      );
    const read = (pages ?? [exchange]).map((page, i) => readPage(page, i + 1, report));
    if (read.some((page) => page === undefined)) return out;
    const all = read as Page[];
    checkPages(all, expected, report);
    const items = all.flatMap((page) => page.functions);
    checkNames(
      items.map((item) => String(item.functionName)),
      expected,
      report,
    );
    checkItems(items, expected, report);
    return out;
  },
};
