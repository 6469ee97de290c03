/**
 * `verifyClient`: runs a user's FC client against our emulator (a real server on a free loopback
 * port) in every documented scenario (CreateFunction, and the function-resource operations its
 * adapter offers) and grades its requests and what it surfaced.
 */

import { signAcs3 } from '../../mocks/core/auth/index.ts';
import { Fc3TestkitError } from '../../mocks/core/errors.ts';
import { checkOptionKeys } from '../../mocks/core/option-keys.ts';
import type { CreateFunctionInput, Emulator, JournalEntry } from '../../mocks/core/types.ts';
import { startServer } from '../../mocks/server.ts';
import { createNaming, newRunId } from '../cases/context.ts';
import { totalsOf } from '../run/runner.ts';
import type { CaseResult, ContractReport, Exchange } from '../types.ts';
import { clientChecks } from './client-checks.ts';
import { type ClientScenario, clientScenarios, type DriveContext, scenarioRequest } from './scenarios.ts';
import type { ClientAdapter, ClientEndpoint, ClientOperation, ClientOutcome } from './types.ts';

/** Options of {@link verifyClient}. */
export interface VerifyClientOptions {
  /** AccessKey pair the emulator accepts and the client is given; `false` runs without signing. */
  credentials?: { accessKeyId: string; accessKeySecret: string } | false;
  /** Only scenarios whose id contains this text; text no scenario id contains throws. */
  only?: string;
  namePrefix?: string;
}

const VERIFY_CLIENT_OPTION_KEYS = Object.keys({
  credentials: true,
  only: true,
  namePrefix: true,
} satisfies Record<keyof VerifyClientOptions, true>);

const DEFAULT_CREDENTIALS = {
  accessKeyId: 'LTAI-fc3-testkit-client',
  accessKeySecret: 'fc3-testkit-client-secret',
};

function toExchange(entry: JournalEntry): Exchange {
  const headers = { 'content-type': 'application/json; charset=utf-8', 'x-acs-request-id': entry.requestId };
  return {
    request: {
      method: entry.method,
      url: entry.url,
      headers: entry.headers,
      body: new TextEncoder().encode(entry.rawBody),
    },
    response: { status: entry.status, headers, body: JSON.stringify(entry.response) },
    at: new Date(entry.at),
  };
}

async function preCreate(
  emulator: Emulator,
  endpoint: ClientEndpoint,
  input: CreateFunctionInput,
): Promise<void> {
  const url = `http://${endpoint.host}:${endpoint.port}/2023-03-30/functions`;
  const body = JSON.stringify(input);
  const wire =
    endpoint.accessKeyId && endpoint.accessKeySecret
      ? signAcs3({ url, body, accessKeyId: endpoint.accessKeyId, accessKeySecret: endpoint.accessKeySecret })
      : {
          method: 'POST',
          url,
          headers: { 'content-type': 'application/json' },
          body: new TextEncoder().encode(body),
        };
  const answer = await emulator.dispatch(wire);
  if (answer.status !== 200) throw new Error(`could not pre-create ${input.functionName}: ${answer.body}`);
}

interface ScenarioRun {
  adapter: ClientAdapter;
  scenario: ClientScenario;
  emulator: Emulator;
  endpoint: ClientEndpoint;
  input: CreateFunctionInput;
}

async function call(scenario: ClientScenario, context: DriveContext): Promise<ClientOutcome[]> {
  try {
    if (scenario.drive) return await scenario.drive(context);
    return [await context.adapter.createFunction(context.endpoint, context.input)];
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return [{ ok: false, error: { message: `adapter threw (${message})` } }];
  }
}

const METHODS: Record<ClientOperation, keyof ClientAdapter> = {
  CreateFunction: 'createFunction',
  GetFunction: 'getFunction',
  UpdateFunction: 'updateFunction',
  DeleteFunction: 'deleteFunction',
  ListFunctions: 'listFunctions',
};

/** Why a scenario cannot run with this adapter and endpoint, or undefined. */
function missing(
  scenario: ClientScenario,
  adapter: ClientAdapter,
  endpoint: ClientEndpoint,
): string | undefined {
  if (scenario.needsCredentials && endpoint.accessKeyId === undefined) return 'needs credentials';
  const name = METHODS[scenario.operation ?? 'CreateFunction'];
  return typeof adapter[name] === 'function' ? undefined : `the adapter has no ${name}`;
}

async function runScenario({
  adapter,
  scenario,
  emulator,
  endpoint,
  input,
}: ScenarioRun): Promise<CaseResult> {
  const started = performance.now();
  emulator.reset();
  await scenario.setup?.({ emulator, endpoint, input, preCreate: (i) => preCreate(emulator, endpoint, i) });
  const before = emulator.calls().at(-1)?.seq ?? 0;
  const told = scenario.endpoint ? scenario.endpoint(endpoint) : endpoint;
  const outcomes = await call(scenario, { adapter, endpoint: told, input });
  const entries = emulator.calls().filter((entry) => entry.seq > before);
  const signing = endpoint.accessKeyId !== undefined;
  const failures = clientChecks({ scenario, functionName: input.functionName, entries, outcomes, signing });
  const expect = scenario.expect.ok
    ? { status: scenario.expect.status ?? 200 }
    : { status: scenario.expect.statusCode, code: scenario.expect.code };
  return {
    case: {
      id: scenario.id,
      title: scenario.title,
      fact: scenario.fact,
      request: scenarioRequest(input, scenario.operation),
      expect,
    },
    status: failures.length === 0 ? 'passed' : 'failed',
    failures,
    warnings: [],
    exchanges: entries.map(toExchange),
    durationMs: performance.now() - started,
  };
}

function notApplicable(scenario: ClientScenario, reason: string): CaseResult {
  return {
    case: {
      id: scenario.id,
      title: scenario.title,
      fact: scenario.fact,
      request: scenarioRequest({} as CreateFunctionInput),
      expect: { status: 0 },
    },
    status: 'not-applicable',
    reason,
    failures: [],
    warnings: [],
    exchanges: [],
    durationMs: 0,
  };
}

interface ScenarioLoop {
  adapter: ClientAdapter;
  emulator: Emulator;
  endpoint: ClientEndpoint;
  only: string | undefined;
  namePrefix: string;
  runId: string;
}

async function runScenarios(loop: ScenarioLoop): Promise<CaseResult[]> {
  const naming = createNaming({ prefix: loop.namePrefix, runId: loop.runId });
  const results: CaseResult[] = [];
  for (const scenario of clientScenarios.filter((s) => !loop.only || s.id.includes(loop.only))) {
    const reason = missing(scenario, loop.adapter, loop.endpoint);
    if (reason) {
      results.push(notApplicable(scenario, reason));
      continue;
    }
    const input = scenario.input(naming);
    const run = { adapter: loop.adapter, scenario, emulator: loop.emulator, endpoint: loop.endpoint, input };
    results.push(await runScenario(run));
  }
  return results;
}

/**
 * Runs the adapter's client through every scenario against a fresh emulator server and returns a
 * report (same shape as the server suite's, so every reporter works). Throws an
 * `Fc3TestkitError` before starting anything when `only` matches no scenario id.
 *
 * @example
 * const report = await verifyClient(officialSdkAdapter());
 * if (report.totals.failed > 0) console.log(formatConsoleReport(report));
 */
export async function verifyClient(
  adapter: ClientAdapter,
  options: VerifyClientOptions = {},
): Promise<ContractReport> {
  checkOptionKeys({ adapter: 'verifyClient', options, known: VERIFY_CLIENT_OPTION_KEYS });
  const started = Date.now();
  if (options.only !== undefined && !clientScenarios.some((s) => s.id.includes(options.only ?? ''))) {
    // An empty green report for a typo would pass a consumer's CI.
    throw new Fc3TestkitError(
      `only ${JSON.stringify(options.only)} matches no client scenario; the ids are clientScenarios.map((s) => s.id), listed in docs/guides/check-your-client.md`,
    );
  }
  const credentials =
    options.credentials === false ? undefined : (options.credentials ?? DEFAULT_CREDENTIALS);
  const keys = credentials ? { credentials: { [credentials.accessKeyId]: credentials.accessKeySecret } } : {};
  const server = await startServer({ port: 0, ...keys });
  const runId = newRunId();
  const endpoint: ClientEndpoint = {
    host: server.host,
    port: server.port,
    protocol: 'http',
    ...(credentials ?? {}),
  };
  const loop = { adapter, emulator: server.emulator, endpoint, only: options.only, runId };
  const results = await runScenarios({ ...loop, namePrefix: options.namePrefix ?? 'cc' }).finally(() =>
    server.close(),
  );
  return {
    target: `client: ${adapter.name}`,
    baseUrl: server.url,
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    seed: 0,
    runId,
    documentedOnly: false,
    results,
    totals: totalsOf(results),
  };
}
