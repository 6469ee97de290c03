/**
 * The documented scenarios a client must get through: the sample-like success and every error a
 * CreateFunction call can meet (provoked or injected with `failNext`), then the function-resource
 * scenarios of resource-scenarios.ts.
 */
import type { FcErrorCode } from '../../mocks/core/errors.ts';
import type { CreateFunctionInput, Emulator } from '../../mocks/core/types.ts';
import { createRequest, fact, type Naming, requestExample } from '../cases/context.ts';
import type { Fact } from '../types.ts';
import { resourceScenarios } from './resource-scenarios.ts';
import type { ClientAdapter, ClientEndpoint, ClientOperation, ClientOutcome } from './types.ts';

/** What a scenario may do before the client's call. */
export interface ScenarioSetup {
  emulator: Emulator;
  endpoint: ClientEndpoint;
  input: CreateFunctionInput;
  /** Creates a function directly on the emulator (signed when needed). */
  preCreate(input: CreateFunctionInput): Promise<void>;
}

/** What a scenario's `drive` gets. */
export interface DriveContext {
  adapter: ClientAdapter;
  endpoint: ClientEndpoint;
  input: CreateFunctionInput;
}

/** One client scenario. */
export interface ClientScenario {
  id: string;
  title: string;
  fact: Fact;
  /** The operation the client is asked for (default CreateFunction). */
  operation?: ClientOperation;
  /** The function the scenario is about (created by the client, or in `setup`). */
  input(naming: Naming): CreateFunctionInput;
  /**
   * Calls the adapter (default `createFunction(endpoint, input)`) and returns what each call
   * surfaced, in order (one per page of a listing).
   */
  drive?(context: DriveContext): Promise<ClientOutcome[]>;
  setup?(context: ScenarioSetup): Promise<void> | void;
  /** Changes what the client is told (e.g. a wrong secret). */
  endpoint?(endpoint: ClientEndpoint): ClientEndpoint;
  needsCredentials?: boolean;
  /**
   * Success (status 200 unless given; for a listing, `names`: the set `<functionName>-<name>`
   * listed in this order across the pages), or the documented error.
   */
  expect: { ok: true; status?: number; names?: string[] } | { ok: false; code: string; statusCode: number };
  /** The request is invalid on purpose: skip the schema check of the sent body. */
  invalidInput?: boolean;
}

const sample = (naming: Naming) =>
  ({ ...requestExample('sample'), functionName: naming.next('client') }) as CreateFunctionInput;
const minimal = (naming: Naming) =>
  ({ ...requestExample('minimal'), functionName: naming.next('client') }) as CreateFunctionInput;

function injected(code: FcErrorCode, statusCode: number, reference: string): ClientScenario {
  return {
    id: `client.error.${code}`,
    title: `surfaces ${statusCode} ${code}`,
    fact: fact({
      reference,
      statement: `${code} answers ${statusCode} with the FC envelope; the client must surface code, status and request id`,
    }),
    input: minimal,
    // Several, so a retrying client still ends on the error; the emulator is reset after each scenario.
    setup: ({ emulator }) => emulator.failNext(code, { times: 5 }),
    expect: { ok: false, code, statusCode },
  };
}

/**
 * Every client scenario, in running order.
 *
 * @example
 * clientScenarios.map((s) => s.id);
 */
export const clientScenarios: readonly ClientScenario[] = [
  {
    id: 'client.success.sample',
    title: 'creates the sample-like function and surfaces the Function body',
    fact: fact({
      reference: 'D.1, D.2',
      statement: 'a create answers 200 with the Function body; the client returns it',
    }),
    input: sample,
    expect: { ok: true },
  },
  {
    id: 'client.success.minimal',
    title: 'creates the smallest function',
    fact: fact({ reference: 'B.1, D.3', statement: 'the smallest valid input is created with defaults' }),
    input: minimal,
    expect: { ok: true },
  },
  {
    id: 'client.error.duplicate',
    title: 'surfaces 409 FunctionAlreadyExists',
    fact: fact({ reference: 'E.2, G.7', statement: 'a taken name answers 409 FunctionAlreadyExists' }),
    input: minimal,
    setup: ({ input, preCreate }) => preCreate(input),
    expect: { ok: false, code: 'FunctionAlreadyExists', statusCode: 409 },
  },
  {
    id: 'client.error.invalid',
    title: 'surfaces 400 InvalidArgument for an invalid input',
    fact: fact({
      reference: 'B.1, E.2',
      ruleId: 'timeout-range',
      statement: 'validation failures answer 400 InvalidArgument',
    }),
    input: (naming) => ({ ...minimal(naming), timeout: 86401 }),
    invalidInput: true,
    expect: { ok: false, code: 'InvalidArgument', statusCode: 400 },
  },
  injected('Throttling.User', 429, 'E.1, E.2'),
  injected('ResourceExhausted', 429, 'E.2'),
  injected('AccessDenied', 403, 'E.2'),
  injected('InternalServerError', 500, 'E.2'),
  injected('ServiceUnavailable', 503, 'E.2'),
  {
    id: 'client.signature.wrong-secret',
    title: 'surfaces 403 SignatureNotMatch when its secret is wrong',
    fact: fact({
      reference: 'A.4, E.2',
      statement: 'a signature that does not verify answers 403 SignatureNotMatch',
    }),
    input: minimal,
    needsCredentials: true,
    endpoint: (e) => ({ ...e, accessKeySecret: `${e.accessKeySecret ?? ''}-wrong` }),
    expect: { ok: false, code: 'SignatureNotMatch', statusCode: 403 },
  },
  {
    id: 'client.signature.unknown-key',
    title: 'surfaces 403 InvalidAccessKeyID for an unknown AccessKey id',
    fact: fact({ reference: 'E.2', statement: 'an unknown AccessKey id answers 403 InvalidAccessKeyID' }),
    input: minimal,
    needsCredentials: true,
    endpoint: (e) => ({ ...e, accessKeyId: 'LTAI-unknown-key' }),
    expect: { ok: false, code: 'InvalidAccessKeyID', statusCode: 403 },
  },
  ...resourceScenarios,
];

/**
 * The request a scenario stands for, as case data (for reports): the operation's method and path.
 *
 * @example
 * scenarioRequest(input).path; // '/2023-03-30/functions'
 */
export function scenarioRequest(input: CreateFunctionInput, operation: ClientOperation = 'CreateFunction') {
  const path = `/2023-03-30/functions/${encodeURIComponent(input.functionName ?? '')}`;
  if (operation === 'GetFunction') return { method: 'GET', path };
  if (operation === 'DeleteFunction') return { method: 'DELETE', path };
  if (operation === 'UpdateFunction') return { method: 'PUT', path };
  if (operation === 'ListFunctions') return { method: 'GET', path: '/2023-03-30/functions' };
  return createRequest(input as Record<string, unknown>);
}
