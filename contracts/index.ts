/**
 * `fc3-testkit/contracts`: the contract suite for the FC 3.0 function resource (CreateFunction,
 * GetFunction, UpdateFunction, DeleteFunction, ListFunctions, the state lifecycle) — cases that cite the
 * documentation, checks, targets (any URL, in-process, MSW, nock), client mode and reporters.
 *
 * @example
 * import { httpTarget, runContractSuite, formatConsoleReport } from 'fc3-testkit/contracts';
 * const report = await runContractSuite(httpTarget({ baseUrl: 'http://127.0.0.1:9000' }));
 * console.log(formatConsoleReport(report));
 */
// First: on an unsupported Node this throws one clear error before anything else loads.
import '../mocks/node-check.ts';

export {
  type BuildCasesOptions,
  buildCases,
  createNaming,
  DEFAULT_GENERATED,
  newRunId,
} from './cases/index.ts';
export type { CheckInput, ContractCheck } from './checks/index.ts';
export { contractChecks } from './checks/index.ts';
export { type ClientScenario, clientScenarios, type DriveContext } from './client/scenarios.ts';
export type {
  ClientAdapter,
  ClientEndpoint,
  ClientOperation,
  ClientOutcome,
  ListQuery,
  SurfacedError,
} from './client/types.ts';
export { type VerifyClientOptions, verifyClient } from './client/verify-client.ts';
export { type OfficialSdkOptions, officialSdkAdapter } from './clients/official-sdk.ts';
export {
  consoleProgress,
  escapeXml,
  formatConsoleReport,
  formatJson,
  formatJunit,
  formatMarkdown,
  formatReport,
  formatScorecard,
  type ReporterName,
  reporterNames,
} from './reporters/index.ts';
export { type Credentials, prepareRequest } from './run/prepare-request.ts';
export { curlCommand, formatExchange } from './run/reproducer.ts';
export { runContractSuite, type SuiteOptions } from './run/runner.ts';
export {
  AnswerLimitError,
  type AnswerLimits,
  DEFAULT_ANSWER_BUDGET_MS,
  DEFAULT_MAX_ANSWER_BYTES,
  TransportError,
} from './run/transport-error.ts';
export { type EmulatorTargetOptions, emulatorTarget, type FetchHandler } from './targets/emulator.ts';
export { type HttpTargetOptions, httpTarget } from './targets/http.ts';
export { type MswTargetOptions, mswTarget } from './targets/msw.ts';
export { type NockTargetOptions, nockTarget } from './targets/nock.ts';
export type * from './types.ts';
export { type DefineSuiteOptions, defineContractSuite, type TargetSource, type TestApi } from './vitest.ts';
