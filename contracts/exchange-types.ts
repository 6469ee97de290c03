/**
 * Requests as sent, answers as received, and a check's "received vs documented" verdict on them.
 */
import type { Grade } from './case-types.ts';

/** A request as actually sent. */
export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

/** A response as received; header names lowercase. */
export interface ReceivedResponse {
  status: number;
  headers: Record<string, string>;
  /** The body as UTF-8 text. */
  body: string;
  /**
   * The body's exact bytes, which the text cannot give back for a binary answer (a code package
   * downloaded from GetFunctionCode's `url`). The suite's targets set it; a case that downloads is
   * not applicable on a target that does not.
   */
  bytes?: Uint8Array;
  /**
   * Set in a case result when the answer was longer than the result keeps (32 KiB,
   * `KEPT_ANSWER_BYTES`): `body` and `bytes` then hold its start, and this its whole size in
   * characters of the text and in bytes. The checks saw the whole answer.
   */
  cutFrom?: { chars: number; bytes: number };
}

/** One request/response pair. */
export interface Exchange {
  request: SentRequest;
  response: ReceivedResponse;
  /** When the response arrived. */
  at: Date;
}

/**
 * A check's "received vs documented" verdict.
 *
 * @example
 * const failure: CheckFailure = { check: 'status', message: 'status differs', received: 201, documented: 200,
 *   reference: 'D.1', grade: 'inferred' };
 */
export interface CheckFailure {
  check: string;
  message: string;
  received: unknown;
  documented: unknown;
  /** Reference section the failed expectation comes from. */
  reference: string;
  grade: Grade;
  /**
   * Set to `exchange` when `documented` is not a documented value but one the answer itself set
   * (e.g. the header value an error body must repeat); reporters then say "expected".
   */
  basis?: 'exchange';
}
