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
 * The path of a request URL (absolute, or origin-form `/…`) exactly as sent, without the query
 * and fragment. Unlike `new URL(…).pathname` it resolves no `.` or `..` segments (plain or
 * percent-encoded) and turns no `\` into `/`: `/functions/f/triggers/..` names a trigger `..`
 * (refused by its name rule), it never addresses the function `f`.
 *
 * @example
 * rawPath('http://127.0.0.1:9000/2023-03-30/functions/f/triggers/..?x=1'); // '/2023-03-30/functions/f/triggers/..'
 */
export function rawPath(url: string): string {
  let start = 0;
  if (!url.startsWith('/')) {
    const scheme = url.indexOf('://');
    if (scheme < 0) return '/';
    const authorityEnd = url.slice(scheme + 3).search(/[/?#]/);
    if (authorityEnd < 0 || url[scheme + 3 + authorityEnd] !== '/') return '/';
    start = scheme + 3 + authorityEnd;
  }
  const end = url.slice(start).search(/[?#]/);
  return end < 0 ? url.slice(start) : url.slice(start, start + end);
}

/**
 * The segments of a path, one trailing slash tolerated (undocumented; we chose to be lenient).
 *
 * @example
 * splitPath('/2023-03-30/functions/'); // ['', '2023-03-30', 'functions']
 */
export function splitPath(pathname: string): string[] {
  return (pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname).split('/');
}

/**
 * Matches path segments against a template's; `{name}` matches one non-empty segment.
 *
 * @example
 * matchSegments('/2023-03-30/functions/{functionName}'.split('/'), splitPath('/2023-03-30/functions/f%2A')); // { functionName: 'f%2A' }
 */
export function matchSegments(
  template: readonly string[],
  segments: readonly string[],
): RawParams | undefined {
  if (template.length !== segments.length) return undefined;
  const params: RawParams = {};
  for (let i = 0; i < template.length; i++) {
    const pattern = template[i] as string;
    const segment = segments[i] as string;
    if (pattern.startsWith('{')) {
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
  if (!host.endsWith('.aliyuncs.com')) return defaults; // 127.0.0.1 and other local hosts
  const account = ACCOUNT_HOST.exec(host);
  if (account?.[1] && account[2]) return { accountId: account[1], regionId: account[2] };
  const gateway = GATEWAY_HOST.exec(host) ?? REGIONAL_HOST.exec(host);
  if (gateway?.[1]) return { ...defaults, regionId: gateway[1] };
  return defaults;
}
