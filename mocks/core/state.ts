/**
 * The state one emulator owns: resolved options, seeded generator, store, journal, faults and
 * nonces. Nothing here is shared between emulators.
 */
import { createNonceStore, type NonceStore } from './auth/index.ts';
import { type Codecs, resolveCodecs } from './codecs.ts';
import { Fc3TestkitError } from './errors.ts';
import { createFaults, type Faults } from './faults.ts';
import {
  type BodyTemplate,
  bodyTemplate,
  buildFunctionBody,
  type ComputedFields,
  fillBodyTemplate,
  functionBodyJson,
} from './function-body.ts';
import { createJournal, type Journal } from './journal.ts';
import { createPrng, type DerivedIds, derivedIds, type Prng } from './prng.ts';
import type { Scope } from './routing.ts';
import { MAX_CODE_BYTES } from './rules/code-rules.ts';
import { createFunctionStore, type FunctionStore, type StoredFunction } from './store.ts';
import type { Clock, CreateFunctionInput, EmulatorOptions, FcFunction } from './types.ts';

/** Default body limit: a 100 MB ZIP in Base64 plus room for the rest of the JSON. */
export const DEFAULT_MAX_BODY_BYTES = Math.ceil((MAX_CODE_BYTES * 4) / 3) + 1024 * 1024;

/** Everything one emulator instance owns. */
export interface EmulatorState {
  defaultScope: Scope;
  seed: number;
  clock: Clock;
  credentials: Record<string, string> | undefined;
  maxBodyBytes: number;
  maxClockSkewMs: number;
  ruleSwitches: Record<string, boolean>;
  prng: Prng;
  /** Function ids and image digests by creation number (the store keeps only the number). */
  ids: DerivedIds;
  /** How many functions this emulator has created. */
  created: number;
  store: FunctionStore;
  /** The `Function` body of a stored function as the JSON text the servers send. */
  functionJson: FunctionJson;
  journal: Journal;
  faults: Faults;
  nonces: NonceStore;
  /** SHA-256 and strict Base64 for large bodies (ADR 016). */
  codecs: Codecs;
}

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0)
    throw new Fc3TestkitError(`${name} must be a non-negative integer`);
  return value;
}

function checkedScope(options: EmulatorOptions): Scope {
  const accountId = options.accountId ?? '1234567890123456';
  const regionId = options.regionId ?? 'cn-hangzhou';
  if (!/^\d{1,32}$/.test(accountId))
    throw new Fc3TestkitError(`accountId must be numeric, got "${accountId}"`);
  if (!/^[a-z0-9-]+$/.test(regionId))
    throw new Fc3TestkitError(`regionId must look like cn-hangzhou, got "${regionId}"`);
  return { accountId, regionId, resourceGroupId: resourceGroupFor(accountId) };
}

/**
 * Resolves options into a fresh state; throws {@link Fc3TestkitError} on a bad option.
 *
 * @example
 * const state = createState({ seed: 1 });
 */
export function createState(options: EmulatorOptions): EmulatorState {
  const seed = positiveInteger('seed', options.seed, 1);
  const prng = createPrng(seed);
  const ids = derivedIds(seed);
  const store = createFunctionStore(ids);
  const functionJson = createFunctionJson();
  const rebuild = (scope: Scope, name: string): string => {
    const found = store.get(scope, name);
    return found ? functionJson(scope, found.record, found.input, found.shape) : 'null';
  };
  const credentials =
    options.credentials && Object.keys(options.credentials).length > 0 ? options.credentials : undefined;
  return {
    defaultScope: checkedScope(options),
    seed,
    clock: options.clock ?? (() => new Date()),
    credentials,
    maxBodyBytes: positiveInteger('maxBodyBytes', options.maxBodyBytes, DEFAULT_MAX_BODY_BYTES),
    maxClockSkewMs: positiveInteger('maxClockSkewMs', options.maxClockSkewMs, 15 * 60 * 1000),
    ruleSwitches: { ...options.rules },
    prng,
    ids,
    created: 0,
    store,
    functionJson,
    journal: createJournal(positiveInteger('journalLimit', options.journalLimit, 1000), rebuild),
    faults: createFaults(prng),
    nonces: createNonceStore(),
    codecs: resolveCodecs(options.codecs),
  };
}

function resourceGroupFor(accountId: string): string {
  // The account's default resource group (inferred): stable per account, shaped like real ids.
  let hash = 7;
  for (const char of accountId) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return `rg-acfm${hash.toString(36).padStart(7, '0').slice(0, 7)}${accountId.slice(-4)}`;
}

function computedFor(scope: Scope, record: StoredFunction): ComputedFields & { imageDigest: string } {
  return {
    functionId: record.functionId,
    functionArn: `acs:fc:${scope.regionId}:${scope.accountId}:functions/${record.name}`,
    codeChecksum: record.codeChecksum,
    codeSize: record.codeSize,
    createdTime: record.createdTime,
    resourceGroupId: scope.resourceGroupId ?? resourceGroupFor(scope.accountId),
    imageDigest: record.imageDigest,
  };
}

/**
 * Builds the `Function` body of a stored function.
 *
 * @example
 * functionBodyFor(scope, record, input).functionArn; // 'acs:fc:cn-hangzhou:1234567890123456:functions/f'
 */
export function functionBodyFor(
  scope: Scope,
  record: StoredFunction,
  input: CreateFunctionInput,
): FcFunction {
  return buildFunctionBody(input, computedFor(scope, record));
}

/** Writes a stored function's body as JSON text, given the store's shape index. */
export type FunctionJson = (
  scope: Scope,
  record: StoredFunction,
  input: CreateFunctionInput,
  shape: number,
) => string;

/** Templates kept per emulator: enough for any test suite's configurations, bounded for fuzzers. */
const MAX_TEMPLATES = 1024;

/**
 * Creates a body writer that keeps one {@link BodyTemplate} per store shape (the first
 * {@link MAX_TEMPLATES} shapes), so that creating many functions from one configuration fills a
 * template instead of walking every field. Output is byte-equal to `functionBodyJson`.
 *
 * @example
 * const functionJson = createFunctionJson();
 * JSON.parse(functionJson(scope, record, input, store.tryAdd(scope, record, input))).functionArn;
 */
export function createFunctionJson(): FunctionJson {
  // undefined: not tried yet; null: this shape cannot be templated.
  const templates: (BodyTemplate | null | undefined)[] = [];
  return (scope, record, input, shape) => {
    const computed = computedFor(scope, record);
    let template = templates[shape];
    if (template === undefined && shape < MAX_TEMPLATES) {
      template = bodyTemplate(input, computed) ?? null;
      templates[shape] = template;
    }
    return template ? fillBodyTemplate(template, record.name, computed) : functionBodyJson(input, computed);
  };
}
