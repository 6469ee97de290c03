/**
 * The state one emulator owns: resolved options, the clock, seeded generator, store, journal,
 * faults, pending preparation failures and nonces. Nothing here is shared between emulators.
 * Every option is checked here, so a bad one throws {@link Fc3TestkitError} at `createEmulator`.
 */
import { createNonceStore, type NonceStore } from './auth/index.ts';
import { type BodyText, bodyTemplates } from './body-templates.ts';
import { type Codecs, resolveCodecs } from './codecs.ts';
import { Fc3TestkitError } from './errors.ts';
import { createFaults, type Faults } from './faults.ts';
import type { PreparationFailure } from './function-record.ts';
import { createJournal, type Journal } from './journal.ts';
import { checkOptionKeys } from './option-keys.ts';
import { createPrng, MAX_SEED, type Prng } from './prng.ts';
import type { Scope } from './routing.ts';
import { checkRuleSwitches } from './rule-index.ts';
import { MAX_CODE_BYTES } from './rules/code-rules.ts';
import { toHex, utf8 } from './sha256.ts';
import { createShapes, type Shapes } from './shapes.ts';
import { createFunctionStore, type FunctionStore } from './store.ts';
import type { Clock, EmulatorOptions, FailPreparationOptions, OperationName } from './types.ts';
import { createUploads, type Uploads } from './uploads.ts';

/** Default body limit: a 100 MB ZIP in Base64 plus room for the rest of the JSON. */
export const DEFAULT_MAX_BODY_BYTES = Math.ceil((MAX_CODE_BYTES * 4) / 3) + 1024 * 1024;

/** Every option `createEmulator` accepts (unknown keys are a typo, refused). */
export const EMULATOR_OPTION_KEYS: readonly string[] = [
  'accountId',
  'regionId',
  'seed',
  'clock',
  'credentials',
  'maxBodyBytes',
  'journalLimit',
  'journalBytes',
  'rules',
  'maxClockSkewMs',
  'preparationMs',
  'codecs',
] satisfies (keyof EmulatorOptions)[];

/** Everything one emulator instance owns. */
export interface EmulatorState {
  defaultScope: Scope;
  seed: number;
  /** The emulator's time: the clock option plus every `advanceClock`. */
  now(): Date;
  advanceClock(ms: number): void;
  clockOffsetMs(): number;
  credentials: Record<string, string> | undefined;
  maxBodyBytes: number;
  maxClockSkewMs: number;
  ruleSwitches: Record<string, boolean>;
  preparationMs: number;
  prng: Prng;
  store: FunctionStore;
  /** Shared configurations of stored functions. */
  shapes: Shapes;
  /** Writes the `Function` body text of answers, from per-shape templates (ADR 031). */
  bodyText: BodyText;
  journal: Journal;
  faults: Faults;
  nonces: NonceStore;
  /** Marks the next preparation of a function as failing. */
  failPreparation(functionName: string, options: FailPreparationOptions): void;
  /** The failure registered for this function, consumed. */
  takePreparationFailure(functionName: string): PreparationFailure | undefined;
  /** Distinguishes this state's list tokens from those of an earlier `reset()`. */
  generation: number;
  /** SHA-256 and strict Base64 for large bodies (ADR 016). */
  codecs: Codecs;
  /** Issued upload credentials and what the OSS receiver learned of each object (bounded). */
  uploads: Uploads;
  /** What decided the last answer (for `serve --log-level debug`); set by the dispatcher. */
  decided?: Decision;
}

/**
 * The operation a request matched, and the error code and rule id of its refusal, if any.
 *
 * @example
 * const decision: Decision = { operation: 'CreateFunction', code: 'InvalidArgument', ruleId: 'timeout-range' };
 */
export interface Decision {
  operation: OperationName | undefined;
  /** FC's error code; the only place a HEAD's refusal names it (the answer has no body). */
  code: string | undefined;
  ruleId: string | undefined;
}

function nonNegativeInteger(
  name: string,
  value: unknown,
  fallback: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (value === undefined) return fallback;
  // isSafeInteger is false for anything but a number.
  if (!Number.isSafeInteger(value) || (value as number) < 0 || (value as number) > max) {
    throw new Fc3TestkitError(`${name} must be an integer from 0 to ${max}, got ${String(value)}`);
  }
  return value as number;
}

const SCOPE_FORMS = {
  accountId: { pattern: /^\d{1,32}$/, wanted: 'must be numeric' },
  regionId: { pattern: /^[a-z0-9-]+$/, wanted: 'must look like cn-hangzhou' },
} as const;

/**
 * What is wrong with an account or region id, as the words after its name (`serve` puts its
 * flag's name before them, the emulator the option's), or `undefined` when it is well formed.
 *
 * @example
 * scopeProblem('accountId', 'abc'); // 'must be numeric, got "abc"'
 */
export function scopeProblem(key: keyof typeof SCOPE_FORMS, value: unknown): string | undefined {
  const { pattern, wanted } = SCOPE_FORMS[key];
  return typeof value === 'string' && pattern.test(value)
    ? undefined
    : `${wanted}, got ${JSON.stringify(String(value))}`;
}

function checkedScope(options: EmulatorOptions): Scope {
  const accountId = options.accountId ?? '1234567890123456';
  const regionId = options.regionId ?? 'cn-hangzhou';
  const problem = {
    accountId: scopeProblem('accountId', accountId),
    regionId: scopeProblem('regionId', regionId),
  };
  for (const [key, words] of Object.entries(problem))
    if (words !== undefined) throw new Fc3TestkitError(`${key} ${words}`);
  return { accountId, regionId, resourceGroupId: resourceGroupFor(accountId) };
}

/** `advanceClock` stops before 10000-01-01T00:00:00Z, the end of 4-digit ISO timestamps. */
const CLOCK_END_MS = Date.UTC(10_000, 0, 1);

function checkedClock(clock: unknown): Clock {
  if (clock === undefined) return () => new Date();
  if (typeof clock !== 'function') throw new Fc3TestkitError('clock must be a function returning a Date');
  return () => {
    const now: unknown = clock();
    if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
      throw new Fc3TestkitError(`clock must return a valid Date, got ${String(now)}`);
    }
    return now;
  };
}

function checkedRecord<T>(name: string, value: unknown, type: string): Record<string, T> | undefined {
  if (value === undefined) return undefined;
  const valid =
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === type);
  if (!valid) throw new Fc3TestkitError(`${name} must be an object whose values are ${type}s`);
  return value as Record<string, T>;
}

function preparationFailures(): Pick<EmulatorState, 'failPreparation' | 'takePreparationFailure'> {
  const pending = new Map<string, PreparationFailure>();
  return {
    failPreparation(functionName, options) {
      if (typeof functionName !== 'string' || functionName === '') {
        throw new Fc3TestkitError('failPreparation needs a function name');
      }
      if (pending.size >= 1000 && !pending.has(functionName)) {
        throw new Fc3TestkitError('failPreparation already holds 1000 pending failures');
      }
      const { reasonCode = 'FunctionPreparationFailed', reason } = options;
      if (typeof reasonCode !== 'string' || (reason !== undefined && typeof reason !== 'string')) {
        throw new Fc3TestkitError('failPreparation reasonCode and reason must be strings');
      }
      pending.set(functionName, {
        reasonCode,
        reason: reason ?? `preparation of function '${functionName}' failed (injected by fc3-testkit)`,
      });
    },
    takePreparationFailure(functionName) {
      const failure = pending.get(functionName);
      pending.delete(functionName);
      return failure;
    },
  };
}

/**
 * Resolves options into a fresh state; throws {@link Fc3TestkitError} on a bad option.
 *
 * @example
 * const state = createState({ seed: 1 }, 0);
 */
export function createState(options: EmulatorOptions, generation: number): EmulatorState {
  checkOptionKeys({ adapter: 'createEmulator', options, known: EMULATOR_OPTION_KEYS });
  const seed = nonNegativeInteger('seed', options.seed, 1, MAX_SEED);
  const clock = checkedClock(options.clock);
  clock(); // a clock that cannot tell the time is refused now, not on the first request
  const credentials = checkedRecord<string>('credentials', options.credentials, 'string');
  const rules = checkedRecord<boolean>('rules', options.rules, 'boolean');
  if (rules) checkRuleSwitches(rules);
  const prng = createPrng(seed);
  const codecs = resolveCodecs(options.codecs);
  let offsetMs = 0;
  const shapes = createShapes();
  return {
    defaultScope: checkedScope(options),
    seed,
    now: () => (offsetMs === 0 ? clock() : new Date(clock().getTime() + offsetMs)),
    advanceClock(ms) {
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
        throw new Fc3TestkitError(`advanceClock needs a finite number of ms >= 0, got ${String(ms)}`);
      }
      // Past year 9999 a timestamp is no longer `YYYY-MM-DDTHH:MM:SSZ`, and past 275760 it is no
      // Date at all: every request that writes a time would throw a RangeError.
      if (clock().getTime() + offsetMs + ms >= CLOCK_END_MS) {
        throw new Fc3TestkitError(
          `advanceClock(${String(ms)}) would move the clock past the year 9999 (from ${clock().toISOString()} plus ${offsetMs} ms already added)`,
        );
      }
      offsetMs += ms;
    },
    clockOffsetMs: () => offsetMs,
    credentials: credentials && Object.keys(credentials).length > 0 ? credentials : undefined,
    maxBodyBytes: nonNegativeInteger('maxBodyBytes', options.maxBodyBytes, DEFAULT_MAX_BODY_BYTES),
    maxClockSkewMs: nonNegativeInteger('maxClockSkewMs', options.maxClockSkewMs, 15 * 60 * 1000),
    ruleSwitches: { ...rules },
    preparationMs: nonNegativeInteger('preparationMs', options.preparationMs, 3000),
    prng,
    store: createFunctionStore(),
    shapes,
    bodyText: bodyTemplates(shapes),
    journal: createJournal({
      limit: nonNegativeInteger('journalLimit', options.journalLimit, 1000),
      maxBytes: nonNegativeInteger('journalBytes', options.journalBytes, 16 * 1024 * 1024),
      sha256Hex: (text) => toHex(codecs.sha256(utf8(text))),
    }),
    faults: createFaults(prng),
    nonces: createNonceStore(),
    ...preparationFailures(),
    generation,
    codecs,
    uploads: createUploads(),
  };
}

/**
 * The account's default resource group (inferred): stable per account, shaped like real ids.
 *
 * @example
 * resourceGroupFor('1234567890123456'); // 'rg-acfm…3456'
 */
export function resourceGroupFor(accountId: string): string {
  let hash = 7;
  for (const char of accountId) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return `rg-acfm${hash.toString(36).padStart(7, '0').slice(0, 7)}${accountId.slice(-4)}`;
}
