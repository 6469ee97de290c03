/**
 * Runs one case against a target: setup requests, the request under test and any `afterwards` steps,
 * each checked step graded by every check that applies; failures of inferred expectations become
 * warnings in documented-only runs.
 */
import { contractChecks } from '../checks/index.ts';
import type {
  CaseExpectation,
  CaseRequest,
  CaseResult,
  CheckFailure,
  ContractCase,
  Exchange,
  SentRequest,
} from '../types.ts';
import { bodyFrom } from './body-from.ts';
import { type Followed, followUrl } from './follow-url.ts';
import { keptExchange } from './kept-exchange.ts';
import { KeptSteps } from './kept-steps.ts';
import type { Credentials } from './prepare-request.ts';
import { curlCommand } from './reproducer.ts';
import {
  DEFAULT_LIFECYCLE_BUDGET_MS,
  prepareFor,
  type StepContext,
  type StepRun,
  sendStep,
  type WaitOutcome,
} from './send-step.ts';
import { AnswerLimitError } from './transport-error.ts';

export { TransportError } from './transport-error.ts';

/** Options of {@link runCase}. */
export interface RunCaseOptions {
  target: StepContext['target'];
  credentials?: Credentials;
  documentedOnly: boolean;
  clockToleranceMs: number;
  /** Real-time budget of one lifecycle wait ({@link DEFAULT_LIFECYCLE_BUDGET_MS} by default). */
  lifecycleBudgetMs?: number;
  /** The target's clock minus ours. */
  clockOffsetMs?: number;
}

interface Step {
  request: CaseRequest;
  /** Undefined for setup steps, which only have to succeed. */
  expect?: CaseExpectation;
}

function stepsOf(c: ContractCase): Step[] {
  return [
    ...(c.setup ?? []).map((request) => ({ request })),
    { request: c.request, expect: c.expect },
    ...(c.afterwards ?? []),
  ];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Why a case cannot be judged against the target's declared body limit: a body over the limit
 * (other than the deliberate `overLimit` one) draws EntityTooLarge from a correct server.
 */
function oversizeReason(steps: Step[], sent: (SentRequest | undefined)[], limit: number | undefined) {
  if (limit === undefined) return undefined;
  const main = steps.findIndex((step) => step.expect !== undefined);
  for (const [index, { request }] of steps.entries()) {
    const size = sent[index]?.body.byteLength ?? 0;
    if (request.overLimit || size <= limit) continue;
    const which = index < main ? `setup request ${index + 1}` : 'the request';
    return `${which} body (${size} bytes) exceeds the declared body limit (${limit} bytes); a correct server answers EntityTooLarge`;
  }
  return undefined;
}

function transportFailure(error: unknown): CheckFailure {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (error instanceof AnswerLimitError) {
    const { limit, value, readBytes } = error.cut;
    return {
      check: 'transport',
      message: `no complete answer: ${message}`,
      received: `${readBytes} body bytes when the suite stopped reading`,
      documented: `an answer within ${limit} (${value} ${limit === 'maxAnswerBytes' ? 'bytes' : 'ms'})`,
      reference: 'A.1',
      grade: 'documented',
    };
  }
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
    message: `setup request ${index + 1} answered ${got.response.status} instead of a success; the case could not prepare its state`,
    received: got.response.status,
    documented: '2xx',
    reference: 'D.1',
    grade: 'documented',
  };
}

function waitFailure(index: number, wait: Exclude<WaitOutcome, { outcome: 'reached' }>): CheckFailure {
  const ran = `${Math.round(wait.waitedMs)} ms${wait.outcome === 'timeout' && wait.moved ? " of the target's clock" : ''}`;
  const message =
    wait.outcome === 'left'
      ? `step ${index + 1}: while waiting, the function answered ${wait.last} (neither the awaited nor a preparing state)`
      : `step ${index + 1}: still ${wait.last} after ${ran}; devsapp gives up after 40 minutes`;
  return {
    check: 'lifecycle',
    message,
    received: wait.last,
    documented: 'Pending/InProgress, then Active/Successful',
    reference: wait.outcome === 'left' ? 'lifecycle F.2' : 'lifecycle F.4, F.5',
    grade: wait.outcome === 'left' ? 'documented' : 'inferred',
  };
}

/** A check that threw: a bug of the suite, reported as such rather than as the target's fault. */
function crashedCheck(name: string, error: unknown): CheckFailure {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    check: name,
    message: `the check itself threw (${message}); this is a contract-suite bug, not a verdict on the target`,
    received: message,
    documented: 'a verdict',
    reference: 'A.1',
    grade: 'documented',
  };
}

interface CheckStep {
  c: ContractCase;
  step: Step;
  run: StepRun;
  earlier: KeptSteps;
  options: RunCaseOptions;
}

function runChecks({ c, step, run, earlier, options }: CheckStep): CheckFailure[] {
  const got = run.exchanges.at(-1) as Exchange;
  const contractCase = { ...c, request: step.request, expect: step.expect as CaseExpectation };
  const input = {
    contractCase,
    exchange: got,
    json: parseJson(got.response.body),
    clockToleranceMs: options.clockToleranceMs,
    clockOffsetMs: options.clockOffsetMs ?? 0,
    earlier,
    // A poll's earlier answers are kept only as its result keeps them (send-step.ts): no pages.
    pages: run.wait ? [got] : run.exchanges,
  };
  return contractChecks
    .filter((check) => check.applies(contractCase))
    .flatMap((check) => {
      try {
        return check.run(input);
      } catch (error) {
        return [crashedCheck(check.name, error)];
      }
    });
}

/** Names the step in a failure when the case has more than one checked step. */
function labelled(failures: CheckFailure[], index: number, step: Step, many: boolean): CheckFailure[] {
  if (!many) return failures;
  const label = `step ${index + 1} (${step.request.method} ${step.request.path.split('?')[0]})`;
  return failures.map((f) => ({ ...f, message: `${label}: ${f.message}` }));
}

type Collected = { failures: CheckFailure[] } | { notApplicable: string };

interface CollectOptions {
  c: ContractCase;
  steps: Step[];
  sent: (SentRequest | undefined)[];
  exchanges: Exchange[];
  options: RunCaseOptions;
}

function stepContext(options: RunCaseOptions): StepContext {
  return {
    target: options.target,
    lifecycleBudgetMs: options.lifecycleBudgetMs ?? DEFAULT_LIFECYCLE_BUDGET_MS,
    clockOffsetMs: options.clockOffsetMs ?? 0,
    ...(options.credentials ? { credentials: options.credentials } : {}),
  };
}

interface CaseState extends CollectOptions {
  context: StepContext;
  earlier: KeptSteps;
  failures: CheckFailure[];
  /** More than one checked step: failures name theirs. */
  many: boolean;
}

/**
 * Sends step `index` and grades it: undefined to go on, else how the case ends. A function of its
 * own so that the step's answers go once it returns: a suspended async function keeps what its
 * locals held in the loop's previous turn until they are assigned again, and a loop-local `run`
 * kept the previous step's answers whole while the next one waited on the target.
 */
async function runStep(state: CaseState, index: number): Promise<Collected | undefined> {
  const { c, steps, sent, exchanges, options, context, earlier, failures, many } = state;
  const step = steps[index] as Step;
  const followed: Followed = step.request.follow
    ? followUrl(step.request, earlier, options.target.baseUrl)
    : step.request.bodyFrom
      ? bodyFrom(step.request, earlier, context)
      : { sent: sent[index] as SentRequest };
  // Not applicable only while nothing failed: a skipped download must not hide earlier failures.
  if ('notApplicable' in followed) return failures.length > 0 ? { failures } : followed;
  if ('failure' in followed) return { failures: [...failures, followed.failure] };
  const run = await sendStep({ request: step.request, first: followed.sent, context });
  // The result keeps a bounded start of each answer (the checks below see them whole).
  exchanges.push(...run.exchanges.map(keptExchange));
  const got = run.exchanges.at(-1) as Exchange;
  if (step.expect?.download && !got.response.bytes && failures.length === 0)
    return { notApplicable: `${options.target.name} passes on no raw bytes (ReceivedResponse.bytes)` };
  if (run.wait?.outcome === 'timeout' && !run.wait.moved) {
    return {
      notApplicable: `step ${index + 1} was still ${run.wait.last} after the lifecycle budget of ${context.lifecycleBudgetMs} ms (no duration is documented, lifecycle F.4); raise --lifecycle-budget-ms`,
    };
  }
  if (run.wait && run.wait.outcome !== 'reached') failures.push(waitFailure(index, run.wait));
  if (!step.expect) {
    if (failures.length > 0) return { failures };
    if (got.response.status < 200 || got.response.status > 299)
      return { failures: [setupFailure(index, got)] };
  } else {
    failures.push(...labelled(runChecks({ c, step, run, earlier, options }), index, step, many));
  }
  // Graded: later steps read only a few fields of this answer; the answer itself goes.
  earlier.keep(index, got);
  return undefined;
}

async function collect(options: CollectOptions): Promise<Collected> {
  const state: CaseState = {
    ...options,
    context: stepContext(options.options),
    earlier: new KeptSteps(options.steps),
    failures: [],
    many: (options.c.afterwards?.length ?? 0) > 0,
  };
  for (let index = 0; index < options.steps.length; index++) {
    const ended = await runStep(state, index);
    if (ended) return ended;
  }
  return { failures: state.failures };
}

/**
 * The result of a case that does not apply to the run, with the reason.
 *
 * @example
 * notApplicableResult(c, 'needs credentials');
 */
export function notApplicableResult(c: ContractCase, reason: string, exchanges: Exchange[] = []): CaseResult {
  return {
    case: c,
    status: 'not-applicable',
    reason,
    failures: [],
    warnings: [],
    exchanges,
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
 * Runs one applicable case and grades it; a case whose body exceeds the target's declared limit,
 * or whose lifecycle wait outlasts the budget, comes back not applicable with the reason.
 *
 * @example
 * const result = await runCase(contractCase, { target, documentedOnly: false, clockToleranceMs: 300_000 });
 */
export async function runCase(c: ContractCase, options: RunCaseOptions): Promise<CaseResult> {
  const started = performance.now();
  const exchanges: Exchange[] = [];
  let all: CheckFailure[];
  try {
    const steps = stepsOf(c);
    const context = stepContext(options);
    // A followed URL, or a body sent back, is known only once the step it comes from has answered.
    const sent = steps.map(({ request }) =>
      request.follow || request.bodyFrom ? undefined : prepareFor(request, context),
    );
    const reason = oversizeReason(steps, sent, options.target.maxBodyBytes);
    if (reason) return notApplicableResult(c, reason);
    const collected = await collect({ c, steps, sent, exchanges, options });
    if ('notApplicable' in collected) {
      const result = notApplicableResult(c, collected.notApplicable, exchanges);
      return { ...result, durationMs: performance.now() - started };
    }
    all = collected.failures;
  } catch (error) {
    all = [transportFailure(error)];
  }
  return { ...graded(c, all, exchanges, options), durationMs: performance.now() - started };
}
