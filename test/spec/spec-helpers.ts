/**
 * Shared helpers of the spec gates: load spec/openapi.yaml (the source, not generated/), compile
 * its schemas with Ajv exactly as the emulator is meant to, and map Ajv errors to rule ids via
 * `x-fc-rules`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseYaml } from '@redocly/openapi-core';
import { Ajv2020, type ErrorObject, type Options, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { RuleSpec } from '../../mocks/core/rule-catalogue.ts';

/** Absolute path of the repository root, with a trailing slash. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A JSON Schema object as written in the spec (loosely typed on purpose). */
export interface SchemaObject {
  [keyword: string]: unknown;
  $ref?: string;
  type?: string;
  required?: string[];
  properties?: Record<string, SchemaObject>;
  items?: SchemaObject;
  additionalProperties?: SchemaObject | boolean;
  allOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  not?: SchemaObject;
}

/** One `appliesTo` entry of a schema rule. */
/** One entry of `x-fc-rules` (the emulator reads the same shape from the generated document). */
export type FcRule = RuleSpec;

/** One entry of `x-fc-doc-quirks`. */
export interface DocQuirk {
  id: string;
  path: string;
  statement: string;
  reference: string;
}

interface Example {
  summary?: string;
  value: unknown;
}

interface MediaType {
  schema: SchemaObject;
  examples: Record<string, Example>;
}

interface ResponseObject {
  description: string;
  headers?: Record<string, unknown>;
  content: Record<string, MediaType>;
}

/** The part of the CreateFunction operation the gates read. */
export interface Operation {
  operationId: string;
  requestBody: { content: Record<string, MediaType> };
  responses: Record<string, ResponseObject>;
  'x-fc-rules': FcRule[];
}

/** The parsed spec document, typed only as far as the gates need. */
export interface SpecDocument {
  [key: string]: unknown;
  paths: Record<string, { post: Operation }>;
  components: { schemas: Record<string, SchemaObject>; [key: string]: unknown };
  'x-fc-doc-quirks': DocQuirk[];
}

/** An example with its place in the spec. */
export interface PlacedExample {
  status: string;
  name: string;
  value: unknown;
  schema: SchemaObject;
}

/** Reads and parses spec/openapi.yaml with Redocly's YAML loader (no timestamps, JSON types only). */
export function loadSpec(): SpecDocument {
  return parseYaml(readFileSync(`${repoRoot}spec/openapi.yaml`, 'utf8')) as SpecDocument;
}

/** Reads a JSON file relative to the repository root. */
export function readJson(relativePath: string): unknown {
  return JSON.parse(readFileSync(`${repoRoot}${relativePath}`, 'utf8'));
}

/** The CreateFunction operation. */
export function createFunctionOperation(spec: SpecDocument): Operation {
  const item = spec.paths['/2023-03-30/functions'];
  if (item === undefined) throw new Error('spec has no /2023-03-30/functions path');
  return item.post;
}

/** Request-body examples by name. */
export function requestExamples(spec: SpecDocument): PlacedExample[] {
  const media = createFunctionOperation(spec).requestBody.content['application/json'];
  if (media === undefined) throw new Error('request body has no application/json content');
  return Object.entries(media.examples).map(([name, ex]) => ({
    status: 'request',
    name,
    value: ex.value,
    schema: media.schema,
  }));
}

/** Response examples of every status, in document order. */
export function responseExamples(spec: SpecDocument): PlacedExample[] {
  return Object.entries(createFunctionOperation(spec).responses).flatMap(([status, response]) => {
    const media = response.content['application/json'];
    if (media === undefined) return [];
    return Object.entries(media.examples).map(([name, ex]) => ({
      status,
      name,
      value: ex.value,
      schema: media.schema,
    }));
  });
}

/** Resolves a local `#/components/schemas/Name` reference. */
export function resolveRef(spec: SpecDocument, ref: string): SchemaObject {
  const name = ref.replace('#/components/schemas/', '');
  const schema = spec.components.schemas[name];
  if (schema === undefined) throw new Error(`unresolved $ref ${ref}`);
  return schema;
}

/** Resolves a JSON pointer ('' = the whole value) inside a JSON value. */
export function getPointer(value: unknown, pointer: string): unknown {
  if (pointer === '') return value;
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], value);
}

/** The `$id` under which the spec's components are registered in Ajv. */
export const SPEC_ID = 'https://fc3-testkit.local/spec/openapi.json';

/**
 * Compiles component schemas the way the emulator is meant to: Ajv 8 draft 2020-12, all errors,
 * formats, and `multipleOfPrecision: 9` so that `cpu: 0.35` is a multiple of 0.05 (0.35 / 0.05 is
 * 6.999999999999999 in binary floating point).
 */
export function createSpecAjv(spec: SpecDocument, options: Options = {}): (name: string) => ValidateFunction {
  // strictRequired is off: the XOR rules name properties that are declared on the parent schema.
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    multipleOfPrecision: 9,
    ...options,
  });
  addFormatsModule.default(ajv);
  // The components live under a non-schema keyword so that `#/components/schemas/...` refs resolve.
  ajv.addKeyword({ keyword: 'components' });
  ajv.addSchema({ $id: SPEC_ID, components: { schemas: spec.components.schemas } });
  return (name) => {
    const validate = ajv.getSchema(`${SPEC_ID}#/components/schemas/${name}`);
    if (validate === undefined) throw new Error(`no schema ${name}`);
    return validate;
  };
}

function pathMatches(pattern: string, instancePath: string): boolean {
  if (pattern === '*') return true;
  const want = pattern.split('/');
  const got = instancePath.split('/');
  return want.length === got.length && want.every((part, i) => part === '*' || part === got[i]);
}

/**
 * Maps Ajv errors to rule ids through `appliesTo`, as the emulator will. Errors raised inside the
 * branches of `not` / `anyOf` (schemaPath contains `/not/` or `/anyOf/`) are skipped: the
 * combinator's own error carries the rule.
 */
export function ruleIdsFor(errors: ErrorObject[], rules: FcRule[]): string[] {
  const ids = new Set<string>();
  for (const error of errors) {
    if (/\/(not|anyOf)\//.test(error.schemaPath)) continue;
    const missing = error.keyword === 'required' ? String(error.params.missingProperty) : undefined;
    const rule = rules.find((r) =>
      (r.appliesTo ?? []).some(
        (t) =>
          t.keywords.includes(error.keyword) &&
          pathMatches(t.path, error.instancePath) &&
          (t.property === undefined || t.property === missing),
      ),
    );
    ids.add(rule?.id ?? `unmapped:${error.instancePath}:${error.keyword}`);
  }
  return [...ids].sort();
}
