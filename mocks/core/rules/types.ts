/**
 * Shapes shared by the cross-field rules.
 */
import type { CreateFunctionInput } from '../types.ts';

/** A decoded `code.zipFile`: its size and its CRC-64/XZ, each computed at most once. */
export interface ZipPackage {
  byteLength: number;
  /** CRC-64/XZ of the bytes as a decimal string (FC's `codeChecksum`, reference F). */
  checksum(): string;
  /** The bytes, when at most `MAX_PACKAGE_BYTES` (kept for GetFunctionCode's download, ADR 038). */
  bytes?: Uint8Array | undefined;
}

/** What a rule can see besides the input: the decoded code package, computed once per request. */
export interface RuleContext {
  /** The decoded `code.zipFile`: `undefined` when absent, `false` when not Base64. */
  zipPackage(): ZipPackage | undefined | false;
}

/** One cross-field rule: its catalogue id and a check that returns FC's message when broken. */
export interface Rule {
  id: string;
  check(input: CreateFunctionInput, context: RuleContext): string | undefined;
}

/** Runtimes that accept `instanceConcurrency` > 1 (reference C.8). */
export const CUSTOM_RUNTIMES: ReadonlySet<string> = new Set([
  'custom',
  'custom.debian10',
  'custom.debian11',
  'custom.debian12',
  'custom-container',
]);
