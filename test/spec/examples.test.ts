import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createFunctionOperation,
  createSpecAjv,
  loadSpec,
  type PlacedExample,
  readJson,
  repoRoot,
  requestExamples,
  resolveRef,
  responseExamples,
  type SchemaObject,
  type SpecDocument,
} from './spec-helpers.ts';

const spec = loadSpec();
const schemaOf = createSpecAjv(spec);
const SHARED_SAMPLE = '../shared/reference/createfunction-sample-response.json';
const REQUEST_ID = /^1-[0-9a-f]{8}-[0-9a-f]{24}$/;

function schemaName(schema: SchemaObject): string {
  if (schema.$ref === undefined) throw new Error('example schemas are expected to be $refs');
  return schema.$ref.replace('#/components/schemas/', '');
}

function sampleResponse(s: SpecDocument): unknown {
  return responseExamples(s).find((e) => e.status === '200' && e.name === 'sample')?.value;
}

describe('Ajv 8 (draft 2020-12) compiles the component schemas', () => {
  it.each(['CreateFunctionInput', 'Function', 'Error'])('compiles %s', (name) => {
    expect(typeof schemaOf(name)).toBe('function');
  });

  it('accepts cpu 0.35 only thanks to multipleOfPrecision (0.35 / 0.05 is not an exact float)', () => {
    const input = {
      functionName: 'f',
      runtime: 'custom',
      handler: 'h',
      code: { zipFile: 'UEsFBg==' },
      cpu: 0.35,
    };
    expect(schemaOf('CreateFunctionInput')(input)).toBe(true);
    const naive = createSpecAjv(spec, { multipleOfPrecision: undefined })('CreateFunctionInput');
    expect(naive(input)).toBe(false);
  });
});

describe('every example validates against its schema', () => {
  const examples: PlacedExample[] = [...requestExamples(spec), ...responseExamples(spec)];

  it.each(examples.map((e) => [`${e.status} ${e.name}`, e] as const))('%s', (_label, example) => {
    const validate = schemaOf(schemaName(example.schema));
    validate(example.value);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('has the documented request examples', () => {
    expect(requestExamples(spec).map((e) => e.name)).toEqual(['sample', 'minimal', 'container', 'clearing']);
  });

  it('accepts unknown fields anywhere (ADR 003)', () => {
    const input = {
      functionName: 'f',
      runtime: 'python3.10',
      handler: 'index.handler',
      code: { zipFile: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==', futureField: 1 },
      logConfig: { project: 'p', somethingNew: true },
      notAField: { nested: [1, 2] },
    };
    expect(schemaOf('CreateFunctionInput')(input)).toBe(true);
  });
});

describe('error examples', () => {
  // E.2 (plus the inferred codes of the brief): status → codes, first example first.
  const expected: Record<string, string[]> = {
    '400': [
      'InvalidArgument',
      'MissingRequiredHeader',
      'PathNotSupported',
      'EntityTooLarge',
      'SignatureNonceUsed',
      'LimitExceeded',
    ],
    '403': ['AccessDenied', 'SignatureNotMatch', 'InvalidAccessKeyID', 'RequestTimeTooSkewed'],
    '409': ['FunctionAlreadyExists', 'ConcurrentUpdateError'],
    '429': ['ResourceExhausted', 'Throttling.User'],
    '500': ['InternalServerError'],
    '503': ['ServiceUnavailable', 'ResourceThrottled'],
  };
  const errors = responseExamples(spec).filter((e) => e.status !== '200');

  it('lists one example per documented code under its status, in the intended order', () => {
    const actual: Record<string, string[]> = {};
    for (const e of errors) actual[e.status] = [...(actual[e.status] ?? []), e.name];
    expect(actual).toEqual(expected);
  });

  it.each(errors.map((e) => [e.name, e] as const))('%s: envelope fields', (name, example) => {
    const body = example.value as { Code: string; Message: string; RequestId: string };
    expect(body.Code).toBe(name);
    expect(body.Message.length).toBeGreaterThan(0);
    expect(body.RequestId).toMatch(REQUEST_ID);
  });

  it('uses a distinct RequestId per example', () => {
    const ids = errors.map((e) => (e.value as { RequestId: string }).RequestId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('FunctionAlreadyExists names the function (3.0 wording, E.2)', () => {
    const example = errors.find((e) => e.name === 'FunctionAlreadyExists')?.value as
      | { Message?: string }
      | undefined;
    expect(example?.Message).toBe("function 'my-function-1' already exists");
  });

  it('declares both request-id headers on every response', () => {
    for (const [status, response] of Object.entries(createFunctionOperation(spec).responses)) {
      expect(Object.keys(response.headers ?? {}), status).toEqual(['x-acs-request-id', 'x-fc-request-id']);
    }
  });

  it('uses the FC envelope for every error status', () => {
    const { responses } = createFunctionOperation(spec);
    for (const status of Object.keys(expected)) {
      const schema = responses[status]?.content?.['application/json']?.schema;
      expect(schema, status).toEqual({ $ref: '#/components/schemas/Error' });
    }
    expect(resolveRef(spec, '#/components/schemas/Error').required).toEqual(['Code', 'Message', 'RequestId']);
  });
});

describe('the 200 sample is the documented sample, verbatim', () => {
  const fixture = readJson('spec/fixtures/documented-sample.json');

  it('is the only 200 example', () => {
    expect(
      responseExamples(spec)
        .filter((e) => e.status === '200')
        .map((e) => e.name),
    ).toEqual(['sample']);
  });

  it('deep-equals spec/fixtures/documented-sample.json, key order included', () => {
    expect(sampleResponse(spec)).toStrictEqual(fixture);
    expect(JSON.stringify(sampleResponse(spec))).toBe(JSON.stringify(fixture));
  });

  const hasShared = existsSync(`${repoRoot}${SHARED_SAMPLE}`);
  it.skipIf(!hasShared)(
    hasShared
      ? 'the committed fixture equals ../shared/reference (the reference copy)'
      : 'the committed fixture equals ../shared/reference — SKIPPED: ../shared is absent beside the repo',
    () => {
      const shared = readJson(SHARED_SAMPLE);
      expect(fixture).toStrictEqual(shared);
      expect(JSON.stringify(fixture)).toBe(JSON.stringify(shared));
    },
  );
});
