/**
 * What a case's result keeps of an exchange once the case is graded: answers up to
 * {@link KEPT_ANSWER_BYTES} whole, the start of longer ones with their size. The report held every
 * answer whole (text and bytes), so a target answering 600 KB to each of the ~1,240 requests of
 * `verify` made it hold ~1.5 GB; reporters show at most the first 2,048 characters anyway.
 */
import { ownString } from '../checks/own-string.ts';
import type { Exchange, ReceivedResponse } from '../types.ts';

/**
 * Answers longer than this (bytes, or characters of the text) are kept only this far in results.
 * The longest answer of an honest `serve` over the whole suite is ~22 KB (list.default-limit).
 *
 * @example
 * result.exchanges.every((e) => e.response.body.length <= KEPT_ANSWER_BYTES); // true
 */
export const KEPT_ANSWER_BYTES = 32 * 1024;

function keptResponse(response: ReceivedResponse): ReceivedResponse {
  const { body, bytes } = response;
  // Kept already (a poll's answers before its last, send-step.ts): cut again, a start without
  // `bytes` would be measured anew and `cutFrom` lose the whole size.
  if (response.cutFrom) return response;
  const byteLength = bytes?.byteLength ?? Buffer.byteLength(body);
  if (body.length <= KEPT_ANSWER_BYTES && byteLength <= KEPT_ANSWER_BYTES) return response;
  const kept: ReceivedResponse = {
    ...response,
    body: ownString(body.slice(0, KEPT_ANSWER_BYTES)),
    cutFrom: { chars: body.length, bytes: byteLength },
  };
  // A copy: a view (subarray, or Buffer's slice, which is one) would keep the whole buffer alive.
  if (bytes) kept.bytes = new Uint8Array(bytes.subarray(0, KEPT_ANSWER_BYTES));
  return kept;
}

/**
 * `exchange` as a result keeps it: the answer's body and bytes cut to {@link KEPT_ANSWER_BYTES},
 * with `response.cutFrom` giving the whole size, when longer; else `exchange` itself. Checks have
 * seen the whole answer by then.
 *
 * @example
 * keptExchange(exchange).response.cutFrom; // { chars: 600001, bytes: 600001 } for a 600 KB answer
 */
export function keptExchange(exchange: Exchange): Exchange {
  const response = keptResponse(exchange.response);
  return response === exchange.response ? exchange : { ...exchange, response };
}
