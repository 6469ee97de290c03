/**
 * The `Function` body text that CreateFunction, UpdateFunction and GetFunction answer: exactly
 * `JSON.stringify(functionBody(record, now))`, mostly filled into a template of the record's
 * shape (ADR 031) in about an eighth of the time. Records that share a shape (every function
 * created from an equal request) differ in the body only in their own values: name, id, times,
 * image digest, account and region. So for records whose preparation has ended well (lifecycle F:
 * `Active` / `Successful`, state fields that no longer change) the shape's body is written once
 * with stand-ins for those values and cut at the stand-ins; each later body is the pieces joined
 * with the record's values.
 *
 * The template comes from `functionBody` itself, so the body still has one writer, and it is
 * checked when made: filled with the record it was made for it must give exactly the serialised
 * body, or the shape is never templated. Only shapes the intern table keeps are templated, on
 * their second use, and a template is held weakly by its shape: the table's bound (ADR 029) bounds
 * the templates too, and nothing here keeps a shape alive.
 */
import { functionBody } from './function-body.ts';
import type { FunctionRecord, FunctionShape } from './function-record.ts';
import type { Shapes } from './shapes.ts';

/** Writes a record's body text at emulator time `nowMs`: exactly `JSON.stringify(functionBody(record, nowMs))`. */
export type BodyText = (record: FunctionRecord, nowMs: number) => string;

// JSON writes a stand-in's control characters as `\u0001`: the template is cut at that text. A
// stand-in is never a valid name, id, time, digest, account or region.
const standIn = (slot: number): string => `\u0001fc3-${slot}\u0001`;
const STAND_IN = /\\u0001fc3-(\d)\\u0001/;

/** The record's own values, in slot order (test/core/body-templates.test.ts holds the list to the record's fields). */
const ownValues = (r: FunctionRecord): string[] => [
  r.functionName,
  r.functionId,
  r.createdTime,
  r.lastModifiedTime,
  r.imageDigest,
  r.scope.accountId,
  r.scope.regionId,
];

/** Text pieces at even indexes, the slot numbers between them at odd ones. */
type Template = string[];

/** A value as it appears inside a JSON string (slot values are names, ids, times, hex and digits: escaped only if one ever is not). */
const inJson = (value: string): string =>
  /^[\w:.-]*$/.test(value) ? value : JSON.stringify(value).slice(1, -1);

function fill(template: Template, record: FunctionRecord): string {
  const values = ownValues(record);
  let text = template[0] as string;
  for (let i = 1; i < template.length; i += 2) {
    text += inJson(values[Number(template[i])] as string) + template[i + 1];
  }
  return text;
}

function templateOf(record: FunctionRecord, nowMs: number): Template | undefined {
  const [functionName, functionId, createdTime, lastModifiedTime, imageDigest, accountId, regionId] = [
    0, 1, 2, 3, 4, 5, 6,
  ].map(standIn) as string[];
  const probe = { ...record, functionName, functionId, createdTime, lastModifiedTime, imageDigest };
  const template = JSON.stringify(
    functionBody({ ...probe, scope: { accountId, regionId } } as FunctionRecord, nowMs),
  ).split(STAND_IN);
  // A configuration that itself holds a stand-in's text would be cut in the wrong place.
  return fill(template, record) === JSON.stringify(functionBody(record, nowMs)) ? template : undefined;
}

/**
 * Creates the body writer of one emulator, templating the shapes its table keeps.
 *
 * @example
 * const bodyText = bodyTemplates(state.shapes);
 * bodyText(record, now) === JSON.stringify(functionBody(record, now)); // true, always
 */
export function bodyTemplates(shapes: Pick<Shapes, 'isKept'>): BodyText {
  const templates = new WeakMap<FunctionShape, Template | 'seen' | null>();
  return (record, nowMs) => {
    const { shape, preparation } = record;
    // State fields that move with the clock (which may also be set back), a failure, or an
    // invocation restriction (the record's own value, in no slot): no template.
    const settled =
      nowMs >= preparation.readyAt &&
      preparation.failure === undefined &&
      record.invocationRestriction === undefined;
    let known = settled && shapes.isKept(shape) ? templates.get(shape) : null;
    if (known === undefined) templates.set(shape, 'seen');
    else if (known === 'seen') {
      known = templateOf(record, nowMs) ?? null;
      templates.set(shape, known);
    }
    return Array.isArray(known) ? fill(known, record) : JSON.stringify(functionBody(record, nowMs));
  };
}
