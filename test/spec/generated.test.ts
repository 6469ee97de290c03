/**
 * generated/spec-document.ts is what the emulator reads at run time; it must be the spec without
 * its prose, exactly.
 * (`npm run gen:check` also diffs generated/openapi.ts; this test keeps the runtime copy honest
 * even when only `vitest` runs.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  emulatorDocument,
  operationParameters,
  requestExamples,
  specDocument,
} from '../../generated/spec-document.ts';
import { runtimeSpec, withoutProse } from '../../scripts/lib/without-prose.ts';
import { loadSpec, repoRoot } from './spec-helpers.ts';

describe('generated/', () => {
  it('spec-document.ts equals the runtime form of spec/openapi.yaml (run `npm run gen` if not)', () => {
    const spec = loadSpec();
    expect({ document: specDocument, emulatorDocument, requestExamples, operationParameters }).toStrictEqual(
      runtimeSpec(spec),
    );
    expect(Object.keys(specDocument)).toEqual(['paths', 'components']);
    const create = spec.paths['/2023-03-30/functions']?.post as unknown as {
      requestBody: { content: { 'application/json': { examples: { sample: { value: unknown } } } } };
    };
    expect(requestExamples.CreateFunction?.sample).toEqual(
      create.requestBody.content['application/json'].examples.sample.value,
    );
  });

  it('leaves out the request ids of error examples, which no answer repeats (each has its own)', () => {
    const withIds = (document: unknown): number =>
      (JSON.stringify(document).match(/"RequestId":"1-/g) ?? []).length;
    expect(withIds(loadSpec().paths)).toBeGreaterThan(100);
    expect(withIds(specDocument)).toBe(0);
    const ids = runtimeSpec({
      paths: {
        '/x': {
          get: {
            responses: {
              '404': {
                content: {
                  'application/json': {
                    examples: { a: { value: { Code: 'C', Message: 'M', RequestId: '1-a' } } },
                  },
                },
              },
              '200': {
                content: { 'application/json': { examples: { b: { value: { RequestId: 'kept' } } } } },
              },
            },
          },
        },
      },
    }).document as { paths: Record<string, { get: { responses: Record<string, unknown> } }> };
    expect(ids.paths['/x']?.get.responses).toEqual({
      '404': { content: { 'application/json': { examples: { a: { value: { Code: 'C', Message: 'M' } } } } } },
      '200': { content: { 'application/json': { examples: { b: { value: { RequestId: 'kept' } } } } } },
    });
  });

  it('keeps the grade that the prose of a response or an example entry states', () => {
    const spec = {
      responses: {
        '200': { description: 'OK (status inferred)', content: {} },
        '404': { description: 'Not found', content: {} },
      },
      examples: { a: { summary: 'code inferred', value: 1 }, b: { summary: 'documented', value: 2 } },
      properties: { x: { type: 'string', description: 'inferred, but a schema: no grade' } },
    };
    expect(withoutProse(spec)).toEqual({
      responses: { '200': { content: {}, 'x-fc-grade': 'inferred' }, '404': { content: {} } },
      examples: { a: { value: 1, 'x-fc-grade': 'inferred' }, b: { value: 2 } },
      properties: { x: { type: 'string' } },
    });
  });

  it('drops only prose: descriptions and summaries go, data named so stays', () => {
    const spec = {
      description: 'd',
      properties: { description: { type: 'string', description: 'the field' } },
      examples: { one: { summary: 's', value: { description: 'kept', summary: 'kept too' } } },
      'x-fc-rules': [{ id: 'r', statement: 'st', description: 'kept' }],
      default: { description: 'kept' },
    };
    expect(withoutProse(spec)).toEqual({
      properties: { description: { type: 'string' } },
      examples: { one: { value: { description: 'kept', summary: 'kept too' } } },
      'x-fc-rules': [{ id: 'r', statement: 'st', description: 'kept' }],
      default: { description: 'kept' },
    });
  });

  it.each(['generated/openapi.ts', 'generated/spec-document.ts'])(
    '%s starts with the do-not-edit header',
    (path) => {
      expect(readFileSync(`${repoRoot}${path}`, 'utf8')).toMatch(
        /^\/\/ Generated from spec\/openapi\.yaml by `npm run gen` — do not edit\./,
      );
    },
  );
});
