/**
 * The valid CreateFunction input of the in-process benchmarks (bench/core.ts and
 * bench/instructions.ts), so that both measure the same request.
 */

/** The URL of CreateFunction in the in-process benchmarks. */
export const CORE_URL = 'http://127.0.0.1:9000/2023-03-30/functions';
const ZIP = 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==';

/**
 * A valid create's input for the function `name`.
 *
 * @example
 * JSON.stringify(coreInput('bench-0')); // '{"functionName":"bench-0","runtime":"python3.10",…}'
 */
export function coreInput(name: string): Record<string, unknown> {
  return {
    functionName: name,
    runtime: 'python3.10',
    handler: 'index.handler',
    code: { zipFile: ZIP },
    cpu: 0.5,
    memorySize: 1024,
    timeout: 60,
    environmentVariables: { STAGE: 'bench' },
  };
}

/** A valid create's request: the same Request both rows of a create pair build. */
export const coreRequest = (body: string): Request =>
  new Request(CORE_URL, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
