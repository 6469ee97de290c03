/**
 * The download behind GetFunctionCode's `url` (ADR 038): `GET /fc3-testkit/code/<function>/
 * <version>/<checksum>.zip` on any host, unsigned (a plain GET, as `s sync` sends, lifecycle
 * H.3), answering the package's bytes as `application/zip`. The function and version are read
 * now, in the scope of the host: a function deleted since answers 404 `FunctionNotFound`, a
 * version deleted since `VersionNotFound`, code changed since, a package the emulator did not
 * keep (bounds of `code-packages.ts`, or a checksum and size other bytes share) or a forged path
 * 404 `FunctionCodeNotFound`, all in FC 3.0's envelope. The code is the emulator's: FC serves its URLs from OSS.
 * `HEAD` is routed here too and answered as the GET without its body (`dispatch.ts`, `framed`).
 */
import { MAX_PACKAGE_BYTES, MAX_TOTAL_BYTES } from '../code-packages.ts';
import { clip, fcError } from '../errors.ts';
import { findVersion } from '../version-record.ts';
import { CODE_PATH } from './get-function-code.ts';
import { type Operation, type OperationRequest, type Outcome, reject } from './operation.ts';
import { VERSION_ID } from './version-lookup.ts';

const notFound = (message: string): Outcome => ({
  status: 404,
  body: { Code: 'FunctionCodeNotFound', Message: message },
  outcome: 'rejected',
  code: 'FunctionCodeNotFound',
});

const FILE = /^(\d{1,20})\.zip$/;

function run(request: OperationRequest): Outcome {
  // Three segments as sent (foreign-routes.ts), each decoded: `name` may hold a decoded slash.
  const { name = '', version: versionId = '', file = '' } = request.params;
  const checksum = FILE.exec(file)?.[1];
  if (
    !checksum ||
    (versionId !== 'LATEST' && !VERSION_ID.test(versionId)) ||
    name === '' ||
    name.includes('/')
  )
    return notFound(`no code package at ${CODE_PATH}/${clip(request.params.rest ?? '', 200)}`);
  const fn = request.state.store.get(request.scope, name);
  if (!fn) return reject(fcError('FunctionNotFound', clip(name, 128)));
  const record = versionId === 'LATEST' ? fn : findVersion(fn.versions, versionId)?.snapshot;
  if (!record) return reject(fcError('VersionNotFound', versionId, fn.functionName));
  const { codeChecksum, codeSize } = record.shape;
  if (codeChecksum !== checksum)
    return notFound(`the code of function '${name}' ${versionId} changed since this url was issued`);
  const bytes = request.state.uploads.packages.find(codeChecksum, codeSize);
  if (!bytes) {
    return notFound(
      `the code of function '${name}' ${versionId} (${codeSize} bytes) is not kept: the emulator keeps packages it received of up to ${MAX_PACKAGE_BYTES} bytes, ${MAX_TOTAL_BYTES} in all, the most recent first, none whose CRC-64 and size other bytes share`,
    );
  }
  return { status: 200, bytes, outcome: 'succeeded' };
}

/** The download row (the emulator's own path; foreign-routes.ts matches it on any host). */
export const downloadFunctionCode: Operation = {
  name: 'DownloadFunctionCode',
  method: 'GET',
  path: `${CODE_PATH}/{rest}`,
  body: 'none',
  protocol: 'code',
  run,
};
