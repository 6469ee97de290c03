/**
 * Conversions between the suite's sent/received shapes and Fetch `Request`/`Response`, for
 * in-process targets and mocking libraries.
 */
import type { ReceivedResponse, SentRequest } from '../types.ts';

const decoder = new TextDecoder();

// Fetch computes these itself and refuses them from callers.
const FORBIDDEN = new Set(['host', 'content-length', 'connection', 'transfer-encoding']);

/**
 * A Fetch `RequestInit` carrying the exact body bytes and every allowed header.
 *
 * @example
 * await fetch(sent.url, toRequestInit(sent));
 */
export function toRequestInit(request: SentRequest): RequestInit {
  const headers = Object.fromEntries(
    Object.entries(request.headers).filter(([name]) => !FORBIDDEN.has(name)),
  );
  const hasBody = request.body.byteLength > 0 && request.method !== 'GET' && request.method !== 'HEAD';
  return {
    method: request.method,
    headers,
    // A 3xx is the target's answer, as node:http (httpTarget) gives it: following it would judge
    // another resource than the one asked, or reach a host the run was not pointed at (ADR 039).
    redirect: 'manual',
    ...(hasBody ? { body: request.body as Uint8Array<ArrayBuffer> } : {}),
  };
}

/**
 * Reads a Fetch `Response` into the suite's response shape.
 *
 * @example
 * const received = await fromResponse(await fetch(url));
 */
export async function fromResponse(response: Response): Promise<ReceivedResponse> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers, body: decoder.decode(bytes), bytes };
}
