/**
 * GetFunctionCode (`GET /2023-03-30/functions/{functionName}/code?qualifier=`, lifecycle I.1):
 * `OutputFuncCode {checksum, url}`, the package's CRC-64 (as `codeChecksum`) and a URL a plain
 * GET downloads it from (`s sync`, H.3). The URL is on the origin the request came to, under the
 * emulator's own download path (`download-function-code.ts`, ADR 038), and names the version
 * the qualifier resolved to, so that an alias's URL keeps giving the version it named.
 * A custom-container function has no package: 400 (rule `code-package-only`, inferred).
 */
import {
  findFunction,
  type Operation,
  type OperationRequest,
  type Outcome,
  refuse,
  ruleOn,
} from './operation.ts';
import { qualifiedRecord } from './qualifier.ts';

/** The download path's first segments (not FC's, not the control API's `/__fc3/`). */
export const CODE_PATH = '/fc3-testkit/code';

function run(request: OperationRequest): Outcome {
  const found = findFunction(request, 'GetFunctionCode');
  if ('status' in found) return found;
  const qualified = qualifiedRecord(found.record, request.query.get('qualifier'));
  if ('status' in qualified) return qualified;
  const { record, versionId } = qualified;
  if (
    record.shape.config.runtime === 'custom-container' &&
    ruleOn(request.state, 'GetFunctionCode', 'code-package-only')
  ) {
    return refuse(
      'code-package-only',
      `function '${record.functionName}' runs a container image (custom-container): it has no code package`,
    );
  }
  const checksum = record.shape.codeChecksum;
  const path = `${CODE_PATH}/${encodeURIComponent(record.functionName)}/${versionId}/${checksum}.zip`;
  return { status: 200, body: { checksum, url: `${request.origin}${path}` }, outcome: 'succeeded' };
}

/** The GetFunctionCode row of the operation table. */
export const getFunctionCode: Operation = {
  name: 'GetFunctionCode',
  method: 'GET',
  path: '/2023-03-30/functions/{functionName}/code',
  body: 'none',
  run,
};
