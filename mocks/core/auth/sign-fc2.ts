/**
 * Client-side FC 2.0 signing for our tests and the contract suite: the request `@alicloud/fc2`
 * sends for `GET /2016-08-15/tempBucketToken` (T.7), built with the verifier's string to sign so
 * the two cannot drift apart (the verifier itself is tested against `@alicloud/fc2`'s signer).
 */
import { utf8 } from '../sha256.ts';
import type { WireRequest } from '../types.ts';
import { splitUrl } from './canonical-request.ts';
import { formatHttpDate } from './http-date.ts';
import { applyOverrides, type SignOptions } from './sign-options.ts';
import { fc2Signature, fc2StringToSign } from './verify-fc2.ts';

/** Options of {@link signFc2}: an account id for `x-fc-account-id` besides the common ones. */
export interface SignFc2Options extends SignOptions {
  /** `x-fc-account-id` (default `1234567890123456`). */
  accountId?: string;
}

/**
 * Signs a request with the FC 2.0 scheme (`Authorization: FC <AccessKeyId>:<signature>`).
 *
 * @example
 * const wire = signFc2({ url: 'http://127.0.0.1:9000/2016-08-15/tempBucketToken', method: 'GET',
 *   accessKeyId: 'testAK', accessKeySecret: 'testSecret' });
 */
export function signFc2(options: SignFc2Options): WireRequest & { stringToSign: string } {
  const method = options.method ?? 'GET';
  const { path, authority } = splitUrl(options.url);
  const headers: Record<string, string> = {
    accept: 'application/json',
    date: typeof options.date === 'string' ? options.date : formatHttpDate(options.date ?? new Date()),
    host: authority.replace(/:\d+$/, ''),
    'x-fc-account-id': options.accountId ?? '1234567890123456',
  };
  if (options.securityToken) headers['x-fc-security-token'] = options.securityToken;
  applyOverrides(headers, options.headers);
  const stringToSign = fc2StringToSign({ method, path, headers });
  headers.authorization = `FC ${options.accessKeyId}:${fc2Signature(stringToSign, options.accessKeySecret)}`;
  return { method, url: options.url, headers, body: utf8(options.body ?? new Uint8Array(0)), stringToSign };
}
