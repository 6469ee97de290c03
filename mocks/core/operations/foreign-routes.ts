/**
 * The second, small route table (ADR 023): rows that are not FC 3.0 paths of the spec, matched
 * on the host and headers as well as the path, before the FC 3.0 table. The FC 2.0
 * `tempBucketToken` call (any host: Serverless Devs sends it to its custom endpoint) and the OSS
 * receiver: `PUT /<key>` on a bucket host `<bucket>.oss[-<region>].aliyuncs.com` (what `ali-oss`
 * sends to an IP endpoint, T.8), or path style `PUT /<bucket>/<key>` on an OSS host or with OSS
 * headers.
 */
import { splitPath } from '../routing.ts';
import type { WireRequest } from '../types.ts';
import type { Operation } from './operation.ts';
import { putObject } from './put-object.ts';
import { getTempBucketToken } from './temp-bucket-token.ts';

/** The rows of this table, for the operation list. */
export const foreignOperations: readonly Operation[] = [getTempBucketToken, putObject];

const BUCKET_HOST = /^([a-z0-9][a-z0-9-]*)\.oss(?:-[a-z0-9-]+)?\.aliyuncs\.com$/;
const OSS_HOST = /^oss(?:-[a-z0-9-]+)?\.aliyuncs\.com$/;

function looksLikeOss(headers: Record<string, string>): boolean {
  return headers['x-oss-date'] !== undefined || /^OSS4?[- ]/.test(headers.authorization ?? '');
}

/** A routed foreign request: the row and its raw (still percent-encoded) parameters. */
export interface ForeignRoute {
  operation: Operation;
  rawParams: Record<string, string>;
}

/**
 * Finds a foreign row for a request; undefined sends it on to the FC 3.0 table.
 *
 * @example
 * findForeignRoute('PUT', new URL('http://b1.oss-cn-hangzhou.aliyuncs.com/1/a.zip'), {})?.rawParams; // { bucket: 'b1', key: '1/a.zip' }
 */
export function findForeignRoute(
  method: string,
  url: URL,
  headers: Record<string, string>,
): ForeignRoute | undefined {
  const segments = splitPath(url.pathname);
  if (
    method === 'GET' &&
    segments.length === 3 &&
    segments[1] === '2016-08-15' &&
    segments[2] === 'tempBucketToken'
  ) {
    return { operation: getTempBucketToken, rawParams: {} };
  }
  if (method !== 'PUT') return undefined;
  const host = url.hostname.toLowerCase();
  const bucket = BUCKET_HOST.exec(host)?.[1];
  if (bucket) return { operation: putObject, rawParams: { bucket, key: url.pathname.slice(1) } };
  if (!OSS_HOST.test(host) && !looksLikeOss(headers)) return undefined;
  const [, first = '', ...rest] = url.pathname.split('/');
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
  return findForeignRoute(wire.method, url, wire.headers)?.operation.body === 'bytes';
}
