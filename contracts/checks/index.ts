/**
 * Every contract check, in the order they run.
 */
import type { ContractCheck } from './check.ts';
import { computedFieldsCheck } from './computed-fields.ts';
import { contentTypeCheck } from './content-type.ts';
import { defaultsCheck } from './defaults.ts';
import { echoCheck } from './echo.ts';
import { envelopeCheck } from './envelope.ts';
import { errorCodeCheck } from './error-code.ts';
import { maskingCheck } from './masking.ts';
import { requestIdCheck } from './request-id.ts';
import { responseSchemaCheck } from './response-schema.ts';
import { sampleConformanceCheck } from './sample-conformance.ts';
import { statusCheck } from './status.ts';

/**
 * The checks, in running order.
 *
 * @example
 * contractChecks.map((check) => check.name); // ['status', 'contentType', …]
 */
export const contractChecks: readonly ContractCheck[] = [
  statusCheck,
  contentTypeCheck,
  requestIdCheck,
  envelopeCheck,
  errorCodeCheck,
  responseSchemaCheck,
  sampleConformanceCheck,
  echoCheck,
  maskingCheck,
  defaultsCheck,
  computedFieldsCheck,
];

export type { CheckInput, ContractCheck } from './check.ts';
export {
  computedFieldsCheck,
  contentTypeCheck,
  defaultsCheck,
  echoCheck,
  envelopeCheck,
  errorCodeCheck,
  maskingCheck,
  requestIdCheck,
  responseSchemaCheck,
  sampleConformanceCheck,
  statusCheck,
};
