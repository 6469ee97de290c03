/**
 * The journal: a bounded record of handled requests for assertions in tests. Entries are kept as
 * bytes and text (what the wire carried) and turned into objects only when queried, so a busy
 * server does not keep thousands of object graphs alive.
 */
import type { CallFilter, JournalEntry } from './types.ts';

/** What the pipeline hands to the journal. */
export interface JournalRecord extends Omit<JournalEntry, 'seq' | 'at' | 'rawBody' | 'input' | 'response'> {
  at: Date;
  body: Uint8Array;
  /** The parsed input, when the body was a JSON object. */
  input: Record<string, unknown> | undefined;
  /** The response body as sent. */
  responseText: string;
}

interface Stored extends Omit<JournalRecord, 'at' | 'input'> {
  seq: number;
  atMs: number;
  hasInput: boolean;
  /** Only for bodies too large to keep whole. */
  bigInput: Record<string, unknown> | undefined;
}

const MAX_RAW_BODY = 65536;
const decoder = new TextDecoder();

function store(seq: number, { at, body, input, ...rest }: JournalRecord): Stored {
  const small = body.byteLength <= MAX_RAW_BODY;
  return {
    ...rest,
    seq,
    atMs: at.getTime(),
    body: small ? body : body.slice(0, MAX_RAW_BODY),
    hasInput: input !== undefined,
    bigInput: small ? undefined : input,
  };
}

function materialise({ atMs, body, hasInput, bigInput, responseText, ...entry }: Stored): JournalEntry {
  const rawBody = decoder.decode(body);
  const input = bigInput ?? (hasInput ? (JSON.parse(rawBody) as Record<string, unknown>) : undefined);
  return { ...entry, at: new Date(atMs).toISOString(), rawBody, input, response: JSON.parse(responseText) };
}

/** A bounded, queryable list of journal entries. */
export interface Journal {
  record(entry: JournalRecord): void;
  query(filter?: CallFilter): JournalEntry[];
  clear(): void;
}

/**
 * Creates a journal keeping at most `limit` entries (oldest dropped first).
 *
 * @example
 * const journal = createJournal(1000);
 */
export function createJournal(limit: number): Journal {
  let entries: Stored[] = [];
  let seq = 0;
  return {
    record(entry) {
      if (limit <= 0) return;
      seq += 1;
      entries.push(store(seq, entry));
      // Trim in batches so that recording stays O(1) amortised.
      if (entries.length > limit * 2) entries = entries.slice(-limit);
    },
    query(filter = {}) {
      return entries
        .slice(-limit)
        .filter(
          (e) =>
            (filter.outcome === undefined || e.outcome === filter.outcome) &&
            (filter.functionName === undefined || e.functionName === filter.functionName) &&
            (filter.code === undefined || e.code === filter.code),
        )
        .map(materialise);
    },
    clear() {
      entries = [];
      seq = 0;
    },
  };
}
