/**
 * What a replayable cassette line's answer must be for a Fetch `Response` (MSW, nock) and
 * node:http (`serve`) to send it: a final status from 200 to 599, no body on 204/205/304, header
 * names that are tokens and values without CR, LF or NUL. A hand-edited or damaged line broke
 * only at replay, as a RangeError or TypeError out of `handle()` (MSW: its own 500); it is now
 * refused by `parseCassette`, naming the line. A HEAD's recorded length must be one decimal too,
 * and both bodies must have a shape the recorder writes (matching reads the request's, the
 * answer is the response's): otherwise every request on that route answered 500.
 */
import type { CassetteEntry } from './cassette.ts';

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const BAD_VALUE = /[\r\n\0]/;
const NO_BODY = new Set([204, 205, 304]);

function headerFault(header: unknown): string | undefined {
  if (!Array.isArray(header) || header.length !== 2) return 'a response header that is not [name, value]';
  const [name, value] = header as unknown[];
  if (typeof name !== 'string' || !TOKEN.test(name)) return `a response header name ${JSON.stringify(name)}`;
  if (typeof value !== 'string' || BAD_VALUE.test(value))
    return `a response header ${name} whose value is no single-line text`;
  return undefined;
}

/**
 * A replayable HEAD's recorded `content-length` is passed on as the answer's (it has no body to
 * frame, ADR 038): it must be one non-negative decimal (RFC 9110 §8.6), or the replay would
 * hand clients a length they cannot parse.
 */
function headLengthFault(entry: CassetteEntry): string | undefined {
  if (entry.replay === 'none' || entry.request.method.toUpperCase() !== 'HEAD') return undefined;
  const headers = Array.isArray(entry.response?.headers) ? entry.response.headers : [];
  const lengths = headers.filter((pair) => String(pair?.[0]).toLowerCase() === 'content-length');
  const values = [...new Set(lengths.map((pair) => pair[1]))];
  const valid = (v: unknown) => typeof v === 'string' && /^\d{1,15}$/.test(v);
  if (values.length <= 1 && values.every(valid)) return undefined;
  return `is a replayable HEAD whose answer's content-length ${values.map((v) => JSON.stringify(v)).join(', ')} is not one non-negative decimal`;
}

/** The recorded shapes of a body (`CassetteBody`): text, Base64, or only size and SHA-256. */
function bodyShapeFault(body: unknown, where: 'request' | 'response'): string | undefined {
  const { encoding, text, data, size, sha256 } = (body ?? {}) as Record<string, unknown>;
  const valid =
    (encoding === 'utf8' && typeof text === 'string') ||
    (encoding === 'base64' && typeof data === 'string') ||
    (encoding === 'omitted' && typeof size === 'number' && typeof sha256 === 'string');
  return valid
    ? undefined
    : `has a ${where} body that is none of {"encoding":"utf8","text"}, {"encoding":"base64","data"}, {"encoding":"omitted","size","sha256"}`;
}

/**
 * Why the answer of a replayable line cannot be replayed, or undefined.
 *
 * @example
 * replayFault(entry); // 'has response status 999; a replayed answer needs 200 to 599'
 */
export function replayFault(entry: CassetteEntry): string | undefined {
  const response = entry.response;
  if (entry.replay === 'none' || !response) return undefined;
  const { status } = response;
  if (!Number.isInteger(status) || status < 200 || status > 599)
    return `has response status ${status}; a replayed answer needs 200 to 599`;
  const body = response.body as { size?: unknown; text?: unknown; data?: unknown } | undefined;
  const hasBody = (typeof body?.size === 'number' && body.size > 0) || body?.text || body?.data;
  if (NO_BODY.has(status) && hasBody) return `has a response body on status ${status}, which has none`;
  const headers: unknown = response.headers ?? [];
  if (!Array.isArray(headers)) return 'has response headers that are not a list of [name, value]';
  for (const header of headers) {
    const fault = headerFault(header);
    if (fault) return `has ${fault}`;
  }
  return (
    headLengthFault(entry) ??
    bodyShapeFault(entry.request.body, 'request') ??
    // An answer without a body (a recorded 204) replays as one.
    (response.body == null ? undefined : bodyShapeFault(response.body, 'response'))
  );
}
