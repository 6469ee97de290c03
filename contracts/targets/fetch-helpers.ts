/**
 * Conversions between the suite's sent/received shapes and Fetch `Request`/`Response`, for
 * in-process targets and mocking libraries; answers are read within the target's answer limits.
 */
import { readUpTo } from '../../mocks/core/fetch.ts';
import {
  AnswerLimitError,
  type AnswerLimits,
  declaredAnswerLength,
  TransportError,
} from '../run/transport-error.ts';
import type { ReceivedResponse, SentRequest } from '../types.ts';

const decoder = new TextDecoder();

// Fetch computes these itself and refuses them from callers.
const FORBIDDEN = new Set(['host', 'content-length', 'connection', 'transfer-encoding']);

/**
 * A Fetch `RequestInit` carrying the exact body bytes and every allowed header.
 *
 * @example
 * await fetch(sent.url, toRequestInit(sent));
 */
export function toRequestInit(request: SentRequest): RequestInit {
  const headers = Object.fromEntries(
    Object.entries(request.headers).filter(([name]) => !FORBIDDEN.has(name)),
  );
  const hasBody = request.body.byteLength > 0 && request.method !== 'GET' && request.method !== 'HEAD';
  return {
    method: request.method,
    headers,
    // A 3xx is the target's answer, as node:http (httpTarget) gives it: following it would judge
    // another resource than the one asked, or reach a host the run was not pointed at (ADR 039).
    redirect: 'manual',
    ...(hasBody ? { body: request.body as Uint8Array<ArrayBuffer> } : {}),
  };
}

interface Reading {
  maxAnswerBytes: number;
  /** Rejects once the answer's budget is spent. */
  overBudget: Promise<never>;
  /** Counts the body bytes read, for the budget's message. */
  onRead(total: number): void;
}

async function readBody(response: Response, reading: Reading): Promise<Uint8Array> {
  const { maxAnswerBytes: limit } = reading;
  // Fetch gives no body (null) to an answer that has none: HEAD, 1xx, 204, 304.
  const declared = declaredAnswerLength(response.headers.get('content-length'), response.body !== null);
  if (declared !== undefined && declared > limit) {
    response.body?.cancel().catch(() => {});
    throw new AnswerLimitError({
      limit: 'maxAnswerBytes',
      value: limit,
      readBytes: 0,
      declaredBytes: declared,
    });
  }
  if (response.body === null) return new Uint8Array(0);
  const read = await readUpTo(response.body, limit, { until: reading.overBudget, onRead: reading.onRead });
  if ('over' in read)
    throw new AnswerLimitError({ limit: 'maxAnswerBytes', value: limit, readBytes: read.over });
  return read.body;
}

async function answerOf(response: Response, reading: Reading): Promise<ReceivedResponse> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const bytes = await readBody(response, reading);
  return { status: response.status, headers, body: decoder.decode(bytes), bytes };
}

/**
 * Calls `call` (a `fetch`, a handler) and reads its `Response` into the suite's response shape
 * within `limits`: a body past `maxAnswerBytes`, or an answer not complete within
 * `answerBudgetMs` of the call, is cancelled (the signal aborts) and rejects with an
 * `AnswerLimitError`; any other failure rejects with a `TransportError`.
 *
 * @example
 * const received = await fetchAnswer((signal) => fetch(url, { signal }), answerLimits('mswTarget'));
 */
export async function fetchAnswer(
  call: (signal: AbortSignal) => Promise<Response>,
  limits: Required<AnswerLimits>,
): Promise<ReceivedResponse> {
  const { maxAnswerBytes, answerBudgetMs } = limits;
  const controller = new AbortController();
  let read = 0;
  let timer: NodeJS.Timeout | undefined;
  const overBudget = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new AnswerLimitError({ limit: 'answerBudgetMs', value: answerBudgetMs, readBytes: read });
      controller.abort(error);
      reject(error);
    }, answerBudgetMs);
  });
  overBudget.catch(() => {});
  const reading: Reading = { maxAnswerBytes, overBudget, onRead: (total) => (read = total) };
  try {
    const response = await Promise.race([call(controller.signal), overBudget]);
    return await answerOf(response, reading);
  } catch (error) {
    if (error instanceof TransportError) throw error;
    throw new TransportError(error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
}
