/**
 * The journal: a bounded record of handled requests for assertions in tests. Each entry is a
 * snapshot of the request and of the answer exactly as it was sent; nothing is recomputed from
 * the store later, so updates and deletes never rewrite history. Entries are kept as JSON text in
 * a byte log outside the JS heap (text-log.ts), bounded by entries and by bytes, and large strings
 * in inputs are kept only as a summary with their length and SHA-256.
 */
import { checkCallFilter } from './call-filter.ts';
import { createTextLog } from './text-log.ts';
import type { CallFilter, CallOutcome, JournalEntry, OperationName } from './types.ts';

/** What the dispatcher hands to the journal for one answered request. */
export interface JournalRecord {
  at: Date;
  operation: OperationName | undefined;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Uint8Array;
  /** The parsed body when it was a JSON object (at most `MAX_BODY_DEPTH` deep). */
  input: Record<string, unknown> | undefined;
  /** The body already decoded by the dispatcher, when it was. */
  bodyText: string | undefined;
  status: number;
  code: string | undefined;
  functionName: string | undefined;
  outcome: CallOutcome;
  ruleId: string | undefined;
  requestId: string;
  /** The answer body as sent ('' for none). */
  responseText: string;
}

/** Options of {@link createJournal}. */
export interface JournalOptions {
  /** Most entries kept. */
  limit: number;
  /** About how many bytes of text are kept at most (the newest entry is always kept). */
  maxBytes: number;
  /** SHA-256 as lowercase hex of a text's UTF-8 bytes (for summaries of large strings). */
  sha256Hex: (text: string) => string;
}

/** Strings longer than this are summarised in journal inputs. */
export const MAX_KEPT_STRING = 4096;
/** The most of a request body's text an entry keeps (`rawBody`), in characters. */
export const MAX_RAW_BODY = 65536;
const decoder = new TextDecoder();

/**
 * What an entry's input holds instead of a string longer than {@link MAX_KEPT_STRING}.
 *
 * @example
 * longStringSummary(140_000_000, 'ab12…'); // '[fc3-testkit: 140000000 characters, sha256 ab12…]'
 */
export function longStringSummary(length: number, sha256Hex: string): string {
  return `[fc3-testkit: ${length} characters, sha256 ${sha256Hex}]`;
}

/** Whether a parsed value holds a string longer than {@link MAX_KEPT_STRING}. */
function hasLongString(value: unknown): boolean {
  if (typeof value === 'string') return value.length > MAX_KEPT_STRING;
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some(hasLongString);
}

/** A copy of a parsed input with every long string replaced by its length and SHA-256. */
function summarise(value: unknown, options: JournalOptions): unknown {
  if (typeof value === 'string') {
    if (value.length <= MAX_KEPT_STRING) return value;
    return longStringSummary(value.length, options.sha256Hex(value));
  }
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => summarise(item, options));
  // Own data properties only, so a key named `__proto__` stays an ordinary entry.
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const child = summarise((value as Record<string, unknown>)[key], options);
    Object.defineProperty(copy, key, { value: child, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

type Meta = [
  seq: number,
  at: number | null,
  operation: OperationName | null,
  method: string,
  url: string,
  nullProtoHeaders: 0 | 1,
  headers: Record<string, string>,
  rawBodyLength: number,
  input: Record<string, unknown> | null,
  status: number,
  code: string | null,
  functionName: string | null,
  outcome: CallOutcome,
  ruleId: string | null,
  requestId: string,
];

/**
 * One entry as text: its metadata as a JSON line, then the raw body and the answer as they were
 * (not escaped inside the JSON: the answer is itself JSON text). A JSON line never holds a raw
 * newline, so the first one ends it.
 */
function pack(seq: number, r: JournalRecord, options: JournalOptions): string {
  // The parsed body goes in as it is unless it holds a long string, which is summarised in a copy.
  const input = r.input !== undefined && hasLongString(r.input) ? summarise(r.input, options) : r.input;
  // The dispatcher's decoded text, unless it has none for these bytes (not UTF-8) or it is long.
  const decoded = r.bodyText !== undefined && (r.bodyText !== '' || r.body.byteLength === 0);
  const rawBody =
    decoded && (r.bodyText as string).length <= MAX_RAW_BODY
      ? (r.bodyText as string)
      : decoder.decode(r.body.subarray(0, MAX_RAW_BODY));
  const meta: Meta = [
    seq,
    r.at.getTime(),
    r.operation ?? null,
    r.method,
    r.url,
    Object.getPrototypeOf(r.headers) === null ? 1 : 0,
    r.headers,
    rawBody.length,
    (input as Record<string, unknown> | undefined) ?? null,
    r.status,
    r.code ?? null,
    r.functionName ?? null,
    r.outcome,
    r.ruleId ?? null,
    r.requestId,
  ];
  return `${JSON.stringify(meta)}\n${rawBody}${r.responseText}`;
}

function headersOf(parsed: Record<string, string>, nullProto: 0 | 1): Record<string, string> {
  return nullProto ? Object.assign(Object.create(null) as Record<string, string>, parsed) : parsed;
}

function unpack(text: string): JournalEntry {
  const end = text.indexOf('\n');
  const e = JSON.parse(text.slice(0, end)) as Meta;
  const rawBody = text.slice(end + 1, end + 1 + e[7]);
  const responseText = text.slice(end + 1 + e[7]);
  const at = e[1] === null ? Number.NaN : e[1];
  return {
    seq: e[0],
    at: Number.isNaN(at) ? 'Invalid Date' : new Date(at).toISOString(),
    operation: e[2] ?? undefined,
    method: e[3],
    url: e[4],
    headers: headersOf(e[6], e[5]),
    input: e[8] ?? undefined,
    rawBody,
    status: e[9],
    code: e[10] ?? undefined,
    functionName: e[11] ?? undefined,
    outcome: e[12],
    ruleId: e[13] ?? undefined,
    requestId: e[14],
    // OSS errors are XML (ADR 023): kept as the text they were.
    response:
      responseText === ''
        ? undefined
        : responseText.startsWith('<')
          ? responseText
          : JSON.parse(responseText),
  };
}

function matches(entry: JournalEntry, filter: CallFilter): boolean {
  const outcome = filter.outcome === 'created' ? 'succeeded' : filter.outcome;
  const operation = filter.outcome === 'created' ? 'CreateFunction' : filter.operation;
  return (
    (filter.since === undefined || entry.seq > filter.since) &&
    (operation === undefined || entry.operation === operation) &&
    (outcome === undefined || entry.outcome === outcome) &&
    (filter.functionName === undefined || entry.functionName === filter.functionName) &&
    (filter.code === undefined || entry.code === filter.code)
  );
}

/** A bounded, queryable list of journal entries. */
export interface Journal {
  record(entry: JournalRecord): void;
  query(filter?: CallFilter): JournalEntry[];
}

/**
 * Creates an empty journal.
 *
 * @example
 * const journal = createJournal({ limit: 1000, maxBytes: 16 * 1024 * 1024, sha256Hex });
 */
export function createJournal(options: JournalOptions): Journal {
  const log = createTextLog();
  let seq = 0;
  // Trimmed in batches, so recording stays O(1) amortised; queries read only the newest `limit`.
  const slack = (bound: number): number => bound + Math.max(16, Math.floor(bound / 4));
  return {
    record(record) {
      if (options.limit <= 0) return;
      seq += 1;
      log.push(pack(seq, record, options));
      if (log.length > slack(options.limit) || log.bytes > slack(options.maxBytes)) {
        log.trim({ count: options.limit, bytes: options.maxBytes });
      }
    },
    query(given) {
      const filter = checkCallFilter(given);
      const found: JournalEntry[] = [];
      const limit = filter.limit ?? Number.POSITIVE_INFINITY;
      for (let i = Math.max(0, log.length - options.limit); i < log.length && found.length < limit; i++) {
        const entry = unpack(log.get(i));
        if (matches(entry, filter)) found.push(entry);
      }
      return found;
    },
  };
}
