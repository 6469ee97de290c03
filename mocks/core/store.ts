/**
 * The function store: one plain {@link FunctionRecord} per function, per account and region.
 * Each scope keeps a `Map` by name and the names in sorted order, so ListFunctions finds a page by
 * binary search: its cost depends on the page, not on how many functions are stored.
 */
import type { FunctionRecord } from './function-record.ts';
import type { Scope } from './routing.ts';

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

interface ScopeTable {
  byName: Map<string, FunctionRecord>;
  /** Sorted ascending by UTF-16 code units (names are ASCII, so this is byte order). */
  names: string[];
}

const EMPTY_TABLE: ScopeTable = { byName: new Map(), names: [] };

/** The index of the first name ≥ `name`. */
function lowerBound(names: readonly string[], name: string): number {
  let low = 0;
  let high = names.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((names[middle] as string) < name) low = middle + 1;
    else high = middle;
  }
  return low;
}

function pageOf(table: ScopeTable, options: PageOptions): StorePage {
  const { prefix, startAt, limit, accept = () => true } = options;
  const records: FunctionRecord[] = [];
  const { names } = table;
  const from = Math.max(lowerBound(names, prefix), lowerBound(names, startAt));
  for (let i = from; i < names.length; i++) {
    const name = names[i] as string;
    if (!name.startsWith(prefix)) break;
    const record = table.byName.get(name) as FunctionRecord;
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
  // Reads never create a table: requests naming arbitrary accounts must not grow the store.
  const tableOf = (scope: Scope): ScopeTable => scopes.get(keyOf(scope)) ?? EMPTY_TABLE;
  const writableTableOf = (scope: Scope): ScopeTable => {
    let table = scopes.get(keyOf(scope));
    if (!table) {
      table = { byName: new Map(), names: [] };
      scopes.set(keyOf(scope), table);
    }
    return table;
  };
  return {
    get: (scope, name) => tableOf(scope).byName.get(name),
    put(scope, record) {
      const table = writableTableOf(scope);
      const name = record.functionName;
      if (!table.byName.has(name)) table.names.splice(lowerBound(table.names, name), 0, name);
      table.byName.set(name, record);
    },
    delete(scope, name) {
      const table = tableOf(scope);
      if (!table.byName.delete(name)) return false;
      table.names.splice(lowerBound(table.names, name), 1);
      return true;
    },
    page: (scope, options) => pageOf(tableOf(scope), options),
    all(scope) {
      const table = tableOf(scope);
      return table.names.map((name) => table.byName.get(name) as FunctionRecord);
    },
  };
}
