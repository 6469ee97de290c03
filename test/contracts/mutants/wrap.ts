/**
 * Wraps an emulator so one documented behaviour breaks: the request or the answer is rewritten
 * on the way through `dispatch`.
 */

import type { FetchHandler } from '../../../contracts/index.ts';
import { toFetchResponse, toWireRequest } from '../../../mocks/core/fetch.ts';
import type { Emulator, WireRequest, WireResponse } from '../../../mocks/index.ts';

/** Rewrites applied by a broken variant. */
export interface Breakage {
  request?: (wire: WireRequest) => WireRequest;
  response?: (answer: WireResponse, wire: WireRequest) => WireResponse | Promise<WireResponse>;
}

/** A Fetch handler that runs `emulator.dispatch` with the breakage applied. */
export function broken(emulator: Emulator, breakage: Breakage): FetchHandler {
  return {
    maxBodyBytes: emulator.maxBodyBytes,
    async handle(request) {
      const original = await toWireRequest(request, emulator.maxBodyBytes);
      const wire = breakage.request ? breakage.request(original) : original;
      const answer = await emulator.dispatch(wire);
      return toFetchResponse(breakage.response ? await breakage.response(answer, wire) : answer);
    },
  };
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
