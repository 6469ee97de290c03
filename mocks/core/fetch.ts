/**
 * Conversions between the Fetch API and the wire shapes the core works on.
 */
import type { WireRequest, WireResponse } from './types.ts';

/**
 * Reads a Fetch `Request` into a {@link WireRequest}; a body whose declared length exceeds
 * `maxBodyBytes` is not read at all.
 *
 * @example
 * const wire = await toWireRequest(request, 1024 * 1024);
 */
export async function toWireRequest(request: Request, maxBodyBytes: number): Promise<WireRequest> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const declared = Number(headers['content-length'] ?? Number.NaN);
  if (declared > maxBodyBytes) {
    return { method: request.method, url: request.url, headers, body: new Uint8Array(0), truncated: true };
  }
  // `bytes()` (Node 22+, current browsers) skips the ArrayBuffer-to-view step.
  const body = !request.body
    ? new Uint8Array(0)
    : typeof request.bytes === 'function'
      ? await request.bytes()
      : new Uint8Array(await request.arrayBuffer());
  return { method: request.method, url: request.url, headers, body };
}

/**
 * Turns a {@link WireResponse} into a Fetch `Response`.
 *
 * @example
 * return toFetchResponse(await emulator.dispatch(wire));
 */
export function toFetchResponse(wire: WireResponse): Response {
  return new Response(wire.body, { status: wire.status, headers: wire.headers });
}
