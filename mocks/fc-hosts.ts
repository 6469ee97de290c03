/**
 * Which origins the drop-in adapters (MSW, nock) claim: every real FC 3.0 host form (reference
 * A.2, the same forms `mocks/core/routing.ts` reads account and region from), the OSS host forms
 * a deploy tool uploads code to (T.8, ADR 023), plus the caller's `baseUrl`s. Shared by both
 * adapters so they can never disagree about what is "FC".
 */
import { Fc3TestkitError } from './core/errors.ts';

/** `<account>.<region>[-internal].fc.aliyuncs.com`, `<region>.fc.aliyuncs.com`, `fcv3.<region>.aliyuncs.com`. */
const FC_HOST = String.raw`(?:(?:\d+\.)?[a-z0-9-]+\.fc|fcv3\.[a-z0-9-]+)\.aliyuncs\.com`;

/** `<bucket>.oss-<region>[-internal].aliyuncs.com`, `oss-accelerate.aliyuncs.com`, `oss-<region>.aliyuncs.com`. */
const OSS_HOST = String.raw`(?:[a-z0-9][a-z0-9-]*\.)?oss(?:-[a-z0-9-]+)?\.aliyuncs\.com`;

/** One origin the adapters answer for, as regular-expression sources. */
export interface FcOrigin {
  protocol: 'http' | 'https';
  /** Matches `host` or `host:port` exactly (no anchors). */
  authority: string;
  /** Human-readable form for messages and `pendingMocks()`. */
  label: string;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function parseBaseUrl(baseUrl: unknown): FcOrigin {
  const fail = (why: string): never => {
    throw new Fc3TestkitError(
      `baseUrl ${JSON.stringify(baseUrl)} ${why}; use an origin like 'http://127.0.0.1:9000'`,
    );
  };
  if (typeof baseUrl !== 'string') return fail('is not a string');
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return fail('is not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') fail('must use http: or https:');
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    // The SDK's endpoint is host[:port] only: FC answers at the root, never under a path prefix.
    fail('must be an origin without path, query or credentials');
  }
  const protocol = url.protocol === 'https:' ? 'https' : 'http';
  const defaultPort = protocol === 'https' ? '443' : '80';
  const port = url.port ? `:${url.port}` : `(?::${defaultPort})?`;
  return { protocol, authority: `${escapeRegExp(url.hostname)}${port}`, label: url.origin };
}

/**
 * The origins to intercept: both protocols of every real FC and OSS host form, then each `baseUrl`.
 *
 * @example
 * fcOrigins('http://127.0.0.1:9000').at(-1)?.label; // 'http://127.0.0.1:9000'
 */
export function fcOrigins(baseUrl: string | readonly string[] | undefined): FcOrigin[] {
  const extra = baseUrl === undefined ? [] : Array.isArray(baseUrl) ? baseUrl : [baseUrl];
  const real = (['https', 'http'] as const).flatMap((protocol) => [
    { protocol, authority: `${FC_HOST}(?::\\d+)?`, label: `${protocol}://*.aliyuncs.com (FC 3.0 endpoints)` },
    {
      protocol,
      authority: `${OSS_HOST}(?::\\d+)?`,
      label: `${protocol}://*.oss-*.aliyuncs.com (OSS code upload)`,
    },
  ]);
  return [...real, ...extra.map(parseBaseUrl)];
}

/**
 * One regular expression for full URLs (`scheme://authority/path`, no query) on any of `origins`
 * whose path matches `pathPattern` (a regular-expression source).
 *
 * @example
 * urlPattern(fcOrigins(undefined), '/.*').test('https://fcv3.cn-hangzhou.aliyuncs.com/x'); // true
 */
export function urlPattern(origins: readonly FcOrigin[], pathPattern: string): RegExp {
  const alternatives = origins.map((origin) => `${origin.protocol}://${origin.authority}`);
  return new RegExp(`^(?:${alternatives.join('|')})(?:${pathPattern})$`, 'i');
}

/**
 * A regular expression for nock's scope key `scheme://host:port` of one origin.
 *
 * @example
 * originPattern(fcOrigins('http://127.0.0.1:9000')[4]!).test('http://127.0.0.1:9000'); // true
 */
export function originPattern(origin: FcOrigin): RegExp {
  return new RegExp(`^${origin.protocol}://${origin.authority}$`, 'i');
}
