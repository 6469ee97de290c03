/**
 * `noContent`: a DeleteFunction success has no body to read: 204 with nothing in it (FC 2.0
 * precedent), or 200 with a JSON object such as the FC 3.0 doc sample `{}` (lifecycle D.2).
 */
import type { ContractCheck } from './check.ts';
import { asObject, failure } from './check.ts';

/**
 * Fails for a 204 that carries a body, or a 200 whose body is not a JSON object.
 *
 * @example
 * noContentCheck.run(input); // [] for 204 with an empty body
 */
export const noContentCheck: ContractCheck = {
  name: 'noContent',
  applies: (c) => c.expect.noContent === true,
  run({ exchange, json }) {
    const { status, body } = exchange.response;
    if (status === 204 && body.length > 0) {
      return [
        failure('noContent', {
          message: `204 No Content carries a ${body.length}-character body`,
          received: body.slice(0, 200),
          documented: '(empty)',
          reference: 'lifecycle D.2',
        }),
      ];
    }
    if (status === 200 && !asObject(json)) {
      return [
        failure('noContent', {
          message: 'a 200 answer to DeleteFunction is not a JSON object (the doc sample is {})',
          received: body.slice(0, 200),
          documented: {},
          reference: 'lifecycle D.2',
        }),
      ];
    }
    return [];
  },
};
