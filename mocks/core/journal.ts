/**
 * The journal: a bounded record of handled requests for assertions in tests.
 */
import type { CallFilter, JournalEntry } from './types.ts';

/** What the pipeline hands to the journal: the raw body stays bytes until someone asks. */
export type JournalRecord = Omit<JournalEntry, 'seq' | 'rawBody'> & { body: Uint8Array };

type Stored = JournalRecord & { seq: number };

const MAX_RAW_BODY = 65536;
const decoder = new TextDecoder();

function materialise({ body, ...entry }: Stored): JournalEntry {
  return { ...entry, rawBody: decoder.decode(body.subarray(0, MAX_RAW_BODY)) };
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
      entries.push({ seq, ...entry });
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
