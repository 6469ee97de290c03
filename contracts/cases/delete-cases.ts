/**
 * DeleteFunction cases (lifecycle D): the answer without a body, the function gone for
 * GetFunction, ListFunctions and a second delete, and a re-created name that is a new function.
 */
import type { ContractCase } from '../types.ts';
import { baseInput, createRequest, fact, type Naming } from './context.ts';
import { deleteRequest, getRequest, listRequest, notFoundMessage } from './function-requests.ts';

const GONE = fact({
  reference: 'lifecycle D.4, B.3, G',
  statement: 'a deleted function is gone: 404 FunctionNotFound "function \'<name>\' does not exist."',
});

function answerCase(naming: Naming): ContractCase {
  const input = baseInput('builtin', naming.next('del'));
  return {
    id: 'delete.answer',
    title: 'DeleteFunction answers 204 without a body',
    fact: fact({
      reference: 'lifecycle D.2',
      statement:
        'DeleteFunction succeeds with nothing to read: 204 No Content (FC 2.0), or a JSON object like the doc sample {}',
    }),
    setup: [createRequest(input)],
    request: deleteRequest(String(input.functionName)),
    expect: { status: 204, statusGrade: 'inferred', noContent: true },
    needs: ['state'],
  };
}

function goneCases(naming: Naming): ContractCase[] {
  const read = naming.next('del-get');
  const twice = naming.next('del-twice');
  const missing = naming.next('del-missing');
  return [
    {
      id: 'delete.then-get-not-found',
      title: 'GetFunction after DeleteFunction answers 404 FunctionNotFound',
      fact: GONE,
      setup: [createRequest(baseInput('builtin', read)), deleteRequest(read)],
      request: getRequest(read),
      expect: { status: 404, code: 'FunctionNotFound', message: notFoundMessage(read) },
      needs: ['state'],
    },
    {
      id: 'delete.twice',
      title: 'a second DeleteFunction of the same name answers 404 FunctionNotFound',
      fact: GONE,
      setup: [createRequest(baseInput('builtin', twice)), deleteRequest(twice)],
      request: deleteRequest(twice),
      expect: { status: 404, code: 'FunctionNotFound', message: notFoundMessage(twice) },
      needs: ['state'],
    },
    {
      id: 'delete.not-found',
      title: 'DeleteFunction of a name nobody created answers 404 FunctionNotFound',
      fact: GONE,
      request: deleteRequest(missing),
      expect: { status: 404, code: 'FunctionNotFound', message: notFoundMessage(missing) },
      needs: ['state'],
    },
  ];
}

function listCase(naming: Naming): ContractCase {
  const prefix = naming.next('del-list');
  const [kept, removed] = [`${prefix}-a`, `${prefix}-b`];
  return {
    id: 'delete.then-list-omits',
    title: 'ListFunctions after DeleteFunction no longer lists the function',
    fact: GONE,
    setup: [
      createRequest(baseInput('builtin', kept)),
      createRequest(baseInput('builtin', removed)),
      deleteRequest(removed),
    ],
    request: listRequest({ prefix: `${prefix}-` }),
    expect: { status: 200, statusGrade: 'inferred', listed: { names: [kept], limit: 20 } },
    needs: ['state'],
  };
}

function recreateCase(naming: Naming): ContractCase {
  const input = baseInput('custom', naming.next('del-recreate'));
  const name = String(input.functionName);
  return {
    id: 'delete.recreate-new-id',
    title: 'creating a deleted name again makes a new function with a new functionId',
    fact: fact({
      reference: 'lifecycle D.2, F.7',
      statement: 'a name freed by DeleteFunction can be created again, as a new function (new functionId)',
      grade: 'inferred',
    }),
    setup: [createRequest(input), deleteRequest(name)],
    request: createRequest(input),
    expect: {
      status: 200,
      success: { echo: input },
      compare: [
        {
          step: 0,
          relation: 'differs',
          fields: ['functionId'],
          reference: 'lifecycle F.7',
          grade: 'inferred',
        },
      ],
    },
    needs: ['state'],
  };
}

/**
 * The DeleteFunction cases of one run.
 *
 * @example
 * deleteCases(naming).map((c) => c.id); // ['delete.answer', 'delete.then-get-not-found', …]
 */
export function deleteCases(naming: Naming): ContractCase[] {
  return [answerCase(naming), ...goneCases(naming), listCase(naming), recreateCase(naming)];
}
