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

async function exchange(request: CaseRequest, options: RunCaseOptions): Promise<Exchange> {
  const prepareOptions = {
    baseUrl: options.target.baseUrl,
    ...(options.credentials ? { credentials: options.credentials } : {}),
  };
  const maxBodyBytes = options.target.maxBodyBytes;
  const sent = prepareRequest(
    request,
    maxBodyBytes === undefined ? prepareOptions : { ...prepareOptions, maxBodyBytes },
  );
  const response = await options.target.send(sent);
  return { request: sent, response, at: new Date() };
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
    message: `setup request ${index + 1} answered ${got.response.status} instead of 200; the case could not prepare its state`,
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
  exchanges: Exchange[],
): Promise<CheckFailure[]> {
  for (const [index, request] of (c.setup ?? []).entries()) {
    const got = await exchange(request, options);
    exchanges.push(got);
    if (got.response.status !== 200) return [setupFailure(index, got)];
  }
  const got = await exchange(c.request, options);
  exchanges.push(got);
  return runChecks(c, got, options);
}

/**
 * Runs one applicable case and grades it.
 *
 * @example
 * const result = await runCase(contractCase, { target, documentedOnly: false, clockToleranceMs: 300_000 });
 */
export async function runCase(c: ContractCase, options: RunCaseOptions): Promise<CaseResult> {
  const started = performance.now();
  const exchanges: Exchange[] = [];
  let all: CheckFailure[];
  try {
    all = await collect(c, options, exchanges);
  } catch (error) {
    all = [transportFailure(error)];
  }
  const demote = (f: CheckFailure) => options.documentedOnly && f.grade === 'inferred';
  const failures = all.filter((f) => !demote(f));
  const warnings = all.filter(demote);
  const last = exchanges.at(-1);
  const result: CaseResult = {
    case: c,
    status: failures.length === 0 ? 'passed' : 'failed',
    failures,
    warnings,
    exchanges,
    durationMs: performance.now() - started,
  };
  if (failures.length > 0 && last) result.reproducer = curlCommand(last.request);
  return result;
}
