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

/**
 * One entry of `x-fc-rules` (the emulator reads the same shape from the generated document). The
 * code is widened to any FC code: the function-resource operations also answer
 * `ConcurrentUpdateError`.
 */
export type FcRule = Omit<RuleSpec, 'code'> & { code: string };

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
  content?: Record<string, MediaType>;
  [extension: `x-${string}`]: unknown;
}

/** One parameter object as written in the spec (path, query or header). */
export interface ParameterObject {
  $ref?: string;
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: SchemaObject;
  content?: Record<string, { schema: SchemaObject }>;
  example?: unknown;
}

/** The part of an operation the gates read. */
export interface Operation {
  operationId: string;
  parameters?: ParameterObject[];
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, ResponseObject>;
  'x-fc-rules': FcRule[];
}

/** The HTTP methods the spec uses. */
export type Method = 'get' | 'put' | 'post' | 'delete';

/** One path item: operations by method plus the parameters shared by them. */
export type PathItem = Partial<Record<Method, Operation>> & { parameters?: ParameterObject[] };

/** The parsed spec document, typed only as far as the gates need. */
export interface SpecDocument {
  [key: string]: unknown;
  paths: Record<string, PathItem>;
  components: {
    schemas: Record<string, SchemaObject>;
    parameters: Record<string, ParameterObject>;
    [key: string]: unknown;
  };
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

/** An operation with the place it sits at. */
export interface PlacedOperation {
  path: string;
  method: Method;
  operation: Operation;
  /** Path-item parameters first, then the operation's own, `$ref`s resolved. */
  parameters: ParameterObject[];
}

/**
 * Every operation of the spec, in document order.
 *
 * @example
 * allOperations(loadSpec()).map((o) => o.operation.operationId); // ['CreateFunction', 'ListFunctions', …]
 */
export function allOperations(spec: SpecDocument): PlacedOperation[] {
  const resolve = (p: ParameterObject): ParameterObject => {
    if (p.$ref === undefined) return p;
    const found = spec.components.parameters[p.$ref.replace('#/components/parameters/', '')];
    if (found === undefined) throw new Error(`unresolved $ref ${p.$ref}`);
    return found;
  };
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    (['get', 'put', 'post', 'delete'] as const).flatMap((method) => {
      const operation = item[method];
      if (operation === undefined) return [];
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(resolve);
      return [{ path, method, operation, parameters }];
    }),
  );
}

/**
 * The operation with this `operationId`.
 *
 * @example
 * operationById(loadSpec(), 'GetFunction').path; // '/2023-03-30/functions/{functionName}'
 */
export function operationById(spec: SpecDocument, operationId: string): PlacedOperation {
  const found = allOperations(spec).find((o) => o.operation.operationId === operationId);
  if (found === undefined) throw new Error(`spec has no operation ${operationId}`);
  return found;
}

/** The CreateFunction operation. */
export function createFunctionOperation(spec: SpecDocument): Operation {
  const operation = spec.paths['/2023-03-30/functions']?.post;
  if (operation === undefined) throw new Error('spec has no POST /2023-03-30/functions');
  return operation;
}

/** Request-body examples by name (CreateFunction unless another operation is given). */
export function requestExamples(
  spec: SpecDocument,
  operation = createFunctionOperation(spec),
): PlacedExample[] {
  const media = operation.requestBody?.content['application/json'];
  if (media === undefined) throw new Error('request body has no application/json content');
  return Object.entries(media.examples).map(([name, ex]) => ({
    status: 'request',
    name,
    value: ex.value,
    schema: media.schema,
  }));
}

/** Response examples of every status, in document order (CreateFunction unless another is given). */
export function responseExamples(
  spec: SpecDocument,
  operation = createFunctionOperation(spec),
): PlacedExample[] {
  return Object.entries(operation.responses).flatMap(([status, response]) => {
    const media = response.content?.['application/json'];
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

function specAjv(spec: SpecDocument, options: Options): Ajv2020 {
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
  return ajv;
}

/**
 * Compiles component schemas the way the emulator is meant to: Ajv 8 draft 2020-12, all errors,
 * formats, and `multipleOfPrecision: 9` so that `cpu: 0.35` is a multiple of 0.05 (0.35 / 0.05 is
 * 6.999999999999999 in binary floating point).
 */
export function createSpecAjv(spec: SpecDocument, options: Options = {}): (name: string) => ValidateFunction {
  const ajv = specAjv(spec, options);
  return (name) => {
    const validate = ajv.getSchema(`${SPEC_ID}#/components/schemas/${name}`);
    if (validate === undefined) throw new Error(`no schema ${name}`);
    return validate;
  };
}

/**
 * Compiles schemas written inline in the spec (parameters), whose `$ref`s point at the components.
 *
 * @example
 * createInlineCompiler(spec)({ type: 'array', items: { $ref: '#/components/schemas/Tag' } })([]); // true
 */
export function createInlineCompiler(spec: SpecDocument): (schema: SchemaObject) => ValidateFunction {
  const ajv = specAjv(spec, {});
  return (schema) =>
    ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${SPEC_ID}#/components/`)));
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
