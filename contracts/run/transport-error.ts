/**
 * The errors a target throws when a request got no complete answer: none at all (connection
 * refused, reset, silence), or one the suite stopped reading because it passed the target's answer
 * limits (size or time), so that no target can grow the run's memory or hold a case forever.
 */

/**
 * Thrown by targets when the request never got an answer (connection refused, reset, …).
 *
 * @example
 * throw new TransportError('connect ECONNREFUSED 127.0.0.1:9000');
 */
export class TransportError extends Error {
  override name = 'TransportError';
}

/**
 * The default largest answer body a target reads: far above any honest FC answer (JSON of a few
 * hundred KB; the download case's package is a few hundred bytes), far below what a run can hold.
 *
 * @example
 * DEFAULT_MAX_ANSWER_BYTES / 1024 / 1024; // 32
 */
export const DEFAULT_MAX_ANSWER_BYTES = 32 * 1024 * 1024;

/**
 * The default real-time budget of one answer, from the request's last byte or the answer's head,
 * whichever comes first (in process: from the call), to the answer's last byte. An idle timeout alone never ends an answer that trickles a
 * byte at a time; 30 s is far more than an honest answer needs.
 *
 * @example
 * httpTarget({ baseUrl, answerBudgetMs: DEFAULT_ANSWER_BUDGET_MS * 2 });
 */
export const DEFAULT_ANSWER_BUDGET_MS = 30_000;

/** The answer limits every target takes. */
export interface AnswerLimits {
  /** Largest answer body read, in bytes ({@link DEFAULT_MAX_ANSWER_BYTES} by default). */
  maxAnswerBytes?: number;
  /** Real-time budget of one answer in ms ({@link DEFAULT_ANSWER_BUDGET_MS} by default). */
  answerBudgetMs?: number;
}

/** Every key of {@link AnswerLimits}, which every target's options extend. */
export const ANSWER_LIMIT_KEYS = Object.keys({
  maxAnswerBytes: true,
  answerBudgetMs: true,
} satisfies Record<keyof AnswerLimits, true>);

/**
 * The body length an answer's head declares (`Content-Length`, digits only: RFC 9110 §8.6), when
 * the answer has a body (not one to a HEAD, nor a 1xx, 204 or 304): a declared oversize is cut
 * before anything is read.
 *
 * @example
 * declaredAnswerLength('140000000', true); // 140000000
 * declaredAnswerLength('12', false); // undefined
 */
export function declaredAnswerLength(value: string | null | undefined, hasBody: boolean): number | undefined {
  return hasBody && typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** Which limit an answer passed, and how far it got. */
export type AnswerCut =
  | { limit: 'maxAnswerBytes'; value: number; readBytes: number; declaredBytes?: number }
  | { limit: 'answerBudgetMs'; value: number; readBytes: number };

function cutMessage(cut: AnswerCut): string {
  if (cut.limit === 'answerBudgetMs')
    return `the answer was not complete within answerBudgetMs (${cut.value} ms): ${cut.readBytes} body bytes read, then the suite stopped reading`;
  const how =
    cut.declaredBytes === undefined
      ? `${cut.readBytes} body bytes read`
      : `its head declares Content-Length ${cut.declaredBytes}`;
  return `the answer is larger than maxAnswerBytes (${cut.value} bytes): ${how}, then the suite stopped reading (FC's answers are JSON of at most a few hundred KB)`;
}

/**
 * Thrown by targets when an answer passed `maxAnswerBytes` or `answerBudgetMs`: the rest of it is
 * never read (the socket is destroyed, the stream cancelled).
 *
 * @example
 * throw new AnswerLimitError({ limit: 'maxAnswerBytes', value: 32 * 1024 * 1024, readBytes: 33_619_968 });
 */
export class AnswerLimitError extends TransportError {
  override name = 'AnswerLimitError';
  readonly cut: AnswerCut;
  constructor(cut: AnswerCut) {
    super(cutMessage(cut));
    this.cut = cut;
  }
}

/**
 * A target's answer limits with their defaults. The public options that carry them are checked
 * once where they are given (`checkNumericOptions`, in each target); this runs per request.
 *
 * @example
 * answerLimits({ maxAnswerBytes: 1024 }); // { maxAnswerBytes: 1024, answerBudgetMs: 30000 }
 */
export function answerLimits(options: AnswerLimits = {}): Required<AnswerLimits> {
  const { maxAnswerBytes = DEFAULT_MAX_ANSWER_BYTES, answerBudgetMs = DEFAULT_ANSWER_BUDGET_MS } = options;
  return { maxAnswerBytes, answerBudgetMs };
}
