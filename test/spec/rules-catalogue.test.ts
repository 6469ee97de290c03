/**
 * `x-fc-rules` (spec) and docs/rules.md describe the same catalogue, and the `appliesTo` lists
 * cover every constraint of the request schema exactly once: the emulator maps each Ajv error
 * (instancePath + keyword) to a rule id through them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from './rules-markdown.ts';
import {
  createFunctionOperation,
  createSpecAjv,
  type FcRule,
  loadSpec,
  repoRoot,
  resolveRef,
  ruleIdsFor,
  type SchemaObject,
  type SpecDocument,
} from './spec-helpers.ts';

const spec = loadSpec();
const rules = createFunctionOperation(spec)['x-fc-rules'];

// Keywords that only shape or annotate the schema; they never produce a rule-specific error.
const STRUCTURAL = new Set([
  'type',
  'description',
  'properties',
  'items',
  'additionalProperties',
  '$ref',
  'allOf',
  'deprecated',
  'readOnly',
  'examples',
  'title',
]);
// Keywords whose failure the emulator must name a rule for. Anything else fails the walk below.
const CONSTRAINTS = new Set([
  'required',
  'pattern',
  'minLength',
  'maxLength',
  'enum',
  'minimum',
  'maximum',
  'multipleOf',
  'maxItems',
  'not',
  'anyOf',
]);

/** Every (path, keyword) constraint reachable from a schema, `*` standing for array items and map values. */
function constraintsOf(s: SpecDocument, schema: SchemaObject, path: string): string[] {
  const node = schema.$ref === undefined ? schema : resolveRef(s, schema.$ref);
  const found: string[] = [];
  for (const [keyword, value] of Object.entries(node)) {
    if (CONSTRAINTS.has(keyword)) {
      const names = keyword === 'required' ? (value as string[]) : [undefined];
      for (const name of names) found.push(`${path} ${keyword}${name === undefined ? '' : ` ${name}`}`);
    } else if (!STRUCTURAL.has(keyword)) {
      found.push(`${path} UNCATALOGUED-KEYWORD ${keyword}`);
    }
  }
  for (const [name, sub] of Object.entries(node.properties ?? {}))
    found.push(...constraintsOf(s, sub, `${path}/${name}`));
  if (node.items !== undefined) found.push(...constraintsOf(s, node.items, `${path}/*`));
  if (typeof node.additionalProperties === 'object')
    found.push(...constraintsOf(s, node.additionalProperties, `${path}/*`));
  for (const sub of node.allOf ?? []) found.push(...constraintsOf(s, sub, path));
  return found;
}

function declaredByRules(list: FcRule[]): string[] {
  return list.flatMap((rule) =>
    (rule.appliesTo ?? [])
      .filter((t) => t.path !== '*')
      .flatMap((t) =>
        t.keywords.map((k) => `${t.path} ${k}${t.property === undefined ? '' : ` ${t.property}`}`),
      ),
  );
}

describe('x-fc-rules mirrors docs/rules.md', () => {
  const catalogue =
    parseCatalogue(readFileSync(`${repoRoot}docs/rules.md`, 'utf8')).get('CreateFunction') ?? [];

  it('parses the markdown table of the CreateFunction section', () => {
    expect(catalogue.length).toBeGreaterThan(40);
  });

  it('has the same ids in the same order', () => {
    expect(rules.map((r) => r.id)).toEqual(catalogue.map((r) => r.id));
  });

  it.each(catalogue.map((row) => [row.id, row] as const))(
    '%s: same by, status, statement, reference',
    (id, row) => {
      const rule = rules.find((r) => r.id === id);
      expect({
        by: rule?.by,
        status: rule?.status,
        statement: rule?.statement,
        reference: rule?.reference,
      }).toEqual({
        by: row.by,
        status: row.status,
        statement: row.statement,
        reference: row.reference,
      });
    },
  );

  it('answers InvalidArgument for every rule but code-size-limit (EntityTooLarge)', () => {
    for (const rule of rules) {
      expect(rule.code, rule.id).toBe(rule.id === 'code-size-limit' ? 'EntityTooLarge' : 'InvalidArgument');
    }
  });

  it('gives appliesTo to schema rules only', () => {
    for (const rule of rules) expect((rule.appliesTo?.length ?? 0) > 0, rule.id).toBe(rule.by === 'schema');
  });
});

describe('appliesTo covers the request schema exactly', () => {
  const input: SchemaObject = { $ref: '#/components/schemas/CreateFunctionInput' };
  const inSchema = constraintsOf(spec, input, '').sort();
  const inRules = declaredByRules(rules).sort();

  it('maps every constraint of CreateFunctionInput to a rule, and nothing else', () => {
    expect(inRules).toEqual(inSchema);
  });

  it('maps every constraint once', () => {
    expect(new Set(inRules).size).toBe(inRules.length);
  });

  it('covers `type` everywhere through field-types', () => {
    const typeRules = rules.filter((r) => r.appliesTo?.some((t) => t.keywords.includes('type')));
    expect(typeRules.map((r) => [r.id, r.appliesTo])).toEqual([
      ['field-types', [{ path: '*', keywords: ['type'] }]],
    ]);
  });

  it('declares every required name as a property of its component (replaces the Redocly rule)', () => {
    for (const [name, schema] of Object.entries(spec.components.schemas)) {
      const declared = Object.keys(schema.properties ?? {});
      const required = JSON.stringify(schema).match(/"required":\[[^\]]*\]/g) ?? [];
      for (const list of required) {
        for (const prop of JSON.parse(`{${list}}`).required as string[])
          expect(declared, name).toContain(prop);
      }
    }
  });
});

describe('Ajv errors map to the intended rule ids', () => {
  const validate = createSpecAjv(spec)('CreateFunctionInput');
  const ok = {
    functionName: 'f',
    runtime: 'python3.10',
    handler: 'index.handler',
    code: { zipFile: 'UEsFBg==' },
  };
  const image = { image: 'registry.cn-hangzhou.aliyuncs.com/a/b:1' };
  const mounts = (n: number): object[] => Array.from({ length: n }, () => ({ mountDir: '/mnt' }));
  const cases: Array<{ given: string; input: object; want: string[] }> = [
    { given: 'a valid input', input: ok, want: [] },
    {
      given: 'an empty object',
      input: {},
      want: ['code-xor-container', 'functionName-required', 'handler-required', 'runtime-required'],
    },
    { given: 'no handler', input: { ...ok, handler: undefined }, want: ['handler-required'] },
    { given: 'a leading digit', input: { ...ok, functionName: '9lives' }, want: ['functionName-pattern'] },
    { given: '65 characters', input: { ...ok, functionName: 'a'.repeat(65) }, want: ['functionName-length'] },
    { given: 'an unknown runtime', input: { ...ok, runtime: 'ruby3' }, want: ['runtime-enum'] },
    { given: 'cpu 16.05', input: { ...ok, cpu: 16.05 }, want: ['cpu-range'] },
    { given: 'cpu 0.33', input: { ...ok, cpu: 0.33 }, want: ['cpu-multiple'] },
    { given: 'cpu 0.35 (float edge)', input: { ...ok, cpu: 0.35 }, want: [] },
    { given: 'memorySize 64', input: { ...ok, memorySize: 64 }, want: ['memorySize-range'] },
    { given: 'memorySize 1000', input: { ...ok, memorySize: 1000 }, want: ['memorySize-multiple'] },
    { given: 'diskSize 1024', input: { ...ok, diskSize: 1024 }, want: ['diskSize-enum'] },
    { given: 'timeout 0', input: { ...ok, timeout: 0 }, want: ['timeout-range'] },
    {
      given: 'instanceConcurrency 201',
      input: { ...ok, instanceConcurrency: 201 },
      want: ['instanceConcurrency-range'],
    },
    {
      given: 'a 4 s container probe timeout',
      input: {
        ...ok,
        code: undefined,
        customContainerConfig: { ...image, healthCheckConfig: { timeoutSeconds: 4 } },
      },
      want: ['healthCheck-ranges'],
    },
    {
      given: 'a custom runtime port 70000',
      input: { ...ok, customRuntimeConfig: { port: 70000 } },
      want: ['port-range'],
    },
    {
      given: 'logBeginRule x',
      input: { ...ok, logConfig: { logBeginRule: 'x' } },
      want: ['logBeginRule-enum'],
    },
    {
      given: 'tracing type Zipkin',
      input: { ...ok, tracingConfig: { type: 'Zipkin' } },
      want: ['tracing-type-enum'],
    },
    { given: 'gpuType v100', input: { ...ok, gpuConfig: { gpuType: 'v100' } }, want: ['gpuType-enum'] },
    {
      given: 'gpuMemorySize 1000',
      input: { ...ok, gpuConfig: { gpuMemorySize: 1000 } },
      want: ['gpuMemorySize-multiple'],
    },
    {
      given: 'a DNS option without a name',
      input: { ...ok, customDNS: { dnsOptions: [{ value: '2' }] } },
      want: ['dnsOption-name-required'],
    },
    {
      given: '6 NAS mounts',
      input: { ...ok, nasConfig: { mountPoints: mounts(6) } },
      want: ['nas-mount-points-max'],
    },
    {
      given: '6 OSS mounts',
      input: { ...ok, ossMountConfig: { mountPoints: mounts(6) } },
      want: ['oss-mount-points-max'],
    },
    { given: 'a numeric env value', input: { ...ok, environmentVariables: { A: 1 } }, want: ['field-types'] },
    { given: 'memorySize as text', input: { ...ok, memorySize: '512' }, want: ['field-types'] },
    { given: 'a numeric tag key', input: { ...ok, tags: [{ Key: 1, Value: 'v' }] }, want: ['field-types'] },
    {
      given: 'code and container',
      input: { ...ok, customContainerConfig: image },
      want: ['code-xor-container'],
    },
    { given: 'neither code nor container', input: { ...ok, code: undefined }, want: ['code-xor-container'] },
    { given: 'an empty code', input: { ...ok, code: {} }, want: ['zipFile-xor-oss'] },
    {
      given: 'a bucket without object',
      input: { ...ok, code: { ossBucketName: 'b' } },
      want: ['zipFile-xor-oss'],
    },
    {
      given: 'zipFile and OSS',
      input: { ...ok, code: { zipFile: 'UEsFBg==', ossBucketName: 'b', ossObjectName: 'o' } },
      want: ['zipFile-xor-oss'],
    },
    { given: 'unknown fields', input: { ...ok, somethingNew: 1, logConfig: { extra: true } }, want: [] },
  ];

  it.each(cases)('given $given, want $want', ({ input, want }) => {
    validate(JSON.parse(JSON.stringify(input)));
    expect(ruleIdsFor(validate.errors ?? [], rules)).toEqual(want);
  });
});
