/**
 * Conversions between the Fetch API and the wire shapes the core works on.
 */
import type { WireRequest, WireResponse } from './types.ts';

/**
 * The chunks of a stream read to its end, as one array of their `size` bytes.
 *
 * @example
 * joinBytes([new Uint8Array([1]), new Uint8Array([2, 3])], 3); // Uint8Array [1, 2, 3]
 */
export function joinBytes(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

async function readLimited(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<{ body: Uint8Array; truncated: boolean }> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Stop at the limit, as `serve` does: the rest is never buffered. Not awaited: some
      // interceptors' streams settle the cancel only once the response is sent.
      reader.cancel().catch(() => {});
      return { body: new Uint8Array(0), truncated: true };
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return { body: chunks[0] as Uint8Array, truncated: false };
  return { body: joinBytes(chunks, size), truncated: false };
}

/**
 * Reads a Fetch `Request` into a {@link WireRequest}, reading at most `maxBodyBytes`: a body
 * that declares or streams more is marked `truncated` and not kept.
 *
 * @example
 * const wire = await toWireRequest(request, 1024 * 1024);
 */
export async function toWireRequest(request: Request, maxBodyBytes: number): Promise<WireRequest> {
  // Null prototype: a header named `__proto__` must stay an ordinary entry (as on `serve`).
  const headers = Object.create(null) as Record<string, string>;
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const wire: WireRequest = { method: request.method, url: request.url, headers, body: new Uint8Array(0) };
  const declared = Number(headers['content-length'] ?? Number.NaN);
  if (declared > maxBodyBytes) {
    wire.truncated = true;
    request.body?.cancel().catch(() => {});
    return wire;
  }
  if (!request.body) return wire;
  // A declared length within the limit is read in one go (`bytes()`: Node 22+, current browsers);
  // a body without one is read chunk by chunk and abandoned at the limit.
  if (declared >= 0 && typeof request.bytes === 'function') {
    wire.body = await request.bytes();
    if (wire.body.byteLength > maxBodyBytes) return { ...wire, body: new Uint8Array(0), truncated: true };
    return wire;
  }
  const { body, truncated } = await readLimited(request.body, maxBodyBytes);
  wire.body = body;
  if (truncated) wire.truncated = true;
  return wire;
}

/**
 * Turns a {@link WireResponse} into a Fetch `Response` (no body for an empty one, e.g. 204, nor
 * for the answer to a HEAD, as every HTTP server and `serve` send it).
 *
 * @example
 * return toFetchResponse(await emulator.dispatch(wire), request.method);
 */
export function toFetchResponse(wire: WireResponse, method: string): Response {
  const body = method === 'HEAD' ? null : (wire.bytes ?? (wire.body === '' ? null : wire.body));
  return new Response(body as BodyInit | null, { status: wire.status, headers: wire.headers });
}
