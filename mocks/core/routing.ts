/**
 * Routing: which requests are CreateFunction, and which account and region a request addresses.
 */

/** The only operation this emulator serves. */
export const CREATE_FUNCTION_PATH = '/2023-03-30/functions';

/** The account and region a request is scoped to. */
export interface Scope {
  accountId: string;
  regionId: string;
  /** The account's default resource group, when already known (saves recomputing it). */
  resourceGroupId?: string;
}

/**
 * Tells whether method and path are CreateFunction (a trailing slash is tolerated, query ignored).
 *
 * @example
 * isCreateFunction('POST', '/2023-03-30/functions'); // true
 */
export function isCreateFunction(method: string, pathname: string): boolean {
  return method === 'POST' && (pathname === CREATE_FUNCTION_PATH || pathname === `${CREATE_FUNCTION_PATH}/`);
}

const ACCOUNT_HOST = /^(\d+)\.([a-z0-9-]+?)(?:-internal)?\.fc\.aliyuncs\.com$/;
const GATEWAY_HOST = /^fcv3\.([a-z0-9-]+)\.aliyuncs\.com$/;
const REGIONAL_HOST = /^([a-z0-9-]+)\.fc\.aliyuncs\.com$/;

/**
 * Reads account and region from a real FC host name (reference A.2), falling back to defaults.
 *
 * @example
 * scopeFromHost('1234.cn-hangzhou.fc.aliyuncs.com', defaults); // { accountId: '1234', regionId: 'cn-hangzhou' }
 */
export function scopeFromHost(hostname: string, defaults: Scope): Scope {
  const host = hostname.toLowerCase();
  const account = ACCOUNT_HOST.exec(host);
  if (account?.[1] && account[2]) return { accountId: account[1], regionId: account[2] };
  const gateway = GATEWAY_HOST.exec(host) ?? REGIONAL_HOST.exec(host);
  if (gateway?.[1]) return { ...defaults, regionId: gateway[1] };
  return defaults;
}
