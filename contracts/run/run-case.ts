/**
 * Runs one case against a target: setup requests, the request under test, then every check that
 * applies; failures of inferred expectations become warnings in documented-only runs.
 */
import { contractChecks } from '../checks/index.ts';
import type {
  CaseRequest,
  CaseResult,
  CheckFailure,
  ContractCase,
  ContractTarget,
  Exchange,
  SentRequest,
} from '../types.ts';
import { type Credentials, prepareRequest } from './prepare-request.ts';
import { curlCommand } from './reproducer.ts';

/** Options of {@link runCase}. */
export interface RunCaseOptions {
  target: ContractTarget;
  credentials?: Credentials;
  documentedOnly: boolean;
  clockToleranceMs: number;
}

/**
 * Thrown by targets when the request never got an answer (connection refused, reset, …).
 *
 * @example
 * throw new TransportError('connect ECONNREFUSED 127.0.0.1:9000');
 */
export class TransportError extends Error {
  override name = 'TransportError';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function prepare(request: CaseRequest, options: RunCaseOptions): SentRequest {
  const { baseUrl, maxBodyBytes, fcHosts } = options.target;
  return prepareRequest(request, {
    baseUrl,
    ...(options.credentials ? { credentials: options.credentials } : {}),
    ...(maxBodyBytes === undefined ? {} : { maxBodyBytes }),
    ...(fcHosts === undefined ? {} : { fcHosts }),
  });
}

async function exchange(sent: SentRequest, options: RunCaseOptions): Promise<Exchange> {
  const response = await options.target.send(sent);
  return { request: sent, response, at: new Date() };
}

/**
 * Why a case cannot be judged against the target's declared body limit: a body over the limit
 * (other than the deliberate `overLimit` one) draws EntityTooLarge from a correct server.
 */
function oversizeReason(requests: CaseRequest[], sent: SentRequest[], limit: number | undefined) {
  if (limit === undefined) return undefined;
  for (const [index, request] of requests.entries()) {
    const size = sent[index]?.body.byteLength ?? 0;
    if (request.overLimit || size <= limit) continue;
    const which = index < requests.length - 1 ? `setup request ${index + 1}` : 'the request';
    return `${which} body (${size} bytes) exceeds the declared body limit (${limit} bytes); a correct server answers EntityTooLarge`;
  }
  return undefined;
}

function transportFailure(error: unknown): CheckFailure {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    check: 'transport',
    message: `no answer: ${message}`,
    received: message,
    documented: 'an HTTP answer',
    reference: 'A.1',
    grade: 'documented',
  };
}

function setupFailure(index: number, got: Exchange): CheckFailure {
  return {
    check: 'setup',
    message: `setup request ${index + 1} answered ${got.response.status} instead of 2xx; the case could not prepare its state`,
    received: got.response.status,
    documented: 200,
    reference: 'D.1',
    grade: 'documented',
  };
}

function runChecks(c: ContractCase, got: Exchange, options: RunCaseOptions): CheckFailure[] {
  const json = parseJson(got.response.body);
  const input = { contractCase: c, exchange: got, json, clockToleranceMs: options.clockToleranceMs };
  return contractChecks.filter((check) => check.applies(c)).flatMap((check) => check.run(input));
}

async function collect(
  c: ContractCase,
  options: RunCaseOptions,
  sent: SentRequest[],
  exchanges: Exchange[],
): Promise<CheckFailure[]> {
  for (const [index, request] of sent.entries()) {
    const got = await exchange(request, options);
    exchanges.push(got);
    if (index === sent.length - 1) return runChecks(c, got, options);
    // Any 2xx: a setup may tag or delete (204, inferred for those operations).
    if (got.response.status < 200 || got.response.status > 299) return [setupFailure(index, got)];
  }
  return [];
}

/**
 * The result of a case that does not apply to the run, with the reason.
 *
 * @example
 * notApplicableResult(c, 'needs credentials');
 */
export function notApplicableResult(c: ContractCase, reason: string): CaseResult {
  return {
    case: c,
    status: 'not-applicable',
    reason,
    failures: [],
    warnings: [],
    exchanges: [],
    durationMs: 0,
  };
}

function graded(c: ContractCase, all: CheckFailure[], exchanges: Exchange[], options: RunCaseOptions) {
  const demote = (f: CheckFailure) => options.documentedOnly && f.grade === 'inferred';
  const failures = all.filter((f) => !demote(f));
  const result: CaseResult = {
    case: c,
    status: failures.length === 0 ? 'passed' : 'failed',
    failures,
    warnings: all.filter(demote),
    exchanges,
    durationMs: 0,
  };
  const last = exchanges.at(-1);
  if (failures.length > 0 && last) result.reproducer = curlCommand(last.request);
  return result;
}

/**
 * Runs one applicable case and grades it; a case whose body exceeds the target's declared limit
 * comes back not applicable.
 *
 * @example
 * const result = await runCase(contractCase, { target, documentedOnly: false, clockToleranceMs: 300_000 });
 */
export async function runCase(c: ContractCase, options: RunCaseOptions): Promise<CaseResult> {
  const started = performance.now();
  const exchanges: Exchange[] = [];
  let all: CheckFailure[];
  try {
    const requests = [...(c.setup ?? []), c.request];
    const sent = requests.map((request) => prepare(request, options));
    const reason = oversizeReason(requests, sent, options.target.maxBodyBytes);
    if (reason) return notApplicableResult(c, reason);
    all = await collect(c, options, sent, exchanges);
  } catch (error) {
    all = [transportFailure(error)];
  }
  return { ...graded(c, all, exchanges, options), durationMs: performance.now() - started };
}
