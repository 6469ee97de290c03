/**
 * Pre-digested bodies (ADR 028): the heavy, stateless steps over a request body (its SHA-256,
 * UTF-8 decoding and JSON parsing, and for `code.zipFile` the Base64 decoding, the package's size
 * and CRC-64 and the journal's summary of the text; for an upload to the OSS receiver, which is
 * not JSON, its CRC-64 instead of the parse) computed ahead of the dispatcher, which then uses
 * them instead of computing them again. The Node server computes them in a worker thread for
 * large bodies, so that its main thread keeps answering other connections.
 *
 * `predigest` is the one definition of these values, built from the same functions the plain path
 * calls (`parseBody`, the codecs, the journal's summary), so a pre-digested request gets the same
 * answer and the same journal entry as the plain one (test/core/predigested.test.ts proves it).
 */
import { type ParsedBody, parseBody } from './body.ts';
import { MAX_PACKAGE_BYTES } from './code-packages.ts';
import type { Codecs } from './codecs.ts';
import { crc64XzDecimal } from './crc64.ts';
import { longStringSummary, MAX_KEPT_STRING, MAX_RAW_BODY } from './journal.ts';
import { toHex, utf8 } from './sha256.ts';

/** What the rules and the `Function` body need of a decoded `code.zipFile`. */
export interface ZipDigest {
  byteLength: number;
  /** CRC-64/XZ, decimal (`codeChecksum`, reference F). */
  checksum: string;
  /** The package, when at most `MAX_PACKAGE_BYTES`: the emulator keeps it (ADR 038). */
  bytes?: Uint8Array;
}

/**
 * Internal to the Node server (`mocks/server/`): the results of {@link predigest} for a request's
 * `body`, sent along as `WireRequest.predigested`. They must be exactly what `predigest` computes
 * for that body; the dispatcher trusts them.
 *
 * @example
 * const wire: WireRequest = { method, url, headers, body, predigested: predigest(body, { codecs }) };
 */
export interface PredigestedBody {
  /** Lowercase hex SHA-256 of the body (what ACS3 `x-acs-content-sha256` must equal). */
  sha256Hex: string;
  /**
   * Absent for an upload (`PredigestOptions.upload`: the row takes bytes, nothing parses them).
   * Else `parseBody(body)`, its `text` cut to the first `MAX_RAW_BODY + 1` characters (nothing reads
   * more: the journal keeps a longer text as a prefix of the bytes) and, when `zip` is set,
   * `value.code.zipFile` replaced by the summary the journal writes for it.
   */
  parsed?: ParsedBody;
  /** CRC-64/XZ of the whole body, decimal (what PutObject keeps, T.8): set for an upload only. */
  crc64?: string;
  /** The replaced `code.zipFile` decoded, or false when it is not strict Base64; absent when none was replaced. */
  zip?: ZipDigest | false;
}

// Non-enumerable, symbol-keyed: JSON, the schema checks, spreads and the journal never see it.
const ZIP_DIGEST: unique symbol = Symbol('fc3-testkit.zip-digest');

type CodeObject = Record<string, unknown> & { [ZIP_DIGEST]?: ZipDigest | false };

function codeObjectOf(value: Record<string, unknown>): CodeObject | undefined {
  const code = value.code;
  return typeof code === 'object' && code !== null && !Array.isArray(code) ? (code as CodeObject) : undefined;
}

function zipDigest(bytes: Uint8Array): ZipDigest {
  const digest: ZipDigest = { byteLength: bytes.byteLength, checksum: crc64XzDecimal(bytes) };
  if (bytes.byteLength <= MAX_PACKAGE_BYTES) digest.bytes = bytes;
  return digest;
}

/** Options of {@link predigest}. */
export interface PredigestOptions {
  codecs: Codecs;
  /** SHA-256 of a text's UTF-8 bytes, if faster than `codecs.sha256(utf8(text))` (same digest). */
  sha256Text?: (text: string) => Uint8Array;
  /** The body's SHA-256 in lowercase hex, when the caller computed it already (while reading). */
  bodySha256Hex?: string;
  /**
   * The body is an upload to the OSS receiver (`isUploadRequest`): not parsed, its CRC-64
   * computed instead (a package is not JSON; the receiver keeps only its size and CRC-64).
   */
  upload?: boolean;
}

/**
 * Computes the pre-digested form of a body (pure; never throws for any bytes). Only a
 * `code.zipFile` longer than the journal keeps is replaced: the schema asks nothing of it but its
 * type (test/core/predigested.test.ts checks the spec), so no answer can tell.
 *
 * @example
 * const pre = predigest(new TextEncoder().encode('{"functionName":"f"}'), { codecs: defaultCodecs });
 * pre.parsed.ok; // true
 */
export function predigest(body: Uint8Array, options: PredigestOptions): PredigestedBody {
  const { codecs } = options;
  const sha256Hex = options.bodySha256Hex ?? toHex(codecs.sha256(body));
  if (options.upload) return { sha256Hex, crc64: crc64XzDecimal(body) };
  const parsed = parseBody(body);
  const text = parsed.text.length > MAX_RAW_BODY ? parsed.text.slice(0, MAX_RAW_BODY + 1) : parsed.text;
  if (!parsed.ok) return { sha256Hex, parsed: { ok: false, error: parsed.error, text } };
  const result: PredigestedBody = { sha256Hex, parsed: { ok: true, value: parsed.value, text } };
  const code = codeObjectOf(parsed.value);
  const zipFile = code?.zipFile;
  if (!code || typeof zipFile !== 'string' || zipFile.length <= MAX_KEPT_STRING) return result;
  const bytes = codecs.decodeBase64(zipFile);
  result.zip = bytes === undefined ? false : zipDigest(bytes);
  const textHash = options.sha256Text?.(zipFile) ?? codecs.sha256(utf8(zipFile));
  code.zipFile = longStringSummary(zipFile.length, toHex(textHash));
  return result;
}

/**
 * The parsed body of a pre-digested request, its `code` carrying the package digest for
 * {@link zipDigestOf} (a hidden property, so that it travels with the object the rules read);
 * undefined for an upload, which was not parsed.
 *
 * @example
 * const body = predigestedBody(wire.predigested) ?? parseBody(wire.body);
 */
export function predigestedBody(pre: PredigestedBody): ParsedBody | undefined {
  const { parsed, zip } = pre;
  if (!parsed) return undefined;
  const code = parsed.ok && zip !== undefined ? codeObjectOf(parsed.value) : undefined;
  if (code) Object.defineProperty(code, ZIP_DIGEST, { value: zip, enumerable: false });
  return parsed;
}

/**
 * The package digest a pre-digested body attached to its `code`, if any.
 *
 * @example
 * zipDigestOf(input.code); // { byteLength: 104857600, checksum: '…' } | false | undefined
 */
export function zipDigestOf(code: unknown): ZipDigest | false | undefined {
  return typeof code === 'object' && code !== null ? (code as CodeObject)[ZIP_DIGEST] : undefined;
}
