/**
 * The `x-fc-rules` of the trigger, tag, resource-group, invocation-switch and function-setting operations mirror their sections of
 * docs/rules.md; every rule cites a reference section; every rule the emulator checks is
 * declared (the core throws on an undeclared id, so a missing one fails these requests).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { operations } from '../../mocks/core/operations/index.ts';
import { parseCatalogue } from './rules-markdown.ts';
import { type FcRule, loadSpec, operationById, repoRoot } from './spec-helpers.ts';

const spec = loadSpec();
const catalogue = parseCatalogue(readFileSync(`${repoRoot}docs/rules.md`, 'utf8'));
const PATH = ['request-body-not-allowed', 'functionName-pattern', 'functionName-length'];
const LIST = ['list-limit-range', 'list-next-token'];
const TRIGGER_CONFIG = ['triggerConfig-json', 'http-trigger-config', 'timer-trigger-config'];

const expectedIds: Record<string, string[]> = {
  CreateTrigger: [
    'functionName-pattern',
    'functionName-length',
    'triggerName-format',
    'trigger-input-types',
    ...TRIGGER_CONFIG,
    'triggers-per-function-max',
  ],
  ListTriggers: [...PATH, ...LIST],
  GetTrigger: [...PATH, 'triggerName-format'],
  UpdateTrigger: [
    'functionName-pattern',
    'functionName-length',
    'triggerName-format',
    'update-trigger-types',
    ...TRIGGER_CONFIG,
  ],
  DeleteTrigger: [...PATH, 'triggerName-format'],
  TagResources: [
    'tag-resource-ids',
    'tag-resource-ids-max',
    'tag-pairs',
    'tag-lengths',
    'tags-unique-keys',
    'tags-max',
  ],
  UntagResources: ['request-body-not-allowed', 'tag-resource-ids', 'tag-resource-ids-max', 'untag-keys'],
  ChangeResourceGroup: [
    'resource-group-fields',
    'resource-group-values',
    'resource-group-keys-any-case',
    'resource-group-id-format',
  ],
  DisableFunctionInvocation: [
    'functionName-pattern',
    'functionName-length',
    'invocation-input-types',
    'invocation-reason-length',
  ],
  EnableFunctionInvocation: ['functionName-pattern', 'functionName-length'],
  PublishFunctionVersion: ['functionName-pattern', 'functionName-length', 'version-input-types'],
  ListFunctionVersions: [
    'request-body-not-allowed',
    'functionName-pattern',
    'functionName-length',
    'list-limit-range',
    'list-next-token',
    'list-direction',
  ],
  DeleteFunctionVersion: [
    'request-body-not-allowed',
    'functionName-pattern',
    'functionName-length',
    'version-latest-kept',
    'versionId-format',
    'version-in-use',
  ],
  CreateAlias: [
    'functionName-pattern',
    'functionName-length',
    'alias-input-types',
    'aliasName-format',
    'alias-weights',
    'alias-weights-not-main',
  ],
  ListAliases: [
    'request-body-not-allowed',
    'functionName-pattern',
    'functionName-length',
    'list-limit-range',
    'list-next-token',
  ],
  GetFunctionCode: [
    'request-body-not-allowed',
    'functionName-pattern',
    'functionName-length',
    'code-package-only',
  ],
  GetAlias: ['request-body-not-allowed', 'functionName-pattern', 'functionName-length', 'aliasName-format'],
  UpdateAlias: [
    'functionName-pattern',
    'functionName-length',
    'aliasName-format',
    'alias-input-types',
    'alias-weights',
    'alias-weights-not-main',
  ],
  DeleteAlias: [
    'request-body-not-allowed',
    'functionName-pattern',
    'functionName-length',
    'aliasName-format',
  ],
  GetAsyncInvokeConfig: ['request-body-not-allowed'],
  GetConcurrencyConfig: ['request-body-not-allowed'],
  GetScalingConfig: ['request-body-not-allowed'],
  GetProvisionConfig: ['request-body-not-allowed'],
  ListVpcBindings: ['request-body-not-allowed'],
  ListAsyncInvokeConfigs: ['request-body-not-allowed', 'list-limit-range'],
  ListScalingConfigs: ['request-body-not-allowed', 'list-limit-range'],
};

describe.each(Object.keys(expectedIds))('%s x-fc-rules', (operationId) => {
  const rules: FcRule[] = operationById(spec, operationId).operation['x-fc-rules'] ?? [];
  const rows = catalogue.get(operationId) ?? [];

  it('has the intended ids, in the order of its docs/rules.md section', () => {
    expect(rules.map((r) => r.id)).toEqual(expectedIds[operationId]);
    expect(rows.map((r) => r.id)).toEqual(expectedIds[operationId]);
  });

  it('says the same in the spec and in docs/rules.md, and cites a reference section', () => {
    for (const rule of rules) {
      const { id, by, status, statement, reference } = rule;
      expect(rows.find((row) => row.id === id)).toEqual({ id, by, status, statement, reference });
      expect(rule.reference, rule.id).toMatch(/\b([A-K]|T)\.\d+/);
      expect(['documented', 'inferred'], rule.id).toContain(rule.status);
    }
  });
});

it('covers every FC 3.0 row of the operation table that the function-resource tests do not', () => {
  const covered = new Set([
    ...Object.keys(expectedIds),
    'CreateFunction',
    'GetFunction',
    'UpdateFunction',
    'DeleteFunction',
    'ListFunctions',
  ]);
  const fc3 = operations.filter((o) => (o.protocol ?? 'fc3') === 'fc3').map((o) => o.name);
  expect(fc3.filter((name) => !covered.has(name))).toEqual([]);
});
