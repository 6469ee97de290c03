/**
 * The `x-fc-rules` of GetFunction, UpdateFunction, DeleteFunction and ListFunctions mirror their
 * sections of docs/rules.md, as CreateFunction's list does (rules-catalogue.test.ts), and leave
 * CreateFunction's list where the emulator core reads it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../../mocks/core/rule-catalogue.ts';
import { parseCatalogue } from './rules-markdown.ts';
import { createFunctionOperation, type FcRule, loadSpec, operationById, repoRoot } from './spec-helpers.ts';

const spec = loadSpec();
const catalogue = parseCatalogue(readFileSync(`${repoRoot}docs/rules.md`, 'utf8'));
const createRules = createFunctionOperation(spec)['x-fc-rules'];
const REUSED = ['functionName-pattern', 'functionName-length'];

// The ids the lead's emulator implements, per operation, in spec order.
const NO_BODY = 'request-body-not-allowed';
const expectedIds: Record<string, string[]> = {
  GetFunction: [NO_BODY, ...REUSED],
  UpdateFunction: [...REUSED, 'update-name-matches-path', 'update-not-in-progress'],
  DeleteFunction: [NO_BODY, ...REUSED, 'delete-no-qualifier'],
  ListFunctions: [NO_BODY, 'list-limit-range', 'list-next-token', 'list-tags-json', 'list-fc-version-enum'],
};
const rulesOf = (id: string): FcRule[] => operationById(spec, id).operation['x-fc-rules'] ?? [];
const view = (r: { by?: string; status?: string; statement?: string; reference?: string } | undefined) => ({
  by: r?.by,
  status: r?.status,
  statement: r?.statement,
  reference: r?.reference,
});

describe.each(Object.keys(expectedIds))('%s x-fc-rules', (operationId) => {
  const rules = rulesOf(operationId);
  const rows = catalogue.get(operationId) ?? [];

  it('has the intended ids, in the order of its docs/rules.md section', () => {
    expect(rules.map((r) => r.id)).toEqual(expectedIds[operationId]);
    expect(rows.map((r) => r.id)).toEqual(expectedIds[operationId]);
  });

  it.each(rules.map((r) => [r.id, r] as const))(
    '%s: same by, status, statement, reference as docs',
    (id, rule) => {
      expect(view(rule)).toEqual(view(rows.find((row) => row.id === id)));
    },
  );

  it('is checked by the emulator, answers InvalidArgument or ConcurrentUpdateError, cites the lifecycle reference', () => {
    for (const rule of rules) {
      expect([rule.by, rule.appliesTo], rule.id).toEqual(['emulator', undefined]);
      expect(rule.code, rule.id).toBe(
        rule.id === 'update-not-in-progress' ? 'ConcurrentUpdateError' : 'InvalidArgument',
      );
      expect(rule.reference, rule.id).toMatch(
        /^(CF [A-H](\.\d+)?, )?lifecycle [A-K]\.\d+(, [A-K]\.\d+|, [A-K])*$/,
      );
    }
  });
});

describe('rule ids across operations', () => {
  it('reuses exactly the path-name ids of CreateFunction, and no new id clashes with a create id', () => {
    const createIds = new Set(createRules.map((r) => r.id));
    const all = Object.keys(expectedIds).flatMap((id) => rulesOf(id).map((r) => r.id));
    expect([...new Set(all.filter((id) => createIds.has(id)))]).toEqual(REUSED);
  });

  it('gives a reused id one statement and status wherever it appears on a path', () => {
    for (const id of REUSED) {
      const copies = ['GetFunction', 'UpdateFunction', 'DeleteFunction'].map((op) =>
        view(rulesOf(op).find((r) => r.id === id)),
      );
      expect(new Set(copies.map((c) => JSON.stringify(c))).size, id).toBe(1);
    }
  });

  it('keeps CreateFunction’s list at paths["/2023-03-30/functions"].post, where the core reads it', () => {
    expect(ruleCatalogue.map((r) => r.id)).toEqual(createRules.map((r) => r.id));
    expect(catalogue.get('CreateFunction')?.map((r) => r.id)).toEqual(createRules.map((r) => r.id));
  });

  it('docs/rules.md has a rule table for exactly the operations that declare x-fc-rules', () => {
    const declared = Object.values(spec.paths).flatMap((item) =>
      Object.values(item).flatMap((op) => {
        const operation = op as { operationId?: string; 'x-fc-rules'?: unknown[] };
        return operation?.operationId && operation['x-fc-rules'] ? [operation.operationId] : [];
      }),
    );
    expect([...catalogue.keys()].sort()).toEqual(declared.sort());
    for (const id of ['CreateFunction', ...Object.keys(expectedIds)]) expect(declared).toContain(id);
  });
});
