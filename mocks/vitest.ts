/// <reference types="vitest" preserve="true" />
/**
 * `fc3-testkit/vitest`: call-history matchers on an emulator (or on anything exposing one as
 * `.emulator`, such as `fc3Handlers()` or the `fc3Nock()` handle). Importing this module extends
 * the running framework's global `expect` when there is one (vitest, or jest's injected global);
 * it never imports vitest, so jest users can `expect.extend(fc3Matchers)` themselves.
 */

import { assertEmulator } from './core/emulator.ts';
import type { FcErrorCode } from './core/errors.ts';
import type {
  CallOutcome,
  CreateFunctionInput,
  Emulator,
  JournalEntry,
  OperationName,
} from './core/types.ts';
import { describeCalls, formatMismatches, type Mismatch, mismatches, show } from './vitest-format.ts';

/** A recursive partial of a type: what `toHaveCreatedFunction` compares against. */
export type DeepPartial<T> = T extends readonly (infer U)[]
  ? DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** What {@link Fc3Matchers.toHaveHandled} looks for besides the operation. */
export interface HandledMatch {
  functionName?: string;
  outcome?: CallOutcome;
  code?: FcErrorCode | (string & {});
}

/** The matchers as they appear on `expect(emulator)`. */
export interface Fc3Matchers<R = unknown> {
  /** At least one request of `operation` in the journal, matching `match` (`functionName`, `outcome`, `code`). */
  toHaveHandled(operation: OperationName, match?: HandledMatch): R;
  /** At least one successful CreateFunction whose input contains `partialInput` (deep, asymmetric matchers allowed). */
  toHaveCreatedFunction(partialInput?: DeepPartial<CreateFunctionInput>): R;
  /** Exactly `times` successful CreateFunction calls. */
  toHaveCreatedFunctionTimes(times: number): R;
  /**
   * At least one CreateFunction answered with an FC error (validation, conflict, auth or injected
   * fault). The emulator answers it only catalogue codes, but a cassette's (cassetteEmulator) are
   * what the real service answered: hence any string, with the catalogue offered first.
   */
  toHaveRejectedCreateFunction(code?: FcErrorCode | (string & {})): R;
}

/** The part of the matcher `this` that vitest and jest both provide. */
export interface Fc3MatcherContext {
  isNot?: boolean;
  equals(received: unknown, expected: unknown): boolean;
}

/** What a matcher returns (vitest and jest share this shape). */
export interface Fc3MatcherResult {
  pass: boolean;
  message: () => string;
}

const isCreated = (call: JournalEntry): boolean =>
  call.operation === 'CreateFunction' && call.outcome === 'succeeded';

function emulatorOf(received: unknown): Emulator {
  const inner = (received as { emulator?: unknown } | null)?.emulator;
  const candidate =
    typeof received === 'object' && received !== null && inner !== undefined ? inner : received;
  assertEmulator(candidate);
  return candidate;
}

interface Ranked {
  call: JournalEntry;
  diff: Mismatch[];
}

/** Calls ordered by how close their input is to `expected`: successful ones, else any with an input. */
function rank(calls: JournalEntry[], expected: unknown, equals: Fc3MatcherContext['equals']): Ranked[] {
  const created = calls.filter(isCreated);
  const pool = created.length > 0 ? created : calls.filter((call) => call.input !== undefined);
  return pool
    .map((call) => ({ call, diff: mismatches(expected, call.input, equals) }))
    .sort((a, b) => a.diff.length - b.diff.length);
}

function nearestText(nearest: Ranked | undefined): string {
  if (!nearest) return '\nno CreateFunction call carried an input';
  const { call, diff } = nearest;
  const how = isCreated(call) ? '' : ` (${call.outcome} ${call.code ?? ''})`;
  if (diff.length === 0) return `\nnearest: call #${call.seq}${how} had a matching input`;
  return `\nnearest: call #${call.seq}${how} differs in ${diff.length} field(s):\n${formatMismatches(diff)}`;
}

function toHaveCreatedFunction(
  this: Fc3MatcherContext,
  received: unknown,
  partialInput?: DeepPartial<CreateFunctionInput>,
): Fc3MatcherResult {
  const calls = emulatorOf(received).calls();
  const ranked = rank(calls, partialInput ?? {}, (a, b) => this.equals(a, b));
  const hit = ranked.find((entry) => isCreated(entry.call) && entry.diff.length === 0);
  const wanted = partialInput === undefined ? 'a function' : `a function matching ${show(partialInput)}`;
  return {
    pass: hit !== undefined,
    message: () =>
      hit
        ? `expected the emulator not to have created ${wanted}, but call #${hit.call.seq} did\n${describeCalls(calls)}`
        : `expected the emulator to have created ${wanted}\n${describeCalls(calls)}${nearestText(ranked[0])}`,
  };
}

function toHaveCreatedFunctionTimes(
  this: Fc3MatcherContext,
  received: unknown,
  times: number,
): Fc3MatcherResult {
  const calls = emulatorOf(received).calls();
  if (!Number.isInteger(times) || times < 0) {
    throw new TypeError(`toHaveCreatedFunctionTimes expects a non-negative integer, got ${show(times)}`);
  }
  const count = calls.filter(isCreated).length;
  return {
    pass: count === times,
    message: () =>
      `expected the emulator ${this.isNot ? 'not ' : ''}to have created ${times} function(s), it created ${count}\n${describeCalls(calls)}`,
  };
}

function toHaveRejectedCreateFunction(
  this: Fc3MatcherContext,
  received: unknown,
  code?: string,
): Fc3MatcherResult {
  const calls = emulatorOf(received).calls();
  if (code !== undefined && typeof code !== 'string') {
    throw new TypeError(`toHaveRejectedCreateFunction expects an FC error code string, got ${show(code)}`);
  }
  const rejected = calls.filter(
    (call) =>
      call.operation === 'CreateFunction' && (call.outcome === 'rejected' || call.outcome === 'faulted'),
  );
  const hit = rejected.find((call) => code === undefined || call.code === code);
  const wanted = code === undefined ? 'a CreateFunction' : `a CreateFunction with ${code}`;
  const codes = [...new Set(rejected.map((call) => call.code))].join(', ') || 'none';
  return {
    pass: hit !== undefined,
    message: () =>
      hit
        ? `expected the emulator not to have rejected ${wanted}, but call #${hit.seq} was\n${describeCalls(calls)}`
        : `expected the emulator to have rejected ${wanted}; rejected codes: ${codes}\n${describeCalls(calls)}`,
  };
}

function toHaveHandled(
  this: Fc3MatcherContext,
  received: unknown,
  operation: OperationName,
  match: HandledMatch = {},
): Fc3MatcherResult {
  if (typeof operation !== 'string' || typeof match !== 'object' || match === null) {
    throw new TypeError(
      `toHaveHandled expects an operation name and an optional match object, got ${show(operation)}`,
    );
  }
  const emulator = emulatorOf(received);
  const calls = emulator.calls();
  const hit = emulator.calls({ operation, ...match }).at(0);
  const wanted = `${operation}${Object.keys(match).length > 0 ? ` matching ${show(match)}` : ''}`;
  return {
    pass: hit !== undefined,
    message: () =>
      hit
        ? `expected the emulator not to have handled ${wanted}, but call #${hit.seq} was one\n${describeCalls(calls)}`
        : `expected the emulator to have handled ${wanted}\n${describeCalls(calls)}`,
  };
}

/**
 * The matchers, for `expect.extend(fc3Matchers)` (jest, or vitest without importing this module for its side effect).
 *
 * @example
 * import { fc3Matchers } from 'fc3-testkit/vitest';
 * expect.extend(fc3Matchers);
 * expect(emulator).toHaveCreatedFunction({ runtime: 'python3.10' });
 */
export const fc3Matchers = {
  toHaveHandled,
  toHaveCreatedFunction,
  toHaveCreatedFunctionTimes,
  toHaveRejectedCreateFunction,
};

interface Extendable {
  extend(matchers: typeof fc3Matchers): void;
}

/**
 * Extends the framework's global `expect` if one is reachable: vitest keeps it under
 * `Symbol.for('expect-global')` (with or without `globals: true`), jest injects `expect`.
 * Returns whether it did.
 *
 * @example
 * installFc3Matchers(); // true inside vitest or jest
 */
export function installFc3Matchers(): boolean {
  const scope = globalThis as Record<PropertyKey, unknown>;
  const candidate = (scope[Symbol.for('expect-global')] ?? scope.expect) as Partial<Extendable> | undefined;
  if (typeof candidate?.extend !== 'function') return false;
  candidate.extend(fc3Matchers);
  return true;
}

installFc3Matchers();

/**
 * What a matcher returns on `expect(x)`: `Promise<void>` under `.resolves`/`.rejects`, else
 * `void`. Read from `toBe`, because vitest 3/4 (`Assertion<T>`) and 5 (`Assertion<R, T>`) name
 * their type parameters differently and an augmentation must repeat them exactly (TS2428).
 */
export type Fc3AssertionReturn<This> = This extends { toBe(expected: unknown): Promise<void> }
  ? Promise<void>
  : // biome-ignore lint/suspicious/noConfusingVoidType: what vitest's own matchers return
    void;

/** {@link Fc3Matchers} as vitest's `Assertion` of any major sees them. */
export interface Fc3VitestMatchers {
  toHaveHandled(operation: OperationName, match?: HandledMatch): Fc3AssertionReturn<this>;
  toHaveCreatedFunction(partialInput?: DeepPartial<CreateFunctionInput>): Fc3AssertionReturn<this>;
  toHaveCreatedFunctionTimes(times: number): Fc3AssertionReturn<this>;
  toHaveRejectedCreateFunction(code?: FcErrorCode | (string & {})): Fc3AssertionReturn<this>;
}

// Declared without type parameters, which merges with vitest 3, 4 and 5 alike. The reference
// directive at the top (kept in the .d.ts, absent from the JavaScript: jest users need no vitest)
// loads vitest's declarations first; without it, vitest 3 and 4, whose `Assertion` is re-exported
// from @vitest/expect, ignore the augmentation when this file is read before vitest's own.
declare module 'vitest' {
  interface Assertion extends Fc3VitestMatchers {}
  interface AsymmetricMatchersContaining extends Fc3VitestMatchers {}
}
