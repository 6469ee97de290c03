/**
 * fc3-testkit: a stateful emulator of the Alibaba Cloud Function Compute 3.0 function resource
 * (CreateFunction, GetFunction, UpdateFunction, DeleteFunction, ListFunctions).
 *
 * @example
 * import { createEmulator } from 'fc3-testkit';
 * const emulator = createEmulator({ seed: 1 });
 */
export {
  type Cassette,
  type CassetteBody,
  type CassetteEntry,
  isCassette,
  parseCassette,
} from './cassette/cassette.ts';
export {
  type CassetteEmulator,
  cassetteEmulator,
  type UnmatchedRequest,
} from './cassette/cassette-emulator.ts';
export { assertEmulator, createEmulator } from './core/emulator.ts';
export { type CatalogueEntry, errorCatalogue, Fc3TestkitError, type FcErrorCode } from './core/errors.ts';
export { OPERATION_NAMES } from './core/operation-names.ts';
export { CREATE_FUNCTION_PATH } from './core/routing.ts';
export { operationRules, type RuleSpec, ruleCatalogue } from './core/rule-catalogue.ts';
export type {
  CallFilter,
  CallOutcome,
  Clock,
  Codecs,
  CreateFunctionInput,
  CreateTriggerInput,
  Emulator,
  EmulatorOptions,
  FailNextOptions,
  FailPreparationOptions,
  FaultPolicy,
  FaultScope,
  FcErrorBody,
  FcFunction,
  FcTag,
  FcTrigger,
  JournalEntry,
  Latency,
  ListFunctionsOutput,
  OperationName,
  UpdateFunctionInput,
  UpdateTriggerInput,
  WireRequest,
  WireResponse,
} from './core/types.ts';
export { type DefaultExport, defaultExport } from './interop.ts';
