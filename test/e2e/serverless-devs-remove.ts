/**
 * The last step of Serverless Devs' `s remove` (lifecycle H.2; devsapp/fc3 @4ca1c1b
 * `removeFunctionWithRetry`): DeleteFunction, retried only while FC says a provision or resident
 * scaling config still holds the function. Up to 25 more tries, 2 s apart; before the 5th retry
 * (the 6th DeleteFunction) invocations are disabled. Any other error ends the remove at once.
 */
import * as fc from '@alicloud/fc20230330';
import type { DevsIo } from './serverless-devs.ts';

/** How many times devsapp tries again after the first refused delete, and when it disables invocation. */
export const REMOVE_RETRY = { retries: 25, intervalMs: 2000, disableBeforeRetry: 5 } as const;

/** The body devsapp sends to `POST …/invoke/disable` before its 5th retry. */
export const DISABLE_BODY = { reason: 'functionai-delete', abortOngoingRequest: true } as const;

const PROVISION_CODES: readonly string[] = ['ProvisionConfigExist', 'ResidentScalingConfigExists'];

/**
 * devsapp's `isProvisionConfigError(error)`: one of the two codes, or a 400 whose message holds
 * "Function '<name>' has been bound to resident source pool". `s remove` calls it without the
 * function name, so the name it looks for is '' (a devsapp quirk kept on purpose: FC wording that
 * names the function ends the remove like any other 400).
 */
export function isProvisionConfigError(error: unknown, functionName = ''): boolean {
  const { code, statusCode, message } = (error ?? {}) as {
    code?: string;
    statusCode?: number;
    message?: string;
  };
  if (code !== undefined && PROVISION_CODES.includes(code)) return true;
  const bound = `Function '${functionName}' has been bound to resident source pool`;
  return statusCode === 400 && typeof message === 'string' && message.includes(bound);
}

type RemoveIo = Pick<DevsIo, 'client' | 'wait'>;

/** One DeleteFunction: true when it went through, false when a retryable error came back. */
async function tryDelete(io: RemoveIo, name: string): Promise<boolean> {
  try {
    await io.client.deleteFunction(name);
    return true;
  } catch (error) {
    if (!isProvisionConfigError(error)) throw error;
    return false;
  }
}

/** devsapp logs a failed disable and goes on deleting. */
async function disableInvocation(io: RemoveIo, name: string): Promise<void> {
  try {
    await io.client.disableFunctionInvocation(name, new fc.DisableFunctionInvocationRequest(DISABLE_BODY));
  } catch {
    // devsapp: "disabling must not stop the delete"
  }
}

/**
 * DeleteFunction with devsapp's retry (H.2); waits go through `io.wait`, so a test never sleeps.
 *
 * @example
 * await deleteFunctionWithRetry(io, 'web'); // throws the first non-retryable error, or after 25 retries
 */
export async function deleteFunctionWithRetry(io: RemoveIo, name: string): Promise<void> {
  if (await tryDelete(io, name)) return;
  for (let retry = 1; retry <= REMOVE_RETRY.retries; retry++) {
    if (retry === REMOVE_RETRY.disableBeforeRetry) await disableInvocation(io, name);
    await io.wait(REMOVE_RETRY.intervalMs);
    if (await tryDelete(io, name)) return;
  }
  throw new Error(`Failed to remove function ${name} after ${REMOVE_RETRY.retries} retries`);
}
