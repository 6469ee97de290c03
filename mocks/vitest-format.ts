/**
 * Failure-message helpers of the fc3 matchers: a compact journal listing and a field-by-field
 * partial comparison (path, expected, received) that understands asymmetric matchers.
 */
import { isPlainObject } from './core/json-object.ts';
import type { JournalEntry } from './core/types.ts';

/** One differing field of a partial comparison. */
export interface Mismatch {
  /** Dotted path such as `code.zipFile` or `tags[0].Key`; empty for the whole value. */
  path: string;
  expected: unknown;
  received: unknown;
}

const MAX_LISTED_CALLS = 10;
const MAX_VALUE_CHARS = 80;

interface AsymmetricLike {
  asymmetricMatch(other: unknown): boolean;
  toAsymmetricMatcher?: () => string;
  toString(): string;
}

function isAsymmetric(value: unknown): value is AsymmetricLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as AsymmetricLike).asymmetricMatch === 'function'
  );
}

/**
 * A short, one-line rendering of a value for messages.
 *
 * @example
 * show({ runtime: 'python3.10' }); // '{"runtime":"python3.10"}'
 */
export function show(value: unknown): string {
  if (isAsymmetric(value)) return value.toAsymmetricMatcher?.() ?? value.toString();
  if (value === undefined) return 'undefined';
  let text: string;
  try {
    text =
      JSON.stringify(value, (_key, inner: unknown) => (isAsymmetric(inner) ? show(inner) : inner)) ??
      String(value);
  } catch {
    text = String(value);
  }
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);

type Equals = (received: unknown, expected: unknown) => boolean;

function walk(expected: unknown, received: unknown, at: { path: string; equals: Equals }): Mismatch[] {
  const { path, equals } = at;
  if (isPlainObject(expected)) {
    if (!isPlainObject(received)) return [{ path, expected, received }];
    return Object.keys(expected).flatMap((key) =>
      walk(expected[key], received[key], { path: join(path, key), equals }),
    );
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(received) || received.length !== expected.length)
      return [{ path, expected, received }];
    return expected.flatMap((item, index) =>
      walk(item, received[index], { path: `${path}[${index}]`, equals }),
    );
  }
  return equals(received, expected) ? [] : [{ path, expected, received }];
}

/**
 * Where `received` differs from the partial `expected`: objects compare only the expected keys,
 * arrays compare length and each item, leaves (and asymmetric matchers) go through `equals`.
 *
 * @example
 * mismatches({ cpu: 1 }, { cpu: 2, memorySize: 512 }, Object.is); // [{ path: 'cpu', expected: 1, received: 2 }]
 */
export function mismatches(expected: unknown, received: unknown, equals: Equals): Mismatch[] {
  return walk(expected, received, { path: '', equals });
}

/**
 * Renders mismatches one per line.
 *
 * @example
 * formatMismatches([{ path: 'cpu', expected: 1, received: 2 }]); // '  - cpu: expected 1, received 2'
 */
export function formatMismatches(list: readonly Mismatch[]): string {
  return list
    .map(
      (item) =>
        `  - ${item.path || '(input)'}: expected ${show(item.expected)}, received ${show(item.received)}`,
    )
    .join('\n');
}

function describeCall(call: JournalEntry): string {
  const name = call.functionName === undefined ? '' : ` ${call.functionName}`;
  const code = call.code === undefined ? '' : ` ${call.code}`;
  const rule = call.ruleId === undefined ? '' : ` [${call.ruleId}]`;
  const operation = call.operation === undefined ? '' : ` ${call.operation}`;
  return `  #${call.seq}${operation} ${call.method} ${new URL(call.url, 'http://invalid').pathname} → ${call.status} ${call.outcome}${code}${rule}${name}`;
}

/**
 * The journal in compact form (the last few calls), for failure messages.
 *
 * @example
 * describeCalls(emulator.calls()); // 'recorded calls (1):\n  #1 CreateFunction POST /2023-03-30/functions → 200 succeeded hello'
 */
export function describeCalls(calls: readonly JournalEntry[]): string {
  if (calls.length === 0) return 'recorded calls: none';
  const shown = calls.slice(-MAX_LISTED_CALLS).map(describeCall);
  const skipped = calls.length - shown.length;
  const head = skipped > 0 ? [`  … ${skipped} earlier call(s)`] : [];
  return [`recorded calls (${calls.length}):`, ...head, ...shown].join('\n');
}
