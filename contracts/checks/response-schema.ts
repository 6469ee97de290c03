/**
 * `responseSchema`: a success body validates against the spec's `Function` schema (Ajv, compiled
 * once from the generated spec document).
 */

import type { ValidateFunction } from 'ajv/dist/2020.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { specDocument } from '../../generated/spec-document.ts';
import type { ContractCheck } from './check.ts';
import { failure, isSuccessCase } from './check.ts';

// Compiled on first use and then shared: a compiled validator is immutable.
let compiled: ValidateFunction | undefined;

function functionValidator(): ValidateFunction {
  if (compiled) return compiled;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addSchema({
    $id: 'fc3-contract://spec',
    components: (specDocument as { components: unknown }).components,
  });
  const validate = ajv.getSchema('fc3-contract://spec#/components/schemas/Function');
  if (!validate) throw new Error('spec has no Function schema');
  compiled = validate;
  return validate;
}

/**
 * Fails with one entry per schema violation of a success body.
 *
 * @example
 * responseSchemaCheck.run(input);
 */
export const responseSchemaCheck: ContractCheck = {
  name: 'responseSchema',
  applies: isSuccessCase,
  run({ json, exchange }) {
    if (exchange.response.status !== 200 || json === undefined) return [];
    const validate = functionValidator();
    if (validate(json)) return [];
    return (validate.errors ?? []).slice(0, 10).map((error) =>
      failure('responseSchema', {
        message: `body${error.instancePath || ''} ${error.message ?? 'is invalid'}`,
        received: error.data ?? error.params,
        documented: error.schemaPath,
        reference: 'D.2',
      }),
    );
  },
};
