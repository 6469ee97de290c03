/**
 * ListFunctions cases (lifecycle E): a freshly created set paged with limits from 1 to 100 and
 * `nextToken`, each function exactly once and in name order; `prefix`; the first call with an
 * empty `nextToken`; the default page size; nothing matched. Every listing filters by the
 * case's own prefix, so other functions on the target never count.
 */
import type { CaseRequest, ContractCase, ListExpectation } from '../types.ts';
import { baseInput, createRequest, fact, type Naming } from './context.ts';
import { allPages, listRequest } from './function-requests.ts';

/** Limits paged over a set of {@link SET_SIZE}: one item a page, a few, one short, exact, one more, the maximum. */
const LIMITS = [1, 2, 3, 6, 7, 8, 100];
const SET_SIZE = 7;
// Created out of name order, so a listing in creation order shows.
const CREATE_ORDER = [3, 0, 6, 1, 5, 2, 4];

const PAGING = fact({
  reference: 'lifecycle E.1, E.2',
  statement:
    'ListFunctions pages hold at most `limit` (1–100) functions and nextToken leads through every function of the prefix exactly once',
});

interface FunctionSet {
  prefix: string;
  names: string[];
  setup: CaseRequest[];
  items: Record<string, Record<string, unknown>>;
}

/** `size` functions named `<prefix>-<letter>`, created out of order; items are what a listing echoes. */
function functionSet(naming: Naming, label: string, size: number): FunctionSet {
  const prefix = naming.next(label);
  const names = Array.from(
    { length: size },
    (_, i) => `${prefix}-${String.fromCharCode(97 + (i % 26))}${i >= 26 ? i : ''}`,
  );
  const inputs = names.map((name, i) => baseInput(i % 2 === 0 ? 'builtin' : 'custom', name));
  const order = size === SET_SIZE ? CREATE_ORDER : inputs.map((_, i) => size - 1 - i);
  const items = Object.fromEntries(
    inputs.map(({ code: _code, ...listed }) => [String(listed.functionName), listed]),
  );
  return {
    prefix: `${prefix}-`,
    names,
    setup: order.map((i) => createRequest(inputs[i] as Record<string, unknown>)),
    items,
  };
}

function listed(set: FunctionSet, limit: number): ListExpectation {
  return { names: set.names, limit, items: set.items };
}

function pagingCase(naming: Naming, limit: number): ContractCase {
  const set = functionSet(naming, `pg${limit}`, SET_SIZE);
  return {
    id: `list.pages.limit-${limit}`,
    title: `limit ${limit}: ${Math.ceil(SET_SIZE / limit)} page(s) list the ${SET_SIZE} functions once each, in name order`,
    fact: PAGING,
    setup: set.setup,
    request: listRequest({ prefix: set.prefix, limit }, { repeat: allPages(Math.ceil(SET_SIZE / limit)) }),
    expect: { status: 200, statusGrade: 'inferred', listed: listed(set, limit) },
    needs: ['state'],
  };
}

function prefixCase(naming: Naming): ContractCase {
  const set = functionSet(naming, 'pfx', 2);
  const stem = set.prefix.slice(0, -1);
  // Same leading characters without the dash, and the prefix inside a name: neither matches.
  const others = [`${stem}0-c`, `X${set.prefix}d`].map((name) => createRequest(baseInput('builtin', name)));
  return {
    id: 'list.prefix',
    title: 'prefix lists the functions whose name starts with it, and no other',
    fact: fact({ reference: 'lifecycle E.1', statement: '`prefix` is a function-name prefix' }),
    setup: [...set.setup, ...others],
    request: listRequest({ prefix: set.prefix }),
    expect: { status: 200, statusGrade: 'inferred', listed: listed(set, 20) },
    needs: ['state'],
  };
}

function emptyTokenCase(naming: Naming): ContractCase {
  const set = functionSet(naming, 'tok', 3);
  return {
    id: 'list.empty-next-token',
    title: 'a first call with nextToken= (as devsapp loops) lists from the start',
    fact: fact({
      reference: 'lifecycle E.2, A.2',
      statement: 'an empty nextToken on the first call is accepted (the SDK sends empty strings)',
    }),
    setup: set.setup,
    request: listRequest({ prefix: set.prefix, nextToken: '', limit: 2 }, { repeat: allPages(2) }),
    expect: { status: 200, statusGrade: 'inferred', listed: listed(set, 2) },
    needs: ['state'],
  };
}

function defaultLimitCase(naming: Naming): ContractCase {
  const set = functionSet(naming, 'dflt', 21);
  return {
    id: 'list.default-limit',
    title: 'without limit a page holds 20 functions (the 21st is on the next page)',
    fact: fact({
      reference: 'lifecycle E.1',
      statement: 'the default page size is 20 (FC 2.0)',
      grade: 'inferred',
    }),
    setup: set.setup,
    request: listRequest({ prefix: set.prefix }),
    expect: {
      status: 200,
      listed: { names: set.names.slice(0, 20), limit: 20, items: set.items, more: true },
    },
    needs: ['state'],
  };
}

function noMatchCase(naming: Naming): ContractCase {
  return {
    id: 'list.no-match',
    title: 'a prefix nothing matches answers an empty functions array and no nextToken',
    fact: fact({
      reference: 'lifecycle E.2',
      statement: '`functions` is always an array (devsapp spreads it), [] when nothing matches',
    }),
    request: listRequest({ prefix: `${naming.next('none')}-` }),
    expect: { status: 200, statusGrade: 'inferred', listed: { names: [], limit: 20 } },
    needs: ['state'],
  };
}

/**
 * The ListFunctions cases of one run (the parameter rules are in operation-rule-cases.ts).
 *
 * @example
 * listCases(naming).filter((c) => c.id.startsWith('list.pages.')).length; // 7
 */
export function listCases(naming: Naming): ContractCase[] {
  return [
    ...LIMITS.map((limit) => pagingCase(naming, limit)),
    prefixCase(naming),
    emptyTokenCase(naming),
    defaultLimitCase(naming),
    noMatchCase(naming),
  ];
}
