/**
 * `requestId`: every answer carries the request-id header(s) of its protocol. FC 3.0: both
 * `x-acs-request-id` and `x-fc-request-id` with one value (reference D.1 recommends both,
 * inferred), in FC's request-id layout (D.1: the sample is documented, the layout is our reading
 * of it, so inferred), and an error body's `RequestId` repeats it (E.1). FC 2.0
 * (`tempBucketToken`): `x-fc-request-id`, which `@alicloud/fc2` quotes in its errors (T.7); its
 * error body has no request id. OSS (the code upload): `x-oss-request-id`, OSS's common response
 * header, repeated by an XML error's `<RequestId>` (T.8). Only FC 3.0's layout is checked: the
 * other protocols document none. A download (GetFunctionCode's `url`, an OSS object in FC) is
 * not judged: its host's headers are not FC's.
 */
import type { Protocol } from '../../mocks/core/operations/index.ts';
import type { CheckFailure } from '../types.ts';
import { answerProtocol } from './answer-protocol.ts';
import type { ContractCheck } from './check.ts';
import { asObject, failure } from './check.ts';

/**
 * FC 3.0's request-id layout read from the documented sample (`1-` + 8 hex + `-` + 24 hex).
 *
 * @example
 * REQUEST_ID_FORMAT.test('1-64e70cf1-5cbef92ea8fc8c42899cf5d1'); // true
 */
export const REQUEST_ID_FORMAT = /^1-[0-9a-f]{8}-[0-9a-f]{24}$/;
const SAMPLE = '1-64e70cf1-5cbef92ea8fc8c42899cf5d1';

/** The request-id headers each protocol's answers carry, and where that is written down. */
const HEADERS: Record<Protocol, { names: readonly string[]; reference: string }> = {
  fc3: { names: ['x-acs-request-id', 'x-fc-request-id'], reference: 'D.1' },
  fc2: { names: ['x-fc-request-id'], reference: 'T.7' },
  oss: { names: ['x-oss-request-id'], reference: 'T.8' },
  code: { names: ['x-acs-request-id', 'x-fc-request-id'], reference: 'ADR 038' },
};

type Fail = (message: string, received: unknown, documented: unknown, basis?: 'exchange') => void;

function checkHeaders(headers: Record<string, string>, protocol: Protocol, fail: Fail): string[] {
  const { names } = HEADERS[protocol];
  const ids: string[] = [];
  for (const name of names) {
    const id = headers[name];
    if (!id) {
      const why = names.length > 1 ? ' (both request-id headers are expected, with one value)' : '';
      fail(`no ${name} header${why}`, Object.keys(headers), name);
      continue;
    }
    ids.push(id);
    if (protocol === 'fc3' && !REQUEST_ID_FORMAT.test(id))
      fail(`${name} "${id}" is not 1-<8 hex>-<24 hex>`, id, SAMPLE);
  }
  if (new Set(ids).size > 1) fail('x-acs-request-id and x-fc-request-id differ', ids, 'one value in both');
  return ids;
}

/** The request id an error body repeats: FC 3.0's JSON `RequestId`, OSS's XML `<RequestId>`. */
function bodyRequestId(protocol: Protocol, json: unknown, text: string): unknown {
  if (protocol === 'fc3') return asObject(json)?.RequestId;
  if (protocol === 'oss') return /<RequestId>([^<]*)<\/RequestId>/.exec(text)?.[1];
  return undefined;
}

/**
 * Fails when a request-id header of the answer's protocol is missing (or, for FC 3.0, malformed
 * or the two disagree), or when an error body's request id differs from the header. Every
 * expectation is inferred.
 *
 * @example
 * requestIdCheck.run(input);
 */
export const requestIdCheck: ContractCheck = {
  name: 'requestId',
  applies: (c) => c.expect.download === undefined,
  run({ exchange, json }) {
    const protocol = answerProtocol(exchange.request);
    const { reference } = HEADERS[protocol];
    const failures: CheckFailure[] = [];
    const fail: Fail = (message, received, documented, basis) =>
      failures.push(
        failure('requestId', {
          message,
          received,
          documented,
          reference: basis && protocol === 'fc3' ? 'D.1, E.1' : reference,
          grade: 'inferred',
          ...(basis ? { basis } : {}),
        }),
      );
    const ids = checkHeaders(exchange.response.headers, protocol, fail);
    const bodyId = bodyRequestId(protocol, json, exchange.response.body);
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
