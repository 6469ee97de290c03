/**
 * The spec's request and response models match the official SDK's models field for field: the
 * SDK classes' static `names()` (property → wire name) and `types()` (nested classes, arrays,
 * maps) are generated from the same API metadata as the documentation (B, D.2). The same holds
 * for the query parameters of GetFunction and ListFunctions against the SDK request models
 * (lifecycle A.1, B.1, E.1).
 */
import * as $FC from '@alicloud/fc20230330';
import { describe, expect, it } from 'vitest';
import { loadSpec, operationById, type ParameterObject, type SchemaObject } from './spec-helpers.ts';

interface SdkModel {
  name: string;
  names(): Record<string, string>;
  types(): Record<string, unknown>;
}

interface SdkContainer {
  type: 'array' | 'map';
  itemType?: unknown;
  valueType?: unknown;
}

const spec = loadSpec();
const schemas = spec.components.schemas;

/**
 * Intentional differences, as `Model.wireName` (or `Model` for a whole schema). Empty today:
 * every SDK field is in the spec and vice versa.
 */
const ALLOWED_ONLY_IN_SPEC = new Set<string>([]);
const ALLOWED_ONLY_IN_SDK = new Set<string>([]);

const isModel = (t: unknown): t is SdkModel =>
  typeof t === 'function' && typeof (t as unknown as Partial<SdkModel>).names === 'function';

/** What the spec must say for one SDK type descriptor, as a comparable value. */
function expectedShape(t: unknown): unknown {
  if (isModel(t)) return { $ref: `#/components/schemas/${t.name}` };
  if (typeof t === 'string') return { type: t === 'number' ? ['integer', 'number'] : [t] };
  const c = t as SdkContainer;
  if (c.type === 'array') return { type: ['array'], items: expectedShape(c.itemType) };
  return { type: ['object'], additionalProperties: expectedShape(c.valueType) };
}

/** The same view of a spec property schema. */
function actualShape(s: SchemaObject): unknown {
  if (s.$ref !== undefined) return { $ref: s.$ref };
  const numeric = s.type === 'integer' || s.type === 'number';
  const type = numeric ? ['integer', 'number'] : [s.type];
  if (s.type === 'array' && s.items !== undefined) return { type, items: actualShape(s.items) };
  if (typeof s.additionalProperties === 'object') {
    return { type, additionalProperties: actualShape(s.additionalProperties) };
  }
  return { type };
}

/** Every SDK model reachable from the roots, by class name. */
function reachableModels(roots: SdkModel[]): Map<string, SdkModel> {
  const found = new Map<string, SdkModel>();
  const visit = (t: unknown): void => {
    if (isModel(t)) {
      if (found.has(t.name)) return;
      found.set(t.name, t);
      for (const sub of Object.values(t.types())) visit(sub);
    } else if (typeof t === 'object' && t !== null) {
      const c = t as SdkContainer;
      visit(c.itemType);
      visit(c.valueType);
    }
  };
  for (const root of roots) visit(root);
  return found;
}

const roots = [
  $FC.CreateFunctionInput,
  $FC.UpdateFunctionInput,
  $FC.Function,
  $FC.ListFunctionsOutput,
  $FC.Error,
  // Triggers and tags (lifecycle I.4, I.5)
  $FC.CreateTriggerInput,
  $FC.UpdateTriggerInput,
  $FC.Trigger,
  $FC.ListTriggersOutput,
  $FC.TagResourcesInput,
  // Resource group and invocation switch (lifecycle I.5): DisableFunctionInvocationRequest's
  // fields are the JSON body the SDK sends (client.ts disableFunctionInvocationWithOptions).
  $FC.ChangeResourceGroupInput,
  $FC.ChangeResourceGroupOutput,
  $FC.DisableFunctionInvocationRequest,
  $FC.DisableFunctionInvocationResponseBody,
  $FC.EnableFunctionInvocationResponseBody,
  // Versions and aliases (lifecycle I.2, I.3)
  $FC.PublishVersionInput,
  $FC.Version,
  $FC.ListVersionsOutput,
  $FC.CreateAliasInput,
  $FC.UpdateAliasInput,
  $FC.Alias,
  $FC.ListAliasesOutput,
  // GetFunctionCode (lifecycle I.1)
  $FC.OutputFuncCode,
] as unknown as SdkModel[];
const models = reachableModels(roots);

describe('SDK models ↔ spec component schemas', () => {
  it('reaches the expected models from the request, response and error models of the operations', () => {
    expect(models.size).toBeGreaterThan(25);
    expect([...models.keys()]).toEqual(
      expect.arrayContaining([
        'JuiceFsMountConfig',
        'UpdateFunctionInput',
        'ListFunctionsOutput',
        'HTTPTrigger',
        'TagResourcesInput',
        'ChangeResourceGroupOutput',
        'DisableFunctionInvocationRequest',
        'FunctionRestriction',
        'ListVersionsOutput',
        'Alias',
        'OutputFuncCode',
      ]),
    );
  });

  it('has a component schema for every SDK model and no component without a model', () => {
    const onlySdk = [...models.keys()].filter((n) => schemas[n] === undefined && !ALLOWED_ONLY_IN_SDK.has(n));
    const onlySpec = Object.keys(schemas).filter((n) => !models.has(n) && !ALLOWED_ONLY_IN_SPEC.has(n));
    expect({ onlySdk, onlySpec }).toEqual({ onlySdk: [], onlySpec: [] });
  });

  it.each([...models.entries()])('%s: same wire names', (name, model) => {
    const sdkWire = Object.values(model.names()).filter((w) => !ALLOWED_ONLY_IN_SDK.has(`${name}.${w}`));
    const specWire = Object.keys(schemas[name]?.properties ?? {}).filter(
      (w) => !ALLOWED_ONLY_IN_SPEC.has(`${name}.${w}`),
    );
    expect(specWire.sort()).toEqual(sdkWire.sort());
  });

  it.each([...models.entries()])('%s: same types and nested models at the same place', (name, model) => {
    const names = model.names();
    const types = model.types();
    for (const [property, wire] of Object.entries(names)) {
      const specProperty = schemas[name]?.properties?.[wire];
      if (specProperty === undefined) continue; // reported by the wire-name test
      expect(actualShape(specProperty), `${name}.${wire}`).toEqual(expectedShape(types[property]));
    }
  });

  it('keeps the capitalised Tag wire names (B.2)', () => {
    expect($FC.Tag.names()).toEqual({ key: 'Key', value: 'Value' });
    expect(Object.keys(schemas.Tag?.properties ?? {})).toEqual(['Key', 'Value']);
  });
});

/** The query parameters of an operation by wire name. */
function queryOf(operationId: string): Map<string, ParameterObject> {
  const { parameters } = operationById(spec, operationId);
  return new Map(parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]));
}

/** The value a parameter carries: its schema, or the schema of its serialised content. */
function valueSchema(p: ParameterObject): SchemaObject {
  const schema = p.schema ?? p.content?.['application/json']?.schema;
  if (schema === undefined) throw new Error(`parameter ${p.name} has neither schema nor JSON content`);
  return schema;
}

/** What travels in the URL: a JSON-serialised (`content`) parameter is one text value. */
function wireSchema(p: ParameterObject): SchemaObject {
  return p.schema ?? { type: 'string' };
}

describe('SDK request models ↔ query parameters', () => {
  // The plain request models type the values; ListFunctionsShrinkRequest is what the SDK puts on
  // the wire after serialising `tags` to JSON text (lifecycle E.1, client.ts L1936).
  const table: Array<{ operationId: string; model: SdkModel; view: (p: ParameterObject) => SchemaObject }> = [
    { operationId: 'GetFunction', model: $FC.GetFunctionRequest as unknown as SdkModel, view: valueSchema },
    {
      operationId: 'ListFunctions',
      model: $FC.ListFunctionsRequest as unknown as SdkModel,
      view: valueSchema,
    },
    {
      operationId: 'ListFunctions',
      model: $FC.ListFunctionsShrinkRequest as unknown as SdkModel,
      view: wireSchema,
    },
    { operationId: 'ListTriggers', model: $FC.ListTriggersRequest as unknown as SdkModel, view: valueSchema },
    {
      operationId: 'ListFunctionVersions',
      model: $FC.ListFunctionVersionsRequest as unknown as SdkModel,
      view: valueSchema,
    },
    { operationId: 'ListAliases', model: $FC.ListAliasesRequest as unknown as SdkModel, view: valueSchema },
    // UntagResources serialises ResourceId and TagKey to JSON text (client.js untagResourcesWithOptions).
    {
      operationId: 'UntagResources',
      model: $FC.UntagResourcesRequest as unknown as SdkModel,
      view: valueSchema,
    },
    {
      operationId: 'UntagResources',
      model: $FC.UntagResourcesShrinkRequest as unknown as SdkModel,
      view: wireSchema,
    },
  ];

  it.each(table.map((row) => [`${row.model.name} (${row.operationId})`, row] as const))(
    '%s: same wire names',
    (_name, row) => {
      const specNames = [...queryOf(row.operationId).keys()].sort();
      expect(specNames).toEqual(Object.values(row.model.names()).sort());
    },
  );

  it.each(table.map((row) => [`${row.model.name} (${row.operationId})`, row] as const))(
    '%s: same types',
    (_name, row) => {
      const query = queryOf(row.operationId);
      const types = row.model.types();
      for (const [property, wire] of Object.entries(row.model.names())) {
        const param = query.get(wire);
        if (param === undefined) continue; // reported by the wire-name test
        expect(actualShape(row.view(param)), `${row.model.name}.${wire}`).toEqual(
          expectedShape(types[property]),
        );
      }
    },
  );

  it('sends tags as JSON text of Tag items (the shrink model holds a string)', () => {
    expect($FC.ListFunctionsShrinkRequest.names().tagsShrink).toBe('tags');
    const tags = queryOf('ListFunctions').get('tags');
    expect(tags?.schema).toBeUndefined();
    expect(tags?.content?.['application/json']?.schema).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/Tag' },
    });
  });

  it('has no query parameters for UpdateFunction and DeleteFunction (lifecycle A.1)', () => {
    expect([...queryOf('UpdateFunction').keys(), ...queryOf('DeleteFunction').keys()]).toEqual([]);
  });
});
