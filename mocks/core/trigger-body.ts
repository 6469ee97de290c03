/**
 * The one writer of the `Trigger` body (lifecycle I.4, reference "Triggers and tags" T.2, T.3):
 * the stored fields, the function's ARN as `targetArn`, `status: OK`, and for `http` triggers the
 * two addresses in FC's `fcapp.run` form. Keys in alphabetical order, like the SDK model.
 */
import { type FunctionRecord, functionArn } from './function-record.ts';
import type { TriggerRecord } from './trigger-record.ts';
import type { FcTrigger } from './types.ts';

/** A DNS label from a function name: lowercase, `_` as `-`, short enough for the token (inferred). */
function hostLabel(functionName: string): string {
  return functionName.toLowerCase().replace(/_/g, '-').slice(0, 52).replace(/-+$/, '');
}

/**
 * The addresses of an `http` trigger: `https://<name>-<token>.<region>.fcapp.run` and the same
 * with `<region>-vpc` (T.3; the documented sample's form, label inferred).
 *
 * @example
 * httpTriggerUrls({ functionName: 'web', scope }, 'abcdefghij').urlInternet; // 'https://web-abcdefghij.cn-hangzhou.fcapp.run'
 */
export function httpTriggerUrls(
  fn: Pick<FunctionRecord, 'functionName' | 'scope'>,
  token: string,
): { urlInternet: string; urlIntranet: string } {
  const label = `${hostLabel(fn.functionName) || 'fn'}-${token}`;
  const region = fn.scope.regionId;
  return {
    urlInternet: `https://${label}.${region}.fcapp.run`,
    urlIntranet: `https://${label}.${region}-vpc.fcapp.run`,
  };
}

/**
 * The `Trigger` body of a stored trigger of `fn`; keys with no value are `undefined` (JSON leaves
 * them out).
 *
 * @example
 * JSON.stringify(triggerBody(fn, trigger)); // what GetTrigger answers
 */
export function triggerBody(fn: FunctionRecord, trigger: TriggerRecord): FcTrigger {
  const body: Required<FcTrigger> = {
    createdTime: trigger.createdTime,
    description: trigger.description,
    httpTrigger: (trigger.triggerType === 'http'
      ? httpTriggerUrls(fn, trigger.urlToken)
      : undefined) as never,
    invocationRole: trigger.invocationRole as never,
    lastModifiedTime: trigger.lastModifiedTime,
    qualifier: trigger.qualifier,
    sourceArn: trigger.sourceArn as never,
    status: 'OK',
    targetArn: functionArn(fn.scope, fn.functionName),
    triggerConfig: trigger.triggerConfig,
    triggerId: trigger.triggerId,
    triggerName: trigger.triggerName,
    triggerType: trigger.triggerType,
  };
  return body;
}
