/**
 * The names of the operations the emulator serves (the spec's `operationId`s), for option checks
 * and filters; test/core/operations.test.ts holds the operation table to this list.
 */
import type { OperationName } from './types.ts';

/**
 * Every operation name, in the order of the operation table.
 *
 * @example
 * OPERATION_NAMES.includes('GetFunction'); // true
 */
export const OPERATION_NAMES: readonly OperationName[] = [
  'CreateFunction',
  'ListFunctions',
  'GetFunction',
  'GetFunctionCode',
  'UpdateFunction',
  'DeleteFunction',
  'CreateTrigger',
  'ListTriggers',
  'GetTrigger',
  'UpdateTrigger',
  'DeleteTrigger',
  'TagResources',
  'UntagResources',
  'ChangeResourceGroup',
  'DisableFunctionInvocation',
  'EnableFunctionInvocation',
  'PublishFunctionVersion',
  'ListFunctionVersions',
  'DeleteFunctionVersion',
  'CreateAlias',
  'ListAliases',
  'GetAlias',
  'UpdateAlias',
  'DeleteAlias',
  'GetAsyncInvokeConfig',
  'GetConcurrencyConfig',
  'GetScalingConfig',
  'GetProvisionConfig',
  'ListVpcBindings',
  'ListAsyncInvokeConfigs',
  'ListScalingConfigs',
  'GetTempBucketToken',
  'PutObject',
  'DownloadFunctionCode',
];
