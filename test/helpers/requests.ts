/**
 * Helpers for sending CreateFunction requests to an emulator in tests.
 */
import type { Emulator } from '../../mocks/index.ts';

/** The 22-byte empty ZIP archive in Base64 and its CRC-64/XZ (reference F). */
export const EMPTY_ZIP = 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==';
export const EMPTY_ZIP_CRC64 = '2220831586920633690';

/** A minimal valid CreateFunction input. */
export function minimalInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    functionName: 'hello-fc3',
    runtime: 'python3.10',
    handler: 'index.handler',
    code: { zipFile: EMPTY_ZIP },
    ...overrides,
  };
}

/** Options of {@link post}. */
export interface PostOptions {
  host?: string;
  path?: string;
  method?: string;
  headers?: Record<string, string>;
}

/** Sends a body (object → JSON, string → as is) and returns status, headers and parsed JSON. */
export async function post(
  emulator: Emulator,
  body: unknown,
  options: PostOptions = {},
): Promise<{ status: number; headers: Headers; json: Record<string, unknown> }> {
  const url = `http://${options.host ?? '127.0.0.1:9000'}${options.path ?? '/2023-03-30/functions'}`;
  const method = options.method ?? 'POST';
  const init: RequestInit = { method, headers: { 'content-type': 'application/json', ...options.headers } };
  if (method !== 'GET' && method !== 'HEAD' && body !== undefined) {
    init.body =
      typeof body === 'string' || body instanceof Uint8Array ? (body as BodyInit) : JSON.stringify(body);
  }
  const response = await emulator.handle(new Request(url, init));
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as Record<string, unknown>,
  };
}

/** What {@link call} returns: the status, the request-id header and the body (undefined when empty). */
export interface CallResult {
  status: number;
  requestId: string | null;
  json: Record<string, unknown> | undefined;
}

/**
 * Sends one request of any operation to an emulator (`path` below `/2023-03-30`, query included).
 *
 * @example
 * await call(emulator, 'GET', '/functions/f');
 */
export async function call(
  emulator: Emulator,
  method: string,
  path: string,
  body?: unknown,
): Promise<CallResult> {
  const init: RequestInit = { method };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  const response = await emulator.handle(new Request(`http://127.0.0.1:9000/2023-03-30${path}`, init));
  const text = await response.text();
  return {
    status: response.status,
    requestId: response.headers.get('x-fc-request-id'),
    json: text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>),
  };
}
