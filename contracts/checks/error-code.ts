/**
 * `errorCode`: the FC error code is the documented one.
 */
import type { ContractCheck } from './check.ts';
import { asObject, failure, isErrorCase, isLifecycleFact, quoted } from './check.ts';

/**
 * Fails when `Code` differs from the case's documented code.
 *
 * @example
 * errorCodeCheck.run(input); // [] for {"Code":"FunctionAlreadyExists",…} on a duplicate
 */
export const errorCodeCheck: ContractCheck = {
  name: 'errorCode',
  applies: isErrorCase,
  run({ contractCase, json }) {
    const body = asObject(json);
    const received = body?.Code ?? body?.code ?? body?.errorCode;
    if (received === contractCase.expect.code) return [];
    return [
      failure('errorCode', {
        message: `error code ${quoted(received)} instead of ${contractCase.expect.code}`,
        received,
        documented: contractCase.expect.code,
        reference:
          contractCase.fact.reference.includes('E.2') || isLifecycleFact(contractCase.fact)
            ? contractCase.fact.reference
            : `${contractCase.fact.reference}, E.2`,
        grade: contractCase.fact.grade,
      }),
    ];
  },
};
