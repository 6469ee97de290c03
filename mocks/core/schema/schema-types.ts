/**
 * The shapes the schema interpreter works with: a schema object, a prepared check, the error a
 * check reports and what a keyword is prepared from (docs/decisions/021-schema-interpreter.md).
 */

/** A JSON Schema object as it sits in the spec document. */
export type SchemaObject = Record<string, unknown>;

/**
 * One schema violation, shaped like the error Ajv ends `validate.errors` with under the options
 * the emulator has always used (`allErrors: false`, `verbose: true`): the keyword that failed, the
 * JSON pointer of the value in the input, Ajv's `params` and `message`, the value itself and the
 * schema object holding the keyword.
 *
 * @example
 * const error: SchemaError = {
 *   keyword: 'maximum', instancePath: '/cpu', params: { comparison: '<=', limit: 16 },
 *   message: 'must be <= 16', data: 17, parentSchema: { type: 'number', maximum: 16 },
 * };
 */
export interface SchemaError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message: string;
  data: unknown;
  parentSchema: unknown;
}

/**
 * A compiled schema or keyword: the first violation of `data`, or `undefined` when it conforms.
 * `depth` counts the `$ref`s followed to get there, so that a recursive schema cannot exhaust
 * the call stack.
 *
 * @example
 * const pass: Check = () => undefined;
 */
export type Check = (data: unknown, depth: number) => SchemaError | undefined;

/**
 * What a keyword is prepared from: the schema object holding it, where that is (for toolkit
 * errors) and the interpreter's own preparation of subschemas and `$ref`s.
 *
 * @example
 * const context: KeywordContext = { parent: schema, where: '#/components/schemas/Tag/properties', compile, reference };
 */
export interface KeywordContext {
  parent: SchemaObject;
  /** Where the keyword sits (a JSON pointer into the spec). */
  where: string;
  compile: (schema: unknown, where: string) => Check;
  /** The check of the schema a `$ref` points at (prepared once; cycles allowed). */
  reference: (ref: string, where: string) => Check;
}

/**
 * Prepares one keyword's check from its value; `undefined` when the keyword can never fail.
 *
 * @example
 * const format: KeywordFactory = () => undefined;
 */
export type KeywordFactory = (value: unknown, context: KeywordContext) => Check | undefined;

/**
 * Builds a violation found at the value being checked (its path is prefixed on the way out).
 *
 * @example
 * violation({ keyword: 'not', parent: { not: {} }, data: 1, params: {}, message: 'must NOT be valid' });
 */
export function violation(found: {
  keyword: string;
  parent: unknown;
  data: unknown;
  params: Record<string, unknown>;
  message: string;
}): SchemaError {
  return {
    keyword: found.keyword,
    instancePath: '',
    params: found.params,
    message: found.message,
    data: found.data,
    parentSchema: found.parent,
  };
}

/**
 * Prefixes a violation found below a property or an item with that step of the JSON pointer,
 * escaped as RFC 6901 says (`~` → `~0`, `/` → `~1`).
 *
 * @example
 * const error = violation({ keyword: 'type', parent: {}, data: '1', params: {}, message: 'must be number' });
 * below(error, 'cpu')?.instancePath; // '/cpu'
 */
export function below(error: SchemaError | undefined, step: string): SchemaError | undefined {
  if (error) error.instancePath = `/${step.replace(/~/g, '~0').replace(/\//g, '~1')}${error.instancePath}`;
  return error;
}
