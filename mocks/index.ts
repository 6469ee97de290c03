/**
 * fc3-testkit: a stateful emulator of Alibaba Cloud Function Compute 3.0 CreateFunction.
 *
 * @example
 * import { createEmulator } from 'fc3-testkit';
 * const emulator = createEmulator({ seed: 1 });
 */
export { assertEmulator, createEmulator } from './core/emulator.ts';
export { type CatalogueEntry, errorCatalogue, Fc3TestkitError, type FcErrorCode } from './core/errors.ts';
export { CREATE_FUNCTION_PATH } from './core/routing.ts';
export { type RuleSpec, ruleCatalogue } from './core/rule-catalogue.ts';
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
  FaultPolicy,
  FcErrorBody,
  FcFunction,
  FcTrigger,
  JournalEntry,
  Latency,
  UpdateTriggerInput,
  WireRequest,
  WireResponse,
} from './core/types.ts';
export { type DefaultExport, defaultExport } from './interop.ts';
