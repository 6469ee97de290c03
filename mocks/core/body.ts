/**
 * Body parsing: bytes to a JSON object, with FC's answers for empty, non-UTF-8, non-JSON,
 * too deeply nested and non-object bodies.
 */
import { clip, type FcError, fcError } from './errors.ts';

/** A parsed body, or the FC error that rejects it. */
export type ParsedBody =
  | { ok: true; value: Record<string, unknown>; text: string }
  | { ok: false; error: FcError; text: string };

/**
 * The deepest nesting accepted (the deepest documented field is 4 levels down). Deeper bodies
 * are refused up front, so nothing later (validation messages, the journal) can overflow the stack.
 */
export const MAX_BODY_DEPTH = 64;

const decoder = new TextDecoder('utf-8', { fatal: true });

function describe(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/** The path of the first container nested deeper than {@link MAX_BODY_DEPTH}, walking iteratively. */
function tooDeep(root: object): string | undefined {
  const stack: Array<[value: object, depth: number, path: string]> = [[root, 1, '']];
  while (stack.length > 0) {
    const [value, depth, path] = stack.pop() as [object, number, string];
    if (depth > MAX_BODY_DEPTH) return path;
    for (const key of Object.keys(value)) {
      const child = (value as Record<string, unknown>)[key];
      if (typeof child !== 'object' || child === null) continue;
      const step = Array.isArray(value) ? `[${key}]` : path === '' ? key : `.${key}`;
      stack.push([child, depth + 1, `${path}${step}`]);
    }
  }
  return undefined;
}

function shortPath(path: string): string {
  return clip(path, 80);
}

/**
 * Whether text is empty or JSON white space only (space, tab, CR, LF: RFC 8259 §2); `trim()`
 * would also take U+00A0 or U+2028, which `JSON.parse` refuses.
 *
 * @example
 * isJsonBlank(' \r\n'); // true
 * isJsonBlank('\u00a0'); // false
 */
export const isJsonBlank = (text: string): boolean => /^[ \t\r\n]*$/.test(text);

/**
 * Whether text is a JSON empty object, `{}` with JSON white space only around and inside (the
 * same white space as {@link isJsonBlank}): what `JSON.parse` reads as `{}`.
 *
 * @example
 * isJsonEmptyObject(' { } '); // true
 * isJsonEmptyObject('{\u00a0}'); // false
 */
export const isJsonEmptyObject = (text: string): boolean => /^[ \t\r\n]*\{[ \t\r\n]*\}[ \t\r\n]*$/.test(text);

// Decodes as parseBody does, a leading BOM dropped, but never throws: bytes that are not UTF-8
// decode to U+FFFD, which is neither white space nor `{`, so they are a body.
const lenientDecoder = new TextDecoder();

/**
 * Whether request bytes are no body, for operations that take none (a body is refused, rule
 * `request-body-not-allowed`, lifecycle A.2) and for those whose body is optional (it reads as
 * `{}`): no bytes, or, after a leading BOM, only JSON white space or an empty object. terraform
 * sends `{}` with a JSON content-type on UntagResources (provider code `SetResourceTags`) and
 * the service accepts it; JSON white space is RFC 8259's, not U+00A0 or U+2028.
 *
 * @example
 * isNoBody(new TextEncoder().encode('\uFEFF { }')); // true
 */
export function isNoBody(raw: Uint8Array): boolean {
  if (raw.byteLength === 0) return true;
  const text = lenientDecoder.decode(raw);
  return isJsonBlank(text) || isJsonEmptyObject(text);
}

/**
 * Decodes and parses a request body. Parsing uses `JSON.parse`, which keeps `__proto__` as a plain
 * own property, and later steps only copy data with spread/defineProperty, so no prototype is touched.
 *
 * @example
 * parseBody(new TextEncoder().encode('{"functionName":"f"}')); // { ok: true, value: { functionName: 'f' }, ... }
 */
export function parseBody(body: Uint8Array): ParsedBody {
  let text: string;
  try {
    text = decoder.decode(body);
  } catch {
    return { ok: false, error: fcError('InvalidArgument', 'request body is not valid UTF-8'), text: '' };
  }
  if (isJsonBlank(text)) {
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
  const deep = tooDeep(value);
  if (deep !== undefined) {
    const message = `request body nests deeper than ${MAX_BODY_DEPTH} levels at ${shortPath(deep)}`;
    return { ok: false, error: fcError('InvalidArgument', message), text };
  }
  return { ok: true, value: value as Record<string, unknown>, text };
}
