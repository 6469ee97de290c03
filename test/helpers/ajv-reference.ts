/**
 * Test helper: the oracle of the schema interpreter's differential test. Ajv 8 compiling the
 * spec's components in memory with the options the emulator's generated validator had until
 * ADR 021 (`strict: false`, `allErrors: false`, `verbose: true`, `multipleOfPrecision: 9`, no
 * formats), and the error of Ajv's list that mocks/core/validation.ts used to pick.
 */
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import type { SchemaError } from '../../mocks/core/schema/schema-types.ts';

/** The former generator's options (mocks/core/input-validator-source.ts before ADR 021). */
const OPTIONS = { strict: false, allErrors: false, verbose: true, multipleOfPrecision: 9 } as const;
// Quiet: with `strict: false` Ajv logs each unknown format it ignores; validation is unchanged.
const QUIET = { logger: false } as const;

/**
 * A function validating against `#/components/schemas/<name>` of `components` with Ajv; it
 * returns `undefined` when valid, else the chosen error and Ajv's whole list.
 *
 * @example
 * const reference = ajvReference(specDocument.components);
 * reference('CreateFunctionInput', {})?.chosen.keyword; // 'anyOf'
 */
export function ajvReference(
  components: unknown,
): (name: string, value: unknown) => { chosen: SchemaError; errors: ErrorObject[] } | undefined {
  const ajv = new Ajv2020({ ...OPTIONS, ...QUIET });
  ajv.addSchema({ $id: 'fc3://spec', components });
  return (name, value) => {
    const validate = ajv.getSchema(`fc3://spec#/components/schemas/${name}`);
    if (!validate) throw new Error(`no schema ${name}`);
    if (validate(value)) return undefined;
    const errors = validate.errors ?? [];
    const { keyword, instancePath, params, message, data, parentSchema } = chosenError(errors);
    return { chosen: { keyword, instancePath, params, message: message ?? '', data, parentSchema }, errors };
  };
}

const COMPOSITE = new Set(['anyOf', 'oneOf', 'not']);

/** validation.ts before ADR 021: the last composite error, else the first one. */
function chosenError(errors: ErrorObject[]): ErrorObject {
  const composite = errors.filter((error) => COMPOSITE.has(error.keyword));
  const chosen = composite.at(-1) ?? errors[0];
  if (!chosen) throw new Error('Ajv failed without errors');
  return chosen;
}
