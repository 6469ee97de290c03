/**
 * `contentType`: every answer, success or error, is JSON (reference A.1, E.1, G.4), except a
 * download (a code package, judged by `download`).
 */
import type { ContractCheck } from './check.ts';
import { failure } from './check.ts';

/**
 * Fails unless `content-type` is one `application/json` (parameters such as charset allowed; two
 * Content-Type lines arrive joined with `,`, and the first alone would pass) and the body parses
 * as JSON.
 *
 * @example
 * contentTypeCheck.run(input);
 */
export const contentTypeCheck: ContractCheck = {
  name: 'contentType',
  applies: (c) => c.expect.download === undefined,
  run({ contractCase, exchange, json }) {
    // A 204 has no body and so no content type (DeleteFunction, lifecycle D.2: judged by `noContent`).
    if (contractCase.expect.noContent && exchange.response.status === 204) return [];
    const type = exchange.response.headers['content-type'] ?? '';
    const mediaType = type.split(';')[0]?.trim().toLowerCase();
    const failures = [];
    if (mediaType !== 'application/json' || type.includes(',')) {
      failures.push(
        failure('contentType', {
          message: `content-type "${type}" is not application/json`,
          received: type || '(none)',
          documented: 'application/json; charset=utf-8',
          reference: 'A.1, E.1',
        }),
      );
    }
    if (json === undefined) {
      failures.push(
        failure('contentType', {
          message: 'the body is not JSON (the SDK throws SyntaxError on it)',
          received: exchange.response.body.slice(0, 200),
          documented: 'a JSON object',
          reference: 'D.1, G.4',
        }),
      );
    }
    return failures;
  },
};
