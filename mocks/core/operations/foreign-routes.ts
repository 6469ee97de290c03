/**
 * The second, small route table (ADR 023): rows that are not FC 3.0 paths of the spec, matched
 * on the host and headers as well as the path, before the FC 3.0 table. The FC 2.0
 * `tempBucketToken` call (any host: Serverless Devs sends it to its custom endpoint) and the OSS
 * receiver: `PUT /<key>` on a bucket host `<bucket>.oss[-<region>].aliyuncs.com` (what `ali-oss`
 * sends to an IP endpoint, T.8), or path style `PUT /<bucket>/<key>` on an OSS host or with OSS
 * headers. And the emulator's code download behind GetFunctionCode's `url` (ADR 038):
 * `GET` (or `HEAD`) `/fc3-testkit/code/…` on any host.
 */
import { rawPath, splitPath } from '../routing.ts';
import type { WireRequest } from '../types.ts';
import { downloadFunctionCode } from './download-function-code.ts';
import { CODE_PATH } from './get-function-code.ts';
import type { Operation } from './operation.ts';
import { putObject } from './put-object.ts';
import { getTempBucketToken } from './temp-bucket-token.ts';

/** The rows of this table, for the operation list. */
export const foreignOperations: readonly Operation[] = [getTempBucketToken, putObject, downloadFunctionCode];

const CODE_PREFIX = `${CODE_PATH}/`;

// Any first label: a bucket name OSS refuses is PutObject's `InvalidBucketName`, not an FC 3.0 path.
const BUCKET_HOST = /^([^.]+)\.oss(?:-[a-z0-9-]+)?\.aliyuncs\.com$/;
const OSS_HOST = /^oss(?:-[a-z0-9-]+)?\.aliyuncs\.com$/;

function looksLikeOss(headers: Record<string, string>): boolean {
  return headers['x-oss-date'] !== undefined || /^OSS4?[- ]/.test(headers.authorization ?? '');
}

/** A routed foreign request: the row and its raw (still percent-encoded) parameters. */
export interface ForeignRoute {
  operation: Operation;
  rawParams: Record<string, string>;
}

/** What the foreign table looks at: the method, the host name, the raw path and the headers. */
export interface ForeignTarget {
  method: string;
  hostname: string;
  /** As sent (see `rawPath`). */
  path: string;
  headers: Record<string, string>;
}

/**
 * The target of a request for this table: its method, headers and path as sent, with the host
 * name the caller read (from the request URL, or from the `Host` the client addressed).
 *
 * @example
 * foreignTarget({ method: 'PUT', url: 'http://127.0.0.1/1/a.zip', headers: {} }, 'b1.oss-cn-hangzhou.aliyuncs.com').path; // '/1/a.zip'
 */
export function foreignTarget(
  request: Pick<WireRequest, 'method' | 'url' | 'headers'>,
  hostname: string,
): ForeignTarget {
  return { method: request.method, hostname, path: rawPath(request.url), headers: request.headers };
}

const isTokenPath = (segments: readonly string[]): boolean =>
  segments.length === 3 && segments[1] === '2016-08-15' && segments[2] === 'tempBucketToken';

/**
 * The protocol a request speaks when it is not FC 3.0, whether or not a row serves it: FC 2.0 for
 * the token path (any method), OSS for a bucket or OSS host or OSS headers. An unserved request of
 * these protocols is answered in that protocol's error form (ADR 023). Other `/2016-08-15/…`
 * paths stay FC 3.0's `PathNotSupported` (contract case `protocol.wrong-path.fc2-version`).
 *
 * @example
 * foreignProtocol({ method: 'GET', hostname: 'b1.oss-cn-hangzhou.aliyuncs.com', path: '/1/a.zip', headers: {} }); // 'oss'
 */
export function foreignProtocol(target: ForeignTarget): 'fc2' | 'oss' | undefined {
  if (isTokenPath(splitPath(target.path))) return 'fc2';
  const host = target.hostname.toLowerCase();
  if (BUCKET_HOST.test(host) || OSS_HOST.test(host) || looksLikeOss(target.headers)) return 'oss';
  return undefined;
}

/**
 * Finds a foreign row for a request; undefined sends it on to the FC 3.0 table.
 *
 * @example
 * findForeignRoute({ method: 'PUT', hostname: 'b1.oss-cn-hangzhou.aliyuncs.com', path: '/1/a.zip', headers: {} })?.rawParams; // { bucket: 'b1', key: '1/a.zip' }
 */
export function findForeignRoute(target: ForeignTarget): ForeignRoute | undefined {
  const { method, path } = target;
  if (method === 'GET' && isTokenPath(splitPath(path))) {
    return { operation: getTempBucketToken, rawParams: {} };
  }
  // HEAD is the same row (ADR 038 addendum): the dispatcher answers it as GET without the body.
  if ((method === 'GET' || method === 'HEAD') && path.startsWith(CODE_PREFIX)) {
    const rest = path.slice(CODE_PREFIX.length);
    // Split as sent, before decoding: an encoded slash stays inside its segment, as in FC paths.
    const [name = '', version = '', file = '', ...more] = rest.split('/');
    const rawParams: Record<string, string> = more.length === 0 ? { rest, name, version, file } : { rest };
    return { operation: downloadFunctionCode, rawParams };
  }
  if (method !== 'PUT' || foreignProtocol(target) !== 'oss') return undefined;
  const bucket = BUCKET_HOST.exec(target.hostname.toLowerCase())?.[1];
  if (bucket) return { operation: putObject, rawParams: { bucket, key: path.slice(1) } };
  const [, first = '', ...rest] = path.split('/');
  return { operation: putObject, rawParams: { bucket: first, key: rest.join('/') } };
}

/**
 * Whether a request is an upload to the OSS receiver (a row that takes bytes, routed as
 * `dispatch` routes it): the Node server has such a large body measured, not parsed, in its
 * digest worker (ADR 028).
 *
 * @example
 * isUploadRequest({ method: 'PUT', url: 'http://b1.oss-cn-hangzhou.aliyuncs.com/a.zip', headers: {} }); // true
 */
export function isUploadRequest(wire: Pick<WireRequest, 'method' | 'url' | 'headers'>): boolean {
  let url: URL;
  try {
    url = new URL(wire.url);
  } catch {
    return false; // not a URL: answered as an unknown path
  }
  return findForeignRoute(foreignTarget(wire, url.hostname))?.operation.body === 'bytes';
}
