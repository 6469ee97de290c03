/**
 * Case selection: the `--only` pattern (a pattern selecting nothing is an error) and the
 * applicability of each case to a run.
 */
import { Fc3TestkitError } from '../../mocks/core/errors.ts';
import type { ContractCase } from '../types.ts';

/**
 * Bodies up to this size are sent routinely; larger ones need the `huge` option.
 *
 * @example
 * limit > CHEAP_BODY_BYTES; // then the EntityTooLarge case needs --huge
 */
export const CHEAP_BODY_BYTES = 16 * 1024 * 1024;

/** What decides whether a case applies. */
export interface Applicability {
  hasCredentials: boolean;
  maxBodyBytes: number | undefined;
  huge: boolean;
  includeUnverified: boolean;
  documentedOnly: boolean;
  /** Whether the target can address a real FC host name (`ContractTarget.fcHosts`). */
  fcHosts?: boolean;
  /** The target keeps no state (`ContractTarget.stateless`). */
  stateless?: boolean;
  /** The target can send a GET with a body (`ContractTarget.getBodies`). */
  getBodies?: boolean;
}

/**
 * Why a case does not apply to this run, or undefined when it does.
 *
 * @example
 * notApplicableReason(authCase, { hasCredentials: false, … }); // 'needs credentials (…)'
 */
export function notApplicableReason(c: ContractCase, run: Applicability): string | undefined {
  const needs = c.needs ?? [];
  if (needs.includes('credentials') && !run.hasCredentials)
    return 'needs credentials (--access-key-id and --access-key-secret)';
  if (needs.includes('body-limit') && run.maxBodyBytes === undefined)
    return 'the target declares no body limit (ContractTarget.maxBodyBytes; verify --max-body-bytes)';
  if (needs.includes('body-limit') && (run.maxBodyBytes ?? 0) > CHEAP_BODY_BYTES && !run.huge) {
    return `the declared body limit (${run.maxBodyBytes} bytes) is too large to send routinely; enable with verify --huge (API: huge)`;
  }
  if (needs.includes('huge-bodies') && !run.huge)
    return 'sends ~140 MB; enable with verify --huge (API: huge)';
  if (needs.includes('fc-host') && !run.fcHosts)
    return 'the target cannot address an FC host name (ContractTarget.fcHosts is unset)';
  if (needs.includes('state') && run.stateless)
    return 'the target keeps no state (it answers from examples), so a fact about what earlier requests did cannot be observed';
  if (needs.includes('get-body') && !run.getBodies)
    return 'the target sends through fetch, which cannot send a GET with a body';
  if (needs.includes('unverified-rules') && !run.includeUnverified)
    return 'the rule is unverified and off by default';
  if (run.documentedOnly && c.fact.grade === 'inferred') return 'inferred fact (--documented-only)';
  return undefined;
}

/**
 * Compiles an `--only` pattern: `*` matches anything; without `*` it matches a substring of the id.
 *
 * @example
 * matchesOnly('rule.timeout-*')('rule.timeout-range.accept.max'); // true
 */
export function matchesOnly(pattern: string | undefined): (id: string) => boolean {
  if (!pattern) return () => true;
  const alternatives = pattern
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const tests = alternatives.map((part) => {
    if (!part.includes('*')) return (id: string) => id.includes(part);
    const source = part
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    const regex = new RegExp(`^${source}$`);
    return (id: string) => regex.test(id);
  });
  return (id) => tests.some((test) => test(id));
}

/** How {@link selectCases} names the filters in its errors: the CLI's flags or the options. */
export interface FilterNames {
  only: string;
  documentedOnly: string;
}

const OPTION_NAMES: FilterNames = { only: 'only', documentedOnly: 'documentedOnly' };

/** Where every case id is listed, for the error that a filter selects nothing. */
const CASE_LIST =
  'docs/contract-cases.md lists every case id (e.g. sample.code-package, rule.timeout-range.*)';

/**
 * The cases an `only` pattern selects. A filter that leaves nothing to run is a mistake, never an
 * empty green run (a typo must not pass a consumer's CI): it throws an {@link Fc3TestkitError}
 * when no case id matches, or when `only` is combined with `documentedOnly` and every case it
 * matches is of an inferred fact (so none would run).
 *
 * @example
 * selectCases(cases, { only: 'rule.timeout-*' }).length; // the timeout-range cases
 * selectCases(cases, { only: 'no-such-case' }); // throws Fc3TestkitError
 */
export function selectCases(
  cases: readonly ContractCase[],
  filters: { only?: string | undefined; documentedOnly?: boolean | undefined; names?: FilterNames },
): ContractCase[] {
  const names = filters.names ?? OPTION_NAMES;
  const selected = cases.filter((c) => matchesOnly(filters.only)(c.id));
  if (selected.length === 0) {
    // Patterns match case ids, not reference sections ('B.1*' selects nothing): say so.
    const filter = filters.only
      ? `${names.only} ${JSON.stringify(filters.only)} matches no case id`
      : 'the run has no case';
    throw new Fc3TestkitError(`${filter}; ${CASE_LIST}`);
  }
  if (filters.only && filters.documentedOnly && selected.every((c) => c.fact.grade === 'inferred')) {
    throw new Fc3TestkitError(
      `${names.only} ${JSON.stringify(filters.only)} matches only cases of inferred facts, which ${names.documentedOnly} skips: no case would run; ${CASE_LIST}`,
    );
  }
  return selected;
}
