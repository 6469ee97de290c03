/**
 * `status`: the HTTP status is the documented one.
 */
import type { ContractCheck } from './check.ts';
import { failure, isLifecycleFact } from './check.ts';

/**
 * Fails when the status differs from the case's expectation.
 *
 * @example
 * statusCheck.run(input); // [] when 200 was expected and received
 */
export const statusCheck: ContractCheck = {
  name: 'status',
  applies: () => true,
  run({ contractCase, exchange }) {
    const { expect, fact } = contractCase;
    if (exchange.response.status === expect.status) return [];
    const codeSuffix = expect.code ? ` ${expect.code}` : '';
    return [
      failure('status', {
        message: `status ${exchange.response.status} instead of ${expect.status}${codeSuffix}`,
        received: exchange.response.status,
        documented: expect.status,
        reference: isLifecycleFact(fact) ? fact.reference : expect.code ? 'E.2' : 'D.1',
        grade: expect.statusGrade ?? fact.grade,
      }),
    ];
  },
};
