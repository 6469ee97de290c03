/**
 * Stateful cases: a second create with a taken name, and names that differ only in case
 * (reference E.2, G.7, G.9). Each case creates what it needs first.
 */
import type { ContractCase } from '../types.ts';
import { baseInput, createRequest, fact, type Naming } from './context.ts';

/**
 * The state cases of one run.
 *
 * @example
 * stateCases(naming).map((c) => c.id); // ['state.duplicate-name', …]
 */
export function stateCases(naming: Naming): ContractCase[] {
  return [duplicateCase(naming), otherBodyCase(naming), caseSensitiveCase(naming)];
}

function duplicateCase(naming: Naming): ContractCase {
  const taken = baseInput('builtin', naming.next('dup'));
  return {
    id: 'state.duplicate-name',
    title: 'Creating a name that exists answers 409 FunctionAlreadyExists',
    fact: fact({ reference: 'E.2, G.7', statement: 'a taken name answers FunctionAlreadyExists (409)' }),
    setup: [createRequest(taken)],
    request: createRequest(taken),
    expect: { status: 409, statusGrade: 'inferred', code: 'FunctionAlreadyExists' },
    needs: ['state'],
  };
}

function otherBodyCase(naming: Naming): ContractCase {
  const takenToo = baseInput('custom', naming.next('dup-body'));
  return {
    id: 'state.duplicate-name-other-body',
    title: 'The conflict does not depend on the body',
    fact: fact({
      reference: 'G.7',
      statement: 'a second create with the same name is a 409 regardless of body equality',
      grade: 'inferred',
    }),
    setup: [createRequest(takenToo)],
    request: createRequest({
      ...baseInput('builtin', takenToo.functionName as string),
      description: 'another body',
    }),
    expect: { status: 409, code: 'FunctionAlreadyExists' },
    needs: ['state'],
  };
}

function caseSensitiveCase(naming: Naming): ContractCase {
  const lower = naming.next('case');
  const upper = `U${lower}`;
  return {
    id: 'state.names-case-sensitive',
    title: 'Names that differ only in case are different functions',
    fact: fact({ reference: 'G.9', statement: 'function names are case-sensitive', grade: 'inferred' }),
    setup: [createRequest(baseInput('builtin', lower))],
    request: createRequest(baseInput('builtin', upper)),
    expect: { status: 200, success: { echo: baseInput('builtin', upper) } },
    needs: ['state'],
  };
}
