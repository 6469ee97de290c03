/**
 * The case catalogue: unique ids, valid unique names, one boundary table per rule, and every
 * boundary value breaks exactly its own rule (read from the emulator's journal).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCases, type ContractCase, prepareRequest } from '../../contracts/index.ts';
import { ruleCatalogue } from '../../mocks/core/rule-catalogue.ts';
import { createEmulator } from '../../mocks/index.ts';

const cases = buildCases({ runId: 'test1', seed: 5, generated: 10 });
const reference = readFileSync('/work/shared/reference/fc3-createfunction.md', 'utf8');
const lifecycle = readFileSync('/work/shared/reference/fc3-function-lifecycle.md', 'utf8');

const NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;

/** Names of the functions accepted cases create (setups included). */
function namesOf(list: ContractCase[]): string[] {
  return list
    .filter((c) => c.expect.status === 200 || c.setup)
    .flatMap((c) => {
      const own = [c.request, ...(c.setup ?? [])].map(
        (r) => (r.body as Record<string, unknown> | undefined)?.functionName,
      );
      // A duplicate case sends one name twice on purpose.
      return [...new Set(own)];
    })
    .filter((n): n is string => typeof n === 'string' && NAME.test(n));
}

async function send(c: ContractCase) {
  const emulator = createEmulator({ rules: { 'disk-needs-cpu': true } });
  for (const setup of c.setup ?? [])
    await emulator.dispatch(prepareRequest(setup, { baseUrl: 'http://127.0.0.1:9000' }));
  const answer = await emulator.dispatch(prepareRequest(c.request, { baseUrl: 'http://127.0.0.1:9000' }));
  return { answer, entry: emulator.calls().at(-1) };
}

describe('the case catalogue', () => {
  it('has unique ids and a documented or inferred fact on every case', () => {
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const c of cases) {
      expect(['documented', 'inferred']).toContain(c.fact.grade);
      expect(c.fact.statement.length).toBeGreaterThan(5);
    }
  });

  it('cites sections that exist in the reference', () => {
    const sections = new Set(cases.flatMap((c) => c.fact.reference.split(/,\s*/)).map((s) => s.trim()));
    for (const section of sections) {
      // `lifecycle X.n` cites the lifecycle reference (trigger, tag and setting cases).
      const [source, cited] = section.startsWith('lifecycle ')
        ? [lifecycle, section.slice('lifecycle '.length)]
        : [reference, section];
      const [letter, number] = cited.split('.');
      const heading = number
        ? new RegExp(`### ${letter}\\.${number}\\b|\\| ${number} \\||^${number}\\. `, 'm')
        : new RegExp(`## ${letter}\\.`);
      expect(heading.test(source), `section ${section}`).toBe(true);
    }
  });

  it('gives every created function a fresh valid name, and another run other names', () => {
    const names = namesOf(cases);
    const other = new Set(namesOf(buildCases({ runId: 'test2', seed: 5, generated: 10 })));
    expect(names.length).toBeGreaterThan(70);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => other.has(n))).toEqual([]);
  });

  it('is deterministic for a run id and seed', () => {
    const again = buildCases({ runId: 'test1', seed: 5, generated: 10 });
    expect(JSON.stringify(again.map((c) => [c.id, c.request.body]))).toBe(
      JSON.stringify(cases.map((c) => [c.id, c.request.body])),
    );
  });

  it('has accepted and rejected boundary values for every rule', () => {
    for (const rule of ruleCatalogue) {
      const own = cases.filter((c) => c.id.startsWith(`rule.${rule.id}.`));
      expect(
        own.some((c) => c.id.includes('.reject.')),
        rule.id,
      ).toBe(true);
      if (rule.id !== 'code-size-limit')
        expect(
          own.some((c) => c.id.includes('.accept.')),
          rule.id,
        ).toBe(true);
    }
  });
});

describe('boundary values hit exactly their rule', () => {
  const ruleCases = cases.filter((c) => c.id.startsWith('rule.') && !c.needs?.includes('huge-bodies'));
  it.each(ruleCases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const { answer, entry } = await send(c);
    if (c.id.includes('.accept.')) {
      expect(answer.body).not.toContain('"Code"');
      expect(answer.status).toBe(200);
    } else {
      expect(entry?.ruleId).toBe(c.fact.ruleId);
      expect(answer.status).toBe(c.expect.status);
    }
  });

  it.each(cases.filter((c) => c.id.startsWith('generated.reject')).map((c) => [c.id, c] as const))(
    '%s',
    async (_id, c) => {
      const { entry } = await send(c);
      expect(entry?.ruleId).toBe(c.fact.ruleId);
    },
  );
});
