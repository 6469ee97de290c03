/**
 * `errorMessage`: an error whose message the documentation gives word for word carries exactly
 * it (e.g. `function '<name>' does not exist.` for FunctionNotFound, lifecycle G).
 */
import type { ContractCheck } from './check.ts';
import { asObject, failure, quoted } from './check.ts';

/**
 * Fails when `Message` differs from the documented text.
 *
 * @example
 * errorMessageCheck.run(input); // [] for {"Code":"FunctionNotFound","Message":"function 'f' does not exist.",…}
 */
export const errorMessageCheck: ContractCheck = {
  name: 'errorMessage',
  applies: (c) => c.expect.message !== undefined,
  run({ contractCase, json }) {
    const body = asObject(json);
    const received = body?.Message ?? body?.message;
    const documented = contractCase.expect.message;
    if (received === documented) return [];
    return [
      failure('errorMessage', {
        message: `error message ${quoted(received)} instead of ${quoted(documented)}`,
        received,
        documented,
        reference: contractCase.fact.reference,
        grade: contractCase.fact.grade,
      }),
    ];
  },
};
