/**
 * Requests and expectations of the function-resource operations (lifecycle A.1): GetFunction,
 * UpdateFunction, DeleteFunction and ListFunctions, plus the polls and pages built on them.
 */
import { LISTING_OMITS } from '../checks/listing.ts';
import type { CaseRepeat, CaseRequest, Comparison, ContractCase, Grade } from '../types.ts';
import { CREATE_PATH } from './context.ts';

/**
 * The path of one function, its name percent-encoded as the SDK does (lifecycle A.2).
 *
 * @example
 * functionPath('my-fn'); // '/2023-03-30/functions/my-fn'
 */
export const functionPath = (name: string): string => `${CREATE_PATH}/${encodeURIComponent(name)}`;

/**
 * A GetFunction request; `query` is appended as is (e.g. `qualifier=LATEST`).
 *
 * @example
 * getRequest('f'); // { method: 'GET', path: '/2023-03-30/functions/f' }
 */
export function getRequest(name: string, extra: Partial<CaseRequest> & { query?: string } = {}): CaseRequest {
  const { query, ...rest } = extra;
  return { method: 'GET', path: `${functionPath(name)}${query ? `?${query}` : ''}`, ...rest };
}

/**
 * An UpdateFunction request with a JSON body.
 *
 * @example
 * updateRequest('f', { timeout: 60 }); // { method: 'PUT', path: '/2023-03-30/functions/f', body: { timeout: 60 } }
 */
export function updateRequest(
  name: string,
  body: CaseRequest['body'],
  extra: Partial<CaseRequest> = {},
): CaseRequest {
  return { method: 'PUT', path: functionPath(name), body, ...extra };
}

/**
 * A DeleteFunction request.
 *
 * @example
 * deleteRequest('f'); // { method: 'DELETE', path: '/2023-03-30/functions/f' }
 */
export function deleteRequest(name: string, extra: Partial<CaseRequest> = {}): CaseRequest {
  return { method: 'DELETE', path: functionPath(name), ...extra };
}

/**
 * A ListFunctions request with these query parameters (in this order, values encoded).
 *
 * @example
 * listRequest({ prefix: 'ct-', limit: 2 }); // { method: 'GET', path: '/2023-03-30/functions?prefix=ct-&limit=2' }
 */
export function listRequest(
  query: Record<string, string | number>,
  extra: Partial<CaseRequest> = {},
): CaseRequest {
  const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  return { method: 'GET', path: `${CREATE_PATH}${search ? `?${search}` : ''}`, ...extra };
}

/**
 * Follows `nextToken` to the last page (bounded, so a listing that never ends still stops).
 *
 * @example
 * listRequest({ prefix }, { repeat: allPages(7) });
 */
export const allPages = (expectedPages: number): CaseRepeat => ({ pages: { maxPages: expectedPages + 2 } });

/**
 * Polls GetFunction until a custom-container function is `Active`, `Pending` on the way
 * (lifecycle F.2).
 *
 * @example
 * getRequest(name, { repeat: untilActive });
 */
export const untilActive: CaseRepeat = {
  poll: { until: { state: 'Active' }, waiting: { state: ['Pending'] } },
};

/**
 * Polls GetFunction until the last update is `Successful`, `InProgress` on the way (lifecycle F.2).
 *
 * @example
 * getRequest(name, { repeat: untilUpdated });
 */
export const untilUpdated: CaseRepeat = {
  poll: { until: { lastUpdateStatus: 'Successful' }, waiting: { lastUpdateStatus: ['InProgress'] } },
};

/**
 * The documented FunctionNotFound message (lifecycle G).
 *
 * @example
 * notFoundMessage('f'); // "function 'f' does not exist."
 */
export const notFoundMessage = (name: string): string => `function '${name}' does not exist.`;

/** The six state fields (from the spec, lifecycle F.1) and the image acceleration progress: they move. */
const MOVING = [...LISTING_OMITS, 'customContainerConfig.accelerationInfo'];

/**
 * Every field of an earlier answer must come back the same, but for the state fields and the
 * image acceleration progress (read-after-write, lifecycle F.7, H.4: inferred).
 *
 * @example
 * expect: { status: 200, compare: [sameFunctionAs(0)] }
 */
export function sameFunctionAs(step: number, reference = 'lifecycle F.7, H.4'): Comparison {
  return { step, relation: 'same', fields: '*', except: MOVING, reference, grade: 'inferred' };
}

/**
 * The identity of a function, which no update changes (lifecycle F.7).
 *
 * @example
 * compare: [sameFields(0, IDENTITY, 'inferred')]
 */
export const IDENTITY = ['functionId', 'functionArn', 'functionName', 'createdTime'];

/**
 * A `same` comparison of some fields.
 *
 * @example
 * sameFields(0, ['codeChecksum', 'codeSize'], 'inferred');
 */
export function sameFields(
  step: number,
  fields: string[],
  grade: Grade,
  reference = 'lifecycle F.7',
): Comparison {
  return { step, relation: 'same', fields, reference, grade };
}

/** Options of {@link notFoundCase}. */
export interface NotFoundOptions {
  id: string;
  title: string;
  reference: string;
  name: string;
  request: CaseRequest;
  setup?: CaseRequest[];
}

/**
 * A case whose request meets a missing function: 404 FunctionNotFound with the documented
 * message (lifecycle G).
 *
 * @example
 * notFoundCase({ id: 'get.not-found', title: '…', reference: 'lifecycle B.3, G', name, request: getRequest(name) });
 */
export function notFoundCase(options: NotFoundOptions): ContractCase {
  return {
    id: options.id,
    title: options.title,
    fact: {
      reference: options.reference,
      statement: 'a missing function answers 404 FunctionNotFound "function \'<name>\' does not exist."',
      grade: 'documented',
    },
    ...(options.setup ? { setup: options.setup } : {}),
    request: options.request,
    expect: { status: 404, code: 'FunctionNotFound', message: notFoundMessage(options.name) },
    needs: ['state'],
  };
}
