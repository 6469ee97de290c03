/**
 * The case catalogue: unique ids, valid unique names, one boundary table per rule, and every
 * boundary value breaks exactly its own rule (read from the emulator's journal).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildCases,
  type ContractCase,
  emulatorTarget,
  prepareRequest,
  runContractSuite,
} from '../../contracts/index.ts';
import { ruleCatalogue } from '../../mocks/core/rule-catalogue.ts';
import { createEmulator } from '../../mocks/index.ts';

const cases = buildCases({ runId: 'test1', seed: 5, generated: 10 });
const references = {
  CF: readFileSync('/work/shared/reference/fc3-createfunction.md', 'utf8'),
  lifecycle: readFileSync('/work/shared/reference/fc3-function-lifecycle.md', 'utf8'),
};

const NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;

/** `lifecycle E.1, E.2, CF D.2` → [lifecycle E.1], [lifecycle E.2], [CF D.2]: a prefix carries over. */
function sections(text: string): { book: 'CF' | 'lifecycle'; section: string }[] {
  let book: 'CF' | 'lifecycle' = 'CF';
  return text.split(/,\s*/).map((part) => {
    const match = /^(CF|lifecycle) (.+)$/.exec(part.trim());
    if (match) book = match[1] as 'CF' | 'lifecycle';
    return { book, section: (match?.[2] ?? part).trim() };
  });
}

/** Every reference a case cites: its fact's, and those of its comparisons and state expectations. */
function citedBy(c: ContractCase): string[] {
  const expectations = [c.expect, ...(c.afterwards ?? []).map((step) => step.expect)];
  return [
    c.fact.reference,
    ...expectations.flatMap((e) => [...(e.compare ?? []), ...(e.states ?? [])].map((x) => x.reference)),
  ];
}

/** Names of the functions a case creates (setup creates, and creates expected to succeed), once per case. */
function namesOf(list: ContractCase[]): string[] {
  return list.flatMap((c) => {
    const steps = [
      ...(c.setup ?? []).map((request) => ({ request, status: 200 })),
      { request: c.request, status: c.expect.status },
      ...(c.afterwards ?? []).map((step) => ({ request: step.request, status: step.expect.status })),
    ];
    const created = steps
      .filter(({ request, status }) => request.method === 'POST' && status === 200)
      .map(({ request }) => (request.body as Record<string, unknown> | undefined)?.functionName);
    // A duplicate case sends one name twice on purpose, a re-create after a delete too.
    return [...new Set(created)].filter((n): n is string => typeof n === 'string' && NAME.test(n));
  });
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

  it('cites sections that exist in the reference it names', () => {
    const cited = new Map<string, { book: 'CF' | 'lifecycle'; section: string }>();
    for (const c of cases)
      for (const text of citedBy(c)) for (const s of sections(text)) cited.set(`${s.book} ${s.section}`, s);
    expect([...cited.keys()]).toContain('lifecycle F.7');
    for (const [key, { book, section }] of cited) {
      const [letter, number] = section.split('.');
      const heading = number
        ? new RegExp(`### ${letter}\\.${number}\\b|\\| ${number} \\||^${number}\\. `, 'm')
        : new RegExp(`## ${letter}\\.`);
      expect(heading.test(references[book]), key).toBe(true);
    }
  });

  it('gives every created function a fresh valid name, and another run other names', () => {
    const names = namesOf(cases);
    const other = new Set(namesOf(buildCases({ runId: 'test2', seed: 5, generated: 10 })));
    expect(names.length).toBeGreaterThan(300);
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

describe('update and operation rule cases hit exactly their rule', () => {
  const own = cases.filter(
    (c) => /^(update|get|delete|list)\.rule\./.test(c.id) && !c.needs?.includes('unverified-rules'),
  );
  it('cover every operation rule and the create rules an update can send', () => {
    expect(own.length).toBeGreaterThan(150);
    for (const op of ['get', 'update', 'delete', 'list'])
      expect(own.some((c) => c.id.startsWith(`${op}.rule.`))).toBe(true);
  });

  it.each(own.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const emulator = createEmulator();
    const report = await runContractSuite(emulatorTarget(emulator), { cases: [c] });
    const result = report.results[0];
    if (c.needs?.includes('get-body')) {
      expect(result?.status).toBe('not-applicable');
      return;
    }
    expect(result?.failures).toEqual([]);
    const entry = emulator.calls().at(-1);
    if (c.id.includes('.reject.')) expect(entry?.ruleId).toBe(c.fact.ruleId);
    else expect(entry?.ruleId).toBeUndefined();
  });
});
