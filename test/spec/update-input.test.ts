/**
 * UpdateFunctionInput is CreateFunctionInput minus `functionName`, `tags` and `resourceGroupId`
 * (lifecycle C.1), field for field: the emulator validates an update by running the
 * CreateFunctionInput validator on the merged configuration, which is only sound while every
 * updatable field has exactly the create schema.
 */
import * as $FC from '@alicloud/fc20230330';
import { describe, expect, it } from 'vitest';
import {
  createFunctionOperation,
  createSpecAjv,
  loadSpec,
  operationById,
  requestExamples,
  ruleIdsFor,
} from './spec-helpers.ts';

const spec = loadSpec();
const create = spec.components.schemas.CreateFunctionInput;
const update = spec.components.schemas.UpdateFunctionInput;
const NOT_UPDATABLE = ['functionName', 'tags', 'resourceGroupId'];
const rules = createFunctionOperation(spec)['x-fc-rules'];
const schemaOf = createSpecAjv(spec);

describe('UpdateFunctionInput', () => {
  it('has exactly the CreateFunctionInput properties minus functionName, tags and resourceGroupId', () => {
    const createNames = Object.keys(create?.properties ?? {});
    const want = createNames.filter((name) => !NOT_UPDATABLE.includes(name));
    expect(Object.keys(update?.properties ?? {})).toEqual(want);
    expect(want).toHaveLength(32);
  });

  it.each(Object.keys(update?.properties ?? {}))('%s: the same schema as on create', (name) => {
    expect(update?.properties?.[name]).toStrictEqual(create?.properties?.[name]);
  });

  it('requires nothing and carries no combinators: the create rules run on the merged configuration', () => {
    expect(Object.keys(update ?? {}).sort()).toEqual(['description', 'properties', 'type']);
  });

  it('matches the SDK: UpdateFunctionInput.names() is CreateFunctionInput.names() minus the three', () => {
    const createWire = Object.values($FC.CreateFunctionInput.names());
    const updateWire = Object.values($FC.UpdateFunctionInput.names());
    expect(updateWire.sort()).toEqual(createWire.filter((w) => !NOT_UPDATABLE.includes(w)).sort());
  });

  it('accepts an empty body and every request example of UpdateFunction', () => {
    const validate = schemaOf('UpdateFunctionInput');
    expect(validate({})).toBe(true);
    const examples = requestExamples(spec, operationById(spec, 'UpdateFunction').operation);
    expect(examples.map((e) => e.name)).toEqual(['terraform', 'codeOnly', 'serverlessDevs']);
    for (const example of examples) {
      validate(example.value);
      expect(validate.errors ?? [], example.name).toEqual([]);
    }
  });

  // Same instance paths as on create, so the create rules' appliesTo name the same rule.
  const base = { functionName: 'f', runtime: 'python3.10', handler: 'h', code: { zipFile: 'UEsFBg==' } };
  const cases: Array<{ given: string; field: Record<string, unknown>; want: string[] }> = [
    { given: 'memorySize 1000', field: { memorySize: 1000 }, want: ['memorySize-multiple'] },
    { given: 'cpu 17', field: { cpu: 17 }, want: ['cpu-range'] },
    { given: 'an unknown runtime', field: { runtime: 'ruby3' }, want: ['runtime-enum'] },
    { given: 'an empty code', field: { code: {} }, want: ['zipFile-xor-oss'] },
    { given: 'a numeric env value', field: { environmentVariables: { A: 1 } }, want: ['field-types'] },
    {
      given: 'a 4 s probe timeout',
      field: { customRuntimeConfig: { healthCheckConfig: { timeoutSeconds: 4 } } },
      want: ['healthCheck-ranges'],
    },
  ];

  it.each(cases)('given $given, both schemas name $want', ({ field, want }) => {
    const onUpdate = schemaOf('UpdateFunctionInput');
    const onCreate = schemaOf('CreateFunctionInput');
    onUpdate(field);
    onCreate({ ...base, ...field });
    expect(ruleIdsFor(onUpdate.errors ?? [], rules)).toEqual(want);
    expect(ruleIdsFor(onCreate.errors ?? [], rules)).toEqual(want);
  });
});
