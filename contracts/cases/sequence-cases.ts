/**
 * Generated sequence cases: seeded random operation sequences (create, get, update, delete,
 * list) over a small, freshly named set of functions, each answer predicted by the plain model
 * in resource-model.ts. The same seed gives the same sequences.
 */
import fc from 'fast-check';
import { zipBase64 } from '../../mocks/fixtures/index.ts';
import type { ContractCase } from '../types.ts';
import { baseInput, EMPTY_ZIP, fact, type Naming } from './context.ts';
import { applyOperation, createModel, type ModelOperation } from './resource-model.ts';

const LETTERS = ['a', 'b', 'c', 'd'];
const OTHER_ZIP = zipBase64({ 'index.js': 'exports.handler = async () => "sequence";\n' });

/** Valid inputs of code-package functions (an image would add the lifecycle to every step). */
const SHAPES: ((name: string) => Record<string, unknown>)[] = [
  (name) => baseInput('builtin', name),
  (name) => baseInput('custom', name),
  (name) => ({
    ...baseInput('builtin', name),
    description: 'shaped',
    timeout: 120,
    memorySize: 1024,
    cpu: 0.5,
  }),
  (name) => ({
    ...baseInput('custom', name),
    environmentVariables: { STAGE: 'one' },
    instanceConcurrency: 4,
  }),
];

/** Updates that keep every rule satisfied on any shape (the merge keeps cpu and memory paired). */
const PATCHES: Record<string, unknown>[] = [
  { timeout: 45 },
  { description: 'patched' },
  { environmentVariables: { STAGE: 'two', EXTRA: 'x' } },
  { memorySize: 2048, cpu: 1 },
  { code: { zipFile: OTHER_ZIP } },
  { code: { zipFile: EMPTY_ZIP }, handler: 'index.other' },
];

const operationArb = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant('create' as const), name: fc.nat(3), shape: fc.nat(3) }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('get' as const), name: fc.nat(3) }) },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('update' as const), name: fc.nat(3), patch: fc.nat(5) }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), name: fc.nat(3) }) },
  // Small limits page through the set; any limit from 1 to 100 may be drawn (lifecycle E.1).
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('list' as const),
      limit: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 100 })),
    }),
  },
);

type Draw =
  | { op: 'create'; name: number; shape: number }
  | { op: 'get' | 'delete'; name: number }
  | { op: 'update'; name: number; patch: number }
  | { op: 'list'; limit: number };

function operationOf(draw: Draw, prefix: string): ModelOperation {
  if (draw.op === 'list') return { op: 'list', limit: draw.limit };
  const name = `${prefix}${LETTERS[draw.name]}`;
  if (draw.op === 'create')
    return {
      op: 'create',
      name,
      input: (SHAPES[draw.shape] as (n: string) => Record<string, unknown>)(name),
    };
  if (draw.op === 'update')
    return { op: 'update', name, patch: PATCHES[draw.patch] as Record<string, unknown> };
  return { op: draw.op, name };
}

function describe(operation: ModelOperation): string {
  if (operation.op === 'list') return `list(limit ${operation.limit})`;
  return `${operation.op} ${operation.name.slice(-1)}`;
}

/** Options of {@link sequenceCases}. */
export interface SequenceOptions {
  naming: Naming;
  seed: number;
  /** How many sequences. */
  count: number;
}

/**
 * `count` generated operation sequences, each checked step by step against the model.
 *
 * @example
 * sequenceCases({ naming, seed: 1, count: 25 }).length; // 25
 */
export function sequenceCases({ naming, seed, count }: SequenceOptions): ContractCase[] {
  if (count <= 0) return [];
  const arb = fc.array(operationArb, { minLength: 4, maxLength: 10 });
  return fc.sample(arb, { seed: seed + 2, numRuns: count }).map((draws, i) => {
    const prefix = `${naming.next('seq')}-`;
    const model = createModel(prefix);
    const operations = (draws as Draw[]).map((draw) => operationOf(draw, prefix));
    const [first, ...rest] = operations.map((operation, step) => applyOperation(model, operation, step));
    if (!first) throw new Error('a generated sequence is never empty');
    return {
      id: `generated.sequence.${String(i + 1).padStart(3, '0')}`,
      title: `sequence: ${operations.map(describe).join(', ')}`,
      fact: fact({
        reference: 'lifecycle B.3, C.2, D.4, E.1, CF E.2',
        statement:
          'operation sequences on a fresh set agree with a plain model: created, read, merged, deleted, listed in name order',
        grade: 'inferred',
      }),
      request: first.request,
      expect: first.expect,
      afterwards: rest,
      needs: ['state'],
      origin: 'generated',
    } satisfies ContractCase;
  });
}
