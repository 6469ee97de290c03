/**
 * The journal: a bounded record of handled requests for assertions in tests. Each entry is kept
 * as one flat JSON string (what the wire carried) and turned into objects only when queried, so a
 * busy server neither keeps thousands of object graphs alive nor promotes them to V8's old
 * generation. A created function's response is not kept at all: it is rebuilt from the store.
 */
import type { Scope } from './routing.ts';
import { createTextLog } from './text-log.ts';
import type { CallFilter, JournalEntry } from './types.ts';

/** What the pipeline hands to the journal. */
export interface JournalRecord extends Omit<JournalEntry, 'seq' | 'at' | 'rawBody' | 'input' | 'response'> {
  at: Date;
  body: Uint8Array;
  /** The parsed input, when the body was a JSON object. */
  input: Record<string, unknown> | undefined;
  /** The response body as sent; omitted for a created function (see `created`). */
  responseText: string | undefined;
  /** For a created function: the scope it was stored in, to rebuild the response from the store. */
  created?: Scope | undefined;
  /** `body` already decoded by the pipeline, when it was. */
  bodyText?: string | undefined;
}

/** Rebuilds the response text of a created function from the store. */
export type RebuildResponse = (scope: Scope, functionName: string) => string;

const MAX_RAW_BODY = 65536;
const decoder = new TextDecoder();

function pack(seq: number, r: JournalRecord, small: boolean): string {
  const rawBody = small
    ? (r.bodyText ?? decoder.decode(r.body))
    : decoder.decode(r.body.subarray(0, MAX_RAW_BODY));
  const nullProto = Object.getPrototypeOf(r.headers) === null ? 1 : 0;
  // `at` as text keeps an invalid date (NaN) exact; undefined fields travel as null.
  return JSON.stringify([
    seq,
    String(r.at.getTime()),
    r.method,
    r.url,
    nullProto,
    r.headers,
    rawBody,
    r.input !== undefined ? 1 : 0,
    r.status,
    r.code,
    r.functionName,
    r.outcome,
    r.ruleId,
    r.requestId,
    r.responseText,
    r.created?.accountId,
    r.created?.regionId,
  ]);
}

type Unpacked = [
  number,
  string,
  string,
  string,
  0 | 1,
  Record<string, string>,
  string,
  0 | 1,
  number,
  string | null,
  string | null,
  JournalEntry['outcome'],
  string | null,
  string,
  string | null,
  string | null,
  string | null,
];

function headersOf(parsed: Record<string, string>, nullProto: 0 | 1): Record<string, string> {
  if (!nullProto) return parsed;
  const headers = Object.create(null) as Record<string, string>;
  for (const name of Object.keys(parsed)) headers[name] = parsed[name] as string;
  return headers;
}

function materialise(
  packed: string,
  bigInputs: Map<number, Record<string, unknown> | undefined>,
  rebuild: RebuildResponse | undefined,
): JournalEntry {
  const e = JSON.parse(packed) as Unpacked;
  const bigInput = bigInputs.get(e[0]);
  const input = bigInput ?? (e[7] ? (JSON.parse(e[6]) as Record<string, unknown>) : undefined);
  const scope = { accountId: e[15] as string, regionId: e[16] as string };
  const text = e[14] ?? rebuild?.(scope, e[10] ?? '') ?? 'null';
  return {
    method: e[2],
    url: e[3],
    headers: headersOf(e[5], e[4]),
    status: e[8],
    code: e[9] ?? undefined,
    functionName: e[10] ?? undefined,
    outcome: e[11],
    ruleId: e[12] ?? undefined,
    requestId: e[13],
    seq: e[0],
    at: new Date(Number(e[1])).toISOString(),
    rawBody: e[6],
    input,
    response: JSON.parse(text),
  };
}

function matches(entry: JournalEntry, filter: CallFilter): boolean {
  return (
    (filter.outcome === undefined || entry.outcome === filter.outcome) &&
    (filter.functionName === undefined || entry.functionName === filter.functionName) &&
    (filter.code === undefined || entry.code === filter.code)
  );
}

/** A bounded, queryable list of journal entries. */
export interface Journal {
  record(entry: JournalRecord): void;
  query(filter?: CallFilter): JournalEntry[];
  clear(): void;
}

/**
 * Creates a journal keeping at most `limit` entries (oldest dropped first); `rebuild` recreates
 * the response of a created function.
 *
 * @example
 * const journal = createJournal(1000, (scope, name) => JSON.stringify(bodyOf(scope, name)));
 */
export function createJournal(limit: number, rebuild?: RebuildResponse): Journal {
  const entries = createTextLog();
  // Parsed inputs of bodies too large to keep whole, by seq.
  let bigInputs = new Map<number, Record<string, unknown> | undefined>();
  let seq = 0;
  const trim = (): void => {
    entries.keepLast(limit);
    const oldest = seq - limit;
    for (const kept of bigInputs.keys()) if (kept <= oldest) bigInputs.delete(kept);
  };
  return {
    record(entry) {
      if (limit <= 0) return;
      seq += 1;
      const small = entry.body.byteLength <= MAX_RAW_BODY;
      entries.push(pack(seq, entry, small));
      if (!small) bigInputs.set(seq, entry.input);
      // Trim in batches so that recording stays O(1) amortised.
      if (entries.length > limit * 2) trim();
    },
    query(filter = {}) {
      const found: JournalEntry[] = [];
      for (let i = Math.max(0, entries.length - limit); i < entries.length; i++) {
        const entry = materialise(entries.get(i), bigInputs, rebuild);
        if (matches(entry, filter)) found.push(entry);
      }
      return found;
    },
    clear() {
      entries.clear();
      bigInputs = new Map();
      seq = 0;
    },
  };
}
