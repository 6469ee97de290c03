/**
 * Client-mode checks: the requests a client sent (read from the emulator's journal) and what it
 * surfaced to its caller, each failing with a "received vs documented" message.
 */
import type { JournalEntry } from '../../mocks/core/types.ts';
import { validateInput } from '../../mocks/core/validation.ts';
import { failure, parseObject } from '../checks/check.ts';
import type { CheckFailure } from '../types.ts';
import type { ClientScenario } from './scenarios.ts';
import type { ClientOutcome } from './types.ts';

/** What the client checks see. */
export interface ClientCheckInput {
  scenario: ClientScenario;
  /** Journal entries of the client's call, oldest first. */
  entries: JournalEntry[];
  outcome: ClientOutcome;
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
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

function headerFailures(entry: JournalEntry): CheckFailure[] {
  const out: CheckFailure[] = [];
  const want: Record<string, (v: string | undefined) => boolean> = {
    'x-acs-action': (v) => v === 'CreateFunction',
    'x-acs-version': (v) => v === '2023-03-30',
    'content-type': (v) => (v ?? '').toLowerCase().startsWith('application/json'),
  };
  for (const [name, ok] of Object.entries(want)) {
    if (ok(entry.headers[name])) continue;
    out.push(
      failure('clientRequest', {
        message: `header ${name} is ${JSON.stringify(entry.headers[name])}`,
        received: entry.headers[name],
        documented:
          name === 'content-type'
            ? 'application/json; charset=utf-8'
            : name === 'x-acs-action'
              ? 'CreateFunction'
              : '2023-03-30',
        reference: 'A.1, A.3',
      }),
    );
  }
  return out;
}

function bodyFailures(entry: JournalEntry, invalidInput: boolean): CheckFailure[] {
  // The journal parses bodies only for requests that reached validation; read the raw text instead.
  const body = parseObject(entry.rawBody);
  if (!body) {
    const received = entry.rawBody.slice(0, 200);
    const message = 'the body is not a JSON object';
    return [
      failure('clientRequest', {
        message,
        received,
        documented: 'CreateFunctionInput JSON',
        reference: 'A.1, B.1',
      }),
    ];
  }
  const violation = invalidInput ? undefined : validateInput(body);
  if (!violation) return [];
  const message = `the body breaks the schema: ${violation.message}`;
  return [
    failure('clientRequest', { message, received: body, documented: violation.ruleId, reference: 'B' }),
  ];
}

function requestFailures({ scenario, entries }: ClientCheckInput): CheckFailure[] {
  const entry = entries[0];
  if (!entry) {
    const message = 'the client sent no request';
    return [failure('clientRequest', { message, received: 0, documented: 1, reference: 'A.1' })];
  }
  const path = new URL(entry.url).pathname;
  const out = headerFailures(entry);
  if (entry.method !== 'POST' || path !== '/2023-03-30/functions') {
    const sent = `${entry.method} ${path}`;
    const documented = 'POST /2023-03-30/functions';
    out.push(
      failure('clientRequest', { message: `sent ${sent}`, received: sent, documented, reference: 'A.1' }),
    );
  }
  return [...out, ...bodyFailures(entry, scenario.invalidInput ?? false)];
}

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

function successFailures(input: ClientCheckInput, last: JournalEntry): CheckFailure[] {
  const { outcome } = input;
  if (!outcome.ok) {
    return [
      failure('clientSurface', {
        message: `reported an error for a 200 answer: ${JSON.stringify(outcome.error)}`,
        received: outcome.error,
        documented: 'the Function body',
        reference: 'D.1',
      }),
    ];
  }
  const out: CheckFailure[] = [];
  if (outcome.status !== undefined && outcome.status !== 200) {
    out.push(
      failure('clientSurface', {
        message: `reported status ${outcome.status}`,
        received: outcome.status,
        documented: 200,
        reference: 'D.1',
        grade: 'inferred',
      }),
    );
  }
  const served = (last.response ?? {}) as Record<string, unknown>;
  const surfaced = (outcome.body ?? {}) as Record<string, unknown>;
  const lost = Object.keys(served).filter((key) => canonical(served[key]) !== canonical(surfaced[key]));
  if (lost.length > 0) {
    out.push(
      failure('clientSurface', {
        message: `the surfaced body differs from the answer in ${lost.join(', ')}`,
        received: Object.fromEntries(lost.map((k) => [k, surfaced[k]])),
        documented: Object.fromEntries(lost.map((k) => [k, served[k]])),
        reference: 'D.2',
      }),
    );
  }
  return out;
}

function errorFailures(
  input: ClientCheckInput,
  last: JournalEntry,
  want: { code: string; statusCode: number },
): CheckFailure[] {
  const { outcome } = input;
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
        message: `surfaced ${key} ${JSON.stringify(got[key])} instead of ${JSON.stringify(expected[key])}`,
        received: got[key],
        documented: expected[key],
        reference: 'E.1, E.2',
      }),
    );
}

/**
 * Runs every client check over one scenario's call.
 *
 * @example
 * const failures = clientChecks({ scenario, entries, outcome, signing: true });
 */
export function clientChecks(input: ClientCheckInput): CheckFailure[] {
  const last = input.entries.at(-1);
  const surfaced = !last
    ? []
    : input.scenario.expect.ok
      ? successFailures(input, last)
      : errorFailures(input, last, input.scenario.expect);
  return [...requestFailures(input), ...signatureFailures(input), ...surfaced];
}
