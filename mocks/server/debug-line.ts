/**
 * The `debug` log line of one request: what a client author needs to see why an answer came
 * back (the headers that take part in signing, the body size, the operation the request matched,
 * the code and rule id of a refusal), one line of bounded length whatever the client sent.
 */
import type { Decision } from '../core/state.ts';
import type { WireResponse } from '../core/types.ts';
import { escapedChar, escapeUnsafe } from '../core/unsafe-text.ts';

/** The longest a header value is shown, and the longest a whole debug line gets. */
export const DEBUG_VALUE_CHARS = 160;
export const DEBUG_LINE_CHARS = 1024;

// The headers ACS3 and ROA v1 sign or read (CF A.4, lifecycle H.6), in the order shown.
const SIGNING_HEADERS = [
  'host',
  'content-type',
  'content-md5',
  'date',
  'x-acs-date',
  'x-acs-content-sha256',
  'x-acs-signature-nonce',
  'x-acs-action',
  'x-acs-version',
  'authorization',
];

/**
 * A value as one safe, bounded token: unsafe characters as `\uXXXX`, cut at `max` characters
 * with the full length noted.
 *
 * @example
 * safeValue('a\nb', 160); // 'a\\u000ab'
 */
export function safeValue(value: string, max = DEBUG_VALUE_CHARS): string {
  const cut = value.length > max ? value.slice(0, max) : value;
  const safe = escapeUnsafe(cut);
  if (value.length <= max && safe.length <= max) return safe;
  return `${safe.slice(0, max)}…(${value.length} chars)`;
}

// The signature itself proves nothing to a reader and fills the line: its first 8 characters;
// the signed header list before it is what a client author compares, so Authorization gets more
// room. Quotes and backslashes are escaped too, so a quoted value ends where it seems to.
function shownHeader(name: string, value: string): string {
  const authorization = name === 'authorization';
  const shown = authorization
    ? value.replace(/(Signature=|:)([A-Za-z0-9+/=]{8})[A-Za-z0-9+/=]+/, '$1$2…')
    : value;
  const max = authorization ? 2 * DEBUG_VALUE_CHARS : DEBUG_VALUE_CHARS;
  return `${name}="${safeValue(shown.replace(/["\\]/g, escapedChar), max)}"`;
}

/** What {@link debugLine} describes. */
export interface DebugRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  bodyBytes: number;
  /** Set when the body was not read to its end: the limit it went past (shown as `body>NB`). */
  bodyOver?: number | undefined;
  response: WireResponse;
  /** Undefined when the emulator does not tell (a replaced dispatch, injected latency). */
  decision: Decision | undefined;
}

/**
 * The error code of an answer, as shown in log lines: FC 3.0's `Code`, FC 2.0's `ErrorCode` or
 * OSS's `<Code>`, read from the start of the body (no JSON parse per line); unescaped, so a line
 * passes it through {@link safeValue}.
 *
 * @example
 * answerCode({ status: 404, headers: {}, body: '{"Code":"FunctionNotFound","Message":"…"}' }); // 'FunctionNotFound'
 */
export function answerCode(response: WireResponse): string | undefined {
  if (response.status < 400 || typeof response.body !== 'string') return undefined;
  return /"(?:Code|ErrorCode)":"([^"]{1,64})"|<Code>([^<]{1,64})<\/Code>/
    .exec(response.body.slice(0, 256))
    ?.slice(1)
    .find((group) => group !== undefined);
}

/**
 * One debug line: `debug METHOD PATH op=… body=…B <signing headers> -> STATUS CODE rule=…`
 * (`body>NB` for a body refused unread past the limit N),
 * at most {@link DEBUG_LINE_CHARS} characters.
 *
 * @example
 * debugLine({ method: 'GET', path: '/2023-03-30/functions/f', headers: {}, bodyBytes: 0, response, decision });
 */
export function debugLine(request: DebugRequest): string {
  const { decision, response } = request;
  const parts = [`debug ${safeValue(request.method, 16)} ${safeValue(request.path)}`];
  const body = request.bodyOver === undefined ? `body=${request.bodyBytes}B` : `body>${request.bodyOver}B`;
  parts.push(`op=${decision?.operation ?? (decision ? 'none' : '?')}`, body);
  for (const name of SIGNING_HEADERS) {
    const value = request.headers[name];
    if (value !== undefined) parts.push(shownHeader(name, value));
  }
  const code = answerCode(response) ?? decision?.code;
  const rule = decision?.ruleId ? ` rule=${decision.ruleId}` : '';
  // The answer stays whole: a line too long loses the end of its request headers instead.
  const tail = ` -> ${response.status}${code ? ` ${safeValue(code, 64)}` : ''}${rule}`;
  const head = parts.join(' ');
  const room = DEBUG_LINE_CHARS - tail.length;
  return `${head.length > room ? `${head.slice(0, room - 1)}…` : head}${tail}`;
}
