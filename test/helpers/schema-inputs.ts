/**
 * Test helper: inputs for the schema interpreter's differential tests. Boundary values derived
 * from a schema's own keywords (each limit, just inside, just outside), placed at every property
 * path the schema describes, and a fast-check arbitrary that mutates valid fixtures.
 */
import fc from 'fast-check';

type Schema = Record<string, unknown>;

/** A place in an input that a schema describes, with the schema that governs it. */
export interface Slot {
  path: string[];
  schema: Schema;
}

/** Tricky values of every JSON type (and of JavaScript numbers JSON cannot carry). */
export const typeSamples: readonly unknown[] = [
  ...[null, true, false, 0, -0, 1, -1, 1.5, 2 ** 53, 1e21, Number.NaN, Infinity, -Infinity],
  ...['', 'a', '0', 'true', [], [1], ['a'], {}, { a: 1 }, { Key: 'k' }],
];

function resolve(schema: unknown, components: Schema): Schema {
  let current = schema as Schema;
  while (typeof current.$ref === 'string') {
    const name = current.$ref.split('/').pop() as string;
    current = (components.schemas as Record<string, Schema>)[name] as Schema;
  }
  return current;
}

/**
 * Every property path of a schema (items as index `0`), depth-first, cycles cut.
 *
 * @example
 * slots(schemas.CreateFunctionInput, components).map((slot) => slot.path.join('.'));
 */
export function slots(
  schema: unknown,
  components: Schema,
  path: string[] = [],
  seen = new Set<Schema>(),
): Slot[] {
  const resolved = resolve(schema, components);
  if (seen.has(resolved)) return [];
  const inner = new Set(seen).add(resolved);
  const found: Slot[] = path.length > 0 ? [{ path, schema: resolved }] : [];
  const properties = (resolved.properties ?? {}) as Record<string, unknown>;
  for (const [name, child] of Object.entries(properties))
    found.push(...slots(child, components, [...path, name], inner));
  if (resolved.items) found.push(...slots(resolved.items, components, [...path, '0'], inner));
  if (typeof resolved.additionalProperties === 'object') {
    found.push(...slots(resolved.additionalProperties, components, [...path, 'extra'], inner));
  }
  return found;
}

function numberBoundaries(schema: Schema): number[] {
  const values: number[] = [];
  for (const limit of [schema.minimum, schema.maximum].filter((v) => typeof v === 'number') as number[]) {
    values.push(limit, limit - 1, limit + 1, limit - 1e-9, limit + 1e-9, limit * (1 + Number.EPSILON));
    values.push(limit - 0.05, limit + 0.05);
  }
  if (typeof schema.multipleOf === 'number') {
    const m = schema.multipleOf;
    for (const k of [1, 2, 3, 7, 11, 319, 320, 321]) {
      // Quotients 1e-10 and 5e-9 off an integer: inside and outside Ajv's `multipleOfPrecision: 9`.
      values.push(k * m, k * m + m * 1e-10, k * m - m * 1e-10, k * m + m * 5e-9, k * m + 1e-8, k * m - 1e-7);
    }
    values.push(0.1 + 0.2, 0.35, 0.7, 1.15, 15.95, 16.000000001, m / 2);
  }
  return values;
}

function stringBoundaries(schema: Schema): string[] {
  const values = ['a', '_a', '1a', '-a', 'a-b_c', 'a b', 'ä', 'A'.repeat(64), '😀', '\ud83d', '\ude00a'];
  for (const limit of [schema.minLength, schema.maxLength].filter((v) => typeof v === 'number') as number[]) {
    for (const n of [limit - 1, limit, limit + 1].filter((v) => v >= 0)) {
      values.push('a'.repeat(n), '😀'.repeat(n), `${'a'.repeat(Math.max(n - 1, 0))}\ud83d`, '😀a'.repeat(n));
    }
  }
  for (const allowed of (schema.enum ?? []) as unknown[]) {
    if (typeof allowed === 'string')
      values.push(allowed, `${allowed} `, allowed.toUpperCase(), allowed.slice(1));
  }
  return values;
}

function arrayBoundaries(schema: Schema): unknown[][] {
  const values: unknown[][] = [];
  for (const limit of [schema.minItems, schema.maxItems].filter((v) => typeof v === 'number') as number[]) {
    for (const n of [limit - 1, limit, limit + 1].filter((v) => v >= 0)) {
      values.push(
        Array.from({ length: n }, () => ({})),
        Array.from({ length: n }, (_, i) => `s${i}`),
      );
    }
  }
  return values;
}

/**
 * Values at and around every limit a schema declares, plus a sample of every type.
 *
 * @example
 * boundaryValues({ type: 'integer', minimum: 1 }); // [1, 0, 2, …]
 */
export function boundaryValues(schema: Schema): unknown[] {
  const enumerated = ((schema.enum ?? []) as unknown[]).flatMap((v) =>
    typeof v === 'number' ? [v, v + 1] : [],
  );
  return [
    ...numberBoundaries(schema),
    ...stringBoundaries(schema),
    ...arrayBoundaries(schema),
    ...enumerated,
    ...typeSamples,
  ];
}

/**
 * A copy of `base` with `value` at `path`, creating the containers on the way (`0` → an array).
 *
 * @example
 * placed({}, ['a', '0', 'b'], 1); // { a: [{ b: 1 }] }
 */
export function placed(base: unknown, path: string[], value: unknown): unknown {
  const root = structuredClone(base) as Record<string, unknown>;
  let node = root;
  path.forEach((step, i) => {
    if (i === path.length - 1) {
      setOwn(node, step, value);
      return;
    }
    const next = node[step];
    const fresh = path[i + 1] === '0' ? [] : {};
    const child = typeof next === 'object' && next !== null ? next : fresh;
    node[step] = child;
    node = child as Record<string, unknown>;
  });
  return root;
}

/** Sets an own property, even `__proto__` (as JSON.parse does), without touching prototypes. */
function setOwn(node: object, key: string, value: unknown): void {
  Object.defineProperty(node, key, { value, enumerable: true, configurable: true, writable: true });
}

function containers(value: unknown, path: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [];
  const own = Object.entries(value as Record<string, unknown>);
  return [path, ...own.flatMap(([key, child]) => containers(child, [...path, key]))];
}

function at(value: unknown, path: string[]): Record<string, unknown> {
  return path.reduce((node, step) => (node as Record<string, unknown>)[step], value) as Record<
    string,
    unknown
  >;
}

/** One random edit of a JSON tree: replace or delete an existing key, or add one. */
const edit = fc.record({
  where: fc.nat(),
  which: fc.nat(),
  op: fc.constantFrom('replace', 'delete', 'add'),
  key: fc.oneof(
    fc.constantFrom('code', 'customContainerConfig', 'zipFile', 'ossBucketName', '0'),
    fc.string(),
  ),
  value: fc.oneof(
    fc.jsonValue(),
    fc.constantFrom(...typeSamples),
    fc.double(),
    fc.string({ unit: 'binary' }),
  ),
});

/**
 * An arbitrary of valid inputs (`base(seed)`) with one to three random edits anywhere in them.
 *
 * @example
 * fc.sample(mutated((seed) => buildCreateFunctionInput({ seed })), 1);
 */
export function mutated(base: (seed: number) => unknown): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.integer({ min: 1, max: 1e6 }), fc.array(edit, { minLength: 1, maxLength: 3 }))
    .map(([seed, edits]) => {
      const input = structuredClone(base(seed));
      for (const { where, which, op, key, value } of edits) {
        const places = containers(input);
        const node = at(input, places[where % places.length] as string[]);
        const keys = Object.keys(node);
        const target = op === 'add' || keys.length === 0 ? key : (keys[which % keys.length] as string);
        if (Array.isArray(node) && target === 'length') continue;
        if (op === 'delete') delete node[target];
        else setOwn(node, target, value);
      }
      return input;
    });
}
