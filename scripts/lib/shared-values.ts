/**
 * Writes a JSON value as a TypeScript expression in which every object or array that occurs more
 * than once (the spec's YAML anchors: the same rule under 16 operations, the same trigger example
 * under three answers) is written once, as a `const`, and referenced: the generated spec document
 * shrinks by a fifth and the browser bundle with it. Equal subtrees become one shared, read-only
 * object, which nothing at run time mutates.
 */

/** A TS expression for the value and the `const` declarations it refers to, in dependency order. */
export interface SharedValues {
  declarations: string[];
  expression: string;
}

/** Options of {@link writeSharingRepeats}. */
export interface SharingOptions {
  /** Prefix of the generated const names. */
  prefix: string;
  /** Subtrees whose JSON text is shorter than this are written in place (default 80). */
  minLength?: number;
  /** The type annotation of each const. */
  type: string;
}

function countRepeats(value: unknown, minLength: number, counts: Map<string, number>): void {
  if (typeof value !== 'object' || value === null) return;
  const text = JSON.stringify(value);
  if (text.length >= minLength) counts.set(text, (counts.get(text) ?? 0) + 1);
  for (const child of Object.values(value)) countRepeats(child, minLength, counts);
}

/**
 * Writes `value` with its repeated subtrees shared.
 *
 * @example
 * const rule = { id: 'request-body-not-allowed', by: 'emulator', status: 'inferred' };
 * writeSharingRepeats([rule, rule], { prefix: 'shared', type: 'JsonValue', minLength: 10 }).expression; // '[shared0,shared0]'
 */
export function writeSharingRepeats(value: unknown, options: SharingOptions): SharedValues {
  const { declarations, expressions } = writeSharingRepeatsOf([value], options);
  return { declarations, expression: expressions[0] ?? '' };
}

/**
 * Writes several values, in order, each with the subtrees it repeats itself shared: one set of
 * declarations, one expression per value. A later value also refers to the consts of earlier ones
 * where it holds an equal subtree, but no value gets a new const for a subtree it holds only once, so
 * the first value is written as it would be alone. A bundle that keeps only the first value (the
 * emulator's view, ADR 027) then carries no const that it does not repeat: such single-use consts
 * cost it gzip bytes.
 *
 * @example
 * const tag = { Key: 'env', Value: 'test', note: 'long enough' };
 * writeSharingRepeatsOf([{ a: tag, b: tag }, [tag]], { prefix: 's', type: 'T', minLength: 10 }).expressions; // ['{"a":s0,"b":s0}', '[s0]']
 */
export function writeSharingRepeatsOf(
  values: readonly unknown[],
  options: SharingOptions,
): { declarations: string[]; expressions: string[] } {
  const names = new Map<string, string>();
  const declarations: string[] = [];
  // The repeats of the value being written.
  let counts = new Map<string, number>();
  const write = (node: unknown): string => {
    if (typeof node !== 'object' || node === null) return JSON.stringify(node);
    const text = JSON.stringify(node);
    const known = names.get(text);
    if (known) return known;
    const written = Array.isArray(node)
      ? `[${node.map(write).join(',')}]`
      : `{${Object.entries(node)
          // `"__proto__": v` in a literal would set the prototype; JSON makes it an own key.
          .map(
            ([key, child]) =>
              `${key === '__proto__' ? '["__proto__"]' : JSON.stringify(key)}:${write(child)}`,
          )
          .join(',')}}`;
    if ((counts.get(text) ?? 0) < 2) return written;
    const name = `${options.prefix}${names.size}`;
    names.set(text, name);
    declarations.push(`const ${name}: ${options.type} = ${written};`);
    return name;
  };
  const expressions = values.map((value) => {
    counts = new Map();
    countRepeats(value, options.minLength ?? 80, counts);
    return write(value);
  });
  return { declarations, expressions };
}
