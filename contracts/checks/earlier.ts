/**
 * What the checks of a later step read of an earlier step's answer: the fields a `compare`
 * names (every field but `except` for `*`), and the fields a `FieldOfStep` names (download,
 * follow). A case kept each earlier step's answer whole (text, bytes) until it ended, so a target
 * answering three 8 MB strings to every request made `verify --only 'update.*'` peak at 2.77 GB;
 * it now keeps only these fields, parsed, and a long one as a digest with its quoted start.
 */
import type { Comparison, Exchange, FieldOfStep, ReceivedResponse } from '../types.ts';
import { asObject, clip, parseObject, quoted } from './check.ts';
import { jsonDigest } from './json-digest.ts';

/**
 * Fields up to this size (characters of their strings plus 8 for every other value, item and key,
 * as failures quote) are kept as they are; a longer one as its {@link jsonDigest} and what a
 * failure quotes of it. The quoted budget, so a kept field is quoted whole either way.
 */
const KEPT_FIELD_SIZE = 8 * 1024;

/** One field of an earlier answer as a comparison reads it: whole, or a digest and its quotes. */
export type EarlierValue =
  | { whole: unknown }
  | {
      digest: string;
      /** `quoted(value)`, for messages. */
      quoted: string;
      /** `clip(value)`, a failure's `documented`. */
      shown: unknown;
      /** `Date.parse(String(value))` for a `later` comparison, or what it threw. */
      time?: { ms: number } | { error: unknown };
    };

/** What a comparison reads of its step's answer: its fields, or why it has none. */
export type EarlierCompared =
  | { fields: [string, EarlierValue][] }
  /** Not a JSON object: the body as a failure quotes it (`clip`). */
  | { received: unknown };

/**
 * What the checks of a step read of the case's earlier steps. `compared` is undefined when the
 * comparison's step has no answer (yet); `field` is undefined then, and when that answer has no
 * such field.
 */
export interface EarlierAnswers {
  compared(comparison: Comparison): EarlierCompared | undefined;
  field(ref: FieldOfStep): EarlierValue | undefined;
}

/** Whether `value` is within `limit`, counted as {@link KEPT_FIELD_SIZE} says; a work-list walk. */
function within(value: unknown, limit: number): boolean {
  let left = limit;
  const pending: unknown[] = [value];
  while (pending.length > 0 && left >= 0) {
    const item = pending.pop();
    if (typeof item === 'string') left -= item.length;
    else if (Array.isArray(item)) {
      // 8 for the list and 8 for each item, as clip charges them (an item of "" costs no less).
      left -= 8 + 8 * item.length;
      pending.push(...item.slice(0, Math.max(left, 0)));
    } else if (typeof item === 'object' && item !== null) {
      const entries = Object.entries(item).slice(0, Math.max(left, 0));
      left -= 8;
      for (const [key, child] of entries) {
        left -= 8 + key.length;
        pending.push(child);
      }
    } else left -= 8;
  }
  return left >= 0 && pending.length === 0;
}

function timeOf(value: unknown): { ms: number } | { error: unknown } {
  try {
    return { ms: Date.parse(String(value)) };
  } catch (error) {
    return { error };
  }
}

/**
 * `value` of an earlier answer as a later step keeps it: whole within {@link KEPT_FIELD_SIZE},
 * else its digest and quotes (and its time for a `later` comparison).
 *
 * @example
 * keptValue('x'.repeat(9000)); // { digest: '…', quoted: '"xxx…', shown: 'xxx…' }
 */
export function keptValue(value: unknown, relation: Comparison['relation'] = 'same'): EarlierValue {
  if (within(value, KEPT_FIELD_SIZE)) return { whole: value };
  const long = { digest: jsonDigest(value), quoted: quoted(value), shown: clip(value) };
  return relation === 'later' ? { ...long, time: timeOf(value) } : long;
}

/**
 * `body` without the dotted path (`customContainerConfig.accelerationInfo`): only the objects on
 * the path are copied, so the rest of the answer, however deep, is shared rather than cloned (the
 * structuredClone this replaced overflowed the stack on a field nested 100,000 deep).
 */
function withoutPath(body: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const [key, ...rest] = keys as [string, ...string[]];
  if (!Object.hasOwn(body, key)) return body;
  const copy = { ...body };
  if (rest.length === 0) delete copy[key];
  else {
    const child = asObject(body[key]);
    if (child) copy[key] = withoutPath(child, rest);
  }
  return copy;
}

/**
 * `body` without the dotted paths; `body` itself is left as it is.
 *
 * @example
 * without({ a: 1, b: { c: 2, d: 3 } }, ['b.c']); // { a: 1, b: { d: 3 } }
 */
export function without(body: Record<string, unknown>, paths: readonly string[]): Record<string, unknown> {
  return paths.reduce((rest, path) => withoutPath(rest, path.split('.')), body);
}

/**
 * What `comparison` reads of an earlier answer, `parsed` being its body as a JSON object (or
 * undefined) and `text` the body.
 *
 * @example
 * comparedFrom({ step: 0, relation: 'same', fields: ['a'], reference: 'x', grade: 'inferred' }, { a: 1, b: 2 }, '');
 * // { fields: [['a', { whole: 1 }]] }
 */
export function comparedFrom(
  comparison: Comparison,
  parsed: Record<string, unknown> | undefined,
  text: string,
): EarlierCompared {
  if (!parsed) return { received: clip(text) };
  const before = without(parsed, comparison.except ?? []);
  const fields = comparison.fields === '*' ? Object.keys(before) : comparison.fields;
  return { fields: fields.map((field) => [field, keptValue(before[field], comparison.relation)]) };
}

/**
 * `field` of an earlier answer (`parsed`, its body as a JSON object) as {@link keptValue} keeps
 * it; undefined when the answer is no JSON object or has no such own field.
 *
 * @example
 * fieldFrom({ url: 'http://x/' }, 'url'); // { whole: 'http://x/' }
 */
export function fieldFrom(parsed: Record<string, unknown> | undefined, field: string) {
  return parsed !== undefined && Object.hasOwn(parsed, field) ? keptValue(parsed[field]) : undefined;
}

/**
 * Earlier answers read straight from whole exchanges (`CheckInput.history`), the last answer of
 * each earlier step by step number.
 *
 * @example
 * earlierFromHistory(history).field({ step: 0, field: 'codeSize' }); // { whole: 22 }
 */
export function earlierFromHistory(history: readonly Exchange[]): EarlierAnswers {
  const body = (step: number): ReceivedResponse | undefined => history[step]?.response;
  return {
    compared(comparison) {
      const response = body(comparison.step);
      return response && comparedFrom(comparison, parseObject(response.body), response.body);
    },
    field: (ref) => {
      const response = body(ref.step);
      return fieldFrom(response && parseObject(response.body), ref.field);
    },
  };
}
