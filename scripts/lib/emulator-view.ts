/**
 * The part of the runtime spec document that the emulator reads (mocks/core), which is all of it
 * a browser bundle of the MSW handlers carries (ADR 027, addendum "the emulator's view"). The
 * full document stays the export that Node tools read (contracts, proxy, fixtures, the public
 * rule catalogue).
 */

import { WORDED_KEYWORDS } from '../../mocks/core/worded-keywords.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The operation whose rules the core reads whole: CreateFunction's, which validation.ts maps schema
 * errors to (`appliesTo`, quoting a `statement`) and whose cross-field rules answer with their
 * `code` (mocks/core/rules/). UpdateFunction re-checks the merged function with these same rules.
 */
const CHECKED_BY_RULE = 'CreateFunction';

/**
 * An `x-fc-rules` entry as the core reads it. Of CreateFunction's: id, status, code, `appliesTo`,
 * and the statement of a schema rule whose message quotes it (a keyword validation does not word
 * itself); the rules the emulator checks in code word their own messages. Of any other
 * operation's: id and status, whether the rule is on (`ruleOn`, the rule switches' check); the
 * code that checks it words its answer, error code included.
 */
function ruleView(rule: Json, operationId: unknown): Json {
  const { id, status, statement, code, appliesTo } = rule;
  if (operationId !== CHECKED_BY_RULE) return { id, status };
  if (!Array.isArray(appliesTo)) return { id, status, code };
  const keywords = appliesTo.flatMap((target) => (target as { keywords: string[] }).keywords);
  const quoted = keywords.some((keyword) => !WORDED_KEYWORDS.has(keyword));
  return quoted ? { id, status, statement, code, appliesTo } : { id, status, code, appliesTo };
}

/**
 * A response as `Prefer` reads it: its JSON examples' values by name (`{}` when it has content
 * but no JSON example, so nothing to choose), or `null` for an answer without content (204),
 * which `Prefer: code=` selects by its status alone.
 */
function responseView(response: Json): Json | null {
  if (!isObject(response.content)) return null;
  const media = response.content['application/json'];
  const examples = isObject(media) && isObject(media.examples) ? media.examples : {};
  return Object.fromEntries(
    Object.entries(examples).map(([name, example]) => [name, (example as Json).value]),
  );
}

/** An operation as the core reads it: its rules (`rules`, from `x-fc-rules`) and its answers. */
function operationView(operation: Json): Json {
  const view: Json = {};
  const rules = operation['x-fc-rules'];
  if (Array.isArray(rules)) view.rules = rules.map((rule) => ruleView(rule as Json, operation.operationId));
  const responses = isObject(operation.responses) ? operation.responses : {};
  view.responses = Object.fromEntries(
    Object.entries(responses).map(([status, response]) => [status, responseView(response as Json)]),
  );
  return view;
}

const SCHEMA_REF = '#/components/schemas/';

/**
 * Request bodies whose schema the core never reads: it checks them in code (alias-input.ts,
 * tag-input.ts, change-resource-group.ts, disable-function-invocation.ts,
 * publish-function-version.ts) or, for UpdateFunction, checks the merged function against
 * `CreateFunctionInput`. The view leaves them out, with what only they reach; a core module that
 * named one would fail (test/scripts/emulator-view.test.ts).
 */
export const BODIES_CHECKED_IN_CODE: ReadonlySet<string> = new Set([
  'UpdateFunctionInput',
  'TagResourcesInput',
  'ChangeResourceGroupInput',
  'DisableFunctionInvocationRequest',
  'PublishVersionInput',
  'CreateAliasInput',
  'UpdateAliasInput',
]);

/** A request body's schema, unless it is one the core checks in code. */
function readBody(operation: Json): unknown {
  const body = operation.requestBody as { content?: Record<string, { schema?: Json }> } | undefined;
  const ref = body?.content?.['application/json']?.schema?.$ref;
  const name = typeof ref === 'string' && ref.startsWith(SCHEMA_REF) ? ref.slice(SCHEMA_REF.length) : '';
  return BODIES_CHECKED_IN_CODE.has(name) ? undefined : body;
}

/** The names of the component schemas a value refers to, and those they refer to in turn. */
function reachableSchemas(roots: unknown[], schemas: Json): Set<string> {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    if (!isObject(value)) return;
    const ref = value.$ref;
    if (typeof ref === 'string' && ref.startsWith(SCHEMA_REF)) {
      const name = ref.slice(SCHEMA_REF.length);
      if (!found.has(name)) {
        found.add(name);
        visit(schemas[name]);
      }
    }
    Object.values(value).forEach(visit);
  };
  roots.forEach(visit);
  return found;
}

/**
 * The emulator's view of a runtime document (`paths` and `components` without prose): by
 * operationId, in spec order, each operation's rules as the core reads them (`rules`) and, by
 * status, its answers' example values for `Prefer` (not OpenAPI's `paths` → method and `content`
 * nesting: the core finds an operation by its name, and only mocks/core/prefer.ts reads the
 * answers); and the component schemas that request bodies use, which the core validates with,
 * except the bodies it checks in code ({@link BODIES_CHECKED_IN_CODE}). Paths, response schemas,
 * grades, tags and parameters are read by Node tools only.
 *
 * @example
 * emulatorView(runtimeSpec(spec).document).operations; // { CreateFunction: { rules, responses }, … }
 */
export function emulatorView(document: Json): Json {
  const paths = (document.paths ?? {}) as Record<string, Json>;
  const operations: Record<string, Json> = {};
  const bodies: unknown[] = [];
  for (const item of Object.values(paths)) {
    for (const operation of Object.values(item)) {
      if (!isObject(operation) || typeof operation.operationId !== 'string') continue;
      operations[operation.operationId] = operationView(operation);
      bodies.push(readBody(operation));
    }
  }
  const schemas = ((document.components as Json | undefined)?.schemas ?? {}) as Json;
  const used = reachableSchemas(bodies, schemas);
  const schemasView = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return { operations, components: { schemas: schemasView } };
}
