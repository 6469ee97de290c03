/**
 * The journal: a bounded record of handled requests for assertions in tests. Each entry is a
 * snapshot of the request and of the answer exactly as it was sent; nothing is recomputed from
 * the store later, so updates and deletes never rewrite history. The journal is bounded by
 * entries and by (approximate) bytes of text, and large strings in inputs are kept only as a
 * summary with their length and SHA-256.
 */
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
const MAX_RAW_BODY = 65536;
const decoder = new TextDecoder();

interface Stored {
  entry: Omit<JournalEntry, 'response'>;
  responseText: string;
  bytes: number;
}

/** A copy of a parsed input with long strings summarised, and the size of text it keeps. */
function summarise(value: unknown, options: JournalOptions, size: { bytes: number }): unknown {
  if (typeof value === 'string') {
    if (value.length <= MAX_KEPT_STRING) {
      size.bytes += value.length;
      return value;
    }
    size.bytes += 120;
    return `[fc3-testkit: ${value.length} characters, sha256 ${options.sha256Hex(value)}]`;
  }
  if (typeof value !== 'object' || value === null) return value;
  size.bytes += 16;
  if (Array.isArray(value)) return value.map((item) => summarise(item, options, size));
  // A null-prototype copy: a key named `__proto__` stays an ordinary entry.
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    size.bytes += key.length;
    copy[key] = summarise((value as Record<string, unknown>)[key], options, size);
  }
  return copy;
}

function copyHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.getPrototypeOf(headers) === null
    ? Object.assign(Object.create(null), headers)
    : { ...headers };
}

function headerBytes(headers: Record<string, string>): number {
  let bytes = 0;
  for (const name of Object.keys(headers)) bytes += name.length + String(headers[name]).length;
  return bytes;
}

function store(seq: number, r: JournalRecord, options: JournalOptions): Stored {
  const size = { bytes: 0 };
  const input =
    r.input === undefined ? undefined : (summarise(r.input, options, size) as Record<string, unknown>);
  const rawBody =
    r.bodyText !== undefined && r.bodyText.length <= MAX_RAW_BODY
      ? r.bodyText
      : decoder.decode(r.body.subarray(0, MAX_RAW_BODY));
  const headers = copyHeaders(r.headers);
  const entry = {
    seq,
    at: Number.isNaN(r.at.getTime()) ? 'Invalid Date' : r.at.toISOString(),
    operation: r.operation,
    method: r.method,
    url: r.url,
    headers,
    input,
    rawBody,
    status: r.status,
    code: r.code,
    functionName: r.functionName,
    outcome: r.outcome,
    ruleId: r.ruleId,
    requestId: r.requestId,
  };
  const bytes =
    size.bytes + rawBody.length + r.responseText.length + r.url.length + headerBytes(headers) + 200;
  return { entry, responseText: r.responseText, bytes };
}

function matches(entry: Stored['entry'], filter: CallFilter): boolean {
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

/** A fresh, independent copy of a stored entry (callers may mutate what they get). */
function materialise(stored: Stored): JournalEntry {
  const { entry } = stored;
  return {
    ...entry,
    headers: copyHeaders(entry.headers),
    input: entry.input === undefined ? undefined : structuredClone(entry.input),
    response: stored.responseText === '' ? undefined : JSON.parse(stored.responseText),
  };
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
  let entries: Stored[] = [];
  let first = 0; // entries[first..] are kept; the prefix is dropped in batches (O(1) amortised)
  let bytes = 0;
  let seq = 0;
  const dropOldest = (): void => {
    bytes -= (entries[first] as Stored).bytes;
    first += 1;
    if (first > 1024 && first * 2 > entries.length) {
      entries = entries.slice(first);
      first = 0;
    }
  };
  return {
    record(record) {
      if (options.limit <= 0) return;
      seq += 1;
      const stored = store(seq, record, options);
      entries.push(stored);
      bytes += stored.bytes;
      while (
        entries.length - first > options.limit ||
        (bytes > options.maxBytes && entries.length - first > 1)
      ) {
        dropOldest();
      }
    },
    query(filter = {}) {
      const found: JournalEntry[] = [];
      const limit = filter.limit ?? Number.POSITIVE_INFINITY;
      for (let i = first; i < entries.length && found.length < limit; i++) {
        const stored = entries[i] as Stored;
        if (matches(stored.entry, filter)) found.push(materialise(stored));
      }
      return found;
    },
  };
}
