/**
 * The browser scenarios as data: request → expected status, FC code, body subset and journal
 * entry (statuses and codes: reference E.2), run through the Service Worker under each msw major
 * (worker.test.ts). A new operation is a request builder and a few rows here, e.g. once
 * GetFunction (lifecycle reference B) is served:
 *   { name: 'get', given: [createFunction(input('b-get'))], request: getFunction('b-get'), want: { status: 200 } }
 */
import type { CallOutcome, Emulator } from 'fc3-testkit';
import { expect } from 'vitest';
import { minimalInput } from '../helpers/requests.ts';
import { BASE_URL, type FcRequest } from './harness.ts';

/** What a scenario's request must be answered with. */
export interface BrowserWant {
  status: number;
  /** FC's error `Code`; absent for a success. */
  code?: string;
  /** A subset of the JSON body (asymmetric matchers allowed). */
  body?: Record<string, unknown>;
  /** What the journal recorded for the request (rule ids: docs/rules.md). */
  journal?: { outcome: CallOutcome; ruleId?: string };
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

/** Every scenario, run in order under each msw major with a fresh (reset) emulator per row. */
export const browserScenarios: BrowserScenario[] = [
  {
    name: 'create on the OpenAPI gateway host',
    request: createFunction(input('b-create')),
    want: {
      status: 200,
      body: { functionName: 'b-create', runtime: 'python3.10' },
      journal: { outcome: 'created' },
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
];
