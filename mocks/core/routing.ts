/**
 * Routing: which operation a method and path address (spec path templates such as
 * `/2023-03-30/functions/{functionName}`), and which account and region a host addresses.
 */

/** The CreateFunction / ListFunctions path. */
export const CREATE_FUNCTION_PATH = '/2023-03-30/functions';

/** The account and region a request is scoped to. */
export interface Scope {
  accountId: string;
  regionId: string;
  /** The account's default resource group, when already known (saves recomputing it). */
  resourceGroupId?: string;
}

/** What a route match found: the template's parameters, still percent-encoded. */
export type RawParams = Record<string, string>;

/**
 * Matches a path against a template; `{name}` matches one non-empty segment. One trailing slash
 * is tolerated (undocumented; we chose to be lenient). The query must already be removed.
 *
 * @example
 * matchPath('/2023-03-30/functions/{functionName}', '/2023-03-30/functions/f%2A'); // { functionName: 'f%2A' }
 */
export function matchPath(template: string, pathname: string): RawParams | undefined {
  const path = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  const want = template.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: RawParams = {};
  for (let i = 0; i < want.length; i++) {
    const pattern = want[i] as string;
    const segment = got[i] as string;
    if (pattern.startsWith('{') && pattern.endsWith('}')) {
      if (segment === '') return undefined;
      params[pattern.slice(1, -1)] = segment;
    } else if (pattern !== segment) return undefined;
  }
  return params;
}

/**
 * Decodes a path parameter as the SDK encodes it (percent-encoding, lifecycle A.2); undefined when
 * the encoding is broken.
 *
 * @example
 * decodeParam('a%20b'); // 'a b'
 */
export function decodeParam(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
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
