/**
 * `requestId`: every answer carries both `x-acs-request-id` and `x-fc-request-id` with one value
 * (reference D.1 recommends both, inferred), in FC's request-id layout (D.1: the sample is
 * documented, the layout is our reading of it, so inferred), and an error body's `RequestId`
 * repeats it (E.1).
 */
import type { CheckFailure } from '../types.ts';
import type { ContractCheck } from './check.ts';
import { asObject, failure } from './check.ts';

/**
 * FC 3.0's request-id layout read from the documented sample (`1-` + 8 hex + `-` + 24 hex).
 *
 * @example
 * REQUEST_ID_FORMAT.test('1-64e70cf1-5cbef92ea8fc8c42899cf5d1'); // true
 */
export const REQUEST_ID_FORMAT = /^1-[0-9a-f]{8}-[0-9a-f]{24}$/;
const HEADERS = ['x-acs-request-id', 'x-fc-request-id'] as const;
const SAMPLE = '1-64e70cf1-5cbef92ea8fc8c42899cf5d1';

type Fail = (message: string, received: unknown, documented: unknown, basis?: 'exchange') => void;

function checkHeaders(headers: Record<string, string>, fail: Fail): string[] {
  const ids: string[] = [];
  for (const name of HEADERS) {
    const id = headers[name];
    if (!id) {
      fail(
        `no ${name} header (both request-id headers are expected, with one value)`,
        Object.keys(headers),
        name,
      );
      continue;
    }
    ids.push(id);
    if (!REQUEST_ID_FORMAT.test(id)) fail(`${name} "${id}" is not 1-<8 hex>-<24 hex>`, id, SAMPLE);
  }
  if (new Set(ids).size > 1) fail('x-acs-request-id and x-fc-request-id differ', ids, 'one value in both');
  return ids;
}

/**
 * Fails when a request-id header is missing or malformed, when the two headers disagree, or when
 * an error body's `RequestId` differs from them. Every expectation is inferred.
 *
 * @example
 * requestIdCheck.run(input);
 */
export const requestIdCheck: ContractCheck = {
  name: 'requestId',
  applies: () => true,
  run({ exchange, json }) {
    const failures: CheckFailure[] = [];
    const fail: Fail = (message, received, documented, basis) =>
      failures.push(
        failure('requestId', {
          message,
          received,
          documented,
          reference: basis ? 'D.1, E.1' : 'D.1',
          grade: 'inferred',
          ...(basis ? { basis } : {}),
        }),
      );
    const ids = checkHeaders(exchange.response.headers, fail);
    const bodyId = asObject(json)?.RequestId;
    const header = ids[0];
    if (typeof bodyId === 'string' && header !== undefined && !ids.includes(bodyId)) {
      fail(
        `the body RequestId differs from the request-id header: received "${bodyId}" in the body, expected the header's "${header}"`,
        bodyId,
        header,
        'exchange',
      );
    }
    return failures;
  },
};
