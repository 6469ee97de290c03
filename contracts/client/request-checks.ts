/**
 * Client-mode checks of what a client sent, per operation (CF A.1, A.3, B; lifecycle A.1, A.2):
 * method and path, the SDK's `x-acs-action` and `x-acs-version`, a JSON body where the operation
 * takes one (a create body valid against the schema) and no body where it does not, and the
 * query a listing sends (its `nextToken` the one the previous page answered).
 */
import type { JournalEntry } from '../../mocks/core/types.ts';
import { validateInput } from '../../mocks/core/validation.ts';
import { functionPath } from '../cases/function-requests.ts';
import { failure, parseObject, quoted } from '../checks/check.ts';
import type { CheckFailure } from '../types.ts';
import type { ClientOperation } from './types.ts';

const FUNCTIONS = '/2023-03-30/functions';

interface Shape {
  method: string;
  path: (name: string) => string;
  body: 'create' | 'json' | 'none';
  reference: string;
}

const SHAPES: Record<ClientOperation, Shape> = {
  CreateFunction: { method: 'POST', path: () => FUNCTIONS, body: 'create', reference: 'A.1, A.3' },
  GetFunction: { method: 'GET', path: functionPath, body: 'none', reference: 'lifecycle A.1, A.2' },
  UpdateFunction: { method: 'PUT', path: functionPath, body: 'json', reference: 'lifecycle A.1, C.1' },
  DeleteFunction: { method: 'DELETE', path: functionPath, body: 'none', reference: 'lifecycle A.1, A.2' },
  ListFunctions: { method: 'GET', path: () => FUNCTIONS, body: 'none', reference: 'lifecycle A.1, E.1' },
};

/** What the request checks need to know. */
export interface RequestCheckInput {
  operation: ClientOperation;
  /** The function the scenario is about. */
  functionName: string;
  entry: JournalEntry;
  /** The request deliberately breaks a rule: skip the schema check of its body. */
  invalidInput: boolean;
}

function headerFailures({ operation, entry }: RequestCheckInput, shape: Shape): CheckFailure[] {
  const want: [string, string, (v: string | undefined) => boolean][] = [
    ['x-acs-action', operation, (v) => v === operation],
    ['x-acs-version', '2023-03-30', (v) => v === '2023-03-30'],
  ];
  if (shape.body !== 'none') {
    const json = (v: string | undefined) => (v ?? '').toLowerCase().startsWith('application/json');
    want.push(['content-type', 'application/json; charset=utf-8', json]);
  }
  return want
    .filter(([name, , ok]) => !ok(entry.headers[name]))
    .map(([name, documented]) =>
      failure('clientRequest', {
        message: `header ${name} is ${quoted(entry.headers[name])}`,
        received: entry.headers[name],
        documented,
        reference: shape.reference,
      }),
    );
}

function bodyFailures({ entry, invalidInput }: RequestCheckInput, shape: Shape): CheckFailure[] {
  if (shape.body === 'none') {
    if (entry.rawBody === '') return [];
    const message = `${shape.method} carries a body; the SDK sends none`;
    return [
      failure('clientRequest', {
        message,
        received: entry.rawBody.slice(0, 200),
        documented: '(no body)',
        reference: 'lifecycle A.2',
      }),
    ];
  }
  // The journal parses bodies only for requests that reached validation; read the raw text instead.
  const body = parseObject(entry.rawBody);
  if (!body) {
    const received = entry.rawBody.slice(0, 200);
    const documented = shape.body === 'create' ? 'CreateFunctionInput JSON' : 'UpdateFunctionInput JSON';
    return [
      failure('clientRequest', {
        message: 'the body is not a JSON object',
        received,
        documented,
        reference: 'A.1, B.1',
      }),
    ];
  }
  const violation = shape.body === 'create' && !invalidInput ? validateInput(body) : undefined;
  if (!violation) return [];
  const message = `the body breaks the schema: ${violation.message}`;
  return [
    failure('clientRequest', { message, received: body, documented: violation.ruleId, reference: 'B' }),
  ];
}

/**
 * Fails for every way one request differs from what the operation is sent as.
 *
 * @example
 * requestFailures({ operation: 'GetFunction', functionName: 'f', entry, invalidInput: false });
 */
export function requestFailures(input: RequestCheckInput): CheckFailure[] {
  const shape = SHAPES[input.operation];
  const { entry } = input;
  const path = new URL(entry.url).pathname;
  const out = headerFailures(input, shape);
  const expected = `${shape.method} ${shape.path(input.functionName)}`;
  const sent = `${entry.method} ${path}`;
  if (sent !== expected) {
    out.push(
      failure('clientRequest', {
        message: `sent ${sent}`,
        received: sent,
        documented: expected,
        reference: shape.reference,
      }),
    );
  }
  return [...out, ...bodyFailures(input, shape)];
}

/**
 * Fails when a listing page did not send the `nextToken` the previous page answered (decoded
 * value compared: the SDK percent-encodes it, lifecycle A.2).
 *
 * @example
 * tokenFailures(entries); // [] when page 2 sent page 1's nextToken
 */
export function tokenFailures(entries: JournalEntry[]): CheckFailure[] {
  return entries.slice(1).flatMap((entry, i) => {
    const answered = (entries[i]?.response as { nextToken?: unknown } | undefined)?.nextToken;
    const sent = new URL(entry.url).searchParams.get('nextToken');
    if (sent === answered) return [];
    return [
      failure('clientRequest', {
        message: `page ${i + 2} sent nextToken ${quoted(sent)}, the previous page answered ${quoted(answered)}`,
        received: sent,
        documented: answered,
        reference: 'lifecycle E.2',
        basis: 'exchange',
      }),
    ];
  });
}
