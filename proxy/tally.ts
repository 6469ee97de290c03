/**
 * The proxy's bounded record of what it saw: counts per operation, per finding and per reason
 * something was not checked, and the exchanges with findings the checks kept in full (fact, raw
 * exchange, `curl` reproducer). Turned into the contract suite's report shape, so the `verify`
 * reporters (JUnit, JSON, Markdown, console) write it unchanged. The tally lives in the
 * forwarding thread and takes plain entries, so the report never depends on the check worker
 * answering (ADR 046).
 */
import { curlCommand, truncate } from '../contracts/run/reproducer.ts';
import type { CaseResult, ContractReport, Exchange, SentRequest } from '../contracts/types.ts';
import { redactHeaders, redactJsonBytes, redactJsonText, redactTarget } from '../mocks/cassette/redact.ts';
import { answerHeadersFromRaw, headersFromRaw } from '../mocks/core/auth/wire-headers.ts';
import type { Finding } from './checks/finding.ts';
import type { Observed } from './checks/observed.ts';

const KEPT_BODY_BYTES = 64 * 1024;

/** One kind of finding: its check, reference and grade, how often, and the first message. */
export interface FindingCount {
  check: string;
  reference: string;
  grade: Finding['grade'];
  count: number;
  first: string;
}

/** Exchanges per operation (or `other` for paths outside the spec). */
export interface OperationCount {
  exchanges: number;
  withFindings: number;
}

/** What the checks made of one exchange: plain data, so it can cross from the check worker. */
export interface TallyEntry {
  /** The operation, or `other` for paths outside the spec. */
  operation: string;
  findings: Finding[];
  /** Why part of the exchange was not checked, if so. */
  unchecked: string | undefined;
  /** The exchange in full, when it has findings and the checks still keep exchanges in full. */
  kept: CaseResult | undefined;
}

/** What a tally holds. */
export interface Tally {
  add(entry: TallyEntry): void;
  /** Counts exchanges the checks skipped (default one), with the reason. */
  skip(reason: string, times?: number): void;
  readonly exchanges: number;
  readonly operations: ReadonlyMap<string, OperationCount>;
  readonly findings: readonly FindingCount[];
  readonly unchecked: ReadonlyMap<string, number>;
  /** Exchanges with findings kept in full. */
  readonly kept: readonly CaseResult[];
  /** Exchanges with findings not kept in full. */
  readonly notKept: number;
}

const strict = new TextDecoder('utf-8', { fatal: true });

/**
 * Reports are shared (CI artefacts): secrets are redacted there as in cassettes. Headers are
 * redacted as sent, field by field, then joined: a second `Authorization` joined to the first
 * kept its credential and signature in clear.
 */
function redactedRequest(request: SentRequest, sent: readonly [string, string][]): SentRequest {
  let body: Uint8Array;
  try {
    body = new TextEncoder().encode(redactJsonText(strict.decode(request.body)));
  } catch {
    body = redactJsonBytes(request.body);
  }
  const headers = headersFromRaw(redactHeaders(sent).flat());
  const url = new URL(request.url);
  return { ...request, url: `${url.origin}${redactTarget(`${url.pathname}${url.search}`)}`, headers, body };
}

function trimmed(exchange: Exchange, request: SentRequest, answered: readonly [string, string][]): Exchange {
  const { response } = exchange;
  return {
    at: exchange.at,
    request: {
      ...request,
      body: request.body.byteLength > KEPT_BODY_BYTES ? request.body.slice(0, KEPT_BODY_BYTES) : request.body,
    },
    response: {
      ...response,
      headers: answerHeadersFromRaw(redactHeaders(answered).flat()),
      body: truncate(redactJsonText(response.body), KEPT_BODY_BYTES),
    },
  };
}

/**
 * An exchange with findings as a failed contract result: fact, redacted exchange, `curl` reproducer.
 *
 * @example
 * const entry = { operation: 'CreateFunction', findings, unchecked: undefined, kept: keptResult(observed, findings) };
 */
export function keptResult(observed: Observed, findings: Finding[]): CaseResult {
  const { tapped } = observed;
  const operation = observed.route?.operation.name;
  const { method } = tapped.request.head;
  const target = redactTarget(tapped.request.head.target);
  const status = tapped.response?.head.status ?? 0;
  const request = redactedRequest(observed.exchange.request, tapped.request.head.headers);
  return {
    case: {
      id: `proxy.${tapped.seq}${operation ? `.${operation}` : ''}`,
      title: `#${tapped.seq} ${method} ${target} → ${status || 'no answer'}`,
      fact: {
        reference: findings[0]?.reference ?? 'proxy',
        statement: `${operation ?? 'an FC request'}: what the client sent and what the server answered, as documented`,
        grade: findings.some((entry) => entry.grade === 'documented') ? 'documented' : 'inferred',
      },
      request: { method, path: target },
      expect: { status },
    },
    status: 'failed',
    failures: findings,
    warnings: [],
    // Computed from the whole request: a trimmed body would give a wrong reproducer.
    reproducer: curlCommand(request),
    exchanges: [trimmed(observed.exchange, request, tapped.response?.head.headers ?? [])],
    durationMs: Math.round(tapped.durationMs),
  };
}

/**
 * Creates an empty tally.
 *
 * @example
 * const tally = createTally();
 * tally.add({ operation: 'GetFunction', findings: [], unchecked: undefined, kept: undefined });
 */
export function createTally(): Tally {
  const operations = new Map<string, OperationCount>();
  const findings = new Map<string, FindingCount>();
  const unchecked = new Map<string, number>();
  const kept: CaseResult[] = [];
  let exchanges = 0;
  let notKept = 0;
  const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  return {
    add({ operation, findings: found, unchecked: reason, kept: result }) {
      exchanges += 1;
      const entry = operations.get(operation) ?? { exchanges: 0, withFindings: 0 };
      entry.exchanges += 1;
      if (found.length > 0) entry.withFindings += 1;
      operations.set(operation, entry);
      if (reason) count(unchecked, reason);
      for (const item of found) {
        const key = `${item.check}|${item.reference}|${item.grade}`;
        const known = findings.get(key);
        if (known) known.count += 1;
        else
          findings.set(key, {
            check: item.check,
            reference: item.reference,
            grade: item.grade,
            count: 1,
            first: item.message,
          });
      }
      if (found.length === 0) return;
      if (result) kept.push(result);
      else notKept += 1;
    },
    skip(reason, times = 1) {
      exchanges += times;
      unchecked.set(reason, (unchecked.get(reason) ?? 0) + times);
    },
    get exchanges() {
      return exchanges;
    },
    operations,
    get findings() {
      return [...findings.values()];
    },
    unchecked,
    kept,
    get notKept() {
      return notKept;
    },
  };
}

/** What the report says about the run besides the tally. */
export interface ReportContext {
  upstream: string;
  startedAt: Date;
  durationMs: number;
}

function passedResult(operation: string, counts: OperationCount): CaseResult {
  const clean = counts.exchanges - counts.withFindings;
  return {
    case: {
      id: `proxy.${operation}.conforming`,
      title: `${clean} ${operation} exchange(s) without findings`,
      fact: { reference: 'proxy', statement: `${operation}: exchanges that conform`, grade: 'documented' },
      request: { method: '', path: '' },
      expect: { status: 0 },
    },
    status: 'passed',
    failures: [],
    warnings: [],
    exchanges: [],
    durationMs: 0,
  };
}

function uncheckedResult(reason: string, times: number): CaseResult {
  return {
    ...passedResult('unchecked', { exchanges: 0, withFindings: 0 }),
    case: {
      id: `proxy.not-checked.${reason.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`,
      title: `${times} exchange(s) not fully checked: ${reason}`,
      fact: { reference: 'proxy', statement: 'not checked', grade: 'documented' },
      request: { method: '', path: '' },
      expect: { status: 0 },
    },
    status: 'not-applicable',
    reason,
  };
}

/**
 * The tally as a contract report: one failed result per kept exchange with findings, one passed
 * result per operation for the conforming ones, one not-applicable result per reason something
 * went unchecked.
 *
 * @example
 * writeFileSync('proxy.xml', formatReport(reportOf(tally, context), 'junit'));
 */
export function reportOf(tally: Tally, context: ReportContext): ContractReport {
  const results: CaseResult[] = [...tally.kept];
  for (const [operation, counts] of tally.operations) {
    if (counts.exchanges > counts.withFindings) results.push(passedResult(operation, counts));
  }
  for (const [reason, times] of tally.unchecked) results.push(uncheckedResult(reason, times));
  if (tally.notKept > 0) {
    const reason = `exchanges with findings beyond the first ${tally.kept.length} kept in full (counted in the summary)`;
    results.push(uncheckedResult(reason, tally.notKept));
  }
  const count = (status: CaseResult['status']) => results.filter((result) => result.status === status).length;
  return {
    target: `fc3-testkit proxy → ${context.upstream}`,
    baseUrl: context.upstream,
    startedAt: context.startedAt.toISOString(),
    durationMs: Math.round(context.durationMs),
    runId: `proxy-${context.startedAt.getTime().toString(36)}`,
    documentedOnly: false,
    results,
    totals: {
      passed: count('passed'),
      failed: count('failed'),
      notApplicable: count('not-applicable'),
      total: results.length,
    },
  };
}
