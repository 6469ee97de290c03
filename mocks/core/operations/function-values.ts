/**
 * Values the service computes for a function on create and update: code checksum and size,
 * layer sizes, the rule context over a new code package, and the preparation a change starts.
 */
import { type Codecs, defaultCodecs } from '../codecs.ts';
import { crc64XzDecimal } from '../crc64.ts';
import type { FunctionRecord, FunctionShape, Preparation } from '../function-record.ts';
import { nextPreparation } from '../lifecycle.ts';
import { zipDigestOf } from '../predigested.ts';
import type { RuleContext, ZipPackage } from '../rules/types.ts';
import type { EmulatorState } from '../state.ts';
import type { CreateFunctionInput, FcFunction } from '../types.ts';
import type { Uploads } from '../uploads.ts';

function packageOf(bytes: Uint8Array): ZipPackage {
  let checksum: string | undefined;
  return { byteLength: bytes.byteLength, checksum: () => (checksum ??= crc64XzDecimal(bytes)), bytes };
}

/**
 * The rule context over a request's `code`: the package decoded once, on first use, with the
 * emulator's codecs, or taken from the digest a pre-digested body carries (ADR 028).
 *
 * @example
 * codeContext({ zipFile: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==' }, state.codecs).zipPackage(); // 22 bytes
 */
export function codeContext(code: CreateFunctionInput['code'], codecs: Codecs = defaultCodecs): RuleContext {
  let zip: ZipPackage | undefined | false | null = null;
  const decode = (): ZipPackage | undefined | false => {
    const digest = zipDigestOf(code);
    if (digest !== undefined)
      return (
        digest && { byteLength: digest.byteLength, checksum: () => digest.checksum, bytes: digest.bytes }
      );
    const text = code?.zipFile;
    if (text === undefined) return undefined;
    const bytes = codecs.decodeBase64(text);
    return bytes === undefined ? false : packageOf(bytes);
  };
  return {
    zipPackage() {
      if (zip === null) zip = decode();
      return zip;
    },
  };
}

/**
 * `codeChecksum` and `codeSize` (CF F): CRC-64/XZ and size of a ZIP; for OSS code those of the
 * object the emulator's OSS receiver stored under that pair (T.8), else the given checksum (the
 * object cannot be read) and 0; for a container image '0' and 0. A ZIP's bytes go to the
 * emulator's package table (ADR 038).
 *
 * @example
 * codeFields(input.code, context); // { codeChecksum: '2220831586920633690', codeSize: 22 }
 */
export function codeFields(
  code: CreateFunctionInput['code'],
  context: RuleContext,
  uploads?: Pick<Uploads, 'object' | 'packages'>,
): Pick<FunctionShape, 'codeChecksum' | 'codeSize'> {
  const zip = context.zipPackage() || undefined;
  if (zip) {
    if (zip.bytes) uploads?.packages.keep(zip.checksum(), zip.bytes);
    return { codeChecksum: zip.checksum(), codeSize: zip.byteLength };
  }
  const stored =
    code?.ossBucketName && code.ossObjectName
      ? uploads?.object(code.ossBucketName, code.ossObjectName)
      : undefined;
  return stored
    ? { codeChecksum: stored.crc64, codeSize: stored.size }
    : { codeChecksum: code?.checksum ?? '0', codeSize: 0 };
}

function layerSize(arn: string): number {
  // The layer's real size is unknowable locally; a stable value derived from the ARN (inferred).
  let hash = 2166136261;
  for (let i = 0; i < arn.length; i++) hash = Math.imul(hash ^ arn.charCodeAt(i), 16777619);
  return 1024 + ((hash >>> 0) % 1_048_576);
}

/**
 * The response form of `layers`: ARN strings become `{arn, size}` (CF D.2).
 *
 * @example
 * layersOf(['acs:fc:cn-hangzhou:1:layers/l/versions/1'])[0].arn;
 */
export function layersOf(arns: readonly string[] | undefined): NonNullable<FcFunction['layers']> {
  if (arns === undefined || arns.length === 0) return NO_LAYERS;
  return arns.map((arn) => ({ arn, size: layerSize(arn) }));
}

/** Shared by every function without layers (records are replaced, never mutated). */
const NO_LAYERS: NonNullable<FcFunction['layers']> = Object.freeze([]) as unknown as NonNullable<
  FcFunction['layers']
>;

/** What {@link preparationOf} needs. */
export interface PreparationInput {
  state: EmulatorState;
  functionName: string;
  runtime: string | undefined;
  previous: FunctionRecord | undefined;
  now: Date;
  /** An update that leaves a ready image as it was (its acceleration stays `Ready`, F.7). */
  imageReady?: boolean;
}

/**
 * The preparation a create or update starts: custom-container functions take `preparationMs`,
 * code packages are ready at once (lifecycle F.3, F.4); a pending `failPreparation` applies.
 *
 * @example
 * preparationOf({ state, functionName: 'f', runtime: 'custom-container', previous: undefined, now });
 */
export function preparationOf(input: PreparationInput): Preparation {
  const { state, functionName, runtime, previous, now, imageReady } = input;
  return nextPreparation({
    previous,
    nowMs: now.getTime(),
    durationMs: runtime === 'custom-container' ? state.preparationMs : 0,
    failure: state.takePreparationFailure(functionName),
    imageReady,
  });
}
