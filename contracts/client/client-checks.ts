/**
 * Client-mode checks: the requests a client sent (read from the emulator's journal) and what it
 * surfaced to its caller, each failing with a "received vs documented" message.
 */
import type { JournalEntry } from '../../mocks/core/types.ts';
import { failure, quoted } from '../checks/check.ts';
import { sameJson } from '../checks/same-json.ts';
import type { CheckFailure } from '../types.ts';
import { requestFailures, tokenFailures } from './request-checks.ts';
import { listedNames } from './resource-scenarios.ts';
import type { ClientScenario } from './scenarios.ts';
import type { ClientOutcome } from './types.ts';

/** What the client checks see. */
export interface ClientCheckInput {
  scenario: ClientScenario;
  /** The function the scenario is about. */
  functionName: string;
  /** Journal entries of the client's calls, oldest first. */
  entries: JournalEntry[];
  /** What each call surfaced, in order (one per page of a listing). */
  outcomes: ClientOutcome[];
  /** The emulator verifies signatures. */
  signing: boolean;
}

const AUTH_CODES = new Set([
  'MissingRequiredHeader',
  'SignatureNotMatch',
  'InvalidAccessKeyID',
  'RequestTimeTooSkewed',
  'SignatureNonceUsed',
]);

function signatureFailures({ scenario, entries, signing }: ClientCheckInput): CheckFailure[] {
  const entry = entries[0];
  if (!signing || !entry || scenario.endpoint) return [];
  const auth = entry.headers.authorization ?? '';
  if (!auth.startsWith('ACS3-HMAC-SHA256 ')) {
    return [
      failure('clientSignature', {
        message: 'the request is not signed with ACS3-HMAC-SHA256',
        received: auth || '(no Authorization)',
        documented: 'ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…',
        reference: 'A.3, A.4',
      }),
    ];
  }
  if (entry.code && AUTH_CODES.has(entry.code)) {
    return [
      failure('clientSignature', {
        message: `the emulator refused the signature: ${entry.code}`,
        received: entry.response,
        documented: 'a verifying signature',
        reference: 'A.4',
      }),
    ];
  }
  return [];
}

function successFailures(outcome: ClientOutcome, served: JournalEntry, status: number): CheckFailure[] {
  if (!outcome.ok) {
    return [
      failure('clientSurface', {
        message: `reported an error for a ${served.status} answer: ${quoted(outcome.error)}`,
        received: outcome.error,
        documented: status === 204 ? 'success' : 'the body',
        reference: status === 204 ? 'lifecycle D.2' : 'D.1',
      }),
    ];
  }
  const out: CheckFailure[] = [];
  if (outcome.status !== undefined && outcome.status !== status) {
    out.push(
      failure('clientSurface', {
        message: `reported status ${outcome.status}`,
        received: outcome.status,
        documented: status,
        reference: 'D.1',
        grade: 'inferred',
      }),
    );
  }
  const answered = (served.response ?? {}) as Record<string, unknown>;
  const surfaced = (outcome.body ?? {}) as Record<string, unknown>;
  const lost = Object.keys(answered).filter((key) => !sameJson(answered[key], surfaced[key]));
  if (lost.length > 0) {
    out.push(
      failure('clientSurface', {
        message: `the surfaced body differs from the answer in ${lost.join(', ')}`,
        received: Object.fromEntries(lost.map((k) => [k, surfaced[k]])),
        documented: Object.fromEntries(lost.map((k) => [k, answered[k]])),
        reference: 'D.2',
      }),
    );
  }
  return out;
}

function errorFailures(
  outcome: ClientOutcome,
  last: JournalEntry,
  want: { code: string; statusCode: number },
): CheckFailure[] {
  if (outcome.ok) {
    return [
      failure('clientSurface', {
        message: `reported success for ${last.status} ${String(last.code)}`,
        received: 'success',
        documented: want,
        reference: 'E.1, E.2',
      }),
    ];
  }
  const got = outcome.error;
  const expected = { code: want.code, statusCode: want.statusCode, requestId: last.requestId };
  return (['code', 'statusCode', 'requestId'] as const)
    .filter((key) => got[key] !== expected[key])
    .map((key) =>
      failure('clientSurface', {
        message: `surfaced ${key} ${quoted(got[key])} instead of ${quoted(expected[key])}`,
        received: got[key],
        documented: expected[key],
        reference: 'E.1, E.2',
      }),
    );
}

/** The names a listing surfaced, across its pages, against the set the scenario created. */
function listedFailures(input: ClientCheckInput, letters: readonly string[]): CheckFailure[] {
  const want = listedNames(input.functionName, letters);
  const got = input.outcomes.flatMap((o) =>
    o.ok
      ? ((o.body as { functions?: { functionName?: unknown }[] })?.functions ?? []).map((f) => f.functionName)
      : [],
  );
  if (sameJson(got, want)) return [];
  return [
    failure('clientSurface', {
      message: `the pages surfaced ${quoted(got)}, the set is ${quoted(want)}`,
      received: got,
      documented: want,
      reference: 'lifecycle E.2',
    }),
  ];
}

function surfaceFailures(input: ClientCheckInput): CheckFailure[] {
  const { scenario, entries, outcomes } = input;
  const last = entries.at(-1);
  if (!last) return [];
  const want = scenario.expect;
  if (!want.ok) return errorFailures(outcomes.at(-1) ?? { ok: true, body: {} }, last, want);
  // Each call pairs with the request it made, page by page.
  const each = outcomes.flatMap((outcome, i) => {
    const served = entries[i];
    return served ? successFailures(outcome, served, want.status ?? 200) : [];
  });
  return want.names ? [...each, ...listedFailures(input, want.names)] : each;
}

/**
 * Runs every client check over one scenario's calls.
 *
 * @example
 * const failures = clientChecks({ scenario, functionName, entries, outcomes, signing: true });
 */
export function clientChecks(input: ClientCheckInput): CheckFailure[] {
  const first = input.entries[0];
  if (!first) {
    // What the client surfaced instead (an adapter that threw, say) is the user's best lead.
    const said = input.outcomes.find((outcome) => !outcome.ok)?.error.message;
    const message = said ? `the client sent no request; it reported: ${said}` : 'the client sent no request';
    return [failure('clientRequest', { message, received: 0, documented: 1, reference: 'A.1' })];
  }
  const operation = input.scenario.operation ?? 'CreateFunction';
  const requests = input.entries.flatMap((entry) =>
    requestFailures({
      operation,
      functionName: input.functionName,
      entry,
      invalidInput: input.scenario.invalidInput ?? false,
    }),
  );
  const tokens = operation === 'ListFunctions' ? tokenFailures(input.entries) : [];
  return [...requests, ...tokens, ...signatureFailures(input), ...surfaceFailures(input)];
}
