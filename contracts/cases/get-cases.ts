/**
 * GetFunction cases (lifecycle B): the function as created, with its state fields, for each kind
 * of function; FunctionNotFound for a missing name; the LATEST qualifier.
 */
import type { ContractCase, StateExpectation } from '../types.ts';
import { baseInput, createRequest, fact, type Naming, requestExample } from './context.ts';
import { getRequest, notFoundCase, sameFields, sameFunctionAs } from './function-requests.ts';

type Kind = 'builtin' | 'custom' | 'container';

/** A rich input of each kind, so many fields have to come back (builtin: the documented sample). */
function inputOf(kind: Kind, name: string): Record<string, unknown> {
  if (kind === 'builtin') return { ...requestExample('sample'), functionName: name };
  if (kind === 'container') return { ...requestExample('container'), functionName: name };
  return {
    ...baseInput('custom', name),
    description: 'custom runtime read back',
    customRuntimeConfig: { command: ['/code/bootstrap'], args: ['--port', '9000'], port: 9000 },
    environmentVariables: { MODE: 'test' },
  };
}

/**
 * The state fields GetFunction carries, with their documented values (lifecycle B.2, F.1).
 *
 * @example
 * expect: { status: 200, states: STATE_FIELDS_PRESENT }
 */
export const STATE_FIELDS_PRESENT: StateExpectation[] = [
  {
    field: 'state',
    value: ['Pending', 'Active', 'Failed', 'Inactive'],
    reference: 'lifecycle B.2, F.1',
    grade: 'documented',
  },
  {
    field: 'lastUpdateStatus',
    value: ['Successful', 'Failed', 'InProgress'],
    reference: 'lifecycle B.2, F.1',
    grade: 'documented',
  },
];

function afterCreate(naming: Naming, kind: Kind): ContractCase {
  const input = inputOf(kind, naming.next(`get-${kind}`));
  return {
    id: `get.after-create.${kind}`,
    title: `GetFunction right after creating a ${kind} function answers that function, state fields included`,
    fact: fact({
      reference: 'lifecycle B.2, H.4',
      statement:
        'GetFunction answers the full Function with its state fields, readable right after the create (read-after-write)',
    }),
    setup: [createRequest(input)],
    request: getRequest(String(input.functionName)),
    expect: {
      status: 200,
      statusGrade: 'inferred',
      success: { echo: input, kind: 'read' },
      compare: [sameFunctionAs(0)],
      states: STATE_FIELDS_PRESENT,
    },
    needs: ['state'],
  };
}

function notFound(naming: Naming): ContractCase {
  const name = naming.next('get-missing');
  return notFoundCase({
    id: 'get.not-found',
    title: 'GetFunction of a name nobody created answers 404 FunctionNotFound',
    reference: 'lifecycle B.3, G',
    name,
    request: getRequest(name),
  });
}

function latest(naming: Naming): ContractCase {
  const input = baseInput('builtin', naming.next('get-latest'));
  const name = String(input.functionName);
  return {
    id: 'get.qualifier-latest',
    title: 'qualifier=LATEST reads the editable configuration',
    fact: fact({
      reference: 'lifecycle B.1',
      statement: 'qualifier LATEST (the documented example) reads the working version, as no qualifier does',
      grade: 'inferred',
    }),
    setup: [createRequest(input)],
    request: getRequest(name, { query: 'qualifier=LATEST' }),
    expect: {
      status: 200,
      success: { echo: input, kind: 'read' },
      compare: [
        sameFields(0, ['functionId', 'functionArn', 'lastModifiedTime'], 'inferred', 'lifecycle B.1'),
      ],
    },
    needs: ['state'],
  };
}

/**
 * The GetFunction cases of one run.
 *
 * @example
 * getCases(naming).map((c) => c.id); // ['get.after-create.builtin', …, 'get.not-found', 'get.qualifier-latest']
 */
export function getCases(naming: Naming): ContractCase[] {
  return [
    afterCreate(naming, 'builtin'),
    afterCreate(naming, 'custom'),
    afterCreate(naming, 'container'),
    notFound(naming),
    latest(naming),
  ];
}
