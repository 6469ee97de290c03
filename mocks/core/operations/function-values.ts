/**
 * Values the service computes for a function on create and update: code checksum and size,
 * layer sizes, the rule context over a new code package, and the preparation a change starts.
 */
import { type Codecs, defaultCodecs } from '../codecs.ts';
import { crc64XzDecimal } from '../crc64.ts';
import type { FunctionRecord, FunctionShape, Preparation } from '../function-record.ts';
import { nextPreparation } from '../lifecycle.ts';
import type { RuleContext } from '../rules/types.ts';
import type { EmulatorState } from '../state.ts';
import type { CreateFunctionInput, FcFunction } from '../types.ts';
import type { Uploads } from '../uploads.ts';

/**
 * The rule context over a request's `code` (decoded once, on first use, with the emulator's codecs).
 *
 * @example
 * codeContext({ zipFile: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==' }, state.codecs).zipBytes(); // 22 bytes
 */
export function codeContext(code: CreateFunctionInput['code'], codecs: Codecs = defaultCodecs): RuleContext {
  let decoded: Uint8Array | undefined | false | null = null;
  return {
    zipBytes() {
      if (decoded === null) {
        const zip = code?.zipFile;
        decoded = zip === undefined ? undefined : (codecs.decodeBase64(zip) ?? false);
      }
      return decoded;
    },
  };
}

/**
 * `codeChecksum` and `codeSize` (CF F): CRC-64/XZ and size of a ZIP; for OSS code those of the
 * object the emulator's OSS receiver stored under that pair (T.8), else the given checksum (the
 * object cannot be read) and 0; for a container image '0' and 0.
 *
 * @example
 * codeFields(input.code, context); // { codeChecksum: '2220831586920633690', codeSize: 22 }
 */
export function codeFields(
  code: CreateFunctionInput['code'],
  context: RuleContext,
  uploads?: Pick<Uploads, 'object'>,
): Pick<FunctionShape, 'codeChecksum' | 'codeSize'> {
  const bytes = context.zipBytes() || undefined;
  if (bytes) return { codeChecksum: crc64XzDecimal(bytes), codeSize: bytes.byteLength };
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
}

/**
 * The preparation a create or update starts: custom-container functions take `preparationMs`,
 * code packages are ready at once (lifecycle F.3, F.4); a pending `failPreparation` applies.
 *
 * @example
 * preparationOf({ state, functionName: 'f', runtime: 'custom-container', previous: undefined, now });
 */
export function preparationOf(input: PreparationInput): Preparation {
  const { state, functionName, runtime, previous, now } = input;
  return nextPreparation({
    previous,
    nowMs: now.getTime(),
    durationMs: runtime === 'custom-container' ? state.preparationMs : 0,
    failure: state.takePreparationFailure(functionName),
  });
}
