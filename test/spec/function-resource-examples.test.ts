/**
 * The examples of GetFunction, UpdateFunction, DeleteFunction and ListFunctions validate against
 * their schemas and tell one consistent story: the bodies are the ones the CreateFunction request
 * examples produce, listings leave out the six state fields (lifecycle E.2) and an update changes
 * only what it says (lifecycle F.7). Error examples: function-resource-errors.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  createInlineCompiler,
  createSpecAjv,
  loadSpec,
  operationById,
  type ParameterObject,
  type PlacedExample,
  requestExamples,
  responseExamples,
  type SchemaObject,
} from './spec-helpers.ts';

const spec = loadSpec();
const schemaOf = createSpecAjv(spec);
const compileInline = createInlineCompiler(spec);
const OPERATIONS = ['GetFunction', 'UpdateFunction', 'DeleteFunction', 'ListFunctions'];
const STATE_FIELDS = [
  'state',
  'stateReason',
  'stateReasonCode',
  'lastUpdateStatus',
  'lastUpdateStatusReason',
  'lastUpdateStatusReasonCode',
];
type Body = Record<string, unknown>;

const op = (id: string) => operationById(spec, id).operation;
const examplesOf = (id: string): PlacedExample[] => [
  ...(op(id).requestBody ? requestExamples(spec, op(id)) : []),
  ...responseExamples(spec, op(id)),
];
const example = (id: string, status: string, name: string): Body => {
  const found = responseExamples(spec, op(id)).find((e) => e.status === status && e.name === name);
  if (found === undefined) throw new Error(`${id} has no ${status} example ${name}`);
  return structuredClone(found.value) as Body;
};
const successNames = (id: string, status: string): string[] =>
  responseExamples(spec, op(id))
    .filter((e) => e.status === status)
    .map((e) => e.name);
const withoutState = (body: Body): Body =>
  Object.fromEntries(Object.entries(body).filter(([key]) => !STATE_FIELDS.includes(key)));
const page = (name: string) =>
  example('ListFunctions', '200', name) as { functions: Body[]; nextToken?: string };

function schemaName(schema: SchemaObject): string {
  if (schema.$ref === undefined) throw new Error('example schemas are expected to be $refs');
  return schema.$ref.replace('#/components/schemas/', '');
}

describe('every example of the function-resource operations validates against its schema', () => {
  const all = OPERATIONS.flatMap((id) =>
    examplesOf(id).map((e) => [`${id} ${e.status} ${e.name}`, e] as const),
  );

  it.each(all)('%s', (_label, placed) => {
    const validate = schemaOf(schemaName(placed.schema));
    validate(placed.value);
    expect(validate.errors ?? []).toEqual([]);
  });

  const params = OPERATIONS.flatMap((id) =>
    operationById(spec, id)
      .parameters.filter((p) => p.in !== 'header')
      .map((p) => [`${id} ${p.in} ${p.name}`, p] as const),
  );

  it.each(params)('parameter example %s', (_label, param: ParameterObject) => {
    const media = param.content?.['application/json'] as
      | { schema: SchemaObject; example?: unknown }
      | undefined;
    const schema = param.schema ?? media?.schema;
    const value = param.example ?? media?.example;
    expect(schema).toBeDefined();
    expect(value).toBeDefined();
    const validate = compileInline(schema as SchemaObject);
    validate(value);
    expect(validate.errors ?? []).toEqual([]);
  });
});

describe('success examples', () => {
  it('names them as intended; the first one under a status is the default answer', () => {
    expect({
      get: successNames('GetFunction', '200'),
      update: successNames('UpdateFunction', '200'),
      list: successNames('ListFunctions', '200'),
    }).toEqual({
      get: ['codePackage', 'containerPending', 'containerActive'],
      update: ['memoryUpdated'],
      list: ['firstPage', 'lastPage', 'empty'],
    });
  });

  it('DeleteFunction answers 204 without a body (lifecycle D.2)', () => {
    const responses = op('DeleteFunction').responses;
    expect(Object.keys(responses)[0]).toBe('204');
    expect(responses['204']?.content).toBeUndefined();
    expect(Object.keys(responses).filter((s) => s.startsWith('2'))).toEqual(['204']);
  });

  it('GetFunction bodies carry all six state fields (lifecycle B.2)', () => {
    for (const name of successNames('GetFunction', '200')) {
      expect(Object.keys(example('GetFunction', '200', name)), name).toEqual(
        expect.arrayContaining(STATE_FIELDS),
      );
    }
  });

  it('code packages are Active/Successful, a fresh container is Pending and Preparing (lifecycle F.6)', () => {
    const pick = (b: Body) => [
      b.state,
      b.lastUpdateStatus,
      (b.customContainerConfig as Body | undefined)?.accelerationInfo,
    ];
    expect(pick(example('GetFunction', '200', 'codePackage'))).toEqual(['Active', 'Successful', undefined]);
    expect(pick(example('GetFunction', '200', 'containerPending'))).toEqual([
      'Pending',
      'InProgress',
      { status: 'Preparing' },
    ]);
    expect(pick(example('GetFunction', '200', 'containerActive'))).toEqual([
      'Active',
      'Successful',
      { status: 'Ready' },
    ]);
  });

  it('memoryUpdated is codePackage with the new memorySize and a later lastModifiedTime, nothing else (lifecycle F.7)', () => {
    const before = example('GetFunction', '200', 'codePackage');
    const after = example('UpdateFunction', '200', 'memoryUpdated');
    const terraform = requestExamples(spec, op('UpdateFunction')).find((e) => e.name === 'terraform')
      ?.value as Body;
    expect(after.memorySize).toBe(terraform.memorySize);
    expect(Date.parse(String(after.lastModifiedTime))).toBeGreaterThan(Date.parse(String(after.createdTime)));
    expect({
      ...after,
      memorySize: before.memorySize,
      lastModifiedTime: before.lastModifiedTime,
    }).toStrictEqual(before);
  });

  it('the terraform update names the same function as the path example (rule update-name-matches-path)', () => {
    const terraform = requestExamples(spec, op('UpdateFunction')).find((e) => e.name === 'terraform')
      ?.value as Body;
    const path = operationById(spec, 'UpdateFunction').parameters.find((p) => p.in === 'path');
    expect(terraform.functionName).toBe(path?.example);
  });
});

describe('ListFunctions examples', () => {
  const omitted = op('ListFunctions').responses['200']?.['x-fc-omitted-fields'];

  it('x-fc-omitted-fields names the six state fields, all Function properties (lifecycle E.2)', () => {
    expect(omitted).toEqual(STATE_FIELDS);
    const functionProperties = Object.keys(spec.components.schemas.Function?.properties ?? {});
    expect(functionProperties).toEqual(expect.arrayContaining(STATE_FIELDS));
  });

  it('items carry none of the omitted fields and otherwise equal what GetFunction returns', () => {
    const [hello, container] = page('firstPage').functions;
    const [last] = page('lastPage').functions;
    for (const item of [hello, container, last]) {
      expect(Object.keys(item ?? {}).filter((k) => STATE_FIELDS.includes(k))).toEqual([]);
    }
    expect(container).toStrictEqual(withoutState(example('GetFunction', '200', 'containerPending')));
    expect(last).toStrictEqual(withoutState(example('GetFunction', '200', 'codePackage')));
    expect(hello?.functionName).toBe('hello');
  });

  it('pages run in ascending byte-wise name order and end with an empty or absent nextToken (lifecycle E.1, E.2)', () => {
    const names = [...page('firstPage').functions, ...page('lastPage').functions].map((f) =>
      String(f.functionName),
    );
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(names).toHaveLength(3);
    expect(page('firstPage').nextToken).toMatch(/^\S+$/);
    expect(page('lastPage').nextToken).toBe('');
    expect(page('empty')).toStrictEqual({ functions: [] });
  });
});

describe('operation parameters', () => {
  it.each(OPERATIONS)('%s: x-acs-action takes the operation name', (id) => {
    const action = operationById(spec, id).parameters.find((p) => p.name === 'x-acs-action');
    expect(action?.schema?.enum).toEqual([id]);
  });

  it.each(['GetFunction', 'UpdateFunction', 'DeleteFunction'])(
    '%s: the path name has the constraints of CreateFunctionInput.functionName',
    (id) => {
      const path = operationById(spec, id).parameters.filter((p) => p.in === 'path');
      const create = spec.components.schemas.CreateFunctionInput?.properties?.functionName ?? {};
      const { description: _ignored, ...field } = create;
      expect(path.map((p) => [p.name, p.required, p.schema])).toEqual([['functionName', true, field]]);
    },
  );
});
