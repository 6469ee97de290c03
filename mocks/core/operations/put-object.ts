/**
 * PutObject, the OSS receiver (reference "Triggers and tags" T.8): `PUT /<key>` on a bucket host
 * (`<bucket>.oss-<region>.aliyuncs.com`, what `ali-oss` sends when its endpoint is an IP) or
 * `PUT /<bucket>/<key>` (path style). Size and CRC-64 go to the emulator's bounded object table
 * (`uploads.ts`), where CreateFunction / UpdateFunction find them by their OSS pair, and the bytes
 * to its bounded package table (ADR 038). 200 without a body, with an `ETag` and OSS's `x-oss-hash-crc64ecma`.
 */
import { crc64XzDecimal } from '../crc64.ts';
import { clip } from '../errors.ts';
import { toHex } from '../sha256.ts';
import type { Operation, OperationRequest, Outcome } from './operation.ts';

const BUCKET = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;
/** OSS object keys are 1 to 1023 bytes of UTF-8 (OSS documentation). */
const MAX_KEY_BYTES = 1023;

const ossError = (status: number, code: string, message: string): Outcome => ({
  status,
  body: { Code: code, Message: message },
  outcome: 'rejected',
  code,
});

function run(request: OperationRequest): Outcome {
  const { bucket = '', key = '' } = request.params;
  if (!BUCKET.test(bucket))
    return ossError(400, 'InvalidBucketName', `The specified bucket "${clip(bucket, 64)}" is not valid.`);
  if (key === '' || new TextEncoder().encode(key).byteLength > MAX_KEY_BYTES)
    return ossError(
      400,
      'InvalidObjectName',
      'The specified object name is not valid (1 to 1023 bytes of UTF-8).',
    );
  // A large upload through `serve` arrives measured by the digest worker (ADR 028).
  const pre = request.predigested;
  const crc64 = pre?.crc64 ?? crc64XzDecimal(request.raw);
  const sha256Hex = pre?.sha256Hex ?? toHex(request.state.codecs.sha256(request.raw));
  request.state.uploads.put({ bucket, key, size: request.raw.byteLength, crc64 });
  request.state.uploads.packages.keep(crc64, request.raw); // GetFunctionCode's download (ADR 038)
  return {
    status: 200,
    body: undefined,
    outcome: 'succeeded',
    // OSS's ETag is the MD5; the core has none, so a content hash of the same length (inferred).
    headers: {
      etag: `"${sha256Hex.slice(0, 32).toUpperCase()}"`,
      'x-oss-hash-crc64ecma': crc64,
    },
  };
}

/** The PutObject row (OSS; bucket hosts and path style). */
export const putObject: Operation = {
  name: 'PutObject',
  method: 'PUT',
  path: '/{bucket}/{key}',
  body: 'bytes',
  protocol: 'oss',
  run,
};
