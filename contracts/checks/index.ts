/**
 * Every contract check, in the order they run.
 */
import { answerBodyCheck } from './answer-body.ts';
import type { ContractCheck } from './check.ts';
import { compareCheck } from './compare.ts';
import { computedFieldsCheck } from './computed-fields.ts';
import { contentTypeCheck } from './content-type.ts';
import { defaultsCheck } from './defaults.ts';
import { downloadCheck } from './download.ts';
import { echoCheck } from './echo.ts';
import { envelopeCheck } from './envelope.ts';
import { errorCodeCheck } from './error-code.ts';
import { errorMessageCheck } from './error-message.ts';
import { listingCheck } from './listing.ts';
import { maskingCheck } from './masking.ts';
import { noContentCheck } from './no-content.ts';
import { requestIdCheck } from './request-id.ts';
import { responseSchemaCheck } from './response-schema.ts';
import { sampleConformanceCheck } from './sample-conformance.ts';
import { statesCheck } from './states.ts';
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
  errorMessageCheck,
  responseSchemaCheck,
  sampleConformanceCheck,
  echoCheck,
  maskingCheck,
  defaultsCheck,
  computedFieldsCheck,
  compareCheck,
  statesCheck,
  listingCheck,
  noContentCheck,
  answerBodyCheck,
  downloadCheck,
];

export type { CheckInput, ContractCheck } from './check.ts';
export {
  answerBodyCheck,
  compareCheck,
  computedFieldsCheck,
  contentTypeCheck,
  defaultsCheck,
  downloadCheck,
  echoCheck,
  envelopeCheck,
  errorCodeCheck,
  errorMessageCheck,
  listingCheck,
  maskingCheck,
  noContentCheck,
  requestIdCheck,
  responseSchemaCheck,
  sampleConformanceCheck,
  statesCheck,
  statusCheck,
};
