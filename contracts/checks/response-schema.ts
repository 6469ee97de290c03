/**
 * `responseSchema`: a success body validates against the spec's `Function` schema, a listing
 * against `ListFunctionsOutput` (Ajv, compiled once from the generated spec document).
 */

import type { ValidateFunction } from 'ajv/dist/2020.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { specDocument } from '../../generated/spec-document.ts';
import type { ContractCheck } from './check.ts';
import { failure, isSuccessCase } from './check.ts';

// Compiled on first use and then shared: a compiled validator is immutable.
const compiled = new Map<string, ValidateFunction>();
let ajv: Ajv2020 | undefined;

function validator(schema: 'Function' | 'ListFunctionsOutput'): ValidateFunction {
  const known = compiled.get(schema);
  if (known) return known;
  if (!ajv) {
    // multipleOfPrecision as the emulator's validator: cpu 0.15 is a multiple of 0.05.
    ajv = new Ajv2020({ strict: false, allErrors: true, multipleOfPrecision: 9 });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    ajv.addSchema({
      $id: 'fc3-contract://spec',
      components: (specDocument as { components: unknown }).components,
    });
  }
  const validate = ajv.getSchema(`fc3-contract://spec#/components/schemas/${schema}`);
  if (!validate) throw new Error(`spec has no ${schema} schema`);
  compiled.set(schema, validate);
  return validate;
}

/**
 * Fails with one entry per schema violation of a success body: a `Function`, or for a listing a
 * `ListFunctionsOutput` (each page).
 *
 * @example
 * responseSchemaCheck.run(input);
 */
export const responseSchemaCheck: ContractCheck = {
  name: 'responseSchema',
  applies: (c) => isSuccessCase(c) || c.expect.listed !== undefined,
  run({ contractCase, json, exchange, pages }) {
    const listing = contractCase.expect.listed !== undefined;
    const validate = validator(listing ? 'ListFunctionsOutput' : 'Function');
    const answers = listing && pages ? pages : [exchange];
    return answers.flatMap((answer, page) => {
      const body = answer === exchange ? json : parseJson(answer.response.body);
      if (answer.response.status !== 200 || body === undefined || validate(body)) return [];
      const where = answers.length > 1 ? ` (page ${page + 1})` : '';
      return (validate.errors ?? []).slice(0, 10).map((error) =>
        failure('responseSchema', {
          message: `body${error.instancePath || ''} ${error.message ?? 'is invalid'}${where}`,
          received: error.data ?? error.params,
          documented: error.schemaPath,
          reference: listing ? 'lifecycle E.2' : 'D.2',
        }),
      );
    });
  },
};

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
