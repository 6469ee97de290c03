/**
 * The browser scenarios as data: request → expected status, FC code, body subset and journal
 * entry (statuses and codes: reference E.2, lifecycle reference B–G), run through the Service
 * Worker under each msw major (worker.test.ts). A new operation is a request builder and a few
 * rows here.
 */
import type { CallOutcome, Emulator, OperationName } from 'fc3-testkit';
import { expect } from 'vitest';
import { minimalInput } from '../helpers/requests.ts';
import { BASE_URL, type FcRequest } from './harness.ts';

/** What a scenario's request must be answered with. */
export interface BrowserWant {
  status: number;
  /** FC's error `Code`; absent for a success. */
  code?: string;
  /** A subset of the JSON body (asymmetric matchers allowed); `null` for an answer without a body. */
  body?: Record<string, unknown> | null;
  /** What the journal recorded for the request (rule ids: docs/rules.md). */
  journal?: { operation?: OperationName; outcome: CallOutcome; ruleId?: string };
}

/** One row: `given` requests (each must succeed), then `arrange`, then `request`. */
export interface BrowserScenario {
  name: string;
  given?: FcRequest[];
  arrange?: (emulator: Emulator) => void;
  request: FcRequest;
  want: BrowserWant;
}

const FUNCTIONS = '/2023-03-30/functions';

/** A valid CreateFunction input named `functionName` (the required fields of reference B.1). */
const input = (functionName: string, overrides: Record<string, unknown> = {}) =>
  minimalInput({ functionName, ...overrides });

/**
 * `POST /2023-03-30/functions` with `body` (CreateFunction, reference A.1).
 *
 * @example
 * createFunction(minimalInput(), { origin: BASE_URL, headers: { prefer: 'code=409' } });
 */
export function createFunction(body: unknown, extra: Partial<FcRequest> = {}): FcRequest {
  return { method: 'POST', path: FUNCTIONS, body, ...extra };
}

/** A request to one function: GetFunction, UpdateFunction or DeleteFunction (lifecycle A.1). */
function atFunction(method: 'GET' | 'PUT' | 'DELETE', name: string, body?: unknown): FcRequest {
  return body === undefined
    ? { method, path: `${FUNCTIONS}/${name}` }
    : { method, path: `${FUNCTIONS}/${name}`, body };
}

const image = (functionName: string) =>
  input(functionName, {
    runtime: 'custom-container',
    code: undefined,
    customContainerConfig: { image: 'registry.cn-hangzhou.aliyuncs.com/demo/web:v1' },
  });

/** Every scenario, run in order under each msw major with a fresh (reset) emulator per row. */
export const browserScenarios: BrowserScenario[] = [
  {
    name: 'create on the OpenAPI gateway host',
    request: createFunction(input('b-create')),
    want: {
      status: 200,
      body: { functionName: 'b-create', runtime: 'python3.10' },
      journal: { operation: 'CreateFunction', outcome: 'succeeded' },
    },
  },
  {
    name: 'create on an account endpoint: the ARN names its account and region',
    request: createFunction(input('b-account'), {
      origin: 'https://1234567890123456.cn-shanghai.fc.aliyuncs.com',
    }),
    want: { status: 200, body: { functionArn: 'acs:fc:cn-shanghai:1234567890123456:functions/b-account' } },
  },
  {
    name: 'create through the baseUrl an SDK would use',
    request: createFunction(input('b-base-url'), { origin: BASE_URL }),
    want: { status: 200, body: { functionName: 'b-base-url' } },
  },
  {
    name: 'duplicate name → 409 FunctionAlreadyExists',
    given: [createFunction(input('b-dup'))],
    request: createFunction(input('b-dup')),
    want: { status: 409, code: 'FunctionAlreadyExists', journal: { outcome: 'rejected' } },
  },
  {
    name: 'rule violation → 400 InvalidArgument naming the field and the rule',
    request: createFunction(input('b-memory', { memorySize: 130 })),
    want: {
      status: 400,
      code: 'InvalidArgument',
      body: { Message: expect.stringContaining('memorySize') },
      journal: { outcome: 'rejected', ruleId: 'memorySize-multiple' },
    },
  },
  {
    name: 'unknown path → 400 PathNotSupported',
    request: { method: 'GET', path: '/2023-03-30/no-such-resource' },
    want: { status: 400, code: 'PathNotSupported', journal: { outcome: 'unrouted' } },
  },
  {
    name: 'failNext → the injected code once',
    arrange: (emulator) => emulator.failNext('Throttling.User'),
    request: createFunction(input('b-throttled')),
    want: { status: 429, code: 'Throttling.User', journal: { outcome: 'faulted' } },
  },
  {
    name: 'setFaults at rate 1 → every request faulted',
    arrange: (emulator) => emulator.setFaults({ rate: 1, codes: ['ServiceUnavailable'] }),
    request: createFunction(input('b-unavailable')),
    want: { status: 503, code: 'ServiceUnavailable', journal: { outcome: 'faulted' } },
  },
  {
    name: 'Prefer: code=409 → the documented 409 example, not an answer about this request',
    request: createFunction(input('b-prefer'), { headers: { prefer: 'code=409' } }),
    want: {
      status: 409,
      code: 'FunctionAlreadyExists',
      body: { Message: "function 'my-function-1' already exists" },
      journal: { outcome: 'faulted' },
    },
  },
  {
    name: 'GetFunction → the created function, state fields included',
    given: [createFunction(input('b-get', { description: 'd' }))],
    request: atFunction('GET', 'b-get'),
    want: {
      status: 200,
      body: { functionName: 'b-get', description: 'd', state: 'Active' },
      journal: { operation: 'GetFunction', outcome: 'succeeded' },
    },
  },
  {
    name: 'GetFunction of a missing name → 404 FunctionNotFound',
    request: atFunction('GET', 'b-none'),
    want: { status: 404, code: 'FunctionNotFound', body: { Message: "function 'b-none' does not exist." } },
  },
  {
    name: 'UpdateFunction merges: present keys replace, absent keys stay',
    given: [createFunction(input('b-update', { description: 'old', timeout: 30 }))],
    request: atFunction('PUT', 'b-update', { description: 'new' }),
    want: {
      status: 200,
      body: { description: 'new', timeout: 30 },
      journal: { operation: 'UpdateFunction', outcome: 'succeeded' },
    },
  },
  {
    name: 'UpdateFunction re-checks the rules on the merged configuration',
    given: [createFunction(input('b-merged'))],
    request: atFunction('PUT', 'b-merged', { instanceConcurrency: 5 }),
    want: {
      status: 400,
      code: 'InvalidArgument',
      journal: { outcome: 'rejected', ruleId: 'concurrency-custom-runtimes-only' },
    },
  },
  {
    name: 'ListFunctions → name order, a page and a token',
    given: [
      createFunction(input('b-list-b')),
      createFunction(input('b-list-a')),
      createFunction(input('b-list-c')),
    ],
    request: { method: 'GET', path: `${FUNCTIONS}?prefix=b-list-&limit=2` },
    want: {
      status: 200,
      body: {
        functions: [
          expect.objectContaining({ functionName: 'b-list-a' }),
          expect.objectContaining({ functionName: 'b-list-b' }),
        ],
        nextToken: expect.any(String),
      },
      journal: { operation: 'ListFunctions', outcome: 'succeeded' },
    },
  },
  {
    name: 'ListFunctions with limit 101 → 400 InvalidArgument',
    request: { method: 'GET', path: `${FUNCTIONS}?limit=101` },
    want: {
      status: 400,
      code: 'InvalidArgument',
      journal: { outcome: 'rejected', ruleId: 'list-limit-range' },
    },
  },
  {
    name: 'DeleteFunction → 204 without a body',
    given: [createFunction(input('b-delete'))],
    request: atFunction('DELETE', 'b-delete'),
    want: { status: 204, body: null, journal: { operation: 'DeleteFunction', outcome: 'succeeded' } },
  },
  {
    name: 'a custom container is Pending until the emulator clock moves, then Active',
    given: [createFunction(image('b-image'))],
    arrange: (emulator) => emulator.advanceClock(3000),
    request: atFunction('GET', 'b-image'),
    want: { status: 200, body: { state: 'Active', lastUpdateStatus: 'Successful' } },
  },
  {
    name: 'right after create, a custom container is Pending',
    given: [createFunction(image('b-pending'))],
    request: atFunction('GET', 'b-pending'),
    want: {
      status: 200,
      body: { state: 'Pending', stateReasonCode: 'Creating', lastUpdateStatus: 'InProgress' },
    },
  },
  {
    name: 'failNext scoped to an operation and a function',
    given: [createFunction(input('b-scoped'))],
    arrange: (emulator) =>
      emulator.failNext('ServiceUnavailable', {
        operation: 'GetFunction',
        match: { functionName: 'b-scoped' },
      }),
    request: atFunction('GET', 'b-scoped'),
    want: {
      status: 503,
      code: 'ServiceUnavailable',
      journal: { operation: 'GetFunction', outcome: 'faulted' },
    },
  },
];
