/**
 * The public rule catalogue is the spec's `x-fc-rules`, entry for entry and key for key; the
 * emulator reads its rules from its own view of the spec, `emulatorDocument`, which keeps only
 * what the core reads of each entry (ADR 027, addendum "the emulator's view").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { operationRules, ruleById, ruleCatalogue } from '../../mocks/core/rule-catalogue.ts';
import { createFunctionRules, indexedRule, indexedRules } from '../../mocks/core/rule-index.ts';
import type { OperationName } from '../../mocks/core/types.ts';
import { WORDED_KEYWORDS } from '../../mocks/core/worded-keywords.ts';
import { allOperations, loadSpec } from '../spec/spec-helpers.ts';

const declared = allOperations(loadSpec()).flatMap(({ operation }) =>
  operation['x-fc-rules']
    ? [{ name: operation.operationId as OperationName, rules: operation['x-fc-rules'] }]
    : [],
);

describe('rule catalogue', () => {
  it('has operations to check', () => {
    expect(declared.length).toBeGreaterThan(20);
  });

  it.each(declared)(
    'operationRules($name) is the spec’s x-fc-rules, keys in spec order',
    ({ name, rules }) => {
      expect(JSON.stringify(operationRules(name))).toBe(JSON.stringify(rules));
      for (const rule of rules) expect(ruleById(rule.id, name)).toStrictEqual(rule);
    },
  );

  it('ruleCatalogue is CreateFunction’s list', () => {
    expect(ruleCatalogue).toBe(operationRules('CreateFunction'));
    expect(ruleById('cpu-memory-ratio')?.statement).toBe(
      'when both are given, (memorySize / 1024) / cpu is in [1, 4]',
    );
  });
});

describe('the rules as the emulator reads them', () => {
  it('keep the statements validation quotes (pattern, composites), no references, no `by`', () => {
    expect(createFunctionRules).toBe(indexedRules.get('CreateFunction'));
    expect(createFunctionRules.length).toBeGreaterThan(40);
    for (const rule of createFunctionRules) {
      expect(rule, rule.id).not.toHaveProperty('reference');
      expect(rule, rule.id).not.toHaveProperty('by');
      const quoted = (rule.appliesTo ?? []).some((t) => t.keywords.some((k) => !WORDED_KEYWORDS.has(k)));
      expect(typeof rule.statement, rule.id).toBe(quoted ? 'string' : 'undefined');
    }
    expect(indexedRule('functionName-pattern')?.statement).toBe(
      'letters, digits, `_` and `-`; does not start with a digit or `-`',
    );
    expect(indexedRule('cpu-memory-ratio')).toEqual({
      id: 'cpu-memory-ratio',
      status: 'documented',
      code: 'InvalidArgument',
    });
  });

  it('keep of the other operations’ rules whether each is on: id and status', () => {
    const others = [...indexedRules].filter(([name]) => name !== 'CreateFunction');
    expect(others.flatMap(([, rules]) => rules).length).toBeGreaterThan(100);
    for (const [name, rules] of others) {
      const spec = operationRules(name as OperationName).map(({ id, status }) => ({ id, status }));
      expect(rules, name).toStrictEqual(spec);
    }
    expect(indexedRule('update-not-in-progress', 'UpdateFunction')).toStrictEqual({
      id: 'update-not-in-progress',
      status: 'inferred',
    });
  });

  it('no core module but the catalogue reads the full document or the catalogue, so the handlers’ bundle leaves them out', () => {
    const core = new URL('../../mocks/core/', import.meta.url).pathname;
    const files = readdirSync(core, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(20);
    const readers = files.filter((file) => {
      const text = readFileSync(join(core, file), 'utf8');
      return (
        /from '[./]*rule-catalogue\.ts'/.test(text) ||
        /\bspecDocument\b/.test(text.replace(/^\s*(\*|\/\/).*$/gm, ''))
      );
    });
    expect(readers).toEqual(['rule-catalogue.ts']);
  });
});
