/**
 * The function store: one plain {@link FunctionRecord} per function, per account and region,
 * kept in name order (`sorted-records.ts`), so a lookup is a binary search and ListFunctions finds
 * a page the same way: its cost depends on the page, not on how many functions are stored.
 */
import type { FunctionRecord } from './function-record.ts';
import type { Scope } from './routing.ts';
import { createSortedRecords, type SortedRecords } from './sorted-records.ts';

/** What {@link FunctionStore.page} returns: the records of the page and the first name after it. */
export interface StorePage {
  records: FunctionRecord[];
  /** The name the next page starts at; undefined on the last page. */
  next: string | undefined;
}

/** Options of {@link FunctionStore.page}. */
export interface PageOptions {
  /** Only names starting with this. */
  prefix: string;
  /** Start at the first name ≥ this (a continuation token's name); '' = the beginning. */
  startAt: string;
  limit: number;
  /** Only records this accepts (ListFunctions' filters); the default accepts all. */
  accept?: (record: FunctionRecord) => boolean;
}

/** Functions per account+region. Every method is synchronous, so check-then-write is atomic. */
export interface FunctionStore {
  get(scope: Scope, name: string): FunctionRecord | undefined;
  /** Inserts or replaces the record stored under `record.functionName`. */
  put(scope: Scope, record: FunctionRecord): void;
  /** Removes a function; false when there was none. */
  delete(scope: Scope, name: string): boolean;
  /** One page in name order. */
  page(scope: Scope, options: PageOptions): StorePage;
  /** Every record of a scope, in name order. */
  all(scope: Scope): FunctionRecord[];
}

type ScopeTable = SortedRecords<FunctionRecord>;

const nameOf = (record: FunctionRecord): string => record.functionName;
const EMPTY_TABLE: ScopeTable = createSortedRecords(nameOf);

function pageOf(table: ScopeTable, options: PageOptions): StorePage {
  const { prefix, startAt, limit, accept = () => true } = options;
  const records: FunctionRecord[] = [];
  // biome-ignore lint/complexity/useMathMinMax: strings, compared as strings
  const from = startAt < prefix ? prefix : startAt;
  for (const record of table.from(from)) {
    const name = record.functionName;
    if (!name.startsWith(prefix)) break;
    if (!accept(record)) continue;
    if (records.length === limit) return { records, next: name };
    records.push(record);
  }
  return { records, next: undefined };
}

/**
 * Creates an empty store owned by one emulator.
 *
 * @example
 * const store = createFunctionStore();
 * store.put(scope, record);
 * store.page(scope, { prefix: '', startAt: '', limit: 20 }).records; // [record]
 */
export function createFunctionStore(): FunctionStore {
  const scopes = new Map<string, ScopeTable>();
  const keyOf = (scope: Scope): string => `${scope.accountId}/${scope.regionId}`;
  // Most requests name the emulator's default scope object: its table is remembered.
  let lastScope: Scope | undefined;
  let lastTable: ScopeTable | undefined;
  // Reads never create a table: requests naming arbitrary accounts must not grow the store.
  const tableOf = (scope: Scope): ScopeTable => {
    if (scope === lastScope && lastTable) return lastTable;
    const table = scopes.get(keyOf(scope));
    if (table) [lastScope, lastTable] = [scope, table];
    return table ?? EMPTY_TABLE;
  };
  const writableTableOf = (scope: Scope): ScopeTable => {
    let table = scopes.get(keyOf(scope));
    if (!table) {
      table = createSortedRecords(nameOf);
      scopes.set(keyOf(scope), table);
    }
    return table;
  };
  return {
    get: (scope, name) => tableOf(scope).get(name),
    put(scope, record) {
      writableTableOf(scope).put(record);
    },
    delete: (scope, name) => tableOf(scope).remove(name),
    page: (scope, options) => pageOf(tableOf(scope), options),
    all(scope) {
      return [...tableOf(scope).from('')];
    },
  };
}
