/**
 * `envelope`: errors use the FC 3.0 envelope `{Code, Message, RequestId}` (reference E.1); the
 * request-id layout is read from the documented sample (D.1), so its format is inferred.
 */
import type { CheckFailure } from '../types.ts';
import type { ContractCheck } from './check.ts';
import { asObject, failure, isErrorCase } from './check.ts';
import { REQUEST_ID_FORMAT } from './request-id.ts';

/**
 * Fails when an error body lacks a string `Code`, `Message` or `RequestId`, uses the FC 2.0 keys,
 * or carries a request id of the wrong format.
 *
 * @example
 * envelopeCheck.run(input);
 */
export const envelopeCheck: ContractCheck = {
  name: 'envelope',
  applies: isErrorCase,
  run({ json }) {
    const body = asObject(json);
    const failures: CheckFailure[] = [];
    const missing = ['Code', 'Message', 'RequestId'].filter((key) => typeof body?.[key] !== 'string');
    if (missing.length > 0) {
      const fc2 =
        body && ('errorCode' in body || 'errorMessage' in body)
          ? ' (FC 2.0 keys errorCode/errorMessage found)'
          : '';
      failures.push(
        failure('envelope', {
          message: `error body lacks ${missing.join(', ')}${fc2}`,
          received: body ? Object.keys(body) : json,
          documented: ['Code', 'Message', 'RequestId'],
          reference: 'E.1',
        }),
      );
    }
    const id = body?.RequestId;
    if (typeof id === 'string' && !REQUEST_ID_FORMAT.test(id)) {
      failures.push(
        failure('envelope', {
          message: `RequestId "${id}" is not 1-<8 hex>-<24 hex>`,
          received: id,
          documented: '1-64e70cf1-5cbef92ea8fc8c42899cf5d1',
          reference: 'D.1, E.1',
          grade: 'inferred',
        }),
      );
    }
    return failures;
  },
};
