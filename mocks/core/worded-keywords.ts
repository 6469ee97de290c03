/**
 * The schema keywords whose violations `validation.ts` words from the schema alone ("cpu must be
 * between 0.05 and 16, got 17"). For the others (`pattern`, the composites) a message quotes the
 * statement of the rule the violation maps to, so the emulator's view of the spec keeps only those
 * statements (scripts/lib/emulator-view.ts; ADR 027, addendum "the emulator's view").
 */

/**
 * Keywords worded without the rule's statement.
 *
 * @example
 * WORDED_KEYWORDS.has('pattern'); // false: its message quotes the rule
 */
export const WORDED_KEYWORDS: ReadonlySet<string> = new Set([
  'required',
  'type',
  'multipleOf',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'enum',
]);
