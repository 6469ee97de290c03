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
function joinBytes(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** What {@link readUpTo} gives: the whole body, or how many bytes it had read past the limit. */
export type ReadUpTo = { body: Uint8Array } | { over: number };

/** What {@link readUpTo} watches besides the limit. */
export interface ReadWatch {
  /** Rejects to stop the read (a time budget): the stream is cancelled and the read rejects. */
  until?: Promise<never>;
  /** The bytes read so far, after each chunk. */
  onRead?(total: number): void;
}

/**
 * Reads `stream` to its end, keeping at most `maxBytes`: once more came, it stops, cancels the
 * stream (the rest is never buffered) and gives how many bytes it had read. A failed read, or
 * `watch.until` rejecting, cancels it too and rejects. A single chunk that owns its buffer is
 * given as it is, anything else joined into one that fits.
 *
 * @example
 * const read = await readUpTo(request.body, 1024 * 1024); // { body } or { over: 1048577 }
 */
export async function readUpTo(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
  watch: ReadWatch = {},
): Promise<ReadUpTo> {
  const reader = stream.getReader();
  // Not awaited: some interceptors' streams settle the cancel only once the response is sent.
  const cancel = () => void reader.cancel().catch(() => {});
  const stop = watch.until ? [watch.until] : [];
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), ...stop]);
      if (done) break;
      size += value.byteLength;
      watch.onRead?.(size);
      if (size > maxBytes) {
        cancel();
        return { over: size };
      }
      chunks.push(value);
    }
  } catch (error) {
    cancel();
    throw error;
  }
  const [only] = chunks;
  const owned = chunks.length === 1 && only?.byteOffset === 0 && only.byteLength === only.buffer.byteLength;
  return { body: owned ? only : joinBytes(chunks, size) };
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
  // Stopped at the limit, as `serve` does.
  const read = await readUpTo(request.body, maxBodyBytes);
  if ('over' in read) wire.truncated = true;
  else wire.body = read.body;
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
