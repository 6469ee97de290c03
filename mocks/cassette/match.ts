/**
 * Replay matching (ADR 024): a request matches a recorded one when method, path, query (as a
 * set of redacted pairs, order ignored) and body agree after redaction. JSON bodies compare as
 * JSON values (key order ignored); omitted bodies compare by size and SHA-256. Headers never take
 * part: signatures, dates and nonces differ on every run.
 */
import { decodeBase64 } from '../core/base64.ts';
import { sha256Hex } from '../core/sha256.ts';
import type { CassetteBody, CassetteEntry } from './cassette.ts';
import { redactJsonBytes, redactJsonText, redactTarget } from './redact.ts';

const strict = new TextDecoder('utf-8', { fatal: true });

/**
 * A target as every adapter hands an incoming request's on (a WHATWG URL: serve's
 * `http://host` + target, a Fetch `Request`): dot segments resolved, quotes in the query
 * percent-encoded. A recorded target is as sent, so it is read the same way before comparing.
 */
function asUrlTarget(target: string): string {
  try {
    const url = new URL(target.startsWith('/') ? `http://h${target}` : target);
    return `${url.pathname}${url.search}`;
  } catch {
    return target;
  }
}

/**
 * The part of a request that must match exactly: method, path as a URL reads it, and the sorted, redacted
 * query pairs.
 *
 * @example
 * routeKey('GET', '/2023-03-30/functions?prefix=a&limit=5'); // 'GET /2023-03-30/functions?limit=5&prefix=a'
 */
export function routeKey(method: string, target: string): string {
  const redacted = asUrlTarget(redactTarget(target));
  const question = redacted.indexOf('?');
  const path = question < 0 ? redacted : redacted.slice(0, question);
  const query = question < 0 ? '' : redacted.slice(question + 1);
  const pairs = query === '' ? [] : query.split('&').sort();
  return `${method.toUpperCase()} ${path}${pairs.length > 0 ? `?${pairs.join('&')}` : ''}`;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort())
    sorted[key] = canonical((value as Record<string, unknown>)[key]);
  return sorted;
}

function asJson(text: string): string | undefined {
  try {
    return JSON.stringify(canonical(JSON.parse(text)));
  } catch {
    return undefined;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameText(recorded: string, incoming: string): boolean {
  // The incoming text is decoded without its BOM; a recorded one keeps it (cassette.ts).
  const left = redactJsonText(recorded.replace(/^\uFEFF/, ''));
  const right = redactJsonText(incoming);
  if (left === right) return true;
  const json = asJson(left);
  return json !== undefined && json === asJson(right);
}

/**
 * Whether the body of an incoming request matches a recorded body.
 *
 * @example
 * bodyMatches({ size: 2, sha256: '…', encoding: 'utf8', text: '{}' }, new TextEncoder().encode('{ }')); // true
 */
export function bodyMatches(recorded: CassetteBody, incoming: Uint8Array): boolean {
  if (recorded.encoding === 'omitted') {
    return recorded.size === incoming.byteLength && recorded.sha256 === sha256Hex(incoming);
  }
  if (recorded.encoding === 'base64') {
    // A JSON body that is not UTF-8 was recorded redacted (redactJsonBytes); other bytes as sent.
    const bytes = decodeBase64(recorded.data);
    return bytes !== undefined && (sameBytes(bytes, incoming) || sameBytes(bytes, redactJsonBytes(incoming)));
  }
  let text: string;
  try {
    text = strict.decode(incoming);
  } catch {
    return false;
  }
  return sameText(recorded.text, text);
}

/** Chooses recorded answers for incoming requests, in recorded order per identical request. */
export interface Matcher {
  /** The entry answering this request, or undefined; `near` counts recorded entries on the same route. */
  match(request: { method: string; target: string; body: Uint8Array }): {
    entry: CassetteEntry | undefined;
    near: number;
  };
  /** The entry `match` would answer this request with, without using it up. */
  peek(request: { method: string; target: string; body: Uint8Array }): CassetteEntry | undefined;
  /** Forget which entries were used (replay from the start). */
  rewind(): void;
}

/**
 * Indexes the replayable entries of a cassette. The n-th matching request gets the n-th matching
 * entry; once they are used up, the last one answers again (a poll that saw `Active` keeps
 * seeing it).
 *
 * @example
 * const { entry } = createMatcher(cassette.entries).match({ method: 'GET', target: '/2023-03-30/functions/f', body });
 */
export function createMatcher(entries: readonly CassetteEntry[]): Matcher {
  const byRoute = new Map<string, CassetteEntry[]>();
  for (const entry of entries) {
    if (entry.replay === 'none') continue;
    const key = routeKey(entry.request.method, entry.request.target);
    // Appended in place: a copy per entry made a long poll of one route quadratic to index.
    const route = byRoute.get(key);
    if (route) route.push(entry);
    else byRoute.set(key, [entry]);
  }
  let used = new Set<CassetteEntry>();
  const next = ({ method, target, body }: { method: string; target: string; body: Uint8Array }) => {
    const near = byRoute.get(routeKey(method, target)) ?? [];
    const candidates = near.filter((entry) => bodyMatches(entry.request.body, body));
    const entry = candidates.find((candidate) => !used.has(candidate)) ?? candidates.at(-1);
    return { entry, near: near.length };
  };
  return {
    match(request) {
      const found = next(request);
      if (found.entry) used.add(found.entry);
      return found;
    },
    peek: (request) => next(request).entry,
    rewind() {
      used = new Set();
    },
  };
}
