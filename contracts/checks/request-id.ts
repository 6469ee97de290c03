/**
 * `requestId`: every answer names its request id in `x-acs-request-id` or `x-fc-request-id`
 * (reference D.1), in FC's format, and errors repeat it in the body.
 */
import type { CheckFailure } from '../types.ts';
import type { ContractCheck } from './check.ts';
import { asObject, failure } from './check.ts';

const FORMAT = /^1-[0-9a-f]{8}-[0-9a-f]{24}$/;

/**
 * Fails when no request-id header is present, when one is malformed, when the two headers
 * disagree or when an error body's `RequestId` differs from the header.
 *
 * @example
 * requestIdCheck.run(input);
 */
export const requestIdCheck: ContractCheck = {
  name: 'requestId',
  applies: () => true,
  run({ exchange, json }) {
    const { headers } = exchange.response;
    const ids = ['x-acs-request-id', 'x-fc-request-id']
      .map((name) => headers[name])
      .filter((v): v is string => !!v);
    const failures: CheckFailure[] = [];
    const fail = (message: string, received: unknown, documented: unknown) =>
      failures.push(
        failure('requestId', { message, received, documented, reference: 'D.1', grade: 'inferred' }),
      );
    if (ids.length === 0)
      fail('no x-acs-request-id or x-fc-request-id header', Object.keys(headers), [
        'x-acs-request-id',
        'x-fc-request-id',
      ]);
    for (const id of ids)
      if (!FORMAT.test(id))
        fail(
          `request id header "${id}" is not 1-<8 hex>-<24 hex>`,
          id,
          '1-64e70cf1-5cbef92ea8fc8c42899cf5d1',
        );
    if (new Set(ids).size > 1) fail('x-acs-request-id and x-fc-request-id differ', ids, 'one value');
    const bodyId = asObject(json)?.RequestId;
    if (typeof bodyId === 'string' && ids.length > 0 && !ids.includes(bodyId)) {
      fail('the body RequestId differs from the request-id header', bodyId, ids[0]);
    }
    return failures;
  },
};
