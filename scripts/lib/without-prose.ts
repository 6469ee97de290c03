/**
 * The spec in the form the emulator reads at run time. Prose goes: every `description` and
 * `summary` text (operations, parameters, schemas, responses, example entries); data stays exactly
 * (example values, defaults, enums, `x-fc-*` extensions). Where the prose of a response or an
 * example entry says a fact is *inferred*, that grade stays as data (`x-fc-grade: inferred`): the
 * proxy grades its findings with it. `npm run gen` writes generated/spec-document.ts from
 * {@link runtimeSpec}; a browser bundle carries these bytes, so only what code reads is kept.
 */

/** Keys whose values are data, copied as they are. */
const DATA_KEYS = new Set(['example', 'value', 'default', 'enum', 'const']);
const PROSE_KEYS = new Set(['description', 'summary']);
/** Parents whose entries keep the grade their prose states: response objects, example entries. */
const GRADED_PARENTS = new Set(['responses', 'examples']);

import { emulatorView } from './emulator-view.ts';

type Json = Record<string, unknown>;

function statesInferred(value: Json): boolean {
  return [...PROSE_KEYS].some((key) => typeof value[key] === 'string' && /inferred/i.test(value[key]));
}

/**
 * A copy of an OpenAPI value without prose.
 *
 * @example
 * withoutProse({ type: 'string', description: 'a name' }); // { type: 'string' }
 */
export function withoutProse(value: unknown, graded = false): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutProse(item));
  if (typeof value !== 'object' || value === null) return value;
  const source = value as Json;
  const out: Json = {};
  for (const [key, child] of Object.entries(source)) {
    if (PROSE_KEYS.has(key) && typeof child === 'string') continue;
    if (DATA_KEYS.has(key) || key.startsWith('x-fc-')) out[key] = child;
    else if (
      GRADED_PARENTS.has(key) &&
      typeof child === 'object' &&
      child !== null &&
      !Array.isArray(child)
    ) {
      out[key] = Object.fromEntries(
        Object.entries(child).map(([name, entry]) => [name, withoutProse(entry, true)]),
      );
    } else out[key] = withoutProse(child);
  }
  if (graded && statesInferred(source)) out['x-fc-grade'] = 'inferred';
  return out;
}

/** What generated/spec-document.ts exports. */
export interface RuntimeSpec {
  /** `paths` and `components` without prose, request-body examples moved out. */
  document: Json;
  /** The part of `document` that the emulator reads (scripts/lib/emulator-view.ts). */
  emulatorDocument: Json;
  /** Request-body examples by operationId, then example name: their values. */
  requestExamples: Record<string, Record<string, unknown>>;
  /** Each operation's parameters by operationId, `$ref`s to `components/parameters` resolved. */
  operationParameters: Record<string, unknown[]>;
}

/**
 * Splits the spec into what the emulator reads (paths and components, no prose) and what only
 * Node tools read, so a browser bundle of the emulator leaves it out: the request-body examples
 * (the contract suite), the operations' parameters (the validating proxy), and the security and
 * response-header declarations (no code; Prism reads the YAML). The rest of the top level (info,
 * servers, tags, the quirk register) stays in spec/openapi.yaml for the tools that read the file.
 *
 * @example
 * runtimeSpec(spec).requestExamples.CreateFunction?.sample; // { functionName: 'my-function-1', … }
 */
export function runtimeSpec(spec: Json): RuntimeSpec {
  const document = withoutProse({ paths: spec.paths, components: spec.components }) as Json;
  const requestExamples: RuntimeSpec['requestExamples'] = {};
  const operationParameters: RuntimeSpec['operationParameters'] = {};
  const components = (document.components ?? {}) as Record<string, Json | undefined>;
  for (const item of Object.values(document.paths as Record<string, Record<string, Json>>)) {
    for (const operation of Object.values(item)) {
      moveParameters(operation, components.parameters ?? {}, operationParameters);
      delete operation.security;
      for (const response of Object.values((operation.responses ?? {}) as Record<string, Json>))
        delete response.headers;
      const content = (operation.requestBody as Json | undefined)?.content as
        | Record<string, Json>
        | undefined;
      const json = content?.['application/json'];
      if (!json?.examples || typeof operation.operationId !== 'string') continue;
      const examples = json.examples as Record<string, { value: unknown }>;
      requestExamples[operation.operationId] = Object.fromEntries(
        Object.entries(examples).map(([name, example]) => [name, example.value]),
      );
      delete json.examples;
    }
    for (const operation of Object.values(item)) withoutExampleRequestIds(operation.responses);
  }
  for (const section of ['parameters', 'headers', 'securitySchemes']) delete components[section];
  return { document, emulatorDocument: emulatorView(document), requestExamples, operationParameters };
}

function moveParameters(operation: Json, shared: Json, into: Record<string, unknown[]>): void {
  const parameters = operation.parameters as Json[] | undefined;
  if (parameters && typeof operation.operationId === 'string') {
    const resolve = (parameter: Json): unknown => {
      const ref = parameter.$ref;
      return typeof ref === 'string' ? shared[ref.replace('#/components/parameters/', '')] : parameter;
    };
    into[operation.operationId] = parameters.map(resolve);
  }
  delete operation.parameters;
}

/**
 * Drops `RequestId` from the FC 3.0 error examples of an operation's responses: the emulator
 * answers every error, documented examples chosen by `Prefer` included, with the request's own id
 * (CF E.1), so those ids are never read, and as random text they are ~1.4 kB of a browser bundle.
 */
function withoutExampleRequestIds(responses: unknown): void {
  for (const response of Object.values((responses ?? {}) as Record<string, Json>)) {
    const media = (response.content as Record<string, Json> | undefined)?.['application/json'];
    for (const example of Object.values((media?.examples ?? {}) as Record<string, Json>)) {
      const value = example.value as Json | undefined;
      if (typeof value?.Code !== 'string' || typeof value.RequestId !== 'string') continue;
      const { RequestId: _unread, ...rest } = value;
      example.value = rest;
    }
  }
}
