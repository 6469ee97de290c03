/**
 * Wraps an emulator so one documented behaviour breaks: the request or the answer is rewritten
 * on the way through `dispatch`.
 */

import type { FetchHandler } from '../../../contracts/index.ts';
import { parseAuthorization, signAcs3 } from '../../../mocks/core/auth/index.ts';
import { toFetchResponse, toWireRequest } from '../../../mocks/core/fetch.ts';
import type { Emulator, WireRequest, WireResponse } from '../../../mocks/index.ts';

/** Rewrites applied by a broken variant. */
export interface Breakage {
  request?: (wire: WireRequest) => WireRequest;
  response?: (answer: WireResponse, wire: WireRequest) => WireResponse | Promise<WireResponse>;
  /** Answer without asking the emulator (e.g. a delete that deletes nothing). */
  instead?: (wire: WireRequest) => WireResponse | undefined;
  /** AccessKey pairs the emulator accepts: a rewritten signed request is signed again with them. */
  credentials?: Record<string, string>;
}

/**
 * Signs a rewritten request again, so the emulator judges the rewrite and not a broken signature
 * (the same date, nonce, action and signed headers as the original).
 */
function resign(original: WireRequest, wire: WireRequest, credentials: Record<string, string> | undefined) {
  const auth = parseAuthorization(original.headers.authorization ?? '');
  const secret = auth ? credentials?.[auth.accessKeyId] : undefined;
  if (!auth || secret === undefined) return wire;
  const { authorization: _a, 'x-acs-content-sha256': _h, ...headers } = original.headers;
  return signAcs3({
    url: wire.url,
    method: wire.method,
    body: wire.body,
    accessKeyId: auth.accessKeyId,
    accessKeySecret: secret,
    date: headers['x-acs-date'] ?? '',
    nonce: headers['x-acs-signature-nonce'] ?? '',
    headers,
    signedHeaders: auth.signedHeaders,
  });
}

/** A Fetch handler that runs `emulator.dispatch` with the breakage applied; its clock is the emulator's. */
export function broken(emulator: Emulator, breakage: Breakage): FetchHandler {
  return {
    maxBodyBytes: emulator.maxBodyBytes,
    now: () => emulator.now(),
    advanceClock: (ms) => emulator.advanceClock(ms),
    async handle(request) {
      const original = await toWireRequest(request, emulator.maxBodyBytes);
      const rewritten = breakage.request ? breakage.request(original) : original;
      const wire = rewritten === original ? original : resign(original, rewritten, breakage.credentials);
      const answer = breakage.instead?.(wire) ?? (await emulator.dispatch(wire));
      return toFetchResponse(breakage.response ? await breakage.response(answer, wire) : answer, wire.method);
    },
  };
}

/** The function-resource operation a request is (lifecycle A.1), by method and path. */
export type Operation = 'create' | 'get' | 'update' | 'delete' | 'list' | 'other';

/** Which operation a request is. */
export function operationOf(wire: WireRequest): Operation {
  const path = new URL(wire.url).pathname;
  if (path === '/2023-03-30/functions')
    return wire.method === 'GET' ? 'list' : wire.method === 'POST' ? 'create' : 'other';
  if (!/^\/2023-03-30\/functions\/[^/]+$/.test(path)) return 'other';
  return ({ GET: 'get', PUT: 'update', DELETE: 'delete' } as const)[wire.method as 'GET'] ?? 'other';
}

/** Parses a JSON body, applies `edit` to it and serialises it again. */
export function editJson(
  answer: WireResponse,
  edit: (body: Record<string, unknown>) => Record<string, unknown>,
): WireResponse {
  return { ...answer, body: JSON.stringify(edit(JSON.parse(answer.body) as Record<string, unknown>)) };
}

/** Only successful answers. */
export function onSuccess(
  edit: (body: Record<string, unknown>, wire: WireRequest) => Record<string, unknown>,
) {
  return (answer: WireResponse, wire: WireRequest) =>
    answer.status === 200 ? editJson(answer, (body) => edit(body, wire)) : answer;
}

/** Only error answers. */
export function onError(edit: (answer: WireResponse) => WireResponse) {
  return (answer: WireResponse) => (answer.status >= 400 ? edit(answer) : answer);
}

/** The request body as JSON, when it is an object. */
export function requestJson(wire: WireRequest): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(wire.body));
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The request id the broken variants' own answers carry. */
export const MUTANT_REQUEST_ID = '1-00000000-000000000000000000000000';

/**
 * A JSON answer of a broken variant, with FC's request-id headers ('' body for `undefined`).
 *
 * @example
 * jsonAnswer(200, { success: true });
 */
export function jsonAnswer(status: number, body: unknown): WireResponse {
  const id = MUTANT_REQUEST_ID;
  return {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'x-acs-request-id': id,
      'x-fc-request-id': id,
    },
    body: body === undefined ? '' : JSON.stringify(body),
  };
}
