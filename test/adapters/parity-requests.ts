/**
 * The request builders of the parity table (test/adapters/parity.test.ts): wire requests to the
 * open emulator (BASE_URL) and to the one that verifies signatures (AUTH_URL).
 */
import { createRequire } from 'node:module';
import { signAcs3 } from '../../mocks/core/auth/index.ts';
import type { WireRequest } from '../../mocks/index.ts';
import { minimalInput } from '../helpers/requests.ts';
import { BASE_URL } from './support.ts';

const FC2 = createRequire(import.meta.url)('@alicloud/fc2') as {
  getSignature(ak: string, sk: string, method: string, path: string, headers: Record<string, string>): string;
};
export const NOW = new Date('2024-01-01T00:00:00Z');
export const AUTH_URL = 'http://127.0.0.1:9001';
export const CREDENTIALS = { testAK: 'testSecret' };
export const PATH = '/2023-03-30/functions';
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export interface Case {
  name: string;
  request: WireRequest;
  /** `contentType` defaults to JSON (none for 204). */
  want: { status: number; code?: string; contentType?: string | undefined };
}

export function plain(url: string, body: Uint8Array | string, extra: Partial<WireRequest> = {}): WireRequest {
  const bytes = typeof body === 'string' ? utf8(body) : body;
  return { method: 'POST', url, headers: { 'content-type': 'application/json' }, body: bytes, ...extra };
}

export function json(url: string, input: unknown, headers: Record<string, string> = {}): WireRequest {
  return plain(url, JSON.stringify(input), { headers: { 'content-type': 'application/json', ...headers } });
}

export function signed(name: string, secret: string, nonce: string): WireRequest {
  const body = JSON.stringify(minimalInput({ functionName: name }));
  return signAcs3({
    url: `${AUTH_URL}${PATH}`,
    body,
    accessKeyId: 'testAK',
    accessKeySecret: secret,
    date: NOW,
    nonce,
  });
}

export const ok = { status: 200 };
export const bad = (code: string, status = 400) => ({ status, code });

export const FN = `${BASE_URL}${PATH}/p-ok`;
export const none = (method: string, url: string, headers: Record<string, string> = {}): WireRequest => ({
  method,
  url,
  headers,
  body: new Uint8Array(0),
});
export const put = (url: string, input: unknown): WireRequest => ({ ...json(url, input), method: 'PUT' });

export const FC2_DATE = 'Mon, 01 Jan 2024 00:00:00 GMT';
export const FC2_PATH = '/2016-08-15/tempBucketToken';

export function fc2Signed(secret: string): WireRequest {
  const headers = {
    accept: 'application/json',
    date: FC2_DATE,
    host: '127.0.0.1',
    'x-fc-account-id': '1234567890123456',
  };
  const authorization = FC2.getSignature('testAK', secret, 'GET', FC2_PATH, headers);
  return none('GET', `${AUTH_URL}${FC2_PATH}`, { ...headers, authorization });
}
