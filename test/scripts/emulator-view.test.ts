/**
 * `emulatorDocument` (scripts/lib/emulator-view.ts) is the part of the runtime spec document the
 * emulator reads: what `Prefer` answers with, the rules, the request schemas, each exactly as in
 * `specDocument` (ADR 027, addendum "the emulator's view").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emulatorDocument, specDocument } from '../../generated/spec-document.ts';
import { BODIES_CHECKED_IN_CODE, emulatorView } from '../../scripts/lib/emulator-view.ts';

type Json = Record<string, unknown>;
type Paths = Record<string, Record<string, Json>>;
const full = specDocument as unknown as { paths: Paths; components: { schemas: Json } };
const view = emulatorDocument as unknown as {
  operations: Record<string, Json>;
  components: { schemas: Json };
};

/** What Prefer can choose per answer: example values by name, or the status alone (no content). */
type Choice = Array<[string, unknown]> | 'status alone';

/** The full document's operations in spec order, each by its id. */
const fullOperations = Object.values(full.paths).flatMap((item) =>
  Object.entries(item).flatMap(([method, operation]) =>
    method === 'parameters' ? [] : [[operation.operationId as string, operation] as const],
  ),
);

const choicesOf = (operations: ReadonlyArray<readonly [string, Json]>, read: (response: unknown) => Choice) =>
  operations.flatMap(([id, operation]) =>
    Object.entries((operation.responses ?? {}) as Record<string, unknown>).map(([status, response]) => ({
      at: `${id} ${status}`,
      choice: read(response),
    })),
  );

const fromFull = (response: unknown): Choice => {
  const content = (response as Json).content as Record<string, Json> | undefined;
  if (content === undefined) return 'status alone';
  const examples = (content['application/json']?.examples ?? {}) as Record<string, Json>;
  return Object.entries(examples).map(([name, example]) => [name, example.value]);
};

const fromView = (response: unknown): Choice =>
  response === null ? 'status alone' : Object.entries(response as Json);

describe('emulatorDocument', () => {
  it('answers Prefer as the full document would: every status, example name and value', () => {
    const expected = choicesOf(fullOperations, fromFull);
    expect(expected.length).toBeGreaterThan(80);
    expect(expected.filter(({ choice }) => choice === 'status alone').length).toBeGreaterThan(0);
    expect(choicesOf(Object.entries(view.operations), fromView)).toStrictEqual(expected);
  });

  it('has every operation by its id, in spec order, each rule’s id and status as the full document, and CreateFunction’s codes', () => {
    expect(fullOperations.length).toBeGreaterThan(20);
    expect(Object.keys(view.operations)).toEqual(fullOperations.map(([id]) => id));
    for (const [id, operation] of fullOperations) {
      const rules = (operation['x-fc-rules'] ?? []) as Json[];
      const pick = ({ id, status, code }: Json) => ({ id, status, code });
      const mine = (view.operations[id]?.rules ?? []) as Json[];
      expect(mine.map(pick), id).toStrictEqual(
        rules.map(id === 'CreateFunction' ? pick : ({ id, status }) => ({ id, status, code: undefined })),
      );
    }
  });

  it('keeps exactly the component schemas request bodies reach, unchanged', () => {
    const names = Object.keys(view.components.schemas);
    expect(names).toEqual(
      expect.arrayContaining(['CreateFunctionInput', 'Tag', 'CreateTriggerInput', 'UpdateTriggerInput']),
    );
    expect(names).not.toContain('Function');
    expect(names).not.toContain('Error');
    for (const name of names)
      expect(view.components.schemas[name], name).toStrictEqual(full.components.schemas[name]);
  });

  it('leaves out the bodies the core checks in code, which no core module names as a schema', () => {
    const names = Object.keys(view.components.schemas);
    for (const body of BODIES_CHECKED_IN_CODE) {
      expect(Object.keys(full.components.schemas), body).toContain(body);
      expect(names, body).not.toContain(body);
    }
    const core = new URL('../../mocks/core/', import.meta.url).pathname;
    const files = readdirSync(core, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const code = readFileSync(join(core, file), 'utf8').replace(/^\s*(\*|\/\/).*$/gm, '');
      for (const body of BODIES_CHECKED_IN_CODE) {
        // A schema is read by name: `schemas.X`, `validateAgainst('X')`, a `$ref` string.
        expect(code, `${file} names ${body}`).not.toMatch(new RegExp(`(schemas\\.|['"\`/])${body}\\b`));
      }
    }
  });

  it('follows $refs from request bodies through schemas, and keeps an answer without content as such', () => {
    const quoted = [{ path: '/a', keywords: ['maxLength', 'pattern'] }];
    const worded = [{ path: '/b', keywords: ['minimum', 'maximum'] }];
    const document = {
      paths: {
        '/x': {
          parameters: [{ name: 'p' }],
          get: {
            operationId: 'Y',
            'x-fc-rules': [
              { id: 'y', by: 'emulator', status: 'inferred', statement: 's', reference: 'B', code: 'C' },
            ],
          },
          post: {
            operationId: 'CreateFunction',
            tags: ['t'],
            requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/In' } } } },
            responses: {
              '200': {
                content: {
                  'application/json': {
                    schema: { $ref: '#/components/schemas/Out' },
                    examples: { ok: { value: { a: 1 }, 'x-fc-grade': 'inferred' } },
                  },
                },
              },
              '204': {},
              '400': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Out' } } } },
            },
            'x-fc-rules': [
              {
                id: 'r',
                by: 'schema',
                status: 'documented',
                statement: 's',
                reference: 'B',
                code: 'C',
                appliesTo: quoted,
              },
              {
                id: 'w',
                by: 'schema',
                status: 'documented',
                statement: 's',
                reference: 'B',
                code: 'C',
                appliesTo: worded,
              },
              { id: 'e', by: 'emulator', status: 'inferred', statement: 's', reference: 'B', code: 'C' },
            ],
          },
        },
      },
      components: {
        schemas: {
          In: { properties: { t: { items: { $ref: '#/components/schemas/Leaf' } } } },
          Leaf: { type: 'string' },
          Out: { properties: { i: { $ref: '#/components/schemas/In' } } },
        },
      },
    };
    expect(emulatorView(document)).toStrictEqual({
      operations: {
        Y: { rules: [{ id: 'y', status: 'inferred' }], responses: {} },
        CreateFunction: {
          rules: [
            { id: 'r', status: 'documented', statement: 's', code: 'C', appliesTo: quoted },
            { id: 'w', status: 'documented', code: 'C', appliesTo: worded },
            { id: 'e', status: 'inferred', code: 'C' },
          ],
          responses: { '200': { ok: { a: 1 } }, '204': null, '400': {} },
        },
      },
      components: { schemas: { In: document.components.schemas.In, Leaf: { type: 'string' } } },
    });
  });
});
