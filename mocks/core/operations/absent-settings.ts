/**
 * The function settings the emulator does not emulate beyond "none configured" (reference
 * "Triggers and tags" T.6): the reads Serverless Devs makes for every function on `s deploy` and
 * `s remove` (lifecycle H.1 steps 3–7, H.2). Each answers what FC answers when nothing is
 * configured: the documented not-found code where one exists (`AsyncConfigNotExists`), the code a
 * client keys on (`OnDemandConfigNotFound`), or the empty 200 the clients read as "none". A
 * function-scoped read of a missing function answers 404 `FunctionNotFound`. One small table
 * instead of eleven one-line handler files; each row is still one operation of the table.
 */
import { fcError } from '../errors.ts';
import { parseLimit } from './list-page.ts';
import { type Operation, type OperationRequest, type Outcome, reject, succeed } from './operation.ts';

interface Row {
  name: Operation['name'];
  path: string;
  /** The answer for an existing function (or for the account, when the path names none). */
  answer(request: OperationRequest, functionName: string): Outcome;
}

const empty = (body: Record<string, unknown>) => (): Outcome => succeed(body);

const FUNCTION_ROWS: Row[] = [
  {
    name: 'GetAsyncInvokeConfig',
    path: '/2023-03-30/functions/{functionName}/async-invoke-config',
    answer: ({ query }, name) =>
      reject(fcError('AsyncConfigNotExists', name, query.get('qualifier') || 'LATEST')),
  },
  {
    name: 'GetConcurrencyConfig',
    path: '/2023-03-30/functions/{functionName}/concurrency',
    answer: (_request, name) => reject(fcError('OnDemandConfigNotFound', name)),
  },
  {
    name: 'GetScalingConfig',
    path: '/2023-03-30/functions/{functionName}/scaling-config',
    answer: empty({ currentInstances: 0, minInstances: 0, targetInstances: 0 }),
  },
  {
    name: 'GetProvisionConfig',
    path: '/2023-03-30/functions/{functionName}/provision-config',
    answer: empty({ current: 0, target: 0 }),
  },
  {
    name: 'ListVpcBindings',
    path: '/2023-03-30/functions/{functionName}/vpc-bindings',
    answer: empty({ vpcIds: [] }),
  },
];

const ACCOUNT_ROWS: Row[] = [
  {
    name: 'ListAsyncInvokeConfigs',
    path: '/2023-03-30/async-invoke-configs',
    answer: empty({ configs: [] }),
  },
  { name: 'ListScalingConfigs', path: '/2023-03-30/scaling-configs', answer: empty({ scalingConfigs: [] }) },
];

function functionScoped(row: Row): Operation {
  return {
    name: row.name,
    method: 'GET',
    path: row.path,
    body: 'none',
    // No path-name rules here: a name no function can have is simply not found (ADR 026).
    run(request) {
      const name = request.params.functionName as string;
      const found = request.state.store.get(request.scope, name);
      return found ? row.answer(request, name) : reject(fcError('FunctionNotFound', name));
    },
  };
}

/**
 * The rows of the absent settings, in the order of the operation table.
 *
 * @example
 * absentSettings.map((operation) => operation.name); // ['GetAsyncInvokeConfig', …]
 */
export const absentSettings: readonly Operation[] = [
  ...FUNCTION_ROWS.map(functionScoped),
  ...ACCOUNT_ROWS.map((row) => ({
    name: row.name,
    method: 'GET' as const,
    path: row.path,
    body: 'none' as const,
    // A bad `limit` is refused as ListFunctions refuses it (rule `list-limit-range`, inferred and switchable here).
    run: (request: OperationRequest) => {
      const { state, query } = request;
      const limit = parseLimit({ state, operation: row.name, text: query.get('limit') });
      return limit.ok ? row.answer(request, '') : limit.outcome;
    },
  })),
];
