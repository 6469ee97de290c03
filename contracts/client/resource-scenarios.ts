/**
 * Client scenarios of the function resource (lifecycle B–E): reading, updating, deleting and
 * listing (through every page) a function the scenario created first, and each documented error
 * the client must surface (FunctionNotFound, InvalidArgument, an injected throttle).
 */
import type { CreateFunctionInput } from '../../mocks/core/types.ts';
import { fact, type Naming, requestExample } from '../cases/context.ts';
import type { ClientScenario, DriveContext } from './scenarios.ts';
import type { ClientAdapter, ClientOutcome, ListQuery } from './types.ts';

const minimal = (naming: Naming, label = 'client') =>
  ({ ...requestExample('minimal'), functionName: naming.next(label) }) as CreateFunctionInput;
const NOT_FOUND = { ok: false, code: 'FunctionNotFound', statusCode: 404 } as const;
const notFoundFact = (reference: string) =>
  fact({
    reference,
    statement:
      'a missing function answers 404 FunctionNotFound; the client surfaces code, status and request id',
  });

/** Thrown only when a scenario of an operation the adapter lacks is run anyway (verifyClient skips them). */
function method<K extends keyof ClientAdapter>(
  adapter: ClientAdapter,
  name: K,
): NonNullable<ClientAdapter[K]> {
  const found = adapter[name];
  if (typeof found !== 'function') throw new Error(`the adapter has no ${String(name)}`);
  return found.bind(adapter) as NonNullable<ClientAdapter[K]>;
}

const get = ({ adapter, endpoint, input }: DriveContext) =>
  method(adapter, 'getFunction')(endpoint, input.functionName).then((o) => [o]);
const remove = ({ adapter, endpoint, input }: DriveContext) =>
  method(adapter, 'deleteFunction')(endpoint, input.functionName).then((o) => [o]);
const update =
  (patch: Record<string, unknown>) =>
  ({ adapter, endpoint, input }: DriveContext) =>
    method(adapter, 'updateFunction')(endpoint, input.functionName, patch).then((o) => [o]);

/** Pages through a listing the way devsapp and terraform do: until nextToken is empty (lifecycle E.3). */
async function allPages(context: DriveContext, query: ListQuery): Promise<ClientOutcome[]> {
  const list = method(context.adapter, 'listFunctions');
  const outcomes: ClientOutcome[] = [];
  let nextToken: string | undefined;
  do {
    const outcome = await list(context.endpoint, { ...query, ...(nextToken ? { nextToken } : {}) });
    outcomes.push(outcome);
    const token = outcome.ok ? (outcome.body as { nextToken?: unknown } | undefined)?.nextToken : undefined;
    nextToken = typeof token === 'string' && token !== '' ? token : undefined;
  } while (nextToken && outcomes.length < 10);
  return outcomes;
}

/** The prefix of a listing scenario's set: the functionName of its input plus `-`. */
const setPrefix = (input: CreateFunctionInput) => `${input.functionName}-`;
const LISTED = ['a', 'b', 'c'];

const readScenarios: ClientScenario[] = [
  {
    id: 'client.get.success',
    title: 'reads a function back and surfaces the whole Function body',
    fact: fact({
      reference: 'lifecycle B.2',
      statement: 'GetFunction answers the full Function; the client returns it',
    }),
    operation: 'GetFunction',
    input: (naming) => minimal(naming),
    setup: ({ input, preCreate }) => preCreate(input),
    drive: get,
    expect: { ok: true },
  },
  {
    id: 'client.get.not-found',
    title: 'surfaces 404 FunctionNotFound for a missing function',
    fact: notFoundFact('lifecycle B.3, G'),
    operation: 'GetFunction',
    input: (naming) => minimal(naming),
    drive: get,
    expect: NOT_FOUND,
  },
  {
    id: 'client.get.error.Throttling.User',
    title: 'surfaces 429 Throttling.User on a read',
    fact: fact({
      reference: 'lifecycle G, CF E.2',
      statement: 'a throttled call answers 429 Throttling.User; the client surfaces it',
    }),
    operation: 'GetFunction',
    input: (naming) => minimal(naming),
    setup: async ({ emulator, input, preCreate }) => {
      await preCreate(input);
      emulator.failNext('Throttling.User', { times: 5, operation: 'GetFunction' });
    },
    drive: get,
    expect: { ok: false, code: 'Throttling.User', statusCode: 429 },
  },
];

const writeScenarios: ClientScenario[] = [
  {
    id: 'client.update.success',
    title: 'updates a function and surfaces the updated Function',
    fact: fact({
      reference: 'lifecycle C.1, C.3',
      statement: 'UpdateFunction answers the Function after the update; the client returns it',
    }),
    operation: 'UpdateFunction',
    input: (naming) => minimal(naming),
    setup: ({ input, preCreate }) => preCreate(input),
    drive: update({ timeout: 60, description: 'updated by the client' }),
    expect: { ok: true },
  },
  {
    id: 'client.update.invalid',
    title: 'surfaces 400 InvalidArgument for an update that breaks a rule',
    fact: fact({
      reference: 'lifecycle C.5, CF B.1',
      ruleId: 'timeout-range',
      statement: 'an update is validated as a create: 400 InvalidArgument',
    }),
    operation: 'UpdateFunction',
    input: (naming) => minimal(naming),
    setup: ({ input, preCreate }) => preCreate(input),
    drive: update({ timeout: 86401 }),
    invalidInput: true,
    expect: { ok: false, code: 'InvalidArgument', statusCode: 400 },
  },
  {
    id: 'client.update.not-found',
    title: 'surfaces 404 FunctionNotFound when updating a missing function',
    fact: notFoundFact('lifecycle C.5, G'),
    operation: 'UpdateFunction',
    input: (naming) => minimal(naming),
    drive: update({ timeout: 60 }),
    expect: NOT_FOUND,
  },
  {
    id: 'client.delete.success',
    title: 'deletes a function (204, nothing to read)',
    fact: fact({
      reference: 'lifecycle D.2',
      statement: 'DeleteFunction succeeds without a body; the client reports success',
    }),
    operation: 'DeleteFunction',
    input: (naming) => minimal(naming),
    setup: ({ input, preCreate }) => preCreate(input),
    drive: remove,
    expect: { ok: true, status: 204 },
  },
  {
    id: 'client.delete.not-found',
    title: 'surfaces 404 FunctionNotFound when deleting a missing function',
    fact: notFoundFact('lifecycle D.4, G'),
    operation: 'DeleteFunction',
    input: (naming) => minimal(naming),
    drive: remove,
    expect: NOT_FOUND,
  },
];

const listScenarios: ClientScenario[] = [
  {
    id: 'client.list.pages',
    title: 'lists a prefix through every page, sending back each nextToken',
    fact: fact({
      reference: 'lifecycle E.1, E.2, A.2',
      statement:
        'ListFunctions pages with limit and nextToken; the client sends the token it was given and surfaces each page',
    }),
    operation: 'ListFunctions',
    input: (naming) => minimal(naming, 'client-set'),
    setup: async ({ input, preCreate }) => {
      for (const letter of [...LISTED].reverse())
        await preCreate({ ...input, functionName: `${setPrefix(input)}${letter}` });
    },
    drive: (context) => allPages(context, { prefix: setPrefix(context.input), limit: 2 }),
    expect: { ok: true, names: LISTED },
  },
  {
    id: 'client.list.invalid-limit',
    title: 'surfaces 400 InvalidArgument for limit 0',
    fact: fact({
      reference: 'lifecycle E.1',
      ruleId: 'list-limit-range',
      statement: '`limit` is an integer from 1 to 100: 0 answers 400 InvalidArgument',
    }),
    operation: 'ListFunctions',
    input: (naming) => minimal(naming),
    drive: (context) => allPages(context, { prefix: setPrefix(context.input), limit: 0 }),
    expect: { ok: false, code: 'InvalidArgument', statusCode: 400 },
  },
];

/**
 * The function-resource client scenarios, in running order.
 *
 * @example
 * resourceScenarios.map((s) => s.operation); // ['GetFunction', …, 'ListFunctions']
 */
export const resourceScenarios: readonly ClientScenario[] = [
  ...readScenarios,
  ...writeScenarios,
  ...listScenarios,
];

/**
 * The names a listing scenario's set holds: `<functionName>-<letter>` (for the checks).
 *
 * @example
 * listedNames('cc-x-set-1', ['a', 'b']); // ['cc-x-set-1-a', 'cc-x-set-1-b']
 */
export const listedNames = (functionName: string, letters: readonly string[]): string[] =>
  letters.map((letter) => `${functionName}-${letter}`);
