/**
 * Body parsing: bytes to a JSON object, with FC's answers for empty, oversized, non-UTF-8,
 * non-JSON and non-object bodies.
 */
import { type FcError, fcError } from './errors.ts';

/** A parsed body, or the FC error that rejects it. */
export type ParsedBody =
  | { ok: true; value: Record<string, unknown>; text: string }
  | { ok: false; error: FcError; text: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

function describe(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/**
 * Decodes and parses a request body. Parsing uses `JSON.parse`, which keeps `__proto__` as a plain
 * own property, and later steps only copy data with spread/defineProperty, so no prototype is touched.
 *
 * @example
 * parseBody(new TextEncoder().encode('{"functionName":"f"}'), 1024); // { ok: true, value: { functionName: 'f' }, ... }
 */
export function parseBody(body: Uint8Array, maxBytes: number): ParsedBody {
  if (body.byteLength > maxBytes) {
    return { ok: false, error: fcError('EntityTooLarge', String(maxBytes)), text: '' };
  }
  let text: string;
  try {
    text = decoder.decode(body);
  } catch {
    return { ok: false, error: fcError('InvalidArgument', 'request body is not valid UTF-8'), text: '' };
  }
  if (text.trim() === '') {
    return {
      ok: false,
      error: fcError('InvalidArgument', 'request body is empty; a JSON object is required'),
      text,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: fcError('InvalidArgument', `request body is not valid JSON: ${reason}`),
      text,
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const error = fcError('InvalidArgument', `request body must be a JSON object, got ${describe(value)}`);
    return { ok: false, error, text };
  }
  return { ok: true, value: value as Record<string, unknown>, text };
}
