/**
 * terraform's transport for FC 3.0, byte for byte where it matters (lifecycle reference H.4,
 * H.6): `client.RoaPost/RoaGet/RoaPut/RoaDelete` of terraform-provider-alicloud go through
 * tea-roa's `DoRequest`, which sends the legacy ROA v1 signature (HMAC-SHA1,
 * `Authorization: acs <AK>:<signature>`), no `x-acs-action`, no `x-acs-date`, no
 * `x-acs-content-sha256`, `date` in RFC 1123, and `content-type: application/json; charset=utf-8`
 * only when a body is given — and tea-roa gives one for any non-nil map, so an empty map goes out
 * as `{}`. Bodies are Go maps marshalled by `encoding/json` (keys sorted, `<>&` escaped); the
 * query goes out with its keys sorted like Go's `url.Values.Encode()` (escaped by
 * `URLSearchParams`, which differs from Go's `QueryEscape` only on `*` and `~`, in no value sent
 * here) and is signed with its raw values. Signing uses the SDK stack's own `getStringToSign`/`getROASignature`
 * (`@alicloud/openapi-core`), so the emulator is not graded with its own signer. Answers are read
 * the way tea-roa reads them: 204 → headers only; 4xx/5xx → the JSON object's `Code`/`code`,
 * `Message`/`message`, `RequestId`/`requestId`.
 */
import { randomUUID } from 'node:crypto';
import { $OpenApiUtil } from '@alicloud/openapi-core';

type SignUtil = { getStringToSign(request: unknown): string; getROASignature(s: string, k: string): string };
// openapi-core 1.0.8 is CommonJS with `exports.default`; vitest may hand either shape.
const core = $OpenApiUtil as unknown as { default?: SignUtil } & SignUtil;
const sdkUtil = core.default ?? core;

/** Where terraform's provider sends FC calls (`endpoints { fc = "127.0.0.1:PORT" }`) and with which key. */
export interface TerraformIo {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
}

/** One call as the provider's resource code makes it: `body` undefined is Go's `nil`. */
export interface RoaCall {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  query?: Record<string, string>;
  body?: Record<string, unknown>;
}

/** What tea-roa hands back: the body of a success (none for 204), or the SDK error of a 4xx/5xx. */
export type RoaAnswer =
  | { ok: true; status: number; body: Record<string, unknown> | undefined }
  | { ok: false; status: number; code: string; message: string; data: Record<string, unknown> };

/** Go's `encoding/json` for a map: keys in sorted order at every depth, `<`, `>`, `&` escaped. */
export function goJson(value: unknown): string {
  const sorted = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sorted);
    if (v === null || typeof v !== 'object') return v;
    const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return Object.fromEntries(entries.map(([k, inner]) => [k, sorted(inner)]));
  };
  return JSON.stringify(sorted(value))
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026');
}

/** tea-roa's headers (`DoRequest`), signed; `content-type` only when there is a body. */
function signedHeaders(io: TerraformIo, call: RoaCall): Record<string, string> {
  const headers: Record<string, string> = {
    date: new Date().toUTCString(),
    host: new URL(io.endpoint).host,
    accept: 'application/json',
    'x-acs-signature-nonce': randomUUID().replaceAll('-', ''),
    'x-acs-signature-method': 'HMAC-SHA1',
    'x-acs-signature-version': '1.0',
    'x-acs-version': '2023-03-30',
    'user-agent': 'AlibabaCloud (linux; amd64) Go/go1.23.4 Core/1.0.0 TeaDSL/1 Terraform/1.9.8',
  };
  if (call.body !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
  const request = { method: call.method, pathname: call.path, headers, query: call.query ?? {} };
  const signature = sdkUtil.getROASignature(sdkUtil.getStringToSign(request), io.accessKeySecret);
  headers.authorization = `acs ${io.accessKeyId}:${signature}`;
  return headers;
}

async function readJson(response: Response): Promise<Record<string, unknown> | undefined> {
  const text = await response.text();
  return text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>);
}

/**
 * Sends one call over real HTTP with `fetch` and reads the answer as tea-roa does.
 *
 * @example
 * const answer = await roa(io, { method: 'GET', path: '/2023-03-30/functions/f' });
 * if (!answer.ok) console.log(answer.code); // 'FunctionNotFound'
 */
export async function roa(io: TerraformIo, call: RoaCall): Promise<RoaAnswer> {
  const search = new URLSearchParams(Object.entries(call.query ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)));
  const url = `${io.endpoint}${call.path}${search.size > 0 ? `?${search}` : ''}`;
  const { host: _host, ...headers } = signedHeaders(io, call); // fetch sets Host from the URL
  const init: RequestInit = { method: call.method, headers, signal: AbortSignal.timeout(10_000) };
  if (call.body !== undefined) init.body = goJson(call.body);
  const response = await fetch(url, init);
  if (response.status === 204) {
    await response.body?.cancel();
    return { ok: true, status: 204, body: undefined };
  }
  const body = await readJson(response);
  if (response.status < 400) return { ok: true, status: response.status, body };
  // tea-roa's AssertAsMap: an error body that is not a JSON object fails here, as it would in Go.
  if (body === undefined || Array.isArray(body) || typeof body !== 'object')
    throw new Error(`${call.method} ${call.path}: ${response.status} error body is not a JSON object`);
  const pick = (a: string, b: string) => String(body[a] ?? body[b]);
  return {
    ok: false,
    status: response.status,
    code: pick('Code', 'code'),
    message: `code: ${response.status}, ${pick('Message', 'message')} request id: ${pick('RequestId', 'requestId')}`,
    data: body,
  };
}

/** terraform's `NotFoundError`: a 404, or a code naming a missing resource (lifecycle G). */
export function notFound(answer: RoaAnswer): boolean {
  return !answer.ok && (answer.status === 404 || answer.code.endsWith('NotFound'));
}

/** The error terraform reports when a call fails: the SDK error's code, status and message. */
export class TerraformError extends Error {
  readonly answer: Extract<RoaAnswer, { ok: false }>;
  constructor(what: string, answer: Extract<RoaAnswer, { ok: false }>) {
    super(`${what}: ${answer.code}: ${answer.message}`);
    this.answer = answer;
  }
}

/**
 * The call's success body, or a {@link TerraformError} (what `WrapErrorf` returns to terraform).
 *
 * @example
 * const fn = await must(io, { method: 'GET', path: '/2023-03-30/functions/f' }); // the Function body
 */
export async function must(io: TerraformIo, call: RoaCall): Promise<Record<string, unknown>> {
  const answer = await roa(io, call);
  if (!answer.ok) throw new TerraformError(`${call.method} ${call.path}`, answer);
  return answer.body ?? {};
}

/**
 * A resource's Read (`Describe…`): its body, or undefined when it is gone — except right after a
 * create, where terraform treats a 404 as an error (lifecycle H.4, J.7).
 *
 * @example
 * const remote = await readResource(io, { path: '/2023-03-30/functions/f', isNew: false });
 */
export async function readResource(
  io: TerraformIo,
  options: { path: string; isNew: boolean },
): Promise<Record<string, unknown> | undefined> {
  const answer = await roa(io, { method: 'GET', path: options.path });
  if (answer.ok) return answer.body ?? {};
  if (!options.isNew && notFound(answer)) return undefined;
  throw new TerraformError(`read ${options.path}`, answer);
}
