/**
 * The cassette format (ADR 024): NDJSON, one exchange a line, fields always in the order below,
 * secrets redacted (see redact.ts). A body is kept as UTF-8 text or Base64 (bytes that are not
 * UTF-8, such as a code package: replayed as bytes), or — over the
 * recorder's bound — only as its size and SHA-256; `size` and `sha256` always describe the bytes
 * as sent (before redaction), so a request's `sha256` equals its `x-acs-content-sha256`.
 *
 * ```json
 * {"fc3Cassette":1,"seq":1,"at":"…","durationMs":1.2,"replay":"exact",
 *  "request":{"method":"POST","target":"/2023-03-30/functions","headers":[["host","…"],…],"body":{…}},
 *  "response":{"status":200,"reason":"OK","headers":[…],"body":{…}}}
 * ```
 * Browser-safe: no Node built-ins.
 */
import { decodeBase64, encodeBase64 } from '../core/base64.ts';
import { Fc3TestkitError } from '../core/errors.ts';
import { CASSETTE_BRAND, type CassetteBrand } from './brand.ts';
import { cassetteEmulator } from './cassette-emulator.ts';
import { redactHeaders, redactJsonBytes, redactJsonText, redactTarget } from './redact.ts';
import { replayFault } from './replay-check.ts';

/** The format version written in every line. */
export const CASSETTE_VERSION = 1;

/**
 * A recorded body: its bytes as text or Base64, or only what identifies them.
 *
 * @example
 * const body: CassetteBody = { size: 2, sha256: '44136fa3…', encoding: 'utf8', text: '{}' };
 */
export type CassetteBody =
  | { size: number; sha256: string; encoding: 'utf8'; text: string }
  | { size: number; sha256: string; encoding: 'base64'; data: string }
  | { size: number; sha256: string; encoding: 'omitted' };

/** A recorded request. `target` is the request target as sent (query redacted). */
export interface CassetteRequest {
  method: string;
  target: string;
  headers: [string, string][];
  body: CassetteBody;
}

/** A recorded answer. */
export interface CassetteResponse {
  status: number;
  reason: string;
  headers: [string, string][];
  body: CassetteBody;
}

/**
 * How a line can be replayed: `exact` (the request body is kept and compared), `hash` (the request
 * body is matched by SHA-256 and size), `none` (no complete answer, its body was not kept, or it
 * is an answer replay cannot send: see replay-check.ts). An
 * answer kept as Base64 (a code package, ADR 038) replays as its bytes; cassettes written before
 * that marked it `none`, so they replay as they did (format version 1 still).
 */
export type Replayability = 'exact' | 'hash' | 'none';

/**
 * One line of a cassette.
 *
 * @example
 * const entry: CassetteEntry = JSON.parse(line);
 */
export interface CassetteEntry {
  fc3Cassette: typeof CASSETTE_VERSION;
  seq: number;
  at: string;
  durationMs: number;
  replay: Replayability;
  request: CassetteRequest;
  /** Undefined (`null` in the file) when no answer head came back. */
  response: CassetteResponse | null;
}

/**
 * A parsed cassette: its entries in file order, and (under {@link CASSETTE_BRAND}) the factory
 * the adapters use to replay it.
 *
 * @example
 * const cassette = parseCassette(text);
 * cassette.entries.length;
 */
export interface Cassette extends CassetteBrand {
  readonly entries: readonly CassetteEntry[];
}

/** A message as the recorder saw it: head fields and the body bytes when they were kept. */
export interface RecordedMessage {
  headers: readonly [string, string][];
  body: { size: number; sha256: string; bytes: Uint8Array | undefined };
}

/** What {@link cassetteLine} records. */
export interface RecordedExchange {
  seq: number;
  at: Date;
  durationMs: number;
  request: RecordedMessage & { method: string; target: string };
  /** With `complete: false` when the answer was cut off. */
  response: (RecordedMessage & { status: number; reason: string; complete: boolean }) | undefined;
}

// A leading BOM is kept in the text (the default drops it), so text replays as the bytes sent.
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function isJsonType(headers: readonly [string, string][]): boolean {
  return headers.some(([name, value]) => name.toLowerCase() === 'content-type' && /json/i.test(value));
}

function bodyOf(message: RecordedMessage): CassetteBody {
  const { size, sha256, bytes } = message.body;
  if (!bytes) return { size, sha256, encoding: 'omitted' };
  let text: string | undefined;
  try {
    text = strict.decode(bytes);
  } catch {
    text = undefined;
  }
  // Secret keys are redacted in JSON, UTF-8 or not; a body without a JSON type is still redacted
  // when it looks like JSON (the SDK's empty-body requests carry no content-type).
  const start = text ?? String.fromCharCode(...bytes.subarray(0, 64));
  const json = isJsonType(message.headers) || /^\s*[[{]/.test(start);
  if (text === undefined) {
    return { size, sha256, encoding: 'base64', data: encodeBase64(json ? redactJsonBytes(bytes) : bytes) };
  }
  return { size, sha256, encoding: 'utf8', text: json ? redactJsonText(text) : text };
}

/** Replay answers with the recorded text or bytes (a WireResponse's), so complete kept answers replay. */
function replayOf(
  request: CassetteBody,
  response: CassetteBody | undefined,
  complete: boolean,
): Replayability {
  if (!complete || (response?.encoding ?? 'omitted') === 'omitted') return 'none';
  return request.encoding === 'omitted' ? 'hash' : 'exact';
}

/**
 * The cassette line of one exchange (no trailing newline), fields in the documented order.
 *
 * @example
 * stream.write(`${cassetteLine(exchange)}\n`);
 */
export function cassetteLine(exchange: RecordedExchange): string {
  const { request, response } = exchange;
  const requestBody = bodyOf(request);
  const responseBody = response ? bodyOf(response) : undefined;
  const entry: CassetteEntry = {
    fc3Cassette: CASSETTE_VERSION,
    seq: exchange.seq,
    at: exchange.at.toISOString(),
    durationMs: Math.round(exchange.durationMs * 1000) / 1000,
    replay: replayOf(requestBody, responseBody, response?.complete === true),
    request: {
      method: request.method,
      target: redactTarget(request.target),
      headers: redactHeaders(request.headers),
      body: requestBody,
    },
    response:
      response && responseBody
        ? {
            status: response.status,
            reason: response.reason,
            headers: redactHeaders(response.headers),
            body: responseBody,
          }
        : null,
  };
  // An answer replay could not send (a status, header or length a hostile upstream sent) is
  // recorded as not replayable, so the cassette still loads.
  if (replayFault(entry)) entry.replay = 'none';
  return JSON.stringify(entry);
}

function checkEntry(value: unknown, line: number): CassetteEntry {
  const entry = value as Partial<CassetteEntry> | null;
  const fault =
    typeof entry !== 'object' || entry === null
      ? 'is not a JSON object'
      : entry.fc3Cassette !== CASSETTE_VERSION
        ? `has fc3Cassette ${JSON.stringify(entry.fc3Cassette)}, expected ${CASSETTE_VERSION}`
        : typeof entry.request?.method !== 'string' || typeof entry.request.target !== 'string'
          ? 'has no request method and target'
          : !['exact', 'hash', 'none'].includes(String(entry.replay))
            ? 'has no replay field'
            : entry.replay !== 'none' && typeof entry.response?.status !== 'number'
              ? 'is replayable but has no response status'
              : entry.replay !== 'none' &&
                  entry.response?.body?.encoding === 'base64' &&
                  !decodeBase64(typeof entry.response.body.data === 'string' ? entry.response.body.data : '!')
                ? 'is replayable but its response body is not Base64'
                : replayFault(entry as CassetteEntry);
  if (fault) throw new Fc3TestkitError(`cassette line ${line} ${fault}`);
  return entry as CassetteEntry;
}

/**
 * Parses cassette text (NDJSON; blank lines skipped). Throws {@link Fc3TestkitError} naming the
 * first bad line.
 *
 * @example
 * const cassette = parseCassette(readFileSync('run.ndjson', 'utf8'));
 */
export function parseCassette(text: string): Cassette {
  if (typeof text !== 'string') throw new Fc3TestkitError('parseCassette needs the cassette text (a string)');
  const entries: CassetteEntry[] = [];
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new Fc3TestkitError(
        `cassette line ${index + 1} is not JSON: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    entries.push(checkEntry(value, index + 1));
  }
  const cassette: Cassette = Object.freeze({
    entries: Object.freeze(entries),
    [CASSETTE_BRAND]: () => cassetteEmulator(cassette),
  });
  return cassette;
}

/**
 * Whether a value is a cassette from {@link parseCassette}.
 *
 * @example
 * isCassette(parseCassette('')); // true
 */
export function isCassette(value: unknown): value is Cassette {
  return typeof value === 'object' && value !== null && CASSETTE_BRAND in value;
}
