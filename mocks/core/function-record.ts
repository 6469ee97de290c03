/**
 * A stored function as a plain record: its configuration as last set by CreateFunction or
 * UpdateFunction, the values the service computed for it, and its current preparation (the
 * lifecycle phase that `lifecycle.ts` turns into state fields on the emulator's clock).
 */
import { emulatorDocument } from '../../generated/spec-document.ts';
import type { AliasRecord } from './alias-record.ts';
import type { TriggerRecord } from './trigger-record.ts';
import type { CreateFunctionInput, FcFunction, FcTag } from './types.ts';
import type { FunctionVersions } from './version-record.ts';

/** The configuration a function keeps between calls: the input without name, code, tags and group. */
export type FunctionConfig = Omit<CreateFunctionInput, 'functionName' | 'code' | 'tags' | 'resourceGroupId'>;

/** Where the code came from, without the package itself (it is never returned). */
export type CodeLocation =
  | { kind: 'zip' }
  | { kind: 'oss'; ossBucketName: string; ossObjectName: string; checksum?: string };

/** Why a preparation ended `Failed` (reason code and text). */
export interface PreparationFailure {
  reasonCode: string;
  reason: string;
}

/** The latest preparation of the function's resources (lifecycle reference F.2). */
export interface Preparation {
  /** A create (state `Pending` while preparing) or an update (`lastUpdateStatus: InProgress`). */
  kind: 'create' | 'update';
  /** Emulator time, in ms since the epoch, at which the preparation ends. */
  readyAt: number;
  /** Set when the preparation ends `Failed` instead of ready. */
  failure: PreparationFailure | undefined;
  /** Set on an update that leaves a ready image as it was: its accelerated copy stays `Ready` (F.7). */
  imageReady?: true;
}

/**
 * The part of a function that every function created or updated from the same request shares:
 * its configuration and code. Shapes are immutable and interned per emulator (`shapes.ts`), so
 * 100,000 functions created from a few configurations hold a few shapes (ADR 013).
 */
export interface FunctionShape {
  config: FunctionConfig;
  code: CodeLocation | undefined;
  codeChecksum: string;
  codeSize: number;
  layers: NonNullable<FcFunction['layers']>;
  tags: FcTag[];
  resourceGroupId: string;
}

/**
 * A function's invocation switch as GetFunction shows it (`FunctionRestriction`, CF D.2): set by
 * DisableFunctionInvocation, `disable: false` and no reason after EnableFunctionInvocation
 * (lifecycle I.5; the enabled form is inferred). Keys in the body's alphabetical order.
 */
export interface InvocationRestriction {
  disable: boolean;
  /** ISO-8601 UTC, second precision: when the switch last changed. */
  lastModifiedTime: string;
  reason?: string;
}

/** One function of the store. Records are replaced on update, never mutated in place. */
export interface FunctionRecord {
  functionName: string;
  functionId: string;
  /** The account and region it lives in (its ARN is written from them). */
  scope: { accountId: string; regionId: string };
  shape: FunctionShape;
  /** ISO-8601 UTC, second precision. */
  createdTime: string;
  lastModifiedTime: string;
  /** 64 hex digits for custom-container functions (the resolved image digest), else ''. */
  imageDigest: string;
  preparation: Preparation;
  /**
   * Its triggers in ascending name order; absent when it has none. Replaced with the record,
   * never mutated (lifecycle I.4).
   */
  triggers?: readonly TriggerRecord[];
  /**
   * Absent until the function's invocations are first disabled. Kept on the record, not in the
   * shared shape: it is this function's own state (body templates skip such records, ADR 031).
   */
  invocationRestriction?: InvocationRestriction;
  /** Its published versions; absent until the first publish (lifecycle I.2). */
  versions?: FunctionVersions;
  /** Its aliases in ascending name order; absent when it has none (lifecycle I.3). */
  aliases?: readonly AliasRecord[];
}

interface InputSchemaShape {
  components: { schemas: { CreateFunctionInput: { properties: Record<string, unknown> } } };
}

const NOT_CONFIG = new Set(['functionName', 'code', 'tags', 'resourceGroupId']);

/** The configuration keys, from the spec: every CreateFunctionInput field but name, code, tags, group. */
export const CONFIG_KEYS: readonly string[] = Object.keys(
  (emulatorDocument as unknown as InputSchemaShape).components.schemas.CreateFunctionInput.properties,
).filter((key) => !NOT_CONFIG.has(key));

/**
 * The known configuration fields of an input; unknown fields are dropped (ADR 003).
 *
 * @example
 * configOf({ functionName: 'f', runtime: 'nodejs20', handler: 'i.h', extra: 1 }); // { runtime, handler }
 */
export function configOf(input: Record<string, unknown>): FunctionConfig {
  const config: Record<string, unknown> = {};
  for (const key of CONFIG_KEYS) if (input[key] !== undefined) config[key] = input[key];
  return config as FunctionConfig;
}

const ZIP_CODE: CodeLocation = Object.freeze({ kind: 'zip' });

/**
 * The code location of a validated `code` object.
 *
 * @example
 * codeLocationOf({ zipFile: 'UEsFBg…' }); // { kind: 'zip' }
 */
export function codeLocationOf(code: CreateFunctionInput['code']): CodeLocation | undefined {
  if (code === undefined) return undefined;
  if (code.zipFile !== undefined) return ZIP_CODE;
  const location: CodeLocation = {
    kind: 'oss',
    ossBucketName: code.ossBucketName ?? '',
    ossObjectName: code.ossObjectName ?? '',
  };
  if (code.checksum !== undefined) location.checksum = code.checksum;
  return location;
}

/**
 * The ISO-8601 text of a moment at second precision, as FC writes times (CF D.2).
 *
 * @example
 * isoSeconds(new Date('2024-05-06T07:08:09.999Z')); // '2024-05-06T07:08:09Z'
 */
export function isoSeconds(date: Date): string {
  const second = Math.floor(date.getTime() / 1000);
  if (second !== lastSecond) {
    lastSecondText = `${date.toISOString().slice(0, 19)}Z`;
    lastSecond = second;
  }
  return lastSecondText;
}

// Requests arrive many per second: the last second's text is remembered (module-wide; a pure memo).
let lastSecond = Number.NaN;
let lastSecondText = '';

/**
 * The function ARN (CF D.2).
 *
 * @example
 * functionArn({ accountId: '1', regionId: 'cn-hangzhou' }, 'f'); // 'acs:fc:cn-hangzhou:1:functions/f'
 */
export function functionArn(scope: { accountId: string; regionId: string }, name: string): string {
  return `acs:fc:${scope.regionId}:${scope.accountId}:functions/${name}`;
}

const PINNED_DIGEST = /@sha256:([0-9a-f]{64})$/;

/**
 * The digest an image resolves to (lifecycle F.1, "the digest actually pinned"): the one an
 * image given by digest names (`…@sha256:<64 hex>`), else a new one from `random`.
 *
 * @example
 * imageDigestFor(`r/app@sha256:${'a'.repeat(64)}`, () => 'unused'); // 'aaaa…' (64)
 */
export function imageDigestFor(image: string | undefined, random: () => string): string {
  return PINNED_DIGEST.exec(image ?? '')?.[1] ?? random();
}

/**
 * The repository part of an image: without its digest and tag (`r/app:v1@sha256:…` → `r/app`);
 * `resolvedImageUri` is this plus `@sha256:<digest>`.
 *
 * @example
 * imageRepository('registry:5000/ns/app:v1'); // 'registry:5000/ns/app'
 */
export function imageRepository(image: string): string {
  return image.replace(/@[^/]*$/, '').replace(/:[^/:]*$/, '');
}
