/**
 * What a case keeps of each step's answer for its later steps, once the step is graded: the
 * fields their comparisons, downloads and followed URLs read (contracts/checks/earlier.ts), not
 * the answer, but for the answer a later `bodyFrom` sends back (kept as its text, parsed when it
 * is sent). A case kept every earlier answer whole (text and bytes) until it ended, so against a
 * target answering three 8 MB strings to every request `verify --only 'update.*'` peaked at 2.77
 * GB of RSS (ADR 048, amended).
 */
import { clip, parseObject } from '../checks/check.ts';
import {
  comparedFrom,
  type EarlierAnswers,
  type EarlierCompared,
  type EarlierValue,
  fieldFrom,
} from '../checks/earlier.ts';
import type { CaseExpectation, CaseRequest, Comparison, Exchange, FieldOfStep } from '../types.ts';

/** Most fields a `'*'` comparison keeps parsed; an answer with more keeps its text instead. */
const MAX_KEPT_FIELDS = 1000;

/** A step of a case, as far as what it reads of earlier ones goes. */
export interface ReadingStep {
  request: CaseRequest;
  expect?: CaseExpectation;
}

/** The `FieldOfStep`s a step reads: its followed URL and its download's size and checksum fields. */
function refsOf(step: ReadingStep): FieldOfStep[] {
  const { download } = step.expect ?? {};
  return [
    ...(step.request.follow ? [step.request.follow] : []),
    ...(download?.size ?? []),
    ...(download?.checksum ?? []),
  ];
}

/**
 * The earlier answers of a case as its steps are graded: {@link KeptSteps.keep} each step's last
 * exchange, then give the object to the next step's checks as `CheckInput.earlier`.
 *
 * @example
 * const kept = new KeptSteps(steps); kept.keep(0, got); kept.field({ step: 0, field: 'url' });
 */
export class KeptSteps implements EarlierAnswers {
  readonly #steps: readonly ReadingStep[];
  /** What each comparison reads, or the answer's text when that would weigh more (`'*'`). */
  readonly #compared = new Map<Comparison, EarlierCompared | string>();
  /** Each field a later step reads, a long one as its digest and quotes (earlier.ts). */
  readonly #fields = new Map<string, EarlierValue | undefined>();
  /** The answers later `bodyFrom`s send back, by step, as their text (parsed only when sent: ADR 048). */
  readonly #bodies = new Map<number, string>();

  constructor(steps: readonly ReadingStep[]) {
    this.#steps = steps;
  }

  /** Keeps what the steps after `index` read of `got`, the last answer of step `index`. */
  keep(index: number, got: Exchange): void {
    const later = this.#steps.slice(index + 1);
    const comparisons = later.flatMap((step) => step.expect?.compare ?? []).filter((c) => c.step === index);
    const refs = later.flatMap(refsOf).filter((ref) => ref.step === index);
    const sentBack = later.some((step) => step.request.bodyFrom?.step === index);
    if (comparisons.length === 0 && refs.length === 0 && !sentBack) return;
    const { body } = got.response;
    const parsed = parseObject(body);
    if (sentBack) this.#bodies.set(index, body);
    for (const comparison of comparisons) {
      // `'*'` keeps every field, each as a pair: past MAX_KEPT_FIELDS that weighs more than the
      // text (500,000 one-digit fields of 5.9 MB held 64 MB), so the text is kept and read again.
      const many = comparison.fields === '*' && parsed && Object.keys(parsed).length > MAX_KEPT_FIELDS;
      this.#compared.set(comparison, many ? body : comparedFrom(comparison, parsed, body));
    }
    for (const ref of refs)
      this.#fields.set(JSON.stringify([ref.step, ref.field]), fieldFrom(parsed, ref.field));
  }

  compared(comparison: Comparison): EarlierCompared | undefined {
    const kept = this.#compared.get(comparison);
    return typeof kept === 'string' ? comparedFrom(comparison, parseObject(kept), kept) : kept;
  }

  field(ref: FieldOfStep): EarlierValue | undefined {
    return this.#fields.get(JSON.stringify([ref.step, ref.field]));
  }

  /**
   * The answer of `step` a later `bodyFrom` sends back: its JSON object, or its clipped text when
   * it is none; undefined when no earlier step of that number was kept.
   */
  answer(step: number): { object: Record<string, unknown> } | { received: unknown } | undefined {
    const body = this.#bodies.get(step);
    if (body === undefined) return undefined;
    const parsed = parseObject(body);
    return parsed ? { object: parsed } : { received: clip(body) };
  }
}
